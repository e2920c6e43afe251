using System.Globalization;
using System.Text;
using Briefings.Templates;

namespace Briefings.Maps;

/// <summary>
/// Maps as inline SVG, made at build time from the carried shapes: no JavaScript, no tiles, colours from the theme's
/// CSS (classes only, so the Content-Security-Policy needs no inline styles). A map is the world or one country's
/// neighbourhood; on it, countries shaded by a value (a choropleth, each a link to its page), and points drawn by
/// precision. Only what is in view is written, simplified to what shows at its size, so a page stays light.
/// </summary>
internal static class MapRenderer
{
    /// <summary>The world map's width in SVG units (it is shown at the column's width).</summary>
    public const int WorldWidth = 800;

    public const int LocatorWidth = 400;

    public const int LocatorHeight = 300;

    /// <summary>The classes a choropleth has at most (<c>c1</c> … <c>c5</c> in the theme).</summary>
    public const int MaxClasses = 5;

    /// <summary>The world map leaves out Antarctica and the Arctic Ocean: from 84° N to 57° S.</summary>
    private const double North = 84;

    private const double South = -57;

    /// <summary>The smallest neighbourhood a locator map shows, in shape units (about 30° of longitude).</summary>
    private const double MinSpan = 450;

    /// <summary>A shape smaller than this many SVG units across is also drawn as a marker, so it can be seen (and clicked).</summary>
    private const double TinyShape = 6;

    /// <summary>How far a simplified line may stray from the shape, in SVG units: about half a pixel at its size.</summary>
    private const double WorldTolerance = 1.1;

    /// <summary>A locator map is shown smaller than it is drawn (a side column, a phone): it can be simplified more.</summary>
    private const double LocatorTolerance = 0.8;

    /// <summary>Islands smaller than this, in SVG units, are left out (a shaded or highlighted country gets a marker).</summary>
    private const double WorldSmallest = 1.6;

    private const double LocatorSmallest = 2;

    /// <summary>
    /// Each shape's path data on each region's map, drawn once per process: a shape looks the same on every map of
    /// a region (the event pages of one country share their map but for the marks), so only marks and links vary.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Region, WorldShape Shape), string> Paths = new();

    /// <summary>
    /// Draws a map: <paramref name="region"/> (the world, or a country highlighted in its neighbourhood),
    /// <paramref name="shades"/> (countries shaded by value, each a link), <paramref name="points"/> (a dot for an exact
    /// place, a ring for near or region, the country shaded for country). <paramref name="id"/> makes the SVG's ids
    /// unique in the page.
    /// </summary>
    public static MapModel Render(string id, string title, MapRegion region, IReadOnlyList<MapShade> shades, IReadOnlyList<MapPoint> points)
    {
        var shapes = WorldShapes.Default;
        var view = region.Country is { } country ? Neighbourhood(shapes.Of(country)!) : WorldView();
        var width = region.Country is null ? WorldWidth : LocatorWidth;
        var k = width / view.Width;
        var height = (int)Math.Round(view.Height * k);
        var canvas = new Canvas(view, k, width, height, region.Country is null ? WorldTolerance : LocatorTolerance, region.Country is null ? WorldSmallest : LocatorSmallest);

        var classes = Classes(shades.Select(s => s.Value));
        var shadeByShape = new Dictionary<WorldShape, MapShade>();
        foreach (var shade in shades)
        {
            if (shapes.Of(shade.Country) is { } shape)
            {
                shadeByShape[shape] = shade;
            }
        }

        var here = region.Country is { } c ? shapes.Of(c) : null;
        var pointCountries = points.Where(p => p.Precision == MapPrecision.Country)
            .Select(p => (Point: p, Shape: p.Country is { } pc ? shapes.Of(pc) : At(shapes, p)))
            .Where(x => x.Shape is not null)
            .GroupBy(x => x.Shape!)
            .ToDictionary(g => g.Key, g => g.First().Point);

        var links = shades.Count > 0 || points.Count > 0;
        var sb = new StringBuilder(region.Country is null ? 64 * 1024 : 12 * 1024);
        sb.Append(Invariant($"<svg class=\"map-svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"{(links ? "group" : "img")}\" aria-labelledby=\"{id}-title\" xmlns=\"http://www.w3.org/2000/svg\">"));
        sb.Append(Invariant($"<title id=\"{id}-title\">{Html.Escape(title)}</title>"));

        // One path per country in view (the theme's land colour unless a class says otherwise); a country too small to
        // see at this size is left out unless it is shaded, highlighted or marked, which gives it a marker.
        var regionKey = region.Country?.Slug ?? "";
        string PathOf(WorldShape shape) => Paths.GetOrAdd((regionKey, shape), static (key, canvas) =>
        {
            var d = new StringBuilder(4 * 1024);
            canvas.AppendPath(d, key.Shape);
            return d.ToString();
        }, canvas);

        var inView = shapes.All.Where(s => canvas.Shows(s.Box)).ToList();
        foreach (var shape in inView.Where(s => !shadeByShape.ContainsKey(s) && s != here && !pointCountries.ContainsKey(s)))
        {
            if (PathOf(shape) is { Length: > 0 } d)
            {
                sb.Append("<path d=\"").Append(d).Append("\"></path>");
            }
        }

        foreach (var shape in inView.Where(shadeByShape.ContainsKey))
        {
            var shade = shadeByShape[shape];
            var css = classes.Class(shade.Value);
            sb.Append(Invariant($"<a href=\"{Html.Escape(shade.Href)}\" aria-label=\"{Html.Escape($"{shade.Country.Name}: {Count(shade.Value)}")}\">"));
            AppendShape(sb, canvas, PathOf(shape), shape, shape == here ? css + " here" : css, TinyShape);
            sb.Append("</a>");
        }

        if (here is not null && !shadeByShape.ContainsKey(here))
        {
            // With places marked on it, the country is only the setting: a paler highlight, so dots and rings stand out.
            AppendShape(sb, canvas, PathOf(here), here, points.Count > 0 ? "here here-soft" : "here", 10);
        }

        foreach (var (shape, point) in pointCountries.Where(x => canvas.Shows(x.Key.Box)))
        {
            sb.Append(Invariant($"<a href=\"{Html.Escape(point.Href)}\" aria-label=\"{Html.Escape(point.Label)}\">"));
            AppendShape(sb, canvas, PathOf(shape), shape, "point-country", TinyShape);
            sb.Append("</a>");
        }

        foreach (var point in points.Where(p => p.Precision != MapPrecision.Country))
        {
            var (x, y) = canvas.Project(point.Latitude, point.Longitude);
            var (css, r) = point.Precision == MapPrecision.Exact ? ("dot", 4.5) : ("ring", point.Precision == MapPrecision.Near ? 8 : 13);
            // A halo in the page's background colour under each mark keeps it visible on any fill, a shaded country's too.
            sb.Append(Invariant($"<a href=\"{Html.Escape(point.Href)}\" aria-label=\"{Html.Escape(point.Label)}\"><circle class=\"halo {css}-halo\" cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{r}\"></circle><circle class=\"{css}\" cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{r}\"></circle></a>"));
        }

        sb.Append("</svg>");

        var rows = shades.OrderByDescending(s => s.Value).ThenBy(s => s.Country.Name, StringComparer.Ordinal)
            .Select(s => new MapRow(s.Country.Name, s.Href, s.Value.ToString("N0", CultureInfo.InvariantCulture)))
            .Concat(points.Select(p => new MapRow(p.Label, p.Href, Where(p))))
            .ToList();
        return new MapModel(
            title,
            new TrustedHtml(sb.ToString()),
            Caption(region, shades.Count, points.Count, pointCountries.Count > 0),
            classes.Legend,
            shades.Count > 0 ? "Country" : "Place",
            shades.Count > 0 ? "Items" : "Where",
            rows);
    }

    /// <summary>The classes of a choropleth: up to five, each holding about as many countries, by value.</summary>
    internal static Classification Classes(IEnumerable<int> values) => new([.. values.Where(v => v > 0).Order()]);

    private static string Count(int value) => value == 1 ? "1 item" : $"{value.ToString("N0", CultureInfo.InvariantCulture)} items";

    private static WorldShape? At(WorldShapes shapes, MapPoint point)
    {
        var (x, y) = EqualEarth.Project(point.Latitude, point.Longitude);
        return shapes.At(x, y);
    }

    private static string Where(MapPoint point) => point.Precision switch
    {
        MapPrecision.Exact => "exact place",
        MapPrecision.Near => "near the place marked",
        MapPrecision.Region => "in the region marked",
        _ => point.Country is { } c ? $"somewhere in {c.Name}" : "somewhere in the country shaded",
    };

    private static string Caption(MapRegion region, int shades, int points, bool countryPoints)
    {
        var what = region.Country is { } c
            ? $"{c.Name} (highlighted){(c.Subregion.Length > 0 ? $", in {c.Subregion}," : "")} with its neighbours"
            : "The world";
        var shaded = shades == 0 ? "" : $"; {Plural(shades, "country", "countries")} shaded by the number of items that mention them, as the legend shows";
        var marked = points == 0 ? "" : $"; {Plural(points, "place", "places")} marked: a dot for an exact place, a ring for an approximate one{(countryPoints ? ", the country shaded when only the country is known" : "")}";
        return $"{what}{shaded}{marked}.";
    }

    private static string Plural(int n, string one, string many) =>
        $"{n.ToString("N0", CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";

    private static void AppendShape(StringBuilder sb, Canvas canvas, string d, WorldShape shape, string css, double tiny)
    {
        if (d.Length > 0)
        {
            sb.Append("<path class=\"").Append(css).Append("\" d=\"").Append(d).Append("\"></path>");
        }

        var box = canvas.Size(shape.MainBox);
        if (d.Length == 0 || (box.Width < tiny && box.Height < tiny))
        {
            var (x, y) = canvas.Centre(shape.MainBox);
            sb.Append(Invariant($"<circle class=\"{css} marker\" cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{(tiny > TinyShape ? 7 : 3.5)}\"></circle>"));
        }
    }

    private static Box WorldView()
    {
        var (left, _) = EqualEarth.Project(0, -180);
        var (right, _) = EqualEarth.Project(0, 180);
        var (_, top) = EqualEarth.Project(North, 0);
        var (_, bottom) = EqualEarth.Project(South, 0);
        return new Box(left, top, right, bottom);
    }

    /// <summary>
    /// The country's main parts with room around them, at least <see cref="MinSpan"/> wide, in the locator's
    /// proportions, moved (not shrunk) to stay inside the world where it can: no empty sky above Russia.
    /// </summary>
    private static Box Neighbourhood(WorldShape shape)
    {
        const double aspect = (double)LocatorWidth / LocatorHeight;
        var box = shape.MainBox;
        var width = Math.Max(MinSpan, Math.Max(box.Width * 1.5, box.Height * 1.5 * aspect));
        var height = width / aspect;
        var (cx, cy) = box.Centre;
        var (worldRight, _) = EqualEarth.Project(0, 180);
        var (_, worldBottom) = EqualEarth.Project(-90, 0);
        cx = Inside(cx, width / 2, worldRight);
        cy = Inside(cy, height / 2, worldBottom);
        return new Box(cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2);
    }

    /// <summary>A centre moved so that centre ± half stays within ±limit, when the span fits.</summary>
    private static double Inside(double centre, double half, double limit) =>
        half >= limit ? 0 : Math.Clamp(centre, -limit + half, limit - half);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>Shape units to SVG units: what is in view, where a point goes, and a shape's rings as path data.</summary>
    private sealed class Canvas(Box view, double k, int width, int height, double tolerance, double smallest)
    {
        /// <summary>Lines are kept this far outside the view and cut there: what cannot be seen is not written.</summary>
        private const double Margin = 3;

        private readonly Box _shown = new(
            view.Left - Margin / k, view.Top - Margin / k, view.Right + Margin / k, view.Bottom + Margin / k);

        /// <summary>A ring's points in SVG units, made when a path is first drawn (paths are cached: most maps draw none).</summary>
        private List<(double X, double Y)>? _points;

        public bool Shows(Box box) => box.Intersects(_shown);

        public (double X, double Y) Project(double latitude, double longitude)
        {
            var (x, y) = EqualEarth.Project(latitude, longitude);
            return ((x - view.Left) * k, (y - view.Top) * k);
        }

        public (double X, double Y) Centre(Box box)
        {
            var (x, y) = box.Centre;
            return ((x - view.Left) * k, (y - view.Top) * k);
        }

        public (double Width, double Height) Size(Box box) => (box.Width * k, box.Height * k);

        /// <summary>Each ring in view: clamped to the view and its margin, simplified, rounded, as <c>M x y l dx dy … z</c>.</summary>
        public void AppendPath(StringBuilder d, WorldShape shape)
        {
            foreach (var ring in shape.Rings)
            {
                if (!Shows(ring.Box) || (ring.Box.Width * k < smallest && ring.Box.Height * k < smallest))
                {
                    continue;
                }

                _points ??= new(4096);
                _points.Clear();
                var p = ring.Points;
                for (var i = 0; i < p.Length; i += 2)
                {
                    _points.Add((
                        Math.Clamp((p[i] - view.Left) * k, -Margin, width + Margin),
                        Math.Clamp((p[i + 1] - view.Top) * k, -Margin, height + Margin)));
                }

                AppendRing(d, Simplify(_points, tolerance));
            }
        }

        private static void AppendRing(StringBuilder d, List<(double X, double Y)> points)
        {
            var start = d.Length;
            int px = 0, py = 0, count = 0;
            foreach (var (fx, fy) in points)
            {
                var x = (int)Math.Round(fx);
                var y = (int)Math.Round(fy);
                if (count > 0 && x == px && y == py)
                {
                    continue;
                }

                if (count == 0)
                {
                    d.Append('M').Append(x.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(y.ToString(CultureInfo.InvariantCulture)).Append('l');
                }
                else
                {
                    Number(d, x - px, count > 1);
                    Number(d, y - py, true);
                }

                px = x;
                py = y;
                count++;
            }

            if (count < 3)
            {
                d.Length = start;
                return;
            }

            d.Append('z');
        }

        /// <summary>A number in path data: a minus sign separates it from the one before, else a space does.</summary>
        private static void Number(StringBuilder d, int n, bool separate)
        {
            if (separate && n >= 0)
            {
                d.Append(' ');
            }

            d.Append(n.ToString(CultureInfo.InvariantCulture));
        }

        /// <summary>Douglas–Peucker: the fewest points that stay within <paramref name="tolerance"/> of the line.</summary>
        private static List<(double X, double Y)> Simplify(List<(double X, double Y)> points, double tolerance)
        {
            if (points.Count <= 4)
            {
                return points;
            }

            var keep = new bool[points.Count];
            keep[0] = keep[^1] = true;
            var stack = new Stack<(int First, int Last)>();
            stack.Push((0, points.Count - 1));
            while (stack.Count > 0)
            {
                var (first, last) = stack.Pop();
                var (ax, ay) = points[first];
                var (bx, by) = points[last];
                double dx = bx - ax, dy = by - ay, length = Math.Sqrt(dx * dx + dy * dy);
                double max = -1;
                var index = -1;
                for (var i = first + 1; i < last; i++)
                {
                    var (x, y) = points[i];
                    var distance = length == 0 ? Math.Sqrt((x - ax) * (x - ax) + (y - ay) * (y - ay)) : Math.Abs(dy * x - dx * y + bx * ay - by * ax) / length;
                    if (distance > max)
                    {
                        max = distance;
                        index = i;
                    }
                }

                if (max > tolerance)
                {
                    keep[index] = true;
                    stack.Push((first, index));
                    stack.Push((index, last));
                }
            }

            var kept = new List<(double X, double Y)>();
            for (var i = 0; i < points.Count; i++)
            {
                if (keep[i])
                {
                    kept.Add(points[i]);
                }
            }

            return kept;
        }
    }
}

/// <summary>A choropleth's classes: bounds chosen so that each holds about as many countries (quantiles), at most five.</summary>
internal sealed class Classification
{
    private readonly List<(int Low, int High, string Css)> _classes = [];

    public Classification(IReadOnlyList<int> sorted)
    {
        var bounds = new List<int>();
        for (var i = 1; i <= MapRenderer.MaxClasses && sorted.Count > 0; i++)
        {
            var high = sorted[(int)Math.Ceiling(i * sorted.Count / (double)MapRenderer.MaxClasses) - 1];
            if (bounds.Count == 0 || bounds[^1] < high)
            {
                bounds.Add(high);
            }
        }

        var low = sorted.Count > 0 ? sorted[0] : 1;
        for (var i = 0; i < bounds.Count; i++)
        {
            // Spread fewer classes over the whole ramp, lightest to darkest.
            var step = bounds.Count == 1 ? MapRenderer.MaxClasses - 1 : (int)Math.Round(i * (MapRenderer.MaxClasses - 1) / (double)(bounds.Count - 1)) + 1;
            _classes.Add((low, bounds[i], "c" + step.ToString(CultureInfo.InvariantCulture)));
            low = bounds[i] + 1;
        }
    }

    public IReadOnlyList<MapLegendItem> Legend => [.. _classes.Select(c => new MapLegendItem(c.Css, Label(c.Low, c.High)))];

    public string Class(int value) => _classes.FirstOrDefault(c => value <= c.High).Css ?? _classes[^1].Css;

    private static string Label(int low, int high)
    {
        var l = low.ToString("N0", CultureInfo.InvariantCulture);
        var h = high.ToString("N0", CultureInfo.InvariantCulture);
        var text = low == high ? l : $"{l}–{h}";
        return high == 1 ? $"{text} item" : $"{text} items";
    }
}
