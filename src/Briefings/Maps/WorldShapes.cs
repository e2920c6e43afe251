using System.Text.Json;
using System.Text.Json.Serialization;
using Briefings.Countries;

namespace Briefings.Maps;

/// <summary>A box in the carried shapes' units (see <see cref="EqualEarth"/>).</summary>
internal readonly record struct Box(double Left, double Top, double Right, double Bottom)
{
    public double Width => Right - Left;

    public double Height => Bottom - Top;

    public (double X, double Y) Centre => ((Left + Right) / 2, (Top + Bottom) / 2);

    public bool Intersects(Box other) => Left <= other.Right && other.Left <= Right && Top <= other.Bottom && other.Top <= Bottom;

    public Box Union(Box other) => new(Math.Min(Left, other.Left), Math.Min(Top, other.Top), Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom));
}

/// <summary>One ring of a shape: its points as x0, y0, x1, y1, … (absolute, whole units), its box and its area.</summary>
internal sealed class ShapeRing(int[] points)
{
    public int[] Points { get; } = points;

    public Box Box { get; } = BoxOf(points);

    public double Area { get; } = AreaOf(points);

    public bool Contains(double x, double y)
    {
        var inside = false;
        var n = Points.Length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++)
        {
            double xi = Points[2 * i], yi = Points[2 * i + 1], xj = Points[2 * j], yj = Points[2 * j + 1];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
            {
                inside = !inside;
            }
        }

        return inside;
    }

    private static Box BoxOf(int[] p)
    {
        int left = int.MaxValue, top = int.MaxValue, right = int.MinValue, bottom = int.MinValue;
        for (var i = 0; i < p.Length; i += 2)
        {
            left = Math.Min(left, p[i]);
            right = Math.Max(right, p[i]);
            top = Math.Min(top, p[i + 1]);
            bottom = Math.Max(bottom, p[i + 1]);
        }

        return new Box(left, top, right, bottom);
    }

    private static double AreaOf(int[] p)
    {
        double sum = 0;
        var n = p.Length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++)
        {
            sum += (double)p[2 * j] * p[2 * i + 1] - (double)p[2 * i] * p[2 * j + 1];
        }

        return Math.Abs(sum / 2);
    }
}

/// <summary>
/// A country's shape (or a territory without an ISO code, <see cref="Id"/> empty): its rings, its box, and its main
/// box — the box of its large parts only (a fifth of its largest or more), so France is zoomed to without French Guiana and Russia without Chukotka's tip.
/// A country too small to keep a ring at this scale (Monaco) has none, and only its place <see cref="Box"/>.
/// </summary>
internal sealed class WorldShape
{
    public WorldShape(string id, string name, IReadOnlyList<ShapeRing> rings, Box? place)
    {
        Id = id;
        Name = name;
        Rings = rings;
        Box = rings.Count == 0 ? place!.Value : rings.Select(r => r.Box).Aggregate((a, b) => a.Union(b));
        var largest = rings.Count == 0 ? 0 : rings.Max(r => r.Area);
        MainBox = rings.Count == 0 ? Box : rings.Where(r => r.Area >= largest / 5).Select(r => r.Box).Aggregate((a, b) => a.Union(b));
    }

    /// <summary>The ISO 3166-1 numeric code (<c>586</c>), as the built-in countries carry it.</summary>
    public string Id { get; }

    public string Name { get; }

    public IReadOnlyList<ShapeRing> Rings { get; }

    public Box Box { get; }

    public Box MainBox { get; }

    public bool Contains(double x, double y) => Box.Left <= x && x <= Box.Right && Box.Top <= y && y <= Box.Bottom
        && Rings.Count(r => r.Contains(x, y)) % 2 == 1;
}

/// <summary>
/// The country shapes the tool carries (<c>Maps/Data/world.json</c>, made by <c>build-map.mjs</c> from Natural Earth
/// via world-atlas, already projected): loaded once per process, immutable.
/// </summary>
internal sealed class WorldShapes
{
    private static readonly Lazy<WorldShapes> Instance = new(Load);

    private readonly Dictionary<string, WorldShape> _byId;

    private WorldShapes(IReadOnlyList<WorldShape> shapes)
    {
        All = shapes;
        _byId = shapes.Where(s => s.Id.Length > 0).ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    public static WorldShapes Default => Instance.Value;

    /// <summary>Every shape, in the file's order (by code): the order they are drawn in.</summary>
    public IReadOnlyList<WorldShape> All { get; }

    public WorldShape? Of(Country country) => _byId.GetValueOrDefault(country.Numeric);

    /// <summary>The shape that holds a projected point, if any.</summary>
    public WorldShape? At(double x, double y) => All.FirstOrDefault(s => s.Id.Length > 0 && s.Contains(x, y));

    private static WorldShapes Load()
    {
        using var stream = typeof(WorldShapes).Assembly.GetManifestResourceStream("Briefings.Maps.world.json")
            ?? throw new InvalidOperationException("the built-in map data is missing from the assembly");
        var file = JsonSerializer.Deserialize(stream, WorldJsonContext.Default.WorldFile)
            ?? throw new InvalidOperationException("the built-in map data is empty");
        if (file.Scale != EqualEarth.Scale || file.Projection != "equal-earth")
        {
            throw new InvalidOperationException("the built-in map data was made with another projection or scale than EqualEarth");
        }

        return new WorldShapes([.. file.Shapes.Select(s => new WorldShape(
            s.Id, s.Name, [.. s.Rings.Select(r => new ShapeRing(Absolute(r)))], s.At is [var x, var y] ? new Box(x, y, x, y) : null))]);
    }

    /// <summary>The file stores a ring as its first point and then the steps to each next one.</summary>
    private static int[] Absolute(int[] deltas)
    {
        var points = new int[deltas.Length];
        for (var i = 0; i < deltas.Length; i++)
        {
            points[i] = i < 2 ? deltas[i] : points[i - 2] + deltas[i];
        }

        return points;
    }
}

internal sealed record WorldFile(string Source, string Projection, double Scale, List<ShapeRow> Shapes);

internal sealed record ShapeRow(string Id, string Name, List<int[]> Rings, int[]? At);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(WorldFile))]
internal sealed partial class WorldJsonContext : JsonSerializerContext;
