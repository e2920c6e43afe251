using Briefings.Building;
using Briefings.Building.Incremental;

namespace Briefings.Cli.Serving;

/// <summary>
/// serve's rebuilds with <see cref="IncrementalBuilder"/>: the first is a full build, each later one updates the same
/// folder with what the changed files affect (a full build, still writing only changed files, when it cannot).
/// </summary>
internal sealed class IncrementalRebuilder(Func<string, BuildOptions> options) : ISiteRebuilder
{
    private IncrementalBuilder? _engine;
    private string? _output;

    public bool InPlace => true;

    public TimeSpan Settle => TimeSpan.FromMilliseconds(20);

    public BuildResult Rebuild(string outputDirectory, IReadOnlyCollection<string>? changed)
    {
        if (_engine is null || _output != outputDirectory || changed is null)
        {
            _output = outputDirectory;
            _engine = new IncrementalBuilder(options(outputDirectory));
            return _engine.Build();
        }

        return _engine.Update(changed);
    }
}
