using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Briefings.Building;
using Briefings.Tests.Support;

namespace Briefings.Tests.Integration;

/// <summary>
/// The same input gives the same bytes: build after build, in another process with another time zone, locale and
/// processor count, and with no clock time or random id anywhere in the output. (The real <c>input/</c> is built
/// twice in <see cref="RealInputTests"/>.)
/// </summary>
public sealed partial class ReproducibleOutputTests : IDisposable
{
    private readonly TestSite _site = GeneratedInput.Write(new TestSite());

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_write_byte_identical_sites_When_a_generated_input_of_300_items_is_built_twice()
    {
        var first = BuildInProcess(_site.Input, Path.Combine(_site.Root, "gen-1"));
        var second = BuildInProcess(_site.Input, Path.Combine(_site.Root, "gen-2"));

        Assert.Contains("articles/story-179/index.html", first.Keys);
        Assert.Contains("archive/2011/story-170.html", first.Keys);
        Assert.Contains("notes/note-69/index.html", first.Keys);
        Assert.Contains("meetings/series/series-4/index.html", first.Keys);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Should_write_the_same_bytes_When_built_by_another_process_with_another_time_zone_locale_and_processor_count()
    {
        // Given the site built here
        var here = BuildInProcess(_site.Input, Path.Combine(_site.Root, "here"));

        // When the command line builds it in a process on the other side of the date line, in German, on one processor
        var there = Path.Combine(_site.Root, "there");
        var (code, output) = RunCli(["build", "--input", _site.Input, "--output", there, "--base-url", TestSite.BasePath], new()
        {
            ["TZ"] = "Pacific/Kiritimati",
            ["LANG"] = "de_DE.UTF-8",
            ["LC_ALL"] = "de_DE.UTF-8",
            ["DOTNET_PROCESSOR_COUNT"] = "1",
        });

        // Then
        Assert.True(code == 0, output);
        Assert.Equal(here, ContentErrorTests.Snapshot(there));
    }

    [Fact]
    public void Should_contain_no_date_of_today_and_no_random_ids_When_built()
    {
        var output = Path.Combine(_site.Root, "site");
        BuildInProcess(_site.Input, output);
        var today = new[] { DateTime.UtcNow, DateTime.Now, DateTime.UtcNow.AddHours(14), DateTime.UtcNow.AddHours(-12) }
            .SelectMany(d => new[] { d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) })
            .Distinct()
            .ToList();

        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            foreach (var date in today)
            {
                Assert.False(text.Contains(date, StringComparison.Ordinal), $"{file} contains today's date {date}");
            }

            Assert.False(Guid().IsMatch(text), $"{file} contains a GUID: {Guid().Match(text).Value}");
        }
    }

    private Dictionary<string, string> BuildInProcess(string input, string output)
    {
        var result = new SiteBuilder(new BuildOptions(input, output) { BaseUrl = TestSite.BasePath }).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return ContentErrorTests.Snapshot(output);
    }

    /// <summary>Runs the built <c>briefings</c> program (Briefings.Cli.dll beside the tests) in a new process.</summary>
    internal static (int Code, string Output) RunCli(IEnumerable<string> args, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Briefings.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, "timed out after 3 minutes");
        }

        return (process.ExitCode, stdout.GetAwaiter().GetResult() + stderr.GetAwaiter().GetResult());
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|(?<![0-9a-fA-F])[0-9a-fA-F]{32}(?![0-9a-fA-F])")]
    private static partial Regex Guid();
}
