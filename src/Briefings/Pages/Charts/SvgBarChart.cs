using System.Globalization;
using System.Text;
using Briefings.Templates;

namespace Briefings.Pages.Charts;

/// <summary>
/// Bar charts as inline SVG, made at build time: no JavaScript, no chart library, colours from the theme's CSS
/// (classes only, so the Content-Security-Policy needs no inline styles). The SVG is an image with a title and a
/// description; the numbers are also given as a table beside it.
/// </summary>
internal static class SvgBarChart
{
    private const int Height = 160;
    private const int Bottom = 24;
    private const int Top = 18;

    /// <summary>Vertical bars, one per row, left to right (years on a timeline).</summary>
    public static TrustedHtml Columns(string id, string title, IReadOnlyList<ChartRow> rows)
    {
        var barWidth = rows.Count > 24 ? 14 : 28;
        var gap = barWidth / 2;
        var width = Math.Max(120, rows.Count * (barWidth + gap) + gap);
        var max = Math.Max(1, rows.Max(r => r.Value));
        var sb = Start(id, title, Describe(rows), width, Height);
        for (var i = 0; i < rows.Count; i++)
        {
            var x = gap + i * (barWidth + gap);
            var h = (Height - Bottom - Top) * rows[i].Value / (double)max;
            var y = Height - Bottom - h;
            sb.Append(Invariant($"<rect class=\"bar\" x=\"{x}\" y=\"{y:0.#}\" width=\"{barWidth}\" height=\"{h:0.#}\"></rect>"));
            if (rows[i].Value > 0)
            {
                sb.Append(Invariant($"<text class=\"value\" x=\"{x + barWidth / 2.0:0.#}\" y=\"{y - 4:0.#}\" text-anchor=\"middle\">{rows[i].Value}</text>"));
            }

            if (rows.Count <= 24 || i % 2 == 0)
            {
                sb.Append(Invariant($"<text class=\"label\" x=\"{x + barWidth / 2.0:0.#}\" y=\"{Height - 8}\" text-anchor=\"middle\">{Html.Escape(rows[i].Label)}</text>"));
            }
        }

        return End(sb);
    }

    /// <summary>Horizontal bars, one per row, top to bottom (rankings).</summary>
    public static TrustedHtml Bars(string id, string title, IReadOnlyList<ChartRow> rows)
    {
        const int row = 26;
        const int labelWidth = 150;
        const int width = 420;
        var height = rows.Count * row + 8;
        var max = Math.Max(1, rows.Max(r => r.Value));
        var sb = Start(id, title, Describe(rows), width, height);
        for (var i = 0; i < rows.Count; i++)
        {
            var y = 4 + i * row;
            var w = (width - labelWidth - 40) * rows[i].Value / (double)max;
            var label = rows[i].Label.Length > 22 ? rows[i].Label[..21] + "…" : rows[i].Label;
            sb.Append(Invariant($"<text class=\"label\" x=\"{labelWidth - 8}\" y=\"{y + 17}\" text-anchor=\"end\">{Html.Escape(label)}</text>"));
            sb.Append(Invariant($"<rect class=\"bar\" x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{w:0.#}\" height=\"{row - 8}\"></rect>"));
            sb.Append(Invariant($"<text class=\"value\" x=\"{labelWidth + w + 6:0.#}\" y=\"{y + 17}\">{rows[i].Value}</text>"));
        }

        return End(sb);
    }

    private static StringBuilder Start(string id, string title, string description, int width, int height) =>
        new StringBuilder(2048)
            .Append(Invariant($"<svg class=\"chart-svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">"))
            .Append(Invariant($"<title id=\"{id}-title\">{Html.Escape(title)}</title>"))
            .Append(Invariant($"<desc id=\"{id}-desc\">{Html.Escape(description)}</desc>"));

    private static TrustedHtml End(StringBuilder sb) => new(sb.Append("</svg>").ToString());

    private static string Describe(IReadOnlyList<ChartRow> rows) =>
        string.Join(", ", rows.Select(r => $"{r.Label}: {r.Value}"));

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
