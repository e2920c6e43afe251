namespace Briefings.Pages.Charts;

/// <summary>The charts pages show: coverage per year, and the most-covered entities of a period.</summary>
internal static class CoverageCharts
{
    private const int MaxYears = 40;

    /// <summary>Items per year from the first year to the last, gaps included (a quiet year is information too).</summary>
    public static ChartModel? PerYear(string name, IReadOnlyDictionary<int, int> counts)
    {
        if (counts.Count == 0)
        {
            return null;
        }

        var first = counts.Keys.Min();
        var last = counts.Keys.Max();
        var years = last - first < MaxYears ? Enumerable.Range(first, last - first + 1) : counts.Keys.Order();
        var rows = years.Select(y => new ChartRow(y.ToString(System.Globalization.CultureInfo.InvariantCulture), counts.GetValueOrDefault(y))).ToList();
        if (rows.Count < SvgBarChart.MinRows)
        {
            return null;
        }

        var title = $"Coverage of {name} per year";
        return new ChartModel(title, SvgBarChart.Columns("coverage-chart", title, rows), "Year", "Items", rows);
    }

    public static ChartModel? Ranking(string id, string title, string heading, IReadOnlyList<ChartRow> rows) =>
        rows.Count < SvgBarChart.MinRows ? null : new ChartModel(title, SvgBarChart.Bars(id, title, rows), heading, "Items", rows);
}
