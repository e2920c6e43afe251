using System.Collections.Concurrent;
using System.Text;
using Microsoft.Playwright;

namespace Briefings.Tests.Browser;

/// <summary>
/// What a page reported while a test drove it — console errors and warnings, script errors, failed requests — and what
/// the server answered meanwhile, for a failure message that says why (Pagefind swallows failed chunk loads).
/// </summary>
internal sealed class PageWatch
{
    private readonly ConcurrentQueue<(bool IsProblem, string Text)> _events = new();
    private readonly StaticServer _server;
    private readonly int _serverLogStart;

    public PageWatch(IPage page, StaticServer server)
    {
        _server = server;
        _serverLogStart = server.LogPosition;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                _events.Enqueue((message.Type == "error", $"console {message.Type}: {message.Text}"));
            }
        };
        page.PageError += (_, error) => _events.Enqueue((true, $"script error: {error}"));
        page.RequestFailed += (_, request) => _events.Enqueue((true, $"request failed: {request.Url} ({request.Failure})"));
    }

    /// <summary>
    /// What a reader's browser would flag: console errors, script errors, failed requests, and requests the server
    /// answered with an error status or not at all (the browser's own favicon.ico request shows only there).
    /// </summary>
    public IReadOnlyList<string> Problems() =>
    [
        .. _events.Where(e => e.IsProblem).Select(e => e.Text),
        .. _server.LogSince(_serverLogStart).Where(r => r.Error is not null || r.Status >= 400).Select(r => $"served: {r}"),
    ];

    /// <summary>The page's events and the server's log since the page opened, with a full-page screenshot.</summary>
    public async Task<string> Describe(IPage page, string name)
    {
        var text = new StringBuilder();
        var shot = Path.Combine(BrowserSite.Screenshots, name + ".png");
        try
        {
            await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
            text.AppendLine($"screenshot: {shot}");
        }
        catch (PlaywrightException e)
        {
            text.AppendLine($"no screenshot: {e.Message}");
        }

        text.AppendLine($"page events ({_events.Count}):");
        foreach (var (_, line) in _events)
        {
            text.AppendLine("  " + line);
        }

        var served = _server.LogSince(_serverLogStart).ToList();
        text.AppendLine($"server log since the page opened ({served.Count} requests):");
        foreach (var line in served)
        {
            text.AppendLine("  " + line);
        }

        return text.ToString();
    }
}
