using Briefings.Templates;

namespace Briefings.Maps;

/// <summary>One class of a choropleth's legend: its CSS class (<c>c1</c> … <c>c5</c>) and the counts it stands for.</summary>
public sealed record MapLegendItem(string CssClass, string Label);

/// <summary>A row of a map's text equivalent: a country or a point, with its page and its number or precision.</summary>
public sealed record MapRow(string Label, string Href, string Value);

/// <summary>
/// A map drawn at build time: the SVG, its title, a sentence that says what it shows (the figure's caption), the
/// legend, and the same information as a table (<see cref="Rows"/>) for those who cannot see it.
/// </summary>
public sealed record MapModel(
    string Title,
    TrustedHtml Svg,
    string Caption,
    IReadOnlyList<MapLegendItem> Legend,
    string LabelHeading,
    string ValueHeading,
    IReadOnlyList<MapRow> Rows);
