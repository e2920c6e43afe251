using System.Diagnostics;
using System.Net;
using Briefings.Building;
using Briefings.Cli.Commands;
using Briefings.Cli.Serving;
using Briefings.Tests.Support;

namespace Briefings.Tests.Cli;

/// <summary><c>briefings serve</c> over real HTTP: serves under the base path, rebuilds on edit, reloads, shows errors, stops cleanly.</summary>
public sealed class ServeTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly TestSite _site = new TestSite(parent: Environment.CurrentDirectory)
        .With("articles/2018/talks.md", Files.Article("Talks in Islamabad", extra: "countries: [pakistan]"));

    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(5) };

    public void Dispose()
    {
        _http.Dispose();
        _site.Dispose();
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public async Task Should_serve_rebuild_reload_and_show_errors_until_stopped(bool incremental, bool relativeInput)
    {
        // Given: serve running as the command runs it (full or incremental rebuilds, the input folder given as a full
        // path or, like the default 'input', relative to the working folder), until its stop token is cancelled
        using var stop = new CancellationTokenSource();
        using var stdout = new StringWriter();
        var log = TextWriter.Synchronized(stdout);
        var input = relativeInput ? Path.GetRelativePath(Environment.CurrentDirectory, _site.Input) : _site.Input;
        Assert.Equal(relativeInput, input.StartsWith("briefings-test-", StringComparison.Ordinal));
        ISiteRebuilder rebuilder = incremental
            ? new IncrementalRebuilder(o => new BuildOptions(input, o))
            : new FullRebuilder(o => new BuildOptions(input, o));
        var session = new PreviewSession(rebuilder, [input], 0, log, d => d.ToString());
        var serving = Task.Run(() => ServeCommand.Serve(session, log, TextWriter.Null, stop.Token));
        try
        {
            var home = await Eventually(() => Task.FromResult(session.Url), url => url is not null);
            var article = new Uri(home!, "articles/talks/");

            // Then: pages are served under the base path, with the live-reload script added in transit only
            Assert.Equal("/base/", home!.AbsolutePath);
            var redirect = await _http.GetAsync(new Uri(home, "/"));
            Assert.Equal((HttpStatusCode.Redirect, "/base/"), (redirect.StatusCode, redirect.Headers.Location?.OriginalString));
            var page = await _http.GetStringAsync(article);
            Assert.Contains("Talks in Islamabad", page);
            Assert.Contains(LiveReload.Tag(session.Builds), page);
            Assert.Contains(LiveReload.EventsPath, await _http.GetStringAsync(new Uri(home, LiveReload.ScriptPath)));
            Assert.False(Directory.Exists(_site.Output), "serve must not write _site/");

            // When: a page listens for reloads and an article is edited
            using var events = await _http.GetStreamAsync(new Uri(home, LiveReload.EventsPath));
            using var reader = new StreamReader(events);
            Assert.Equal("retry: 1000", await reader.ReadLineAsync());
            Assert.Equal("", await reader.ReadLineAsync());
            var served = session.Builds;
            Assert.Equal(("event: reload", $"data: {served}", ""), (await reader.ReadLineAsync(), await reader.ReadLineAsync(), await reader.ReadLineAsync()));
            _site.With("articles/2018/talks.md", Files.Article("Talks in Moscow", extra: "countries: [russia]"));

            // Then: the page is told of the newer build (the script reloads when it is not the page's own), and the
            // page shows the new content
            Assert.Equal("event: reload", await reader.ReadLineAsync().WaitAsync(Patience));
            Assert.NotEqual($"data: {served}", await reader.ReadLineAsync());
            await Eventually(() => Text(article), html => html.Contains("Talks in Moscow", StringComparison.Ordinal));

            // When: the content breaks
            _site.With("articles/2018/talks.md", Files.Article("Talks in Moscow", extra: "countries: [rusia]"));

            // Then: every page is the error list, with path:line:column, not the stale site
            var broken = await Eventually(() => _http.GetAsync(article), r => r.StatusCode == HttpStatusCode.InternalServerError);
            var errorPage = await broken.Content.ReadAsStringAsync();
            Assert.Contains("articles/2018/talks.md:8:13: error BRF303: &#39;countries&#39;: no country &#39;rusia&#39;", errorPage);
            Assert.Contains(LiveReload.ScriptPath, errorPage);

            // When: it is fixed again
            _site.With("articles/2018/talks.md", Files.Article("Talks in Kabul", extra: "countries: [afghanistan]"));
            await Eventually(() => Text(article), html => html.Contains("Talks in Kabul", StringComparison.Ordinal));

            // Then: Ctrl-C (the stop token) stops it cleanly with exit code 0
            await stop.CancelAsync();
            Assert.Equal(0, await serving.WaitAsync(Patience));
            var said = stdout.ToString();
            var stopping = said.IndexOf("stopping: removing the preview's temporary folder", StringComparison.Ordinal);
            Assert.True(stopping >= 0 && said.IndexOf("stopped", stopping, StringComparison.Ordinal) > stopping, said);
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => _http.GetAsync(article));
        }
        finally
        {
            // A failed assertion must not leave the server (and its temporary folder) behind.
            await stop.CancelAsync();
            await serving.WaitAsync(Patience).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>The page's HTML whatever its status (the error page is HTML too).</summary>
    private async Task<string> Text(Uri url) => await (await _http.GetAsync(url)).Content.ReadAsStringAsync();

    /// <summary>Polls until <paramref name="done"/> holds (or fails the test after a few seconds).</summary>
    private static async Task<T> Eventually<T>(Func<Task<T>> get, Func<T, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await get();
            if (done(value))
            {
                return value;
            }

            Assert.True(clock.Elapsed < Patience, $"gave up waiting after {Patience.TotalSeconds} s; last value: {value}");
            await Task.Delay(100);
        }
    }
}
