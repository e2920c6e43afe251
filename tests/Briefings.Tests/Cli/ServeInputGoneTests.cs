using System.Diagnostics;
using Briefings.Building;
using Briefings.Cli.Commands;
using Briefings.Cli.Serving;
using Briefings.Tests.Support;

namespace Briefings.Tests.Cli;

/// <summary><c>serve</c> when its input folder goes away: a message, the last site still served, no crash.</summary>
public sealed class ServeInputGoneTests : IDisposable
{
    private readonly TestSite _site = new TestSite().With("articles/2018/talks.md", Files.Article("Talks"));

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Should_keep_serving_and_say_it_cannot_rebuild_When_the_input_folder_is_deleted()
    {
        using var stop = new CancellationTokenSource();
        using var text = new StringWriter();
        var log = TextWriter.Synchronized(text);
        var session = new PreviewSession(new IncrementalRebuilder(o => new BuildOptions(_site.Input, o) { Search = false }), [_site.Input], 0, log, d => d.ToString());
        var serving = Task.Run(() => ServeCommand.Serve(session, log, TextWriter.Null, stop.Token));
        try
        {
            var clock = Stopwatch.StartNew();
            while (session.Builds < 1 && clock.Elapsed < TimeSpan.FromSeconds(20))
            {
                await Task.Delay(50);
            }

            Directory.Delete(_site.Input, recursive: true);
            while (!text.ToString().Contains("cannot rebuild", StringComparison.Ordinal) && clock.Elapsed < TimeSpan.FromSeconds(20))
            {
                await Task.Delay(50);
            }

            var said = text.ToString();
            Assert.Contains("cannot rebuild: ", said);
            Assert.Contains("still serving the last site built", said);
            Assert.Equal(1, session.Builds);
            Assert.False(serving.IsCompleted, said);
        }
        finally
        {
            await stop.CancelAsync();
            await serving.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }
}
