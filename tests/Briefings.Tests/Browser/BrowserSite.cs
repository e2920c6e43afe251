using System.Runtime.CompilerServices;
using Briefings.Building;
using Briefings.Tests.Integration;
using Microsoft.Playwright;

namespace Briefings.Tests.Browser;

/// <summary>
/// The real <c>input/</c> built with search under <c>/briefings/</c>, served on 127.0.0.1, and one Chromium for all
/// browser tests. Screenshots go to <see cref="Screenshots"/>.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime, IDisposable
{
    public const string BasePath = "/briefings/";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "briefings-browser-" + Guid.NewGuid().ToString("N"));
    private readonly ConditionalWeakTable<IPage, PageWatch> _watches = [];
    private StaticServer? _server;
    private IPlaywright? _playwright;

    /// <summary>One page of each template of the real <c>input/</c>, as paths under the base path.</summary>
    public static IReadOnlyList<string> PageKinds { get; } =
    [
        "", "articles/", "countries/", "search/",
        "articles/pakistan-russia-concerned-over-growing-is-threat/", "notes/pakistan-russia-counter-terrorism-track/",
        "meetings/pakistan-russia-jwg-ct-7/", "meetings/series/", "meetings/series/pakistan-russia-jwg-ct/", "countries/pakistan/",
        "groups/islamic-state/", "people/sergey-lavrov/", "topics/counter-terrorism/", "404.html",
    ];

    public IBrowser Browser { get; private set; } = null!;

    public BuildResult Build { get; private set; } = null!;

    public string BaseUrl => _server!.BaseUrl;

    public static string Screenshots { get; } = Path.Combine(Path.GetTempPath(), "briefings-screenshots");

    public bool SearchIndexed => Build.SearchStatus?.StartsWith("search: indexed", StringComparison.Ordinal) == true;

    public async Task InitializeAsync()
    {
        var output = Path.Combine(_root, "site");
        Build = new SiteBuilder(new BuildOptions(Path.Combine(RealInputTests.RepoRoot(), "input"), output) { BaseUrl = "https://example.org/briefings/" }).Build();
        Assert.True(Build.Succeeded, string.Join("\n", Build.Diagnostics));
        _server = new StaticServer(output, BasePath);
        if (!File.Exists(BrowserFactAttribute.Chromium))
        {
            return;
        }

        Directory.CreateDirectory(Screenshots);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserFactAttribute.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        Dispose();
    }

    public void Dispose()
    {
        _server?.Dispose();
        _server = null;
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    public async Task<IPage> Open(string path, int width = 1280, int height = 900, Func<IPage, Task>? before = null)
    {
        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        _watches.Add(page, new PageWatch(page, _server!));
        if (before is not null)
        {
            await before(page);
        }

        var response = await page.GotoAsync(BaseUrl + path);
        Assert.True(response is { Ok: true }, $"GET {path} → {response?.Status}");
        return page;
    }

    /// <summary>
    /// For a failure message: what a page opened with <see cref="Open"/> logged, what the server answered meanwhile,
    /// and a screenshot saved as <paramref name="name"/>.png in <see cref="Screenshots"/>.
    /// </summary>
    public Task<string> Report(IPage page, string name) => Watch(page).Describe(page, name);

    /// <summary>What went wrong for a reader on a page opened with <see cref="Open"/>: see <see cref="PageWatch.Problems"/>.</summary>
    public IReadOnlyList<string> Problems(IPage page) => Watch(page).Problems();

    private PageWatch Watch(IPage page) =>
        _watches.TryGetValue(page, out var watch) ? watch : throw new InvalidOperationException("open the page with BrowserSite.Open");
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
