using System.Text;

namespace Briefings.Importing;

/// <summary>Plain text made safe to read as Markdown: characters that would start emphasis, links, code or HTML are escaped.</summary>
internal static class MarkdownText
{
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '<' or '>' or '`' or '|')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        var escaped = sb.ToString();
        if (escaped.Length > 0 && (escaped[0] is '#' or '+' or '=' || (escaped[0] == '-' && (escaped.Length == 1 || escaped[1] == ' '))))
        {
            escaped = "\\" + escaped;
        }

        var digits = escaped.TakeWhile(char.IsAsciiDigit).Count();
        return digits > 0 && digits < escaped.Length && escaped[digits] is '.' or ')' ? escaped[..digits] + "\\" + escaped[digits..] : escaped;
    }
}
