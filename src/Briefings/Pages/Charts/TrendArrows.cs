using System.Globalization;
using System.Text;
using Briefings.Content;
using Briefings.Templates;

namespace Briefings.Pages.Charts;

/// <summary>
/// CrisisWatch-style trend arrows as inline SVG: down for deteriorated, up for improved, level for unchanged, coloured
/// by the theme's classes. An arrow never stands alone: the word is always written beside it or in its title.
/// </summary>
internal static class TrendArrows
{
    private const int Cell = 28;

    public static string Word(Trend trend) => trend switch
    {
        Trend.Deteriorated => "deteriorated",
        Trend.Improved => "improved",
        _ => "unchanged",
    };

    /// <summary>A small arrow for beside its word (hidden from screen readers, which read the word).</summary>
    public static TrustedHtml Icon(Trend trend) =>
        new(Invariant($"<svg class=\"trend-icon trend-{Word(trend)}\" viewBox=\"0 0 20 20\" width=\"20\" height=\"20\" aria-hidden=\"true\" focusable=\"false\" xmlns=\"http://www.w3.org/2000/svg\"><path d=\"{Path(trend)}\"></path></svg>"));

    /// <summary>The strip of past trends: one linked arrow per month, oldest on the left, month under it.</summary>
    public static TrustedHtml Strip(string id, string title, IReadOnlyList<(PartialDate Month, string Href, Trend Trend)> months)
    {
        var width = Math.Max(months.Count, 1) * Cell + 4;
        var sb = new StringBuilder(2048)
            .Append(Invariant($"<svg class=\"trend-strip\" viewBox=\"0 0 {width} 62\" width=\"{width}\" height=\"62\" role=\"group\" aria-labelledby=\"{id}-title\" xmlns=\"http://www.w3.org/2000/svg\">"))
            .Append(Invariant($"<title id=\"{id}-title\">{Html.Escape(title)}</title>"));
        for (var i = 0; i < months.Count; i++)
        {
            var (month, href, trend) = months[i];
            var label = month.Display;
            var x = 2 + i * Cell;
            sb.Append(Invariant($"<a href=\"{Html.Escape(href)}\"><title>{Html.Escape(label)}: {Word(trend)}</title>"))
                .Append(Invariant($"<rect class=\"trend-cell\" x=\"{x}\" y=\"2\" width=\"{Cell - 2}\" height=\"58\" rx=\"3\"></rect>"))
                .Append(Invariant($"<g class=\"trend-{Word(trend)}\" transform=\"translate({x + 3} 5)\"><path d=\"{Path(trend)}\"></path></g>"))
                .Append(Invariant($"<text x=\"{x + (Cell - 2) / 2.0:0.#}\" y=\"40\" text-anchor=\"middle\">{label[..3]}</text>"))
                .Append(Invariant($"<text x=\"{x + (Cell - 2) / 2.0:0.#}\" y=\"54\" text-anchor=\"middle\">{month.Year % 100:00}</text></a>"));
        }

        return new TrustedHtml(sb.Append("</svg>").ToString());
    }

    private static string Path(Trend trend) => trend switch
    {
        Trend.Deteriorated => "M10 18 L2.5 9.5 H7.5 V2 H12.5 V9.5 H17.5 Z",
        Trend.Improved => "M10 2 L17.5 10.5 H12.5 V18 H7.5 V10.5 H2.5 Z",
        _ => "M18 10 L9.5 17.5 V12.5 H2 V7.5 H9.5 V2.5 Z",
    };

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
