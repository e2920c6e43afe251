using System.Diagnostics;
using Briefings.Building;
using Briefings.Cli.Commands;
using Briefings.Cli.Serving;
using Briefings.Tests.Support;

namespace Briefings.Tests.Cli;

/// <summary><c>serve --verbose</c> says why a rebuild was a full build rather than an incremental one.</summary>
public sealed class ServeVerboseTests : IDisposable
{
    private readonly TestSite _site = new TestSite().With("articles/2018/talks.md", Files.Article("Talks"));

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Should_say_why_a_rebuild_was_full_When_a_file_is_added()
    {
        using var stop = new CancellationTokenSource();
        using var text = new StringWriter();
        var log = TextWriter.Synchronized(text);
        var session = new PreviewSession(new IncrementalRebuilder(o => new BuildOptions(_site.Input, o) { Search = false }), [_site.Input], 0, log, d => d.ToString()) { Verbose = true };
        var serving = Task.Run(() => ServeCommand.Serve(session, log, TextWriter.Null, stop.Token));
        try
        {
            var clock = Stopwatch.StartNew();
            while (session.Builds < 1 && clock.Elapsed < TimeSpan.FromSeconds(20))
            {
                await Task.Delay(50);
            }

            _site.With("articles/2018/more.md", Files.Article("More talks"));
            while (session.Builds < 2 && clock.Elapsed < TimeSpan.FromSeconds(20))
            {
                await Task.Delay(50);
            }

            var said = text.ToString();
            Assert.True(session.Builds >= 2, said);
            Assert.Contains("full build: ", said[said.IndexOf("built ", said.IndexOf("built ", StringComparison.Ordinal) + 1, StringComparison.Ordinal)..]);
        }
        finally
        {
            await stop.CancelAsync();
            await serving.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }
}
