using System.Net;
using System.Net.Sockets;
using System.Text;
using Briefings.Building;
using Briefings.Cli.Commands;
using Briefings.Cli.Serving;
using Briefings.Tests.Support;

namespace Briefings.Tests.Cli;

/// <summary>
/// <c>serve</c> answers the developer's browser only: loopback host names at its own port, GET and HEAD, no path that
/// leaves the site or redirects elsewhere, <c>nosniff</c> on every answer, and no absolute paths of this machine.
/// </summary>
public sealed class ServeSecurityTests : IAsyncLifetime, IDisposable
{
    private readonly TestSite _site = new TestSite()
        .With("articles/2018/talks.md", Files.Article("Talks in Islamabad", extra: "countries: [pakistan]"));

    private readonly CancellationTokenSource _stop = new();
    private PreviewSession _session = null!;
    private Task<int> _serving = null!;

    private Uri Home => _session.Url!;

    public async Task InitializeAsync()
    {
        // Served at the root of the host, as a custom domain is: the open redirect needed base path '/'
        _session = new PreviewSession(new FullRebuilder(o => new BuildOptions(_site.Input, o) { BaseUrl = "/" }), [_site.Input], 0, TextWriter.Null, d => d.ToString());
        _serving = Task.Run(() => ServeCommand.Serve(_session, TextWriter.Null, TextWriter.Null, _stop.Token));
        for (var tries = 0; _session.Url is null && tries < 200; tries++)
        {
            await Task.Delay(50);
        }

        Assert.NotNull(_session.Url);
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await _serving.WaitAsync(TimeSpan.FromSeconds(10));
        Dispose();
    }

    public void Dispose()
    {
        _stop.Dispose();
        _site.Dispose();
    }

    [Theory]
    [InlineData("/%5C127.0.0.1:31417/%252e%252e/countries")]
    [InlineData("/%5Cexample.net/%2e%2e/countries")]
    [InlineData("//example.net/%2e%2e/countries")]
    [InlineData("/%2F%2Fexample.net/..%2Fcountries")]
    public async Task Should_never_redirect_to_another_host_When_the_path_is_encoded_twice_or_starts_with_a_backslash(string path)
    {
        var (status, headers, _) = await Raw("GET", path, $"127.0.0.1:{Home.Port}");

        Assert.True(status is 400 or 404 || (status is 301 or 302 && Location(headers).StartsWith("/countries", StringComparison.Ordinal)),
            $"{status} {Location(headers)}");
        Assert.DoesNotContain("example.net", Location(headers));
        Assert.DoesNotContain("127.0.0.1:31417", Location(headers));
        Assert.False(Location(headers).StartsWith("//", StringComparison.Ordinal) || Location(headers).StartsWith("/\\", StringComparison.Ordinal), Location(headers));
    }

    [Fact]
    public async Task Should_redirect_a_folder_to_its_slash_path_built_from_the_site_s_own_names()
    {
        var (status, headers, _) = await Raw("GET", "/countries", $"127.0.0.1:{Home.Port}");

        Assert.Equal((302, "/countries/"), (status, Location(headers)));
    }

    [Theory]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/%252e%252e/%252e%252e/etc/passwd")]
    [InlineData("/countries/..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/a%5C..%5C..%5Cetc%5Cpasswd")]
    public async Task Should_serve_nothing_outside_the_site_When_a_path_climbs_out(string path)
    {
        var (status, _, body) = await Raw("GET", path, $"127.0.0.1:{Home.Port}");

        Assert.True(status is 400 or 404, $"{status}");
        Assert.DoesNotContain("root:", body);
    }

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("attacker.example:{port}")]
    [InlineData("127.0.0.1.attacker.example:{port}")]
    [InlineData("localhost:1")]
    public async Task Should_refuse_a_request_for_another_host_name_When_a_rebound_name_points_at_the_preview(string host)
    {
        var (status, headers, body) = await Raw("GET", "/articles/talks/", host.Replace("{port}", Home.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(421, status);
        Assert.DoesNotContain("Talks in Islamabad", body);
        Assert.Equal("nosniff", Header(headers, "X-Content-Type-Options"));
    }

    [Theory]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("localhost:{port}")]
    [InlineData("LOCALHOST:{port}")]
    [InlineData("[::1]:{port}")]
    public async Task Should_serve_the_page_When_the_host_is_a_loopback_name_at_the_preview_s_port(string host)
    {
        var (status, headers, body) = await Raw("GET", "/articles/talks/", host.Replace("{port}", Home.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(200, status);
        Assert.Contains("Talks in Islamabad", body);
        Assert.Equal("nosniff", Header(headers, "X-Content-Type-Options"));
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("OPTIONS")]
    [InlineData("TRACE")]
    public async Task Should_answer_only_GET_and_HEAD_When_another_method_is_used(string method)
    {
        var (status, headers, body) = await Raw(method, "/articles/talks/", $"127.0.0.1:{Home.Port}");

        Assert.Equal(405, status);
        Assert.Equal("GET, HEAD", Header(headers, "Allow"));
        Assert.DoesNotContain("Talks in Islamabad", body);
    }

    [Fact]
    public async Task Should_answer_HEAD_with_the_headers_of_GET_and_no_body()
    {
        var (status, headers, body) = await Raw("HEAD", "/assets/style.css", $"127.0.0.1:{Home.Port}");

        Assert.Equal(200, status);
        Assert.StartsWith("text/css", Header(headers, "Content-Type"));
        Assert.Equal("nosniff", Header(headers, "X-Content-Type-Options"));
        Assert.Equal("", body);
    }

    [Fact]
    public async Task Should_show_errors_with_paths_from_the_input_folder_and_no_absolute_path_When_the_content_breaks()
    {
        _site.With("articles/2018/talks.md", Files.Article("Talks", extra: "countries: [rusia]"));
        string body = "";
        for (var tries = 0; tries < 100 && !body.Contains("BRF303", StringComparison.Ordinal); tries++)
        {
            await Task.Delay(100);
            (_, _, body) = await Raw("GET", "/articles/talks/", $"127.0.0.1:{Home.Port}");
        }

        Assert.Contains("input/articles/2018/talks.md:8:13: error BRF303", body);
        Assert.DoesNotContain(_site.Root, body);
        Assert.DoesNotContain(Path.GetTempPath(), body);
    }

    private static string Location(IReadOnlyDictionary<string, string> headers) => Header(headers, "Location");

    private static string Header(IReadOnlyDictionary<string, string> headers, string name) => headers.GetValueOrDefault(name.ToLowerInvariant(), "");

    /// <summary>
    /// One HTTP/1.1 request written by hand: HttpClient would normalise the path (<c>/%2e%2e/</c>, <c>//</c>) and
    /// refuse some Host headers, which is exactly what a hostile page's request does not do.
    /// </summary>
    private async Task<(int Status, IReadOnlyDictionary<string, string> Headers, string Body)> Raw(string method, string path, string host)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Home.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10));
        var split = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = (split < 0 ? response : response[..split]).Split("\r\n");
        var headers = head.Skip(1).Select(line => line.Split(':', 2)).Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim().ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First()[1].Trim());
        var body = split < 0 ? "" : response[(split + 4)..];
        return (int.Parse(head[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), headers, body);
    }
}
