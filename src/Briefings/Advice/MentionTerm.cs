using Briefings.Linking;

namespace Briefings.Advice;

/// <summary>One way of naming an entity in running text: "Pakistan", "Pakistani", "Islamabad", "IS", "Islamic State"; no entity for a phrase that only looks like one ("Latin America").</summary>
internal sealed record MentionTerm(string Text, EntityKey? Entity)
{
    public string[] Words { get; } = [.. Tokenizer.Words(Text).Select(t => t.Text(Text))];

    /// <summary>All capitals ("IS", "US", "NATO", "SCO RATS"): matched as written, so "is" and "us" are not mentions.</summary>
    public bool IsAcronym { get; } = Text.Any(char.IsLetter) && !Text.Any(char.IsLower) && Text.Count(char.IsLetter) >= 2;

    /// <summary>Whether the words of the text starting at <paramref name="at"/> name this term.</summary>
    public bool Matches(ReadOnlySpan<char> text, List<Token> tokens, int at)
    {
        if (at + Words.Length > tokens.Count)
        {
            return false;
        }

        for (var i = 0; i < Words.Length; i++)
        {
            if (!WordMatches(Words[i], tokens[at + i].In(text), first: i == 0))
            {
                return false;
            }
        }

        return true;
    }

    private bool WordMatches(string word, ReadOnlySpan<char> written, bool first)
    {
        if (IsAcronym)
        {
            // Long acronyms are also written as names ("Nato", "Isis"); short ones only in capitals ("IS", not "Is").
            return written.SequenceEqual(word) || (Words.Length == 1 && word.Length >= 4 && written.Length == word.Length
                && written[0] == word[0] && IsLower(written[1..]) && written[1..].Equals(word.AsSpan(1), StringComparison.OrdinalIgnoreCase));
        }

        // Names match in any case except that they must start with a capital: "Turkey", "TURKEY", never "turkey".
        return written.Equals(word, StringComparison.OrdinalIgnoreCase) && (!first || char.IsUpper(written[0]));
    }

    private static bool IsLower(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
