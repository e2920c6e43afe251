using BenchmarkDotNet.Attributes;
using Briefings.Diagnostics;
using Briefings.Output;

namespace Briefings.Benchmarks;

/// <summary>The write stage: 500 rendered pages into a staging folder, swapped in over the previous output.</summary>
[MemoryDiagnoser]
public class WriteBenchmarks
{
    private IReadOnlyList<OutputFile> _files = null!;
    private string _output = null!;

    [GlobalSetup]
    public void Setup()
    {
        var site = SiteFixture.Create();
        _files = [.. site.Jobs.Take(500).Select(job => new OutputFile(
            Urls.FileOf(job.Path), PageRenderer.Render(job, site.Context, site.Engine, site.SiteModel, site.Meta, new DiagnosticBag())!))];
        _output = Path.Combine(Path.GetTempPath(), "briefings-benchmarks-write", "_site");
    }

    [Benchmark]
    public void Write500Pages() => SiteWriter.Write(_output, _files);

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(Path.GetDirectoryName(_output)!, recursive: true);
}
