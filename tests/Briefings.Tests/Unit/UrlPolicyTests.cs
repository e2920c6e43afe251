using Briefings.Markdown.Safety;

namespace Briefings.Tests.Unit;

public sealed class UrlPolicyTests
{
    [Theory]
    [InlineData("http://example.org/")]
    [InlineData("https://www.dawn.com/news/1397466")]
    [InlineData("HTTPS://EXAMPLE.ORG/")]
    [InlineData("mailto:editor@example.org")]
    [InlineData("/articles/pakistan-russia-talks/")]
    [InlineData("../countries/pakistan/")]
    [InlineData("countries/pakistan/")]
    [InlineData("#fn-1")]
    [InlineData("?page=2")]
    [InlineData("notes/a:b")]
    [InlineData("")]
    [InlineData(null)]
    public void Should_allow_the_url_When_it_is_web_mail_or_relative(string? url)
    {
        Assert.True(UrlPolicy.IsSafe(url));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData("\u00A0javascript:alert(1)")]
    [InlineData("java\u200Bscript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("DATA:image/svg+xml,<svg onload=alert(1)>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/")]
    public void Should_refuse_the_url_When_its_scheme_is_not_http_https_or_mailto(string url)
    {
        Assert.False(UrlPolicy.IsSafe(url));
    }
}
