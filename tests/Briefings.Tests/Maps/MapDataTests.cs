using System.Diagnostics;
using System.Text.Json;
using Briefings.Countries;
using Briefings.Maps;

namespace Briefings.Tests.Maps;

/// <summary>The country shapes the tool carries: one per ISO code, the codes the built-in countries use, in Equal Earth.</summary>
public sealed class MapDataTests
{
    /// <summary>Built-in countries Natural Earth 1:50m has no shape of (it counts them in another country or leaves them out).</summary>
    private static readonly string[] WithoutShape =
    [
        "bouvet-island", "caribbean-netherlands", "christmas-island", "cocos-keeling-islands", "french-guiana", "gibraltar",
        "guadeloupe", "martinique", "mayotte", "reunion", "svalbard-and-jan-mayen", "tokelau", "tuvalu",
        "united-states-minor-outlying-islands",
    ];

    private static string DataFolder => Path.Combine(Integration.RealInputTests.RepoRoot(), "src", "Briefings", "Maps", "Data");

    [Fact]
    public void Should_carry_240_shapes_keyed_by_the_built_in_countries_numeric_codes()
    {
        var shapes = WorldShapes.Default.All;
        var catalog = CountryCatalog.Default;
        var numeric = catalog.All.Select(c => c.Numeric).ToHashSet(StringComparer.Ordinal);

        // 241 Natural Earth countries, Australia's two shapes (036) merged into one.
        Assert.Equal(240, shapes.Count);
        var coded = shapes.Where(s => s.Id.Length > 0).ToList();
        Assert.Equal(235, coded.Count);
        Assert.Equal(coded.Count, coded.Select(s => s.Id).Distinct().Count());
        Assert.All(coded, s => Assert.Contains(s.Id, numeric));
        Assert.Equal(["Indian Ocean Ter.", "Kosovo", "N. Cyprus", "Siachen Glacier", "Somaliland"], shapes.Where(s => s.Id.Length == 0).Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.Equal(WithoutShape, catalog.All.Where(c => WorldShapes.Default.Of(c) is null).Select(c => c.Slug));
    }

    [Fact]
    public void Should_hold_each_country_where_the_projection_puts_its_capital()
    {
        // The shapes were projected by d3-geo in the generator; EqualEarth must put a place inside its country.
        foreach (var (slug, lat, lon) in new[] { ("pakistan", 33.6844, 73.0479), ("russia", 55.7558, 37.6173), ("bahrain", 26.2285, 50.586), ("united-states", 38.9072, -77.0369), ("australia", -35.2809, 149.13) })
        {
            var (x, y) = EqualEarth.Project(lat, lon);
            Assert.Equal(CountryCatalog.Default.Find(slug)!.Numeric, WorldShapes.Default.At(x, y)?.Id);
        }
    }

    /// <summary>Reference values from d3-geo 3.1.1: <c>geoEqualEarth().scale(1000).translate([0, 0])([lon, lat])</c>.</summary>
    [Theory]
    [InlineData(0, 0, 0, 0)]
    [InlineData(0, 180, 2706.6299836960748, 0)]
    [InlineData(90, 0, 0, -1317.3627591574134)]
    [InlineData(33.6844, 73.0479, 1009.225273671156, -661.3027114640104)]
    [InlineData(1.3521, 103.8198, 1560.9133815599962, -27.38962642956446)]
    [InlineData(40.7128, -74.006, -981.8614499858501, -787.0642200491075)]
    [InlineData(-33.8688, 151.2093, 2087.106438222146, 664.6837767161223)]
    public void Should_project_like_d3_geo_equal_earth(double lat, double lon, double x, double y)
    {
        var (px, py) = EqualEarth.Project(lat, lon);
        Assert.Equal(x, px, 1e-9);
        Assert.Equal(y, py, 1e-9);
    }

    [Fact]
    public void Should_say_where_the_data_comes_from_and_under_which_licence()
    {
        var notice = File.ReadAllText(Path.Combine(DataFolder, "NOTICE.md"));
        Assert.Contains("public domain", notice, StringComparison.Ordinal);
        Assert.Contains("ISC", notice, StringComparison.Ordinal);
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataFolder, "package.json")));
        Assert.Equal("2.0.2", package.RootElement.GetProperty("devDependencies").GetProperty("world-atlas").GetString());
    }

    /// <summary>Runs the generator on its pinned input when <c>npm ci</c> has been run in <c>Maps/Data</c>; else skipped.</summary>
    [MapGeneratorFact]
    public void Should_match_what_the_generator_makes_from_its_pinned_input()
    {
        var output = Path.Combine(Path.GetTempPath(), $"world-{Guid.NewGuid():N}.json");
        try
        {
            var start = new ProcessStartInfo("node", ["build-map.mjs", "node_modules/world-atlas/countries-50m.json", output])
            {
                WorkingDirectory = DataFolder,
                RedirectStandardError = true,
            };
            using var node = Process.Start(start)!;
            node.StandardError.ReadToEnd();
            node.WaitForExit();
            Assert.Equal(0, node.ExitCode);
            Assert.Equal(File.ReadAllText(Path.Combine(DataFolder, "world.json")), File.ReadAllText(output));
        }
        finally
        {
            File.Delete(output);
        }
    }

    private sealed class MapGeneratorFactAttribute : FactAttribute
    {
        public MapGeneratorFactAttribute()
        {
            if (!Directory.Exists(Path.Combine(DataFolder, "node_modules", "world-atlas")))
            {
                Skip = "run 'npm ci' in src/Briefings/Maps/Data to check world.json against the generator";
            }
        }
    }
}
