using System.Diagnostics;
using Briefings.Tests.Hostile;
using Briefings.Tests.Integration;
using Briefings.Tests.Support;

namespace Briefings.Tests.Native;

/// <summary>
/// The native executable (Native AOT, what <c>dotnet publish</c> makes) does what the managed program does: trimming
/// keeps every model property a theme reads and every Scriban function, so each command prints the same text, exits
/// with the same code and writes the same bytes. Each test runs a command both ways and compares.
/// </summary>
[Collection(NativeCollection.Name)]
public sealed class NativeExecutableTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "briefings-native-" + Guid.NewGuid().ToString("N"));

    public NativeExecutableTests() => Directory.CreateDirectory(_root);

    public static TheoryData<string> HostileCases() => [.. HostileCase.All()];

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [NativeTheory]
    [MemberData(nameof(HostileCases))]
    public void Should_print_the_same_diagnostics_and_write_the_same_site_as_the_managed_build_When_given_a_hostile_case(string name)
    {
        // Given
        using var hostile = new HostileCase(name).Prepare();

        // When
        var (native, managed) = BuildBothWays(hostile.Input, "--base-url", "/briefings/");

        // Then
        Assert.Equal(managed, native);
    }

    [NativeFact]
    public void Should_write_the_same_bytes_as_the_managed_build_When_building_the_real_input()
    {
        var (native, managed) = BuildBothWays(Path.Combine(RealInputTests.RepoRoot(), "input"), "--base-url", "https://example.org/briefings/");

        Assert.Equal(0, native.Code);
        Assert.Equal(managed, native);
    }

    [NativeFact]
    public void Should_write_the_same_bytes_as_the_managed_build_When_building_a_generated_site_with_drafts()
    {
        using var site = GeneratedInput.Write(new TestSite());

        var (native, managed) = BuildBothWays(site.Input, "--drafts");

        Assert.Equal(0, native.Code);
        Assert.True(native.Files.Count > 500, $"only {native.Files.Count} files written");
        Assert.Equal(managed, native);
    }

    [NativeFact]
    public void Should_report_the_same_template_errors_as_the_managed_build_When_a_theme_has_typos()
    {
        // Given a copy of the built-in theme where a page reads a property that does not exist and calls an unknown function
        using var site = new TestSite().With("articles/2018/a.md", Files.Article("A", extra: "countries: [pakistan]"));
        var theme = site.CopyOfDefaultTheme();
        var article = Path.Combine(theme, "pages", "article.html");
        File.WriteAllText(article, "{{ page.titel }}\n{{ no_such_function 3 }}\n" + File.ReadAllText(article));

        // When
        var (native, managed) = BuildBothWays(site.Input, "--theme", theme);

        // Then
        Assert.Equal(1, native.Code);
        Assert.Contains("theme/pages/article.html:1:", native.Stderr);
        Assert.Equal(managed, native);
    }

    [NativeFact]
    public void Should_write_the_same_files_as_the_managed_program_When_importing_a_raw_article_and_starting_new_ones()
    {
        // Given two copies of the real content folder
        CopyFolder(Path.Combine(RealInputTests.RepoRoot(), "input"), Path.Combine(_root, "native"), skip: "_site");
        CopyFolder(Path.Combine(RealInputTests.RepoRoot(), "input"), Path.Combine(_root, "managed"), skip: "_site");
        var raw = Path.Combine(RealInputTests.RepoRoot(), "tests", "Briefings.Tests", "Importing", "Data", "wire-story.txt");
        string[][] commands =
        [
            ["import", raw, "--date", "2022-05-17"],
            ["new", "note", "Border checks tighten", "--date", "2022-05-18"],
            ["new", "person", "A. N. Envoy"],
            ["check", "--drafts"],
        ];

        // When each command runs in each folder, natively and in process
        var results = new List<(string Command, Result Native, Result Managed)>();
        foreach (var command in commands)
        {
            results.Add((command[0],
                Run(native: true, [.. command, "--input", Path.Combine(_root, "native")], Path.Combine(_root, "native")),
                Run(native: false, [.. command, "--input", Path.Combine(_root, "managed")], Path.Combine(_root, "managed"))));
        }

        // Then
        Assert.All(results, r => Assert.Equal(r.Managed, r.Native));
        Assert.Equal(0, results[0].Native.Code);
        Assert.Contains("articles/2022/", string.Join("\n", results[0].Native.Files.Keys));
    }

    [NativeFact]
    public async Task Should_serve_and_rebuild_an_edited_article_and_watch_only_the_input_When_run_natively_in_a_big_folder()
    {
        // Given serve started in a working directory with many folders (a home directory, /tmp)
        using var site = new TestSite().With("articles/2018/talks.md", Files.Article("Talks in Islamabad", extra: "countries: [pakistan]"));
        var big = Path.Combine(_root, "big");
        for (var i = 0; i < 300; i++)
        {
            Directory.CreateDirectory(Path.Combine(big, $"folder-{i}", "sub"));
        }

        using var serve = NativeExecutable.Start(big, "serve", "--input", site.Input, "--port", "0");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            var home = await Serving(serve);
            var page = new Uri(home, "articles/talks/");

            // Then it watches the input's few folders, not the working directory's 600 (the web host's default)
            var watches = InotifyWatches(serve.Id);
            Assert.InRange(watches, 1, 20);
            Assert.Contains("Talks in Islamabad", await http.GetStringAsync(page));

            // When
            site.With("articles/2018/talks.md", Files.Article("Talks in Moscow", extra: "countries: [russia]"));

            // Then
            var clock = Stopwatch.StartNew();
            while (!(await http.GetStringAsync(page)).Contains("Talks in Moscow", StringComparison.Ordinal))
            {
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "the edit did not show in 10 s");
                await Task.Delay(50);
            }
        }
        finally
        {
            Interrupt(serve);
        }

        // Seconds on a loaded machine: the preview's temporary folder is removed, and a search index may be being made
        var stopping = Stopwatch.StartNew();
        Assert.True(serve.WaitForExit(TimeSpan.FromSeconds(30)), $"serve did not stop in 30 s after Ctrl-C; it said:\n{Said(serve)}");
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(10), $"serve took {stopping.Elapsed.TotalSeconds:F1} s to stop after Ctrl-C; it said:\n{Said(serve)}");
        Assert.Equal(0, serve.ExitCode);
    }

    private (Result Native, Result Managed) BuildBothWays(string input, params string[] options) =>
        (Run(native: true, ["build", "--input", input, "--output", Path.Combine(_root, "native"), "--no-search", "--quiet", .. options], Path.Combine(_root, "native")),
         Run(native: false, ["build", "--input", input, "--output", Path.Combine(_root, "managed"), "--no-search", "--quiet", .. options], Path.Combine(_root, "managed")));

    /// <summary>Runs a command natively or in process; what it printed (with <paramref name="folder"/> written as &lt;folder&gt;) and the files in <paramref name="folder"/>.</summary>
    private static Result Run(bool native, string[] args, string folder)
    {
        var (code, stdout, stderr) = native ? NativeExecutable.Run(args) : Support.Cli.Run(args);
        var files = Directory.Exists(folder) ? ContentErrorTests.Snapshot(folder) : [];
        return new Result(code, stdout.Replace(folder, "<folder>", StringComparison.Ordinal), stderr.Replace(folder, "<folder>", StringComparison.Ordinal), files);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Process, Task<string>[]> Rest = new();

    private static async Task<Uri> Serving(Process serve)
    {
        var lines = new List<string>();
        while (await serve.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)) is { } line)
        {
            lines.Add(line);
            if (line.StartsWith("serving ", StringComparison.Ordinal))
            {
                Rest.Add(serve, [serve.StandardOutput.ReadToEndAsync(), serve.StandardError.ReadToEndAsync()]);
                return new Uri(line.Split(' ')[1]);
            }
        }

        Assert.Fail("serve exited before serving:\n" + string.Join("\n", lines) + serve.StandardError.ReadToEnd());
        return null!;
    }

    /// <summary>What a serve process printed after its "serving" line (so far, when it has not exited).</summary>
    private static string Said(Process serve) =>
        Rest.TryGetValue(serve, out var rest) ? string.Join("\n", rest.Select(t => t.IsCompleted ? t.Result : "(still running)")) : "";

    /// <summary>How many inotify watches the process holds (the "inotify wd:" lines of its descriptors' fdinfo).</summary>
    private static int InotifyWatches(int pid) =>
        Directory.EnumerateFiles($"/proc/{pid}/fdinfo")
            .Sum(f => { try { return File.ReadLines(f).Count(l => l.StartsWith("inotify wd:", StringComparison.Ordinal)); } catch (IOException) { return 0; } });

    /// <summary>Ctrl-C: SIGINT to the process.</summary>
    private static void Interrupt(Process process)
    {
        if (!process.HasExited)
        {
            using var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        }
    }

    private static void CopyFolder(string from, string to, string skip)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Contains(skip))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }

    /// <summary>What a command did: exit code, output, and the SHA-256 of each file in its folder afterwards.</summary>
    private sealed record Result(int Code, string Stdout, string Stderr, Dictionary<string, string> Files)
    {
        public bool Equals(Result? other) => other is not null && Code == other.Code && Stdout == other.Stdout && Stderr == other.Stderr
            && Files.Count == other.Files.Count && Files.All(f => other.Files.TryGetValue(f.Key, out var hash) && hash == f.Value);

        public override int GetHashCode() => Code;

        public override string ToString() => $"exit {Code}\nstdout:\n{Stdout}\nstderr:\n{Stderr}\n{Files.Count} files";
    }
}
