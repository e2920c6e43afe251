using Microsoft.Extensions.Hosting;

namespace Briefings.Cli.Serving;

/// <summary>
/// Keeps ASP.NET Core's console lifetime out of the way: <c>serve</c> handles Ctrl-C and SIGTERM itself, and a
/// server started by a test must not take over the test process's signals.
/// </summary>
internal sealed class QuietLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
