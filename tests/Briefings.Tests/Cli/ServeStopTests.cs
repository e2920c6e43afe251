using Briefings.Building;
using Briefings.Cli;
using Briefings.Cli.Commands;
using Briefings.Cli.Serving;
using Briefings.Tests.Support;

namespace Briefings.Tests.Cli;

/// <summary><c>serve</c> stopped (Ctrl-C) before its server is listening: a normal stop, not an exception.</summary>
public sealed class ServeStopTests : IDisposable
{
    private readonly TestSite _site = new TestSite().With("articles/2018/talks.md", Files.Article("Talks"));

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_stop_cleanly_When_stopped_before_the_server_listens()
    {
        // Given: Ctrl-C already pressed when the first build is done and the server starts
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var session = new PreviewSession(new IncrementalRebuilder(o => new BuildOptions(_site.Input, o) { Search = false }), [_site.Input], 0, TextWriter.Null, d => d.ToString());

        // When
        var code = ServeCommand.Serve(session, stdout, stderr, stop.Token);

        // Then
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("stopped", stdout.ToString().Trim());
        Assert.Equal("", stderr.ToString());
    }
}
