using System.Text;
using Briefings.Building;
using Briefings.Countries;
using Briefings.Diagnostics;
using Briefings.Linking;
using Briefings.Loading;
using Briefings.Parsing;
using Briefings.Tests.Hostile;
using Briefings.Tests.Integration;
using Briefings.Tests.Support;
using CsCheck;

namespace Briefings.Tests.Fuzz;

/// <summary>
/// Mutated sites (bit flips, truncation, shuffled and duplicated lines, YAML and Markdown fragments, random Unicode and
/// bytes): nothing throws, every problem is a diagnostic in an input file at line ≥ 1 and column ≥ 1, and a build
/// writes only its output folder and nothing executable. Run with <c>dotnet test --filter Category=Fuzz</c>; CsCheck
/// prints the seed of any failure, and <c>CsCheck_Seed=…</c> replays it.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class FuzzTests
{
    private const int InProcessCases = 12_000;
    private const int FullBuilds = 150;

    private static readonly Gen<(int File, Mutation[] Mutations)> MutatedSite =
        Gen.Select(Gen.Int[0, Seeds.Files.Count - 1], Mutation.Any.Array[1, 5], (file, mutations) => (file, mutations));

    [Fact]
    public void Should_never_throw_and_locate_every_problem_When_one_file_of_a_site_is_mutated()
    {
        MutatedSite.Sample(site =>
        {
            // Given
            var files = Mutate(site.File, site.Mutations);
            var diagnostics = new DiagnosticBag();
            var loader = new InputLoader(diagnostics);

            // When: the load, parse and link stages, in process
            var loaded = files.Select(f => loader.Decode(f.Path, f.Bytes) is { } text ? new InputFile(f.Path, text) : null).OfType<InputFile>().ToList();
            var content = new ContentParser(diagnostics).Parse(loaded);
            new SiteLinker(diagnostics, CountryCatalog.Default).Link(content, includeDrafts: site.File % 2 == 0);

            // Then
            foreach (var d in diagnostics.Sorted())
            {
                var file = files.Single(f => f.Path == d.Location.Path);
                AssertLocated(d, LineCount(file.Bytes));
            }
        }, iter: InProcessCases, print: Describe);
    }

    [Fact]
    public void Should_write_only_the_output_folder_and_nothing_executable_When_a_mutated_site_is_built()
    {
        MutatedSite.Sample(site =>
        {
            // Given: a mutated site beside a file that must never be touched
            var root = Path.Combine(Path.GetTempPath(), "briefings-fuzz-" + Guid.NewGuid().ToString("N"));
            var input = Path.Combine(root, "input");
            var output = Path.Combine(root, "_site");
            try
            {
                foreach (var (path, bytes) in Mutate(site.File, site.Mutations))
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(input, path))!);
                    File.WriteAllBytes(Path.Combine(input, path), bytes);
                }

                File.WriteAllText(Path.Combine(root, "sentinel.txt"), "untouched");
                var before = ContentErrorTests.Snapshot(root);

                // When
                var result = new SiteBuilder(new BuildOptions(input, output)).Build();

                // Then
                Assert.All(result.Diagnostics, d => HostileInputTests.AssertLocatedInInput(input, d));
                Assert.Equal(before, ContentErrorTests.Snapshot(root).Where(p => !OutputFolders.Any(f => p.Key.StartsWith(f + Path.DirectorySeparatorChar, StringComparison.Ordinal))).ToDictionary());
                string[] expected = result.Succeeded ? ["_site", "_site.manifests", "input", "sentinel.txt"] : ["input", "sentinel.txt"];
                Assert.Equal(expected, Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
                if (result.Succeeded)
                {
                    Assert.Empty(UnsafeHtml.Scan(output));
                }
            }
            finally
            {
                Directory.Delete(root, recursive: true);
            }
        }, iter: FullBuilds, threads: 1, print: Describe);
    }

    /// <summary>What a build may write: the site, and the manifest of its files beside it.</summary>
    private static readonly string[] OutputFolders = ["_site", "_site.manifests"];

    private static List<(string Path, byte[] Bytes)> Mutate(int index, Mutation[] mutations) =>
        [.. Seeds.Files.Select((f, i) =>
        {
            var bytes = Encoding.UTF8.GetBytes(f.Text);
            return (f.Path, i == index ? mutations.Aggregate(bytes, (b, m) => m.Apply(b)) : bytes);
        })];

    private static void AssertLocated(Diagnostic d, int lines)
    {
        Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, $"line and column start at 1: {d}");
        Assert.True(d.Location.Line <= lines + 1, $"line past the end of a {lines}-line file: {d}");
        Assert.Matches(@"^BRF\d{3}$", d.Code);
        Assert.DoesNotContain("\n", d.Message, StringComparison.Ordinal);
    }

    /// <summary>Lines as the loader counts them: LF, CRLF and lone CR each end one.</summary>
    private static int LineCount(byte[] bytes)
    {
        var lines = 1;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.Length || bytes[i + 1] != '\n')))
            {
                lines++;
            }
        }

        return lines;
    }

    private static string Describe((int File, Mutation[] Mutations) site) =>
        $"{Seeds.Files[site.File].Path}: " + string.Join("; ", site.Mutations.Select(m => $"kind {m.Kind} at {m.At}/{m.Other} bytes [{Convert.ToHexString(m.Bytes)}] text '{m.Text}'"));
}
