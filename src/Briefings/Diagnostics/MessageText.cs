using System.Globalization;
using System.Text;

namespace Briefings.Diagnostics;

/// <summary>
/// Keeps a diagnostic to one honest line: contributor text echoed in a message (a URL with an encoded newline, a YAML
/// value with a tab, a right-to-left override) is shown escaped, so it cannot break the <c>path:line:column</c>
/// format or forge another diagnostic in a terminal or a CI log.
/// </summary>
internal static class MessageText
{
    public static string OneLine(string message)
    {
        if (!message.Any(NeedsEscape))
        {
            return message;
        }

        var sb = new StringBuilder(message.Length + 16);
        foreach (var c in message)
        {
            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when NeedsEscape(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
