using Briefings.Building;

namespace Briefings.Cli.Serving;

/// <summary>
/// How <c>serve</c> rebuilds the site after a change: into a fresh folder each time, so the server keeps serving the
/// previous build until the next one is complete, or (<see cref="InPlace"/>) by updating one folder where only files
/// whose bytes changed are written.
/// </summary>
internal interface ISiteRebuilder
{
    /// <summary>Whether every rebuild goes into the same folder, updated in place.</summary>
    bool InPlace => false;

    /// <summary>How long the input must be quiet after a change before the rebuild starts.</summary>
    TimeSpan Settle => TimeSpan.FromMilliseconds(150);

    /// <param name="changed">The files that changed since the last rebuild (full paths), or null when that is not known.</param>
    BuildResult Rebuild(string outputDirectory, IReadOnlyCollection<string>? changed);
}

/// <summary>A full build of everything, exactly as <c>briefings build</c> does it.</summary>
internal sealed class FullRebuilder(Func<string, BuildOptions> options) : ISiteRebuilder
{
    public BuildResult Rebuild(string outputDirectory, IReadOnlyCollection<string>? changed) => new SiteBuilder(options(outputDirectory)).Build();
}
