using Briefings.Diagnostics;
using Briefings.Markdown;

namespace Briefings.Tests.Unit;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void Should_show_raw_html_as_text_When_body_contains_a_script_tag()
    {
        // When
        var html = Render("<script>alert(1)</script>\n\nText <b onclick=\"alert(2)\">bold</b> <img src=x onerror=alert(3)>");

        // Then
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JavaScript:alert(1))")]
    [InlineData("[x](data:text/html,<script>alert(1)</script>)")]
    [InlineData("![x](data:image/svg+xml,x)")]
    [InlineData("<javascript:alert(1)>")]
    public void Should_render_no_unsafe_href_When_a_link_uses_a_refused_scheme(string markdown)
    {
        // When
        var html = Render(markdown);

        // Then: the URL may show as text, but never as an href or src
        Assert.DoesNotContain("=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("=\"data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Should_neutralise_the_href_but_keep_the_text_When_a_link_is_unsafe()
    {
        Assert.Equal("<p><a href=\"#\">x</a></p>\n", Render("[x](javascript:alert(1))"));
    }

    [Theory]
    [InlineData("[talks](/articles/x/)", "href=\"/base/articles/x/\"")]
    [InlineData("![map](/assets/map.png)", "src=\"/base/assets/map.png\"")]
    [InlineData("[feed](/feed.xml)", "href=\"/base/feed.xml\"")]
    public void Should_put_root_relative_links_under_the_base_path_When_rendered(string markdown, string expected)
    {
        Assert.Contains(expected, Render(markdown), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[Dawn](https://www.dawn.com/news/1)", "href=\"https://www.dawn.com/news/1\"")]
    [InlineData("[cdn](//cdn.example.org/x.js)", "href=\"//cdn.example.org/x.js\"")]
    [InlineData("[up](../countries/pakistan/)", "href=\"../countries/pakistan/\"")]
    [InlineData("[note](#fn-1)", "href=\"#fn-1\"")]
    [InlineData("[mail](mailto:editor@example.org)", "href=\"mailto:editor@example.org\"")]
    public void Should_leave_the_link_as_written_When_it_is_absolute_or_page_relative(string markdown, string expected)
    {
        Assert.Contains(expected, Render(markdown), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_link_to_the_entity_page_with_its_name_When_a_wiki_link_resolves()
    {
        // When
        var html = Render("Talks in [[country:pakistan]].");

        // Then
        Assert.Equal("<p>Talks in <a href=\"/base/countries/pakistan/\" class=\"wikilink\">Pakistan</a>.</p>\n", html);
    }

    [Fact]
    public void Should_use_the_given_label_escaped_When_a_resolved_wiki_link_has_one()
    {
        // When
        var html = Render("[[country:pakistan|<b>Pakistan's</b> view]]");

        // Then
        Assert.Contains("<a href=\"/base/countries/pakistan/\" class=\"wikilink\">", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Pakistan's&lt;/b&gt; view</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[[group:nobody]]", "<p>nobody</p>\n")]
    [InlineData("[[group:nobody|No One]]", "<p>No One</p>\n")]
    [InlineData("[[country:<i>x</i>]]", "<p>&lt;i&gt;x&lt;/i&gt;</p>\n")]
    public void Should_render_plain_text_When_a_wiki_link_does_not_resolve(string markdown, string expected)
    {
        Assert.Equal(expected, Render(markdown));
    }

    [Theory]
    [InlineData("# Heading", "<h2 id=\"heading\">Heading</h2>\n")]
    [InlineData("## Sub heading", "<h2 id=\"sub-heading\">Sub heading</h2>\n")]
    [InlineData("###### Deepest", "<h2 id=\"deepest\">Deepest</h2>\n")]
    public void Should_start_body_headings_at_h2_When_rendered_under_the_page_title(string markdown, string expected)
    {
        Assert.Equal(expected, Render(markdown));
    }

    [Theory]
    [InlineData("# A\n\n## B\n\n### C", "h2 h3 h4")]
    [InlineData("## A\n\n#### B\n\n## C", "h2 h4 h2")]
    [InlineData("# A\n\n###### B", "h2 h6")]
    public void Should_keep_the_heading_nesting_When_a_body_has_several_levels(string markdown, string expected)
    {
        // When
        var html = Render(markdown);

        // Then
        var levels = html.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line[1..3]);
        Assert.Equal(expected, string.Join(" ", levels));
    }

    private static string Render(string markdown)
    {
        var body = MarkdownParser.Parse(markdown, "notes/x.md", 1, new DiagnosticBag());
        return new MarkdownRenderer(new FakeResolver(), "/base/").Render(body);
    }

    /// <summary>Knows one page, with an href already under the base path, as the site's resolver gives it.</summary>
    private sealed class FakeResolver : ILinkResolver
    {
        public LinkTarget? Resolve(Content.ContentKind kind, string slug) =>
            (kind, slug) == (Content.ContentKind.Country, "pakistan") ? new LinkTarget("/base/countries/pakistan/", "Pakistan") : null;
    }
}
