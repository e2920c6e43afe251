using System.Collections;
using System.Text;
using Briefings.Building;
using Briefings.Cli;
using Briefings.Output;
using Briefings.Templates;
using Briefings.Tests.Support;

namespace Briefings.Tests.Integration;

/// <summary>
/// Whatever stops a build — a content error, a theme that throws, a failed write, Ctrl-C, or a crash in an earlier
/// run — the previous site stays exactly as it was, and no half-written folder is left beside it.
/// </summary>
public sealed class AtomicOutputTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .With("groups/islamic-state.md", Files.Group("Islamic State"))
        .With("articles/2018/good.md", Files.Article("Good", extra: "groups: [islamic-state]"));

    public void Dispose() => _site.Dispose();

    private string Staging => _site.Output + ".staging";

    private string Previous => _site.Output + ".previous";

    [Fact]
    public void Should_exit_1_and_leave_the_previous_site_byte_identical_When_a_build_has_a_content_error()
    {
        // Given a site built by the command line
        Assert.Equal(0, Cli("build"));
        var before = ContentErrorTests.Snapshot(_site.Output);

        // When a later build meets a misspelt reference
        _site.With("articles/2018/bad.md", Files.Article("Bad", extra: "groups: [islamic-stat]"));
        var code = Cli("build");

        // Then it exits 1 and the site is byte for byte what it was, with nothing left beside it
        Assert.Equal(1, code);
        Assert.Equal(before, ContentErrorTests.Snapshot(_site.Output));
        AssertNoLeftovers();
    }

    [Fact]
    public void Should_leave_the_previous_site_intact_When_the_theme_throws_during_render()
    {
        _site.BuildClean();
        var before = ContentErrorTests.Snapshot(_site.Output);

        var builder = new SiteBuilder(new BuildOptions(_site.Input, _site.Output) { Theme = new ThrowingTheme() });

        Assert.ThrowsAny<IOException>(() => builder.Build());
        Assert.Equal(before, ContentErrorTests.Snapshot(_site.Output));
        AssertNoLeftovers();
    }

    [Fact]
    public void Should_leave_the_previous_site_intact_When_writing_fails_half_way()
    {
        // Given a built site, and a new site whose last file cannot be written
        _site.BuildClean();
        var before = ContentErrorTests.Snapshot(_site.Output);
        var files = Pages(50).Append(new OutputFile("../outside.html", [])).ToList();

        // When
        Assert.ThrowsAny<Exception>(() => SiteWriter.Write(_site.Output, files));

        // Then
        Assert.Equal(before, ContentErrorTests.Snapshot(_site.Output));
        Assert.False(File.Exists(Path.Combine(_site.Root, "outside.html")));
        AssertNoLeftovers();
    }

    [Fact]
    public void Should_leave_the_previous_site_intact_When_the_build_is_cancelled_during_the_write()
    {
        // Given a built site, and Ctrl-C pressed while the 20th of 200 files is being written
        _site.BuildClean();
        var before = ContentErrorTests.Snapshot(_site.Output);
        using var cancel = new CancellationTokenSource();
        var files = new CancelAfter(Pages(200).ToList(), 20, cancel);

        // When
        Assert.ThrowsAny<OperationCanceledException>(() => SiteWriter.Write(_site.Output, files, cancellation: cancel.Token));

        // Then
        Assert.Equal(before, ContentErrorTests.Snapshot(_site.Output));
        AssertNoLeftovers();
    }

    [Fact]
    public void Should_exit_130_and_say_the_site_was_left_as_it_was_When_the_build_is_cancelled()
    {
        _site.BuildClean();
        var before = ContentErrorTests.Snapshot(_site.Output);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = Program.Run(["build", "--input", _site.Input, "--output", _site.Output], new Terminal(stdout, stderr, Cancellation: cancel.Token));

        Assert.Equal(130, code);
        Assert.Contains("build cancelled; ", stderr.ToString());
        Assert.Contains("was left as it was", stderr.ToString());
        Assert.Equal(before, ContentErrorTests.Snapshot(_site.Output));
    }

    [Fact]
    public void Should_exit_130_without_a_stack_trace_When_a_check_is_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = Program.Run(["check", "--input", _site.Input], new Terminal(stdout, stderr, Cancellation: cancel.Token));

        Assert.Equal(130, code);
        Assert.Equal("briefings check: cancelled", stderr.ToString().Trim());
    }

    [Fact]
    public void Should_put_the_previous_site_back_When_an_earlier_run_stopped_between_the_two_renames()
    {
        // Given a run that was killed after moving the site aside and before moving the new one in
        _site.BuildClean();
        var before = ContentErrorTests.Snapshot(_site.Output);
        Directory.Move(_site.Output, Previous);
        WriteJunk(Staging);

        // When the next build fails on content
        _site.With("articles/2018/bad.md", Files.Article("Bad", extra: "groups: [nope]"));
        Assert.False(_site.Build().Succeeded);

        // Then the last good site is back in place, byte for byte
        Assert.Equal(before, ContentErrorTests.Snapshot(_site.Output));
        AssertNoLeftovers();
    }

    [Fact]
    public void Should_discard_a_half_written_staging_folder_and_whatever_a_previous_folder_holds_that_the_site_does_not()
    {
        _site.BuildClean();
        WriteJunk(Staging);
        WriteJunk(Previous);

        _site.BuildClean();

        Assert.False(File.Exists(Path.Combine(_site.Output, "junk.html")));
        Assert.True(_site.HasPage("articles/good/"));
        AssertNoLeftovers();
    }

    private void AssertNoLeftovers() => Assert.False(Directory.Exists(Staging), "a staging folder was left behind");

    private static void WriteJunk(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "junk.html"), "half-written");
    }

    private static IEnumerable<OutputFile> Pages(int count) =>
        Enumerable.Range(0, count).Select(i => new OutputFile($"pages/{i}/index.html", Encoding.UTF8.GetBytes($"<p>{i}</p>")));

    private int Cli(string verb)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        return Program.Run([verb, "--input", _site.Input, "--output", _site.Output], stdout, stderr);
    }

    /// <summary>The built-in theme, except that reading its assets fails, as a broken disk or theme would.</summary>
    private sealed class ThrowingTheme : Theme
    {
        public override IReadOnlyList<string> Files => Default.Files;

        public override string Name => "throwing theme";

        public override byte[] Read(string path) =>
            path.StartsWith("assets/", StringComparison.Ordinal) ? throw new IOException($"cannot read {path}") : Default.Read(path);
    }

    /// <summary>Files to write that press Ctrl-C once the writer has taken <c>after</c> of them.</summary>
    private sealed class CancelAfter(IReadOnlyList<OutputFile> files, int after, CancellationTokenSource cancel) : IReadOnlyList<OutputFile>
    {
        public int Count => files.Count;

        public OutputFile this[int index] => files[index];

        public IEnumerator<OutputFile> GetEnumerator()
        {
            for (var i = 0; i < files.Count; i++)
            {
                if (i == after)
                {
                    cancel.Cancel();
                }

                yield return files[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
