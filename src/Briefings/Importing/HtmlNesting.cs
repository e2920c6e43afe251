namespace Briefings.Importing;

/// <summary>
/// How deeply a page's tags nest, counted over the raw markup before any parser sees it: an HTML5 parser's time grows
/// with the square of the depth (100,000 nested elements take minutes), so a page nested deeper than any article is
/// refused first. Start tags open, end tags close, void and self-closed elements do neither; comments, doctype and
/// the text of script, style and textarea are skipped. Unclosed <c>&lt;p&gt;</c> or <c>&lt;li&gt;</c> only overcount, which the
/// limit allows for.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>Far beyond any real page (the benchmark's deepest is in the low hundreds even counted this way).</summary>
    public const int Limit = 3000;

    /// <summary>
    /// Elements, also far beyond an article page (the benchmark's largest of 121 pages has 1,737): the extractor's
    /// time grows faster than the page (20,000 elements take seconds, 40,000 a minute).
    /// </summary>
    public const int ElementLimit = 20_000;

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "noscript"];

    /// <summary>
    /// The deepest nesting and the number of elements, counting until either passes its limit
    /// (<see cref="Limit"/>, <see cref="ElementLimit"/>).
    /// </summary>
    public static (int Depth, int Elements) Measure(string html)
    {
        var depth = 0;
        var max = 0;
        var elements = 0;
        var i = 0;
        while (max <= Limit && elements <= ElementLimit && (i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            var close = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = close ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }

            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                break;
            }

            var name = html[nameStart..nameEnd];
            elements += close ? 0 : 1;
            if (close)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (!Void.Contains(name) && html[tagEnd - 1] != '/')
            {
                depth++;
                max = Math.Max(max, depth);
                if (RawText.Any(r => r.Equals(name, StringComparison.OrdinalIgnoreCase)))
                {
                    var end = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                    if (end < 0)
                    {
                        break;
                    }

                    i = end;
                    continue;
                }
            }

            i = tagEnd + 1;
        }

        return (max, elements);
    }
}
