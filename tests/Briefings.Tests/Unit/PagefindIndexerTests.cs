using System.Diagnostics;
using Briefings.Output.Search;

namespace Briefings.Tests.Unit;

/// <summary>Pagefind is another program: a build does not wait on it for ever, nor leave its processes running.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PagefindIndexerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefings-pagefind-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Should_stop_Pagefind_and_every_process_it_started_and_say_so_When_indexing_outlasts_the_time_limit()
    {
        // Given a "Pagefind" that starts a child and never finishes
        var marker = $"300.{Random.Shared.Next(1_000_000, 10_000_000)}"; // a sleep of its own, to find it by
        var script = Script($"sleep {marker} &\nsleep {marker}");
        var indexer = new PagefindIndexer(script, "pagefind 0.0.0", TimeSpan.FromSeconds(1));

        // When
        var clock = Stopwatch.StartNew();
        var failure = indexer.Index(_folder);

        // Then
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.Equal($"pagefind 0.0.0 did not finish in 1 s and was stopped ({PagefindIndexer.TimeLimitVariable} sets the limit in seconds)", failure);
        Thread.Sleep(500);
        Assert.Empty(Running(marker));
    }

    [Fact]
    public void Should_report_Pagefind_s_own_message_When_it_fails()
    {
        var script = Script("echo 'Error: no pages found' >&2\nexit 3");

        var failure = new PagefindIndexer(script, "pagefind 0.0.0", TimeSpan.FromSeconds(30)).Index(_folder);

        Assert.Equal("pagefind 0.0.0 failed (exit 3): Error: no pages found", failure);
    }

    /// <summary>An executable shell script named pagefind that runs <paramref name="commands"/>.</summary>
    private string Script(string commands)
    {
        var script = Path.Combine(_folder, "pagefind");
        File.WriteAllText(script, $"#!/bin/sh\n{commands}\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return script;
    }

    /// <summary>Processes whose command line has <paramref name="marker"/>.</summary>
    private static List<string> Running(string marker) =>
        [.. Directory.EnumerateDirectories("/proc")
            .Select(dir => Path.Combine(dir, "cmdline"))
            .Select(file => { try { return File.ReadAllText(file).Replace('\0', ' '); } catch (IOException) { return ""; } catch (UnauthorizedAccessException) { return ""; } })
            .Where(line => line.Contains(marker, StringComparison.Ordinal))];
}
