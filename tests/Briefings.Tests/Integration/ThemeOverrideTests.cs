using Briefings.Building;
using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Integration;

/// <summary>A site's theme folder holds only the files it changes; the rest is the built-in theme.</summary>
public sealed class ThemeOverrideTests : IDisposable
{
    private readonly TestSite _site = new TestSite().With("articles/2018/talks.md", Files.Article("Talks", extra: "countries: [pakistan]"));

    public void Dispose() => _site.Dispose();

    private string Theme => Path.Combine(_site.Root, "my-theme");

    [Fact]
    public void Should_use_the_theme_folder_s_files_and_the_built_in_theme_for_the_rest_When_the_folder_has_a_few_files()
    {
        // Given a theme folder with one stylesheet and one partial, nothing else
        Write("assets/style.css", "body { color: teal; }\n");
        Write("partials/card.html", "<li class=\"my-card\"><a href=\"{{ model.href }}\">{{ model.title }}</a></li>");

        // When
        var result = Build();

        // Then
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("body { color: teal; }\n", File.ReadAllText(Path.Combine(_site.Output, "assets", "style.css")));
        var home = _site.Page("");
        Assert.Contains("<li class=\"my-card\"><a href=\"/base/articles/talks/\">Talks</a></li>", home);
        Assert.Contains("<nav aria-label=\"Sections\">", home); // the built-in layout
        Assert.True(File.Exists(Path.Combine(_site.Output, "assets", "search.js")));
    }

    [Fact]
    public void Should_name_the_theme_folder_s_file_When_its_template_has_an_error()
    {
        Write("partials/card.html", "{{ model.nope }}");

        var error = Build().Diagnostics.First(d => d.Code == DiagnosticCodes.ThemeError);

        Assert.Equal(Path.Combine(Theme, "partials", "card.html").Replace('\\', '/'), error.Location.Path);
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(Theme, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private BuildResult Build() =>
        new SiteBuilder(new BuildOptions(_site.Input, _site.Output) { Theme = Templates.Theme.FromDirectory(Theme), Search = false }).Build();
}
