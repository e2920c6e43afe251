using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Integration;

/// <summary>Contributor content cannot inject script or template code into the site.</summary>
public sealed class SafetyTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_escape_html_in_titles_and_summaries()
    {
        _site.With("articles/2018/x.md", Files.Article("<script>alert(1)</script> & \\\"quotes\\\""));

        _site.BuildClean();

        var page = _site.Page("articles/x/");
        Assert.DoesNotContain("<script>alert(1)", page);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;", page);
    }

    [Fact]
    public void Should_show_raw_html_in_markdown_as_text_not_markup()
    {
        _site.With("articles/2018/x.md", Files.Article("X", body: "<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)> <iframe src=\"https://evil\"></iframe>"));

        _site.BuildClean();

        var page = _site.Page("articles/x/");
        Assert.DoesNotContain("<script>alert", page);
        Assert.DoesNotContain("<img src=x", page);
        Assert.DoesNotContain("<iframe", page);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](&#106;avascript:alert(1))")]
    [InlineData("![img](data:image/svg+xml;base64,PHN2Zz4=)")]
    [InlineData("[click](vbscript:msgbox)")]
    public void Should_refuse_script_and_data_urls_with_a_located_error(string markdown)
    {
        _site.With("articles/2018/x.md", Files.Article("X", body: "Intro.\n\n" + markdown));

        var error = _site.Build().Single(DiagnosticCodes.UnsafeLink);

        Assert.Equal(new SourceLocation("articles/2018/x.md", 12, 1), error.Location);
    }

    [Fact]
    public void Should_never_evaluate_template_syntax_in_content()
    {
        _site.With("articles/2018/x.md", Files.Article("{{ site.title }}", body: "{{ 1 + 1 }} and {% raw %}"));

        _site.BuildClean();

        var page = _site.Page("articles/x/");
        Assert.Contains("{{ site.title }}", page);
        Assert.Contains("{{ 1 + 1 }}", page);
    }

    [Fact]
    public void Should_refuse_a_source_url_that_is_not_http()
    {
        _site.With("articles/2018/x.md", Files.Article("X").Replace("https://example.com/story", "javascript:alert(1)", StringComparison.Ordinal));

        var error = _site.Build().Single(DiagnosticCodes.InvalidUrl);

        Assert.Equal(6, error.Location.Line);
    }
}
