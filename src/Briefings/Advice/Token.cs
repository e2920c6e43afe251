namespace Briefings.Advice;

/// <summary>
/// A word of running text without a possessive <c>'s</c>: where it starts and its length. Only a word with a
/// typographic apostrophe gets a string of its own (with <c>'</c>); the others are read in place.
/// </summary>
internal readonly record struct Token(int Start, int Length, string? Normalised)
{
    public ReadOnlySpan<char> In(ReadOnlySpan<char> text) => Normalised is null ? text.Slice(Start, Length) : Normalised;

    public string Text(string text) => Normalised ?? text.Substring(Start, Length);
}

/// <summary>
/// Splits text into words: letters and digits, with apostrophes inside a word kept (<c>Da'esh</c>, <c>d'Ivoire</c>).
/// Hyphens, dots and other punctuation separate words (<c>Pakistan-Russia</c> is two), a trailing <c>'s</c> is dropped
/// (<c>IS’s</c> is <c>IS</c>), and URLs written out in the text are skipped whole.
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Words(string text)
    {
        var tokens = new List<Token>();
        Words(text, tokens);
        return tokens;
    }

    /// <summary>Adds the words of <paramref name="text"/> to <paramref name="tokens"/> (cleared first), so one list serves many texts.</summary>
    public static void Words(ReadOnlySpan<char> text, List<Token> tokens)
    {
        tokens.Clear();
        for (var at = 0; NextWord(text, ref at, out var token);)
        {
            tokens.Add(token);
        }
    }

    /// <summary>
    /// The first word from <paramref name="at"/> on, which must be between two words (or a word's start, or the text's),
    /// and <paramref name="at"/> moved past it; false when no word is left.
    /// </summary>
    public static bool NextWord(ReadOnlySpan<char> text, ref int at, out Token token)
    {
        var i = at;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            if (StartsUrl(text, i))
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                continue;
            }

            var start = i;
            var curly = false;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    i++;
                }
                else if (IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    curly |= c == '\u2019';
                    i++;
                }
                else
                {
                    break;
                }
            }

            var length = i - start;
            if (length > 2 && text[i - 1] == 's' && IsApostrophe(text[i - 2]))
            {
                length -= 2;
            }

            var word = text.Slice(start, length);
            at = i;
            token = new Token(start, length, curly && word.Contains('\u2019') ? word.ToString().Replace('\u2019', '\'') : null);
            return true;
        }

        at = i;
        token = default;
        return false;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool StartsUrl(ReadOnlySpan<char> text, int i) =>
        text[i] is 'h' or 'w'
        && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '<')
        && (Prefix(text, i, "http://") || Prefix(text, i, "https://") || Prefix(text, i, "www."));

    private static bool Prefix(ReadOnlySpan<char> text, int i, string prefix) => text[i..].StartsWith(prefix, StringComparison.Ordinal);
}
