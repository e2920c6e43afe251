namespace Briefings.Content;

/// <summary>
/// Latin letters with diacritics → ASCII (<c>ô</c> → <c>o</c>, <c>ß</c> → <c>ss</c>, <c>Ł</c> → <c>l</c>), by table:
/// the build runs with invariant globalization, where Unicode normalisation cannot be relied on.
/// </summary>
internal static class Transliteration
{
    // U+00C0–U+00FF, lowercase; "" drops × and ÷.
    private static readonly string[] Latin1 =
    [
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
    ];

    // U+0100–U+017F (Latin Extended-A) as runs of the same letter, in code point order.
    private static readonly (string Letter, int Count)[] ExtendedARuns =
    [
        ("a", 6), ("c", 8), ("d", 4), ("e", 10), ("g", 8), ("h", 4), ("i", 10), ("ij", 2), ("j", 2), ("k", 3), ("l", 10),
        ("n", 9), ("o", 6), ("oe", 2), ("r", 6), ("s", 8), ("t", 6), ("u", 12), ("w", 2), ("y", 3), ("z", 6), ("s", 1),
    ];

    private static readonly string[] ExtendedA = [.. ExtendedARuns.SelectMany(r => Enumerable.Repeat(r.Letter, r.Count))];

    /// <summary>The ASCII lowercase for <paramref name="c"/>, or null when it has none (the caller treats it as a separator).</summary>
    public static string? ToAscii(char c)
    {
        var lower = char.ToLowerInvariant(c);
        if (char.IsAsciiLetterLower(lower) || char.IsAsciiDigit(lower))
        {
            return lower.ToString();
        }

        return c switch
        {
            >= '\u00C0' and <= '\u00FF' => Latin1[c - 0xC0],
            >= '\u0100' and <= '\u017F' => ExtendedA[c - 0x100],
            _ => null,
        };
    }
}
