using System.Text;
using Briefings.Output;
using Briefings.Tests.Support;

namespace Briefings.Tests.Integration;

/// <summary>
/// Each site folder's manifest (length, modification time and hash of every file, kept in <c>_site.manifests/</c>) lets
/// the next build that reuses the folder skip reading the files still as recorded; a file touched since, a damaged
/// manifest or a file written moments before the manifest was saved is read and compared as before.
/// </summary>
public sealed class OutputManifestTests : IDisposable
{
    private static readonly string[] Paths = ["index.html", "a/index.html", "a/b/index.html", "feed.xml"];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "briefings-manifest-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private string Output => Path.Combine(_root, "_site");

    private string Previous => Output + ".previous";

    private string Manifests => Output + ".manifests";

    [Fact]
    public void Should_read_no_kept_file_When_its_manifest_says_it_is_unchanged()
    {
        // Given two writes of a site, so the folder the third reuses has a manifest
        KeptWithManifest();

        // When the same site is written a third time
        var (report, compared) = Write(TimeSpan.Zero);

        // Then nothing was read, written or removed, and the site is whole
        Assert.Equal(0, compared);
        Assert.Equal(new SyncReport(Written: 0, Unchanged: Paths.Length, Removed: 0), report);
        Assert.Equal(Site(), Snapshot(Output));
    }

    [Fact]
    public void Should_rewrite_a_kept_file_changed_since_its_manifest_When_its_length_stayed_the_same()
    {
        // Given a kept site with a manifest, and one of its files changed behind its back (same length)
        KeptWithManifest();
        var changed = Path.Combine(Previous, "a", "index.html");
        File.WriteAllText(changed, "A/INDEX.HTML");
        File.SetLastWriteTimeUtc(changed, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc)); // not the recorded time, even within one tick

        // When the site is written again
        var (report, compared) = Write(TimeSpan.Zero);

        // Then that file (its time moved) was read and put right; the others were not read
        Assert.Equal(1, compared);
        Assert.Equal(1, report.Written);
        Assert.Equal(Site(), Snapshot(Output));
    }

    [Fact]
    public void Should_read_every_kept_file_and_build_the_same_site_When_the_manifest_is_damaged()
    {
        // Given a kept site whose manifest was cut short
        KeptWithManifest();
        var manifest = Path.Combine(Manifests, "previous");
        File.WriteAllBytes(manifest, File.ReadAllBytes(manifest)[..^5]);

        // When the site is written again
        var (report, compared) = Write(TimeSpan.Zero);

        // Then every kept file was compared, nothing needed writing, and the next write trusts the new manifest
        Assert.Equal(Paths.Length, compared);
        Assert.Equal(0, report.Written);
        Assert.Equal(Site(), Snapshot(Output));
    }

    [Fact]
    public void Should_not_trust_files_written_moments_before_the_manifest_was_saved()
    {
        // Given two writes a moment apart, with the real racy window (a change in the same clock tick keeps the time)
        Write(SiteManifest.RacyWindow);
        Write(SiteManifest.RacyWindow);

        // When the site is written again
        var (_, compared) = Write(SiteManifest.RacyWindow);

        // Then every kept file was read, as none was old enough to be recorded
        Assert.Equal(Paths.Length, compared);
    }

    [Fact]
    public void Should_keep_manifests_beside_the_site_and_never_in_it_When_a_site_is_built()
    {
        // Given a small site
        using var site = new TestSite().With("articles/2018/one.md", Files.Article("One"));

        // When it is built twice
        site.BuildClean();
        site.BuildClean();

        // Then the site holds only its pages and files, and the manifests of both folders are beside it
        Assert.Equal([".gitignore", "output", "previous"], Directory.EnumerateFiles(site.Output + ".manifests").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(site.Output, "*", SearchOption.AllDirectories), p => p.Contains("manifest", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["_site", "_site.manifests", "_site.previous", "input"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_keep_the_manifests_out_of_git_When_the_repository_ignores_only_the_site()
    {
        // Given a site in a git repository whose .gitignore lists only the output folder
        using var site = new TestSite().With("articles/2018/one.md", Files.Article("One"));
        Assert.NotNull(Git(site.Root, "init", "-q")); // git is here: the repository was cloned with it

        File.WriteAllText(Path.Combine(site.Root, ".gitignore"), "_site/\n");

        // When it is built
        site.BuildClean();

        // Then git sees the input and the .gitignore, nothing of the manifests
        var untracked = Git(site.Root, "ls-files", "--others", "--exclude-standard")!;
        Assert.DoesNotContain("manifests", untracked, StringComparison.Ordinal);
        Assert.Contains("input/articles/2018/one.md", untracked, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_give_the_kept_site_its_manifest_back_When_a_write_stops_before_any_file_is_put()
    {
        // Given a kept site with a manifest
        KeptWithManifest();
        var before = File.ReadAllBytes(Path.Combine(Manifests, "previous"));

        // When a build takes the kept folder for staging, then stops before rendering
        SiteWriter.Begin(Output).Dispose();

        // Then the kept folder and its manifest are back, and the next write reads nothing
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(Manifests, "previous")));
        Assert.Equal(0, Write(TimeSpan.Zero).Compared);
    }

    /// <summary>Two writes of the site: the folder the next write reuses is kept with its manifest.</summary>
    private void KeptWithManifest()
    {
        Write(TimeSpan.Zero);
        Write(TimeSpan.Zero);
    }

    private (SyncReport Report, int Compared) Write(TimeSpan racyWindow)
    {
        using var staging = SiteWriter.Begin(Output);
        staging.RacyWindow = racyWindow;
        foreach (var (path, text) in Site())
        {
            staging.Put(path, Encoding.UTF8.GetBytes(text));
        }

        var compared = staging.Compared;
        return (staging.Commit()!, compared);
    }

    private static string? Git(string folder, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var git = System.Diagnostics.Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        return git.ExitCode == 0 ? output : null;
    }

    /// <summary>Each file holds its own path.</summary>
    private static Dictionary<string, string> Site() => Paths.ToDictionary(p => p, p => p);

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllText);
}
