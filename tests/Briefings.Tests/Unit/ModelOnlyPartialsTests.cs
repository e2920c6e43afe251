using Briefings.Templates;
using Scriban;

namespace Briefings.Tests.Unit;

/// <summary>Only a partial whose output depends on its model alone may be rendered once and reused across pages.</summary>
public sealed class ModelOnlyPartialsTests
{
    private static readonly string[] Builtins = ["string", "date", "array", "math", "html", "object"];

    [Theory]
    [InlineData("<li>{{ model.title }}</li>")]
    [InlineData("{{ if model.summary }}<p>{{ model.summary | string.truncate 20 }}</p>{{ end }}")]
    [InlineData("{{ for item in model.items }}<b>{{ item.name }}</b>{{ for.index }}{{ end }}")]
    [InlineData("<p>{{ model.date.display }}</p>")]
    public void Should_treat_a_partial_as_model_only_When_it_reads_nothing_but_its_model(string source) =>
        Assert.True(ModelOnlyPartials.IsModelOnly(Template.Parse(source), Builtins));

    [Theory]
    [InlineData("<li>{{ page.title }}</li>")]
    [InlineData("<li>{{ model.title }} on {{ site.title }}</li>")]
    [InlineData("{{ x = model.title }}{{ x }}")]
    [InlineData("{{ partial \"other\" model }}")]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ meta.canonical }}")]
    [InlineData("{{ capture x }}{{ model }}{{ end }}")]
    public void Should_not_treat_a_partial_as_model_only_When_its_output_can_depend_on_more_than_its_model(string source) =>
        Assert.False(ModelOnlyPartials.IsModelOnly(Template.Parse(source), Builtins));
}
