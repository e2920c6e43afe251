using System.Text;
using Briefings.Importing;

namespace Briefings.Tests.Importing;

/// <summary>
/// Hostile or broken inputs: each is one clear line on stderr, no draft, exit 1 and nothing written; pages in other
/// encodings that say which are decoded. The URLs are served on 127.0.0.1, never the internet.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private static readonly byte[] Article = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Importing", "Data", "html", "news-page.html"));

    private readonly Support.TestSite _site = ImportSite.Create();
    private readonly PageServer _server = new();

    static BadInputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose()
    {
        _server.Dispose();
        _site.Dispose();
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "photo.html", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], "an image, not a web page or text: save the article as HTML or text" },
        { "data.bin", [1, 2, 3, 0, 0, 0, 7, 8, 9, 0, 0xFF], "a binary file, not a web page or text: save the article as HTML or text" },
        { "report.pdf", [.. "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"u8], "a PDF, not a web page or text: save the article as HTML or text" },
        { "empty.html", [], "the page is empty" },
        { "blank.txt", [.. " \n\n  \n"u8], "the page is empty" },
        { "home.html", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Importing", "Data", "html", "home-page.html")), "no article found in the page (is it a home page, an index or an error page?)" },
        { "nested.html", Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "text</body></html>"), "the page nests its elements more than 3,000 deep: not an article page" },
        { "crowded.html", Encoding.UTF8.GetBytes("<html><body><article>" + string.Concat(Enumerable.Repeat("<p>Officials said the talks would go on.</p>", 25_000)) + "</article></body></html>"), "the page has more than 20,000 elements: too large for one article page" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Should_refuse_with_one_line_and_write_nothing_When_the_file_is_not_an_article(string name, byte[] bytes, string message)
    {
        // Given
        var file = Path.Combine(_site.Root, name);
        File.WriteAllBytes(file, bytes);

        // When / Then
        AssertRefused(file, $"briefings import: {file}: {message}");
    }

    [Fact]
    public void Should_refuse_a_50_MB_page_without_reading_it()
    {
        // Given
        var file = Path.Combine(_site.Root, "huge.html");
        using (var stream = File.Create(file))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        // When / Then
        AssertRefused(file, $"briefings import: {file}: the file is 50 MB, more than the 10 MB a page may be");
    }

    [Fact]
    public void Should_import_the_others_and_exit_1_When_one_input_of_several_fails()
    {
        // Given
        var good = Path.Combine(_site.Root, "good.html");
        var bad = Path.Combine(_site.Root, "bad.pdf");
        File.WriteAllBytes(good, Article);
        File.WriteAllBytes(bad, [.. "%PDF-1.4\n"u8]);

        // When
        var (code, stdout, stderr) = Support.Cli.Run("import", bad, good, "--input", _site.Input);

        // Then
        Assert.Equal(1, code);
        Assert.Contains("created ", stdout);
        Assert.True(File.Exists(Path.Combine(_site.Input, "articles/2022/uzbek-and-afghan-officials-agree-on-border-patrols.md")));
        Assert.Equal($"briefings import: {bad}: a PDF, not a web page or text: save the article as HTML or text", stderr.Trim());
    }

    [Fact]
    public void Should_write_only_inside_the_input_folder_and_carry_no_markup_When_the_page_is_hostile()
    {
        // Given: a page whose title tries a path and a script, and whose body carries scripts and event handlers
        var paragraph = "<p>Officials said the border talks in Termez would resume next month, after a pause of a year. <img src=x onerror=\"alert(1)\"><script>alert(2)</script></p>";
        var html = $"<html><head><meta property=\"og:title\" content=\"../../../outside &lt;script&gt;alert(3)&lt;/script&gt;\"><meta property=\"og:site_name\" content=\"&lt;b onmouseover=alert(4)&gt;Herald\"></head><body><article>{paragraph}{paragraph}{paragraph}</article></body></html>";
        var file = Path.Combine(_site.Root, "hostile.html");
        File.WriteAllText(file, html);
        var outside = Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(_site.Root)!).Count();

        // When
        var (code, _, _) = Support.Cli.Run("import", file, "--input", _site.Input);

        // Then
        Assert.Equal(0, code);
        Assert.Equal(outside, Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(_site.Root)!).Count());
        var written = Directory.EnumerateFiles(_site.Root, "*", SearchOption.AllDirectories).Where(f => f != file).ToList();
        Assert.All(written, f => Assert.StartsWith(_site.Input + Path.DirectorySeparatorChar, f, StringComparison.Ordinal));
        var draft = Assert.Single(written, f => f.Replace('\\', '/').Contains("/articles/", StringComparison.Ordinal));
        Assert.EndsWith("articles/undated/outside-script-alert-3-script.md", draft.Replace('\\', '/'), StringComparison.Ordinal);
        var text = File.ReadAllText(draft);
        Assert.DoesNotContain("alert(1)", text);
        Assert.DoesNotContain("alert(2)", text);
        Assert.DoesNotContain("onerror", text);
        Assert.Contains("title: \"../../../outside <script>alert(3)</script>\"", text);
    }

    [Fact]
    public void Should_print_one_json_object_per_input_When_one_of_them_fails()
    {
        // Given
        var good = Path.Combine(_site.Root, "good.html");
        var bad = Path.Combine(_site.Root, "bad.pdf");
        File.WriteAllBytes(good, Article);
        File.WriteAllBytes(bad, [.. "%PDF-1.4\n"u8]);

        // When
        var (code, stdout, stderr) = Support.Cli.Run("import", good, bad, "--input", _site.Input, "--dry-run", "--format", "json");

        // Then
        Assert.Equal(1, code);
        var lines = stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{{\"input\":\"{good}\",\"title\":\"Uzbek and Afghan officials agree on border patrols\"", lines[0], StringComparison.Ordinal);
        Assert.Equal($"{{\"input\":\"{bad}\",\"error\":\"a PDF, not a web page or text: save the article as HTML or text\"}}", lines[1]);
        Assert.Equal($"briefings import: {bad}: a PDF, not a web page or text: save the article as HTML or text", stderr.Trim());
        Assert.False(Directory.Exists(Path.Combine(_site.Input, "articles")));
    }

    [Fact]
    public void Should_import_a_page_from_a_url_and_keep_the_address_it_was_redirected_to()
    {
        // Given
        _server.Page("/story", "text/html; charset=utf-8", Article)
            .On("/short", r => r.Redirect(_server.BaseUrl + "/story"));

        // When
        var (code, stdout, stderr) = Support.Cli.Run("import", _server.BaseUrl + "/short", "--input", _site.Input, "--dry-run", "--format", "json");

        // Then
        Assert.Equal((0, ""), (code, stderr));
        Assert.Contains("\"title\":\"Uzbek and Afghan officials agree on border patrols\"", stdout);
        Assert.Contains("\"url\":\"https://herald.example/world/asia/uzbek-afghan-border-patrols-4821\"", stdout);
        Assert.False(Directory.Exists(Path.Combine(_site.Input, "articles")));
    }

    [Theory]
    [InlineData("/missing", "the server answered 404 Not Found")]
    [InlineData("/loop", "more than 5 redirects")]
    [InlineData("/report.pdf", "the server sent application/pdf, not a web page (HTML or text)")]
    [InlineData("/huge", "the page is larger than 10 MB")]
    [InlineData("/huge-declared", "the page is larger than 10 MB")]
    [InlineData("/ftp", "redirected to a ftp: address, which is not a web page")]
    public void Should_refuse_with_one_line_and_write_nothing_When_the_server_does_not_give_a_page(string path, string message)
    {
        // Given
        _server.On("/loop", r => r.Redirect(_server.BaseUrl + "/loop"))
            .On("/ftp", r => r.Redirect("ftp://127.0.0.1/story"))
            .Page("/report.pdf", "application/pdf", [.. "%PDF-1.7\n"u8])
            .On("/huge", r =>
            {
                r.ContentType = "text/html";
                r.SendChunked = true;
                var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<p>filler text </p>", 5000)));
                for (var sent = 0L; sent < 50L * 1024 * 1024 && !_server.Stopping.IsCancellationRequested; sent += chunk.Length)
                {
                    r.OutputStream.Write(chunk);
                }
            })
            .On("/huge-declared", r =>
            {
                r.ContentType = "text/html";
                r.ContentLength64 = 50L * 1024 * 1024;
                r.OutputStream.Write(new byte[1024]);
            });

        // When / Then
        AssertRefused(_server.BaseUrl + path, $"briefings import: {_server.BaseUrl + path}: {message}");
    }

    [Fact]
    public void Should_give_up_at_the_time_limit_When_the_server_never_answers()
    {
        // Given
        _server.On("/silent", _ => _server.Stopping.WaitHandle.WaitOne());
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // When
        var (page, error) = new PageFetcher(timeout: TimeSpan.FromSeconds(1)).Fetch(new Uri(_server.BaseUrl + "/silent"));

        // Then
        Assert.Null(page);
        Assert.Equal("no complete answer within 1 seconds", error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("text/html; charset=windows-1251", "", "windows-1251")]
    [InlineData("text/html", "<meta charset=\"windows-1251\">", "windows-1251")]
    [InlineData("text/html", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">", "koi8-r")]
    public void Should_decode_the_page_in_the_charset_it_declares(string contentType, string meta, string encoding)
    {
        // Given: a Russian page, in a single-byte encoding
        const string Text = "Москва и Ташкент договорились о совместном патрулировании границы, сообщили официальные лица обеих стран после двухдневных переговоров. Комиссия по безопасности границы соберётся снова в следующем году, сказали в узбекской делегации.";
        var html = $"<html><head>{meta}<title>Граница</title><meta property=\"og:title\" content=\"Переговоры о границе\"></head><body><article><h1>Переговоры о границе</h1><p>{Text}</p><p>{Text}</p></article></body></html>";
        _server.Page("/ru", contentType, Encoding.GetEncoding(encoding).GetBytes(html));

        // When
        var (code, stdout, stderr) = Support.Cli.Run("import", _server.BaseUrl + "/ru", "--input", _site.Input, "--dry-run", "--format", "json");

        // Then
        Assert.Equal((0, ""), (code, stderr));
        Assert.Contains("\"title\":\"Переговоры о границе\"", stdout);
        Assert.Contains(Text, stdout);
    }

    [Fact]
    public void Should_decode_a_saved_latin1_page_that_declares_its_charset()
    {
        // Given
        var file = Path.Combine(_site.Root, "cafe.html");
        var paragraph = "Les ministres se sont réunis à Genève pour un café et une discussion sur la sécurité régionale, a-t-on appris de source diplomatique. ";
        File.WriteAllBytes(file, Encoding.Latin1.GetBytes($"<html><head><meta charset=iso-8859-1><title>Réunion à Genève</title></head><body><article><h1>Réunion à Genève</h1><p>{paragraph}{paragraph}</p><p>{paragraph}</p></article></body></html>"));

        // When
        var (code, stdout, _) = Support.Cli.Run("import", file, "--input", _site.Input, "--dry-run", "--format", "json");

        // Then
        Assert.Equal(0, code);
        Assert.Contains("\"title\":\"Réunion à Genève\"", stdout);
        Assert.Contains("réunis à Genève pour un café", stdout);
    }

    private void AssertRefused(string input, string message)
    {
        var before = Snapshot();
        var (code, stdout, stderr) = Support.Cli.Run("import", input, "--input", _site.Input);
        Assert.Equal(1, code);
        Assert.Equal(message, stderr.Trim());
        Assert.Equal("", stdout);
        Assert.Equal(before, Snapshot());
    }

    private string[] Snapshot() =>
        [.. Directory.EnumerateFileSystemEntries(_site.Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
}
