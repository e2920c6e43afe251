using Briefings.Diagnostics;
using Briefings.Markdown;
using Briefings.Tests.Support;

namespace Briefings.Tests.Hostile;

/// <summary>
/// Script payloads in every field a contributor controls, and in every Markdown construct: the built site has no
/// executable script anywhere — no script-capable element, no <c>on*</c> handler, no script or data URL.
/// </summary>
public sealed class InjectionTests : IDisposable
{
    private static readonly string[] Payloads =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)><script>alert(2)</script></svg>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "\" onmouseover=\"alert(1)",
        "' onfocus='alert(1)' autofocus='",
        "</title><script>alert(1)</script>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "javascript:alert(1)",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "]]><script>alert(1)</script>",
        "{{ site.title }} {{ 'x' | string.upcase }} {% raw %}",
    ];

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_write_nothing_executable_When_every_text_field_of_every_kind_carries_script_payloads()
    {
        // Given: each payload in every free-text field of every kind, in site.yml, and as Markdown
        var payload = string.Join(" ", Payloads);
        var q = Quote(payload);
        _site
            .With("site.yml", $"title: {q}\ndescription: {q}\nauthor: {q}\ncopyright: {q}\nlanguage: {Quote("en\" onload=\"alert(1)")}\nbase_url: https://example.org/base/\ntopics:\n  threats: {q}\n")
            .With("groups/g.md", $"---\nname: {q}\nkind: militant\naliases: [{q}]\nsummary: {q}\ncountries: [pakistan]\n---\n{Body()}")
            .With("people/p.md", $"---\nname: {q}\naliases: [{q}]\nrole: {q}\nsummary: {q}\ncountry: pakistan\n---\n{Body()}")
            .With("countries/pakistan.md", $"---\naliases: [{q}]\nsummary: {q}\n---\n{Body()}")
            .With("meetings/m.md", $"---\ntitle: {q}\ndate: 2018-03\nlocation: {q}\nhost: pakistan\nseries: s\nseries_title: {q}\nnumber: 1\nsummary: {q}\ngroups: [g]\npeople: [p]\ntopics: [threats]\n---\n{Body()}")
            .With("articles/2018/a.md", $"---\ntitle: {q}\ndate: 2018-03-21\nsource:\n  name: {q}\n  url: {Quote("https://example.org/\"><script>alert(1)</script>?q='onmouseover=alert(1)")}\nsummary: {q}\ndateline: {q}\ncountries: [pakistan]\ngroups: [g]\npeople: [p]\nmeetings: [m]\ntopics: [threats]\n---\n{Body()}")
            .With("notes/n.md", $"---\ntitle: {q}\ndate: 2018-04\nauthor: {q}\nsummary: {q}\nabout: [a]\nconfidence: high\n---\n{Body()}");

        // When
        _site.BuildClean();

        // Then
        Assert.Empty(UnsafeHtml.Scan(_site.Output));
        var article = _site.Page("articles/a/");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", article);
        Assert.Contains("&amp;lt;script&amp;gt;", article);
        Assert.Contains("{{ site.title }} {{ &#39;x&#39; | string.upcase }} {% raw %}", article);
        Assert.DoesNotContain("<h1>Test Briefings</h1>", article);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x](&#x6A;&#x61;vascript&#x3A;alert(1))")]
    [InlineData("[x](javascript&colon;alert(1))")]
    [InlineData("[x](java&#9;script:alert(1))")]
    [InlineData("[x](java&#10;script:alert(1))")]
    [InlineData("[x](&#0;javascript:alert(1))")]
    [InlineData("[x](\\javascript:alert(1))")]
    [InlineData("[x](java\tscript:alert(1))")]
    [InlineData("[x](java\nscript:alert(1))")]
    [InlineData("[x]( javascript:alert(1) \"t\")")]
    [InlineData("[x](<javascript:alert(1)>)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<JAVASCRIPT:alert(1)>")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)")]
    [InlineData("[x](data:text/html,<script>alert(1)</script>)")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("[x](VBScript:msgbox(1))")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("[x][r]\n\n[r]: <data:text/html,x> \"t\"")]
    [InlineData("[x](https://example.org/ \"\\\" onmouseover=\\\"alert(1)\")")]
    [InlineData("[[group:g|<script>alert(1)</script>]]")]
    [InlineData("[[group:g\" onclick=\"alert(1)]]")]
    [InlineData("<svg/onload=alert(1)>")]
    [InlineData("<img src=\"x\" onerror=\"alert(1)\">")]
    [InlineData("<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>")]
    [InlineData("<style>@import 'javascript:alert(1)';</style>")]
    [InlineData("```html\n<script>alert(1)</script>\n```")]
    [InlineData("| <script> | [x](javascript:alert(1)) |\n|---|---|\n| a | b |")]
    [InlineData("Text[^1]\n\n[^1]: <script>alert(1)</script> [y](javascript:alert(1))")]
    [InlineData("# <img src=x onerror=alert(1)>")]
    [InlineData("www.example.org/<script>alert(1)</script>")]
    public void Should_render_no_executable_script_When_markdown_carries_a_payload(string markdown)
    {
        // Given: the build would refuse the unsafe URLs (BRF403); the renderer must be safe even so
        var diagnostics = new DiagnosticBag();
        var body = MarkdownParser.Parse(markdown, "articles/2018/x.md", 1, diagnostics);

        // When
        var html = new MarkdownRenderer(new NoLinks(), "/base/").Render(body);

        // Then
        Assert.Empty(UnsafeHtml.Find(html));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.All(diagnostics.Sorted(), d => Assert.Equal(DiagnosticCodes.UnsafeLink, d.Code));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script> element")]
    [InlineData("<p onclick=\"x()\">", "event handler onclick=")]
    [InlineData("<img src=x OnError=alert(1)>", "event handler onerror=")]
    [InlineData("<a href=\"jav&#x61;script:alert(1)\">", "href=\"javascript:alert(1)\"")]
    [InlineData("<a href=\"java&#9;script:x\">", "href=\"javascript:x\"")]
    [InlineData("<a href=' DATA:text/html,x'>", "href=\"data:text/html,x\"")]
    [InlineData("<svg><a xlink:href=\"vbscript:x\">", "<svg> element")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=x\">", "<meta http-equiv>")]
    public void Should_find_the_payload_When_the_scanner_is_given_executable_html(string html, string finding)
    {
        Assert.Contains(UnsafeHtml.Find(html), f => f.StartsWith(finding, StringComparison.Ordinal));
    }

    private static string Body() =>
        string.Join("\n\n", Payloads) + "\n\n[[group:g|" + Payloads[0] + "]] [[person:p]] [[article:a]]\n\n| " + Payloads[1] + " |\n|---|\n| x |\n";

    /// <summary>A YAML single-quoted scalar: the only escape is doubling the quote.</summary>
    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private sealed class NoLinks : ILinkResolver
    {
        public LinkTarget? Resolve(Content.ContentKind kind, string slug) =>
            kind == Content.ContentKind.Group ? new LinkTarget("/base/groups/" + slug + "/", slug) : null;
    }
}
