using System.Text;

namespace Briefings.Tradecraft;

/// <summary>
/// Marks up a note's estimative terms in its HTML with their probability range: the range is the <c>abbr</c>'s title
/// (hover), shown beside it on keyboard focus (the theme's <c>.estimative:focus</c>), and spoken by screen readers
/// (visually hidden text). Only text is touched — not tags, attributes, links, code or headings' anchors.
/// </summary>
internal static class EstimativeMarkup
{
    private static readonly string[] Skipped = ["a", "code", "pre", "abbr", "script", "style", "kbd", "samp"];

    public static string Apply(string html, EstimativeScale scale)
    {
        if (html.Length == 0)
        {
            return html;
        }

        var sb = new StringBuilder(html.Length + 256);
        var skip = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var text = lt < 0 ? html[i..] : html[i..lt];
            sb.Append(skip > 0 ? text : Mark(text, scale));
            if (lt < 0)
            {
                break;
            }

            var gt = html.IndexOf('>', lt);
            var tag = gt < 0 ? html[lt..] : html[lt..(gt + 1)];
            sb.Append(tag);
            var name = TagName(tag, out var closing);
            if (Array.IndexOf(Skipped, name) >= 0)
            {
                skip = Math.Max(0, skip + (closing ? -1 : 1));
            }

            i = gt < 0 ? html.Length : gt + 1;
        }

        return sb.ToString();
    }

    private static string Mark(string text, EstimativeScale scale) =>
        scale.Pattern.Replace(text, m =>
        {
            var term = scale.TermOf(m.Value.ToLowerInvariant());
            return $"<abbr class=\"estimative\" title=\"{scale.Name}: {term.Range}\" data-range=\"{term.Range}\" tabindex=\"0\">{m.Value}<span class=\"visually-hidden\"> ({term.Spoken})</span></abbr>";
        });

    private static string TagName(string tag, out bool closing)
    {
        var at = 1;
        closing = tag.Length > 1 && tag[1] == '/';
        if (closing)
        {
            at++;
        }

        var end = at;
        while (end < tag.Length && char.IsAsciiLetterOrDigit(tag[end]))
        {
            end++;
        }

        return tag[at..end].ToLowerInvariant();
    }
}
