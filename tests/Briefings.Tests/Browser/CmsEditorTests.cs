using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Briefings.Building;
using Briefings.Output.Cms;
using Briefings.Tests.Integration;
using Briefings.Tests.Support;
using Microsoft.Playwright;

namespace Briefings.Tests.Browser;

/// <summary>
/// A content editor without git: the site's <c>/admin/</c> (Decap CMS) against Decap's local backend
/// (<c>decap-server</c> in git mode, on a temporary repository), in Chromium. With the editorial workflow a save is a
/// branch (<c>cms/…</c>, the pull request on GitHub); the file on it must pass <c>briefings check</c>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CmsEditorTests(BrowserSite browser) : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .With("site.yml", "title: Test briefing\nbase_url: https://example.org/\ntopics:\n  counter-terrorism: Counter-terrorism\ncms:\n  repo: example/test-briefing\n")
        .With("groups/islamic-state.md", "---\nname: Islamic State\nkind: militant\n---\n")
        .With("articles/2018/talks.md", Files.Article("Talks in Islamabad", extra: "countries: [pakistan]"));

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _serverLog = new();

    public void Dispose() => _site.Dispose();

    [CmsFact]
    public async Task Should_save_an_article_tagged_with_two_countries_as_a_branch_whose_file_passes_check()
    {
        // Given: the site in a git repository, decap-server on it, and the site built with the editor on, served
        File.WriteAllText(Path.Combine(_site.Root, ".gitignore"), "served/\n_site/\ntheme/\n");
        Git("init", "-q", "-b", "main");
        Git("config", "user.email", "editor@example.org");
        Git("config", "user.name", "Editor");
        Git("add", "-A");
        Git("commit", "-q", "-m", "start");
        var port = FreePort();
        using var server = DecapServer(port);
        try
        {
            await Edit(server, port);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
        }
    }

    private async Task Edit(Process server, int port)
    {
        var backend = new Uri($"http://127.0.0.1:{port}/api/v1");
        await WaitForBackend(backend, server);
        var output = Path.Combine(_site.Root, "served");
        // Decap CMS where npm puts it, beside input/: a link to the repository's.
        var modules = Path.Combine(_site.Root, "theme", "node_modules", "decap-cms");
        Directory.CreateDirectory(modules);
        Directory.CreateSymbolicLink(Path.Combine(modules, "dist"), CmsFactAttribute.DecapDist);
        var build = new SiteBuilder(new BuildOptions(_site.Input, output) { BaseUrl = "/", Search = false, CmsLocalBackend = backend }).Build();
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        using var web = new StaticServer(output, "/");
        var page = await browser.Browser.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var problems = new List<string>();
        var log = new List<string>();
        page.Console += (_, m) =>
        {
            log.Add($"{m.Type}: {m.Text}");
            // A new entry is not on a branch yet: the local backend answers Decap's look-up with 404 (checked below).
            if (m.Type == "error" && !m.Text.Contains("status of 404", StringComparison.Ordinal))
            {
                problems.Add(m.Text);
            }
        };
        page.PageError += (_, e) => log.Add("page error: " + e);
        page.Response += (_, r) =>
        {
            if (r.Status >= 400 && !(r.Status == 404 && r.Url == backend.AbsoluteUri))
            {
                problems.Add($"{r.Status} {r.Request.Method} {r.Url}");
            }
        };
        try
        {
            await EditAndSave(page, web);
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Screenshots, "cms-failure.png"), FullPage = true });
            throw new InvalidOperationException($"{e.Message}\nbrowser console:\n{string.Join("\n", log)}\ndecap-server:\n{string.Join("\n", _serverLog)}", e);
        }

        // Then: the save is a branch of its own (a pull request on GitHub) with the article, and check passes it
        await Verify();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>An editor opens /admin/, signs in to the local backend and writes an article with two countries.</summary>
    private static async Task EditAndSave(IPage page, StaticServer web)
    {
        await page.GotoAsync(web.BaseUrl + "admin/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Login" }).ClickAsync();
        await page.GotoAsync(web.BaseUrl + "admin/#/collections/articles/new");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Talks in Moscow");
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync("2019-04");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Test Wire");
        await page.GetByLabel("Summary", new() { Exact = true }).FillAsync("Two governments talked.");
        var countries = page.GetByLabel("Countries (optional)", new() { Exact = true });
        foreach (var country in new[] { "Pakistan", "Russia" })
        {
            await countries.FillAsync(country);
            await page.GetByRole(AriaRole.Option, new() { Name = country, Exact = true }).ClickAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Entry saved")).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    private async Task Verify()
    {
        var branch = await WaitFor(() => Git("branch", "--list", "cms/*", "--format=%(refname:short)").Trim(), b => b.Length > 0);
        var year = DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"cms/articles/{year}/talks-in-moscow", branch);
        var changed = Git("diff", "--name-only", "main", branch).Trim();
        Assert.Equal($"input/articles/{year}/talks-in-moscow.md", changed);
        var text = Git("show", $"{branch}:{changed}");
        Assert.Contains("pakistan", text, StringComparison.Ordinal);
        Assert.Contains("russia", text, StringComparison.Ordinal);
        Git("checkout", "-q", branch);
        var check = new SiteBuilder(new BuildOptions(_site.Input, _site.Output)).Check();
        Assert.True(check.Succeeded && check.Diagnostics.Count == 0, text + "\n" + string.Join("\n", check.Diagnostics));
    }

    private string Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _site.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        args.ToList().ForEach(start.ArgumentList.Add);
        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEndAsync();
        var error = git.StandardError.ReadToEndAsync();
        Assert.True(git.WaitForExit(30_000), "git did not finish");
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)}: {error.Result}");
        return output.Result;
    }

    private Process DecapServer(int port)
    {
        var start = new ProcessStartInfo(CmsFactAttribute.Node!, CmsFactAttribute.DecapServer)
        {
            WorkingDirectory = _site.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["MODE"] = "git";
        start.Environment["GIT_REPO_DIRECTORY"] = _site.Root;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => _serverLog.Enqueue(e.Data ?? "");
        process.ErrorDataReceived += (_, e) => _serverLog.Enqueue(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForBackend(Uri backend, Process server)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(server.HasExited, "decap-server stopped");
            try
            {
                using var answer = await http.PostAsync(backend, new StringContent("{\"action\":\"info\"}", Encoding.UTF8, "application/json"));
                if (answer.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        Assert.Fail("decap-server did not answer in 60 s");
    }

    private static async Task<string> WaitFor(Func<string> read, Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string value;
        while (!done(value = read()) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        return value;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>
/// A browser test of the content editor: needs Chromium, Node and <c>npm ci --prefix theme</c> (Decap CMS and
/// decap-server). Skipped, with the reason, on a developer machine without them; in CI (<c>CI</c> set) it always runs.
/// </summary>
public sealed class CmsFactAttribute : FactAttribute
{
    public static readonly string? Node = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(d => Path.Combine(d, "node")).FirstOrDefault(File.Exists);

    public static readonly string DecapDist = Path.Combine(RealInputTests.RepoRoot(), "theme", "node_modules", "decap-cms", "dist");

    public static readonly string DecapServer = Path.Combine(RealInputTests.RepoRoot(), "theme", "node_modules", "decap-server", "dist", "index.js");

    public CmsFactAttribute()
    {
        if (new BrowserFactAttribute().Skip is { } skip)
        {
            Skip = skip;
        }
        else if (Environment.GetEnvironmentVariable("CI") is null && (Node is null || !File.Exists(DecapServer)
            || !File.Exists(Path.Combine(DecapDist, "decap-cms.js"))))
        {
            Skip = Support.SkipReasons.Note($"content editor test: Node, Decap CMS or decap-server is not installed ({CmsAdmin.InstallHint}); CI installs them and runs it");
        }
    }
}
