using System.Diagnostics;

namespace Briefings.Output.Search;

/// <summary>
/// Runs Pagefind (npm <c>pagefind</c>, pinned in <c>theme/package.json</c>) over a built site to make the search
/// index under <c>pagefind/</c>. Found at <c>BRIEFINGS_PAGEFIND</c>, in a <c>theme/node_modules</c> beside the
/// current folder or the input folder, or on PATH. Pagefind is another program: it runs with a time limit
/// (<see cref="TimeLimit"/>), and when that runs out it is ended with every process it started, so a build never waits
/// on it for ever.
/// </summary>
public sealed class PagefindIndexer
{
    public const string InstallHint = "run 'npm ci --prefix theme' to install it, or build with --no-search";

    /// <summary>Seconds indexing may take: <c>BRIEFINGS_PAGEFIND_TIMEOUT</c>, or ten minutes (a 10,000-article site takes seconds).</summary>
    public const string TimeLimitVariable = "BRIEFINGS_PAGEFIND_TIMEOUT";

    private static readonly TimeSpan VersionTimeLimit = TimeSpan.FromSeconds(30);

    private readonly string _executable;

    internal PagefindIndexer(string executable, string version, TimeSpan timeLimit)
    {
        _executable = executable;
        Version = version;
        TimeLimit = timeLimit;
    }

    public string Version { get; }

    /// <summary>How long indexing may take before Pagefind is ended.</summary>
    public TimeSpan TimeLimit { get; }

    public static PagefindIndexer? Find(string inputDirectory, string? themeDirectory)
    {
        var candidates = new List<string?>
        {
            Environment.GetEnvironmentVariable("BRIEFINGS_PAGEFIND"),
            themeDirectory is null ? null : Path.Combine(themeDirectory, "node_modules", ".bin", "pagefind"),
            Path.Combine(Directory.GetCurrentDirectory(), "theme", "node_modules", ".bin", "pagefind"),
            Path.Combine(Path.GetFullPath(inputDirectory), "..", "theme", "node_modules", ".bin", "pagefind"),
        };
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "pagefind")));
        foreach (var candidate in candidates.OfType<string>().Where(File.Exists))
        {
            var (code, output) = Run(candidate, ["--version"], VersionTimeLimit);
            if (code == 0 && output.StartsWith("pagefind", StringComparison.Ordinal))
            {
                return new PagefindIndexer(candidate, output.Trim(), ConfiguredTimeLimit());
            }
        }

        return null;
    }

    /// <summary>Indexes <paramref name="siteDirectory"/>; returns Pagefind's own message when it fails.</summary>
    public string? Index(string siteDirectory)
    {
        var (code, output) = Run(_executable, ["--site", siteDirectory, "--output-subdir", Urls.SearchBundlePath.TrimEnd('/'), "--silent"], TimeLimit);
        return code switch
        {
            0 => null,
            TimedOut => $"{Version} did not finish in {TimeLimit.TotalSeconds:0} s and was stopped ({TimeLimitVariable} sets the limit in seconds)",
            _ => $"{Version} failed (exit {code}): {output.Trim()}",
        };
    }

    private const int TimedOut = int.MinValue;

    private static string Finished(Task<string> output) => output.IsCompletedSuccessfully ? output.Result : "";

    private static TimeSpan ConfiguredTimeLimit() =>
        int.TryParse(Environment.GetEnvironmentVariable(TimeLimitVariable), out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromMinutes(10);

    /// <summary>Runs a program to its end, or ends it and every process it started when <paramref name="limit"/> runs out.</summary>
    private static (int Code, string Output) Run(string executable, IEnumerable<string> args, TimeSpan limit)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(limit))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return (TimedOut, "");
            }

            // A process it started and left running could hold the output open: read what came, without waiting for that.
            Task.WaitAll([stdout, stderr], TimeSpan.FromSeconds(5));
            return (process.ExitCode, Finished(stdout) + Finished(stderr));
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
