using System.Diagnostics;

namespace Briefings.Output.Search;

/// <summary>
/// Runs Pagefind (npm <c>pagefind</c>, pinned in <c>theme/package.json</c>) over a built site to make the search
/// index under <c>pagefind/</c>. Found at <c>BRIEFINGS_PAGEFIND</c>, in a <c>theme/node_modules</c> beside the
/// current folder or the input folder, or on PATH.
/// </summary>
public sealed class PagefindIndexer
{
    public const string InstallHint = "run 'npm ci --prefix theme' to install it, or build with --no-search";

    private readonly string _executable;

    private PagefindIndexer(string executable, string version)
    {
        _executable = executable;
        Version = version;
    }

    public string Version { get; }

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
            var (code, output) = Run(candidate, ["--version"]);
            if (code == 0 && output.StartsWith("pagefind", StringComparison.Ordinal))
            {
                return new PagefindIndexer(candidate, output.Trim());
            }
        }

        return null;
    }

    /// <summary>Indexes <paramref name="siteDirectory"/>; returns Pagefind's own message when it fails.</summary>
    public string? Index(string siteDirectory)
    {
        var (code, output) = Run(_executable, ["--site", siteDirectory, "--output-subdir", "pagefind", "--silent"]);
        return code == 0 ? null : $"{Version} failed (exit {code}): {output.Trim()}";
    }

    private static (int Code, string Output) Run(string executable, IEnumerable<string> args)
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
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout + stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
