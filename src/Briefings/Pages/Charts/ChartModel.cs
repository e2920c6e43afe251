using Briefings.Templates;

namespace Briefings.Pages.Charts;

/// <summary>One bar: its label, value and (optionally) the page it stands for.</summary>
public sealed record ChartRow(string Label, int Value, string? Href = null);

/// <summary>A chart drawn at build time: the SVG, its title, and the same numbers as a table for those who cannot see it.</summary>
public sealed record ChartModel(string Title, TrustedHtml Svg, string LabelHeading, string ValueHeading, IReadOnlyList<ChartRow> Rows);
