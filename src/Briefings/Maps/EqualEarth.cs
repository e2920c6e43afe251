namespace Briefings.Maps;

/// <summary>
/// The Equal Earth projection (Šavrič, Patterson and Jenny 2018): equal-area, so a country's shading is not
/// exaggerated by its latitude. The same formula as <c>Data/build-map.mjs</c> and d3-geo's <c>geoEqualEarth</c>,
/// in the units of the carried shapes (<see cref="Scale"/> per radius unit); x grows east, y grows south, as in SVG.
/// </summary>
internal static class EqualEarth
{
    /// <summary>Units per unit of the projection: the world is about 5,413 units wide and 2,635 high.</summary>
    public const double Scale = 1000;

    private const double A1 = 1.340264;
    private const double A2 = -0.081106;
    private const double A3 = 0.000893;
    private const double A4 = 0.003796;
    private static readonly double M = Math.Sqrt(3) / 2;

    public static (double X, double Y) Project(double latitude, double longitude)
    {
        var lambda = longitude * Math.PI / 180;
        var theta = Math.Asin(M * Math.Sin(latitude * Math.PI / 180));
        var t2 = theta * theta;
        var t6 = t2 * t2 * t2;
        var x = lambda * Math.Cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
        var y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
        return (x * Scale, -y * Scale);
    }
}
