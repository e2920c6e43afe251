using Briefings.Building;

namespace Briefings.Cli.Serving;

/// <summary>
/// How <c>serve</c> rebuilds the site after a change: into a fresh folder each time, so the server keeps serving
/// the previous build until the next one is complete. Full rebuilds for now; an incremental engine can replace it.
/// </summary>
internal interface ISiteRebuilder
{
    BuildResult Rebuild(string outputDirectory);
}

/// <summary>A full build of everything, exactly as <c>briefings build</c> does it.</summary>
internal sealed class FullRebuilder(Func<string, BuildOptions> options) : ISiteRebuilder
{
    public BuildResult Rebuild(string outputDirectory) => new SiteBuilder(options(outputDirectory)).Build();
}
