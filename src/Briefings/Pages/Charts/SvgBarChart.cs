using System.Globalization;
using System.Text;
using Briefings.Templates;

namespace Briefings.Pages.Charts;

/// <summary>
/// Bar charts as inline SVG, made at build time: no JavaScript, no chart library, colours from the theme's CSS
/// (classes only, so the Content-Security-Policy needs no inline styles). The SVG is an image with a title and a
/// description; the numbers are also given as a table beside it.
/// </summary>
public static class SvgBarChart
{
    /// <summary>
    /// Every chart is drawn this wide, a phone's width: the theme shows it at its width or wider, never narrower than a
    /// small phone's column (280 px), so its 14 px text stays at least 12 px on every screen.
    /// </summary>
    public const int Width = 320;

    /// <summary>Charts of fewer rows say nothing a sentence does not: the table is shown instead.</summary>
    public const int MinRows = 3;

    private const int Height = 170;
    private const int Bottom = 24;
    private const int Top = 20;
    private const int LabelSpacing = 40;

    /// <summary>Vertical bars, one per row, left to right (years on a timeline); labels and values as room allows.</summary>
    public static TrustedHtml Columns(string id, string title, IReadOnlyList<ChartRow> rows)
    {
        const int side = 8;
        var step = (Width - 2.0 * side) / rows.Count;
        var barWidth = Math.Min(28, step * 0.7);
        var labelEvery = (int)Math.Ceiling(LabelSpacing / step);
        var max = Math.Max(1, rows.Max(r => r.Value));
        var sb = Start(id, title, Describe(rows), Width, Height);
        for (var i = 0; i < rows.Count; i++)
        {
            var centre = side + (i + 0.5) * step;
            var h = (Height - Bottom - Top) * rows[i].Value / (double)max;
            var y = Height - Bottom - h;
            sb.Append(Invariant($"<rect class=\"bar\" x=\"{centre - barWidth / 2:0.#}\" y=\"{y:0.#}\" width=\"{barWidth:0.#}\" height=\"{h:0.#}\"></rect>"));
            if (rows[i].Value > 0 && labelEvery == 1)
            {
                sb.Append(Invariant($"<text class=\"value\" x=\"{centre:0.#}\" y=\"{y - 4:0.#}\" text-anchor=\"middle\">{rows[i].Value}</text>"));
            }

            if (i % labelEvery == 0)
            {
                sb.Append(Invariant($"<text class=\"label\" x=\"{centre:0.#}\" y=\"{Height - 6}\" text-anchor=\"middle\">{Html.Escape(rows[i].Label)}</text>"));
            }
        }

        return End(sb);
    }

    /// <summary>Horizontal bars, one per row, top to bottom (rankings), each under its label, so no name is cut short.</summary>
    public static TrustedHtml Bars(string id, string title, IReadOnlyList<ChartRow> rows)
    {
        const int row = 40;
        const int valueRoom = 40;
        var height = rows.Count * row + 4;
        var max = Math.Max(1, rows.Max(r => r.Value));
        var sb = Start(id, title, Describe(rows), Width, height);
        for (var i = 0; i < rows.Count; i++)
        {
            var y = i * row;
            var w = Math.Max(2, (Width - valueRoom) * rows[i].Value / (double)max);
            var label = rows[i].Label.Length > 40 ? rows[i].Label[..39] + "…" : rows[i].Label;
            sb.Append(Invariant($"<text class=\"label\" x=\"0\" y=\"{y + 15}\">{Html.Escape(label)}</text>"));
            sb.Append(Invariant($"<rect class=\"bar\" x=\"0\" y=\"{y + 21}\" width=\"{w:0.#}\" height=\"12\"></rect>"));
            sb.Append(Invariant($"<text class=\"value\" x=\"{w + 6:0.#}\" y=\"{y + 32}\">{rows[i].Value}</text>"));
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
