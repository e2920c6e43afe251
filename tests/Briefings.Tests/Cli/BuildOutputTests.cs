using System.Globalization;
using System.Text.RegularExpressions;
using Briefings.Cli;
using Briefings.Tests.Support;

namespace Briefings.Tests.Cli;

/// <summary>What <c>briefings build</c> prints: progress on standard error, a summary on standard output.</summary>
public sealed class BuildOutputTests : IDisposable
{
    private static readonly string[] Stages = ["load", "parse", "link", "advise", "templates", "plan", "render", "write"];

    private readonly TestSite _site = new TestSite()
        .With("groups/islamic-state.md", Files.Group("Islamic State"))
        .With("articles/2018/a.md", Files.Article("A", extra: "groups: [islamic-state]\naliases: [old/a/]"))
        .With("notes/n.md", Files.Note("N", extra: "about: [a]"));

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_print_each_stage_as_a_plain_line_on_stderr_When_stderr_is_not_a_terminal()
    {
        var (code, _, stderr) = Build(interactive: false);

        Assert.Equal(0, code);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Stages.Select((s, i) => $"[{i + 1}/8] {s}"), lines.Select(l => l.Split(':')[0]));
        Assert.Equal("[2/8] parse: 4 files", lines[1]);
        Assert.DoesNotContain('\r', stderr);
        Assert.DoesNotContain('\u001b', stderr);
    }

    [Fact]
    public void Should_summarise_pages_by_kind_assets_and_warnings_on_stdout_When_the_build_succeeds()
    {
        var (_, stdout, _) = Build(interactive: false);

        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Matches(@"^built \S+ in \d+\.\d s: \d+ pages \(1 article, 1 note, \d+ countries, 1 group, \d+ monthly briefings?, \d+ index pages, 1 redirect\) and \d+ other files \(feeds, sitemap, assets\), \d+ written, \d+ unchanged; 0 warnings; search: ", lines[0]);
        Assert.Equal("to preview it: 'briefings serve', then open http://127.0.0.1:8080/base/ (the site lives under /base/; for a plain file server, build with --base-url /)", lines[1]);
    }

    [Fact]
    public void Should_count_warnings_in_the_summary_When_the_content_has_some()
    {
        _site.With("people/p.md", Files.Person("P", "rank: general"));

        var (code, stdout, stderr) = Build(interactive: false);

        Assert.Equal(0, code);
        Assert.Contains("warning BRF207: unknown field 'rank'", stderr);
        Assert.Matches(@"1 person, \d+ monthly briefings?, \d+ index pages, 1 redirect\) and \d+ other files \(feeds, sitemap, assets\), \d+ written, \d+ unchanged; 1 warning; search: ", stdout.TrimEnd());
    }

    [Fact]
    public void Should_redraw_one_progress_line_and_erase_it_When_stderr_is_an_interactive_terminal()
    {
        var (code, stdout, stderr) = Build(interactive: true);

        Assert.Equal(0, code);
        Assert.Contains("\r[8/8] write: ", stderr);
        Assert.DoesNotContain('\n', stderr);
        Assert.Matches(@"\r +\r$", stderr);
        Assert.StartsWith("built ", stdout);
    }

    [Fact]
    public void Should_print_only_problems_When_quiet()
    {
        var (code, stdout, stderr) = Build(interactive: false, "--quiet");
        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        Assert.Equal("", stderr);

        _site.With("people/p.md", Files.Person("P", "rank: general"));
        (_, stdout, stderr) = Build(interactive: true, "--quiet");
        Assert.Equal("", stdout);
        Assert.Contains("warning BRF207", Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void Should_print_the_time_cpu_allocations_and_jit_time_of_each_stage_When_verbose()
    {
        var (_, stdout, _) = Build(interactive: false, "--verbose");

        foreach (var stage in Stages)
        {
            Assert.Matches(new Regex($@"(?m)^  {stage} +\d+\.\d ms +cpu +\d+\.\d ms +alloc +\d+\.\d MiB +jit +\d+\.\d ms +\d+ methods +gc \d+/\d+/\d+$"), stdout);
        }
    }

    [Fact]
    public void Should_break_the_render_stage_down_by_type_of_page_When_verbose()
    {
        var (_, stdout, _) = Build(interactive: false, "--verbose");

        var line = new Regex(@"(?m)^    (?<type>[a-z0-9: ]+?) +(?<pages>\d+) pages +model +\d+\.\d ms +\d+\.\d MiB +template +\d+\.\d ms +\d+\.\d MiB +files +\d+\.\d ms +\d+\.\d MiB$");
        var types = line.Matches(stdout).ToDictionary(m => m.Groups["type"].Value, m => int.Parse(m.Groups["pages"].Value, CultureInfo.InvariantCulture));
        Assert.Equal(1, types["article"]);
        Assert.Equal(1, types["note"]);
        Assert.Equal(1, types["entity: group"]);
        Assert.Equal(1, types["home"]);
        Assert.True(stdout.IndexOf("  render by page type", StringComparison.Ordinal) > stdout.IndexOf("  write ", StringComparison.Ordinal));

        var (_, quiet, _) = Build(interactive: false);
        Assert.DoesNotContain("render by page type", quiet);
    }

    [Fact]
    public void Should_print_no_progress_and_say_the_output_was_left_as_it_was_When_the_build_fails()
    {
        _site.With("articles/2018/bad.md", Files.Article("Bad", extra: "groups: [nope]"));

        var (code, stdout, stderr) = Build(interactive: true);

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        var text = stderr[(stderr.LastIndexOf('\r') + 1)..];
        Assert.StartsWith(Path.Combine(_site.Input, "articles/2018/bad.md"), text);
        Assert.EndsWith("build failed: 1 error, 0 warnings; '" + _site.Output + "' was left as it was", text.TrimEnd());
    }

    private (int Code, string Stdout, string Stderr) Build(bool interactive, params string[] options)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        string[] args = ["build", "--input", _site.Input, "--output", _site.Output, .. options];
        var code = Program.Run(args, new Terminal(stdout, stderr, interactive));
        return (code, stdout.ToString().Replace("\r\n", "\n"), stderr.ToString().Replace("\r\n", "\n"));
    }
}
