using System.Text;
using AngleSharp.Dom;

namespace Briefings.Importing;

/// <summary>
/// The readable text of an HTML fragment as paragraphs: one per block element (p, li, h2, blockquote, td …) or line
/// break, whitespace collapsed; scripts, styles, forms, buttons and embedded frames contribute nothing.
/// </summary>
internal static class HtmlBlocks
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
        "figure", "figcaption", "address", "details", "summary", "hr", "br", "center", "caption", "form", "fieldset",
    };

    private static readonly HashSet<string> Silent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas", "button", "select",
        "option", "input", "textarea", "video", "audio", "picture", "img", "head", "title", "meta", "link",
    };

    public static List<string> Of(INode root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, paragraphs, current);
        Flush(paragraphs, current);
        return paragraphs;
    }

    private static void Walk(INode node, List<string> paragraphs, StringBuilder current)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    current.Append(text.Data);
                    break;
                case IElement element when Silent.Contains(element.LocalName) || element.HasAttribute("hidden"):
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    Flush(paragraphs, current);
                    Walk(element, paragraphs, current);
                    Flush(paragraphs, current);
                    break;
                case IElement element:
                    Walk(element, paragraphs, current);
                    break;
            }
        }
    }

    private static void Flush(List<string> paragraphs, StringBuilder current)
    {
        var text = Normalise(current.ToString());
        current.Clear();
        if (text.Length > 0)
        {
            paragraphs.Add(text);
        }
    }

    /// <summary>Whitespace (including no-break, zero-width and control characters) collapsed to single spaces.</summary>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\u2060' or '\uFEFF')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
