using Briefings.Building;
using Briefings.Diagnostics;
using Briefings.Templates;
using Briefings.Tests.Support;

namespace Briefings.Tests.Integration;

/// <summary>Output is deterministic, honours the base path, and theme mistakes fail the build with a location.</summary>
public sealed class OutputTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .With("articles/2018/a.md", Files.Article("A", extra: "countries: [pakistan, russia]\ntopics: [energy]"))
        .With("articles/2019/b.md", Files.Article("B", "2019", "countries: [russia]"))
        .With("notes/n.md", Files.Note("N", extra: "about: [a, b]"));

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_produce_byte_identical_output_from_the_same_input()
    {
        _site.BuildClean();
        var first = ContentErrorTests.Snapshot(_site.Output);

        _site.BuildClean();

        Assert.Equal(first, ContentErrorTests.Snapshot(_site.Output));
    }

    [Theory]
    [InlineData("https://user.github.io/briefings/", "/briefings/")]
    [InlineData("/deep/base/", "/deep/base/")]
    [InlineData("https://example.org", "/")]
    public void Should_put_every_internal_link_under_the_base_path(string baseUrl, string basePath)
    {
        Assert.True(_site.Build(baseUrl: baseUrl).Succeeded);

        Assert.Empty(SiteLinks.Broken(_site.Output, basePath));
        Assert.Contains($"href=\"{basePath}assets/style.css\"", _site.Page("articles/a/"));
    }

    [Fact]
    public void Should_fail_the_build_with_the_template_location_when_a_theme_names_an_unknown_variable()
    {
        // Given a copy of the default theme with a typo in the article template
        var theme = WithThemeFile("pages/article.html", article => "{{ page.titel }}\n" + article);

        // When
        var result = BuildWith(theme);

        // Then
        var error = result.Single(DiagnosticCodes.ThemeError);
        Assert.Equal(Path.Combine(theme, "pages/article.html"), error.Location.Path);
        Assert.Equal(1, error.Location.Line);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Should_locate_a_missing_partial_at_its_call_When_a_theme_calls_a_partial_it_does_not_have()
    {
        // Given a copy of the default theme whose article template calls a partial that does not exist, on line 2
        var theme = WithThemeFile("pages/article.html", article => "<!-- -->\n<p>{{ partial \"no-such\" page }}</p>\n" + article);

        // When
        var result = BuildWith(theme);

        // Then the error points at the call, in the theme file that makes it
        var error = result.Single(DiagnosticCodes.ThemeError);
        Assert.Equal((Path.Combine(theme, "pages/article.html"), 2, 7), (error.Location.Path, error.Location.Line, error.Location.Column));
        Assert.Contains("the theme has no partials/no-such.html", error.Message);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Should_give_a_layout_the_page_once_unescaped_and_as_text_to_functions()
    {
        // Given a theme whose layout writes the page, captures it and measures it
        var theme = WithThemeFile("layouts/base.html", _ =>
            "<main>{{ content }}</main>\n{{ capture copy }}{{ content }}{{ end }}<p id=\"size\">{{ content | string.size }}|{{ copy | string.size }}</p>\n");

        // When
        var result = BuildWith(theme);

        // Then the page's HTML is in the layout as it is, and functions see its text
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = _site.Page("articles/a/");
        var main = html[(html.IndexOf("<main>", StringComparison.Ordinal) + "<main>".Length)..html.IndexOf("</main>", StringComparison.Ordinal)];
        Assert.StartsWith("<", main.TrimStart());
        Assert.DoesNotContain("&lt;", main[..20]);
        Assert.Contains($"<p id=\"size\">{main.Length}|{main.Length}</p>", html);
    }

    [Fact]
    public void Should_paginate_long_lists_with_links_between_pages()
    {
        for (var i = 0; i < 45; i++)
        {
            _site.With($"articles/2020/story-{i:00}.md", Files.Article($"Story {i}", $"2020-01-{i % 28 + 1:00}"));
        }

        _site.BuildClean();

        Assert.True(_site.HasPage("articles/page/3/"));
        Assert.False(_site.HasPage("articles/page/4/"));
        Assert.Contains("href=\"/base/articles/page/2/\" rel=\"next\"", _site.Page("articles/"));
        Assert.Contains("href=\"/base/articles/\" rel=\"prev\"", _site.Page("articles/page/2/"));
    }

    /// <summary>A copy of the default theme with one file (a path under the theme, with '/') changed by <paramref name="edit"/>.</summary>
    private string WithThemeFile(string file, Func<string, string> edit)
    {
        var theme = _site.CopyOfDefaultTheme();
        var path = Path.Combine(theme, file);
        File.WriteAllText(path, edit(File.ReadAllText(path)));
        return theme;
    }

    private BuildResult BuildWith(string theme) =>
        new SiteBuilder(new BuildOptions(_site.Input, _site.Output) { Theme = Theme.FromDirectory(theme) }).Build();
}
