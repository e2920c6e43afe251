using Briefings.Building;
using Briefings.Cli.Commands;
using Briefings.Cli.Serving;
using Briefings.Tests.Support;
using Microsoft.Playwright;

namespace Briefings.Tests.Browser;

/// <summary>An author edits with <c>briefings serve</c> and a browser open: the page follows every save by itself.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveReloadTests(BrowserSite browser) : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .With("articles/2018/talks.md", Files.Article("Talks in Islamabad", extra: "countries: [pakistan]"));

    public void Dispose() => _site.Dispose();

    [BrowserFact]
    public async Task Should_reload_the_open_page_after_each_save_through_a_broken_build_and_back()
    {
        // Given: serve running on a small site, and its article open in the browser
        using var stop = new CancellationTokenSource();
        var session = new PreviewSession(new IncrementalRebuilder(o => new BuildOptions(_site.Input, o)), [_site.Input], 0, TextWriter.Null, d => d.ToString());
        var serving = Task.Run(() => ServeCommand.Serve(session, TextWriter.Null, TextWriter.Null, stop.Token));
        try
        {
            while (session.Url is null)
            {
                await Task.Delay(50);
            }

            var article = new Uri(session.Url, "articles/talks/").ToString();
            var page = await browser.Browser.NewPageAsync();
            var problems = new List<string>();
            page.Console += (_, m) =>
            {
                // The error page comes with status 500 on purpose, which Chromium logs; anything else is a problem.
                if (m.Type == "error" && !(m.Location.StartsWith(article, StringComparison.Ordinal) && m.Text.Contains("status of 500", StringComparison.Ordinal)))
                {
                    problems.Add($"{m.Location} {m.Text}");
                }
            };
            await page.GotoAsync(article);
            var heading = page.Locator("h1");
            await Assertions.Expect(heading).ToHaveTextAsync("Talks in Islamabad");

            // When: the article is saved with a new title; Then: the open page shows it without a click
            _site.With("articles/2018/talks.md", Files.Article("Talks in Moscow", extra: "countries: [russia]"));
            await Assertions.Expect(heading).ToHaveTextAsync("Talks in Moscow", new() { Timeout = 15_000 });

            // When: a save breaks the build; Then: the page turns into the error list
            _site.With("articles/2018/talks.md", Files.Article("Talks in Moscow", extra: "countries: [rusia]"));
            await Assertions.Expect(heading).ToHaveTextAsync("The site did not build", new() { Timeout = 15_000 });
            await Assertions.Expect(page.Locator("li.error")).ToContainTextAsync("articles/2018/talks.md:8:13: error BRF303");

            // When: it is fixed; Then: the article is back
            _site.With("articles/2018/talks.md", Files.Article("Talks in Kabul", extra: "countries: [afghanistan]"));
            await Assertions.Expect(heading).ToHaveTextAsync("Talks in Kabul", new() { Timeout = 15_000 });
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
        finally
        {
            await stop.CancelAsync();
            await serving.WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
