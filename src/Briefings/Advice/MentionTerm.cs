using Briefings.Linking;

namespace Briefings.Advice;

/// <summary>One way of naming an entity in running text: "Pakistan", "Pakistani", "Islamabad", "IS", "Islamic State"; no entity for a phrase that only looks like one ("Latin America").</summary>
internal sealed record MentionTerm(string Text, EntityKey? Entity)
{
    public string[] Words { get; } = [.. Tokenizer.Words(Text).Select(t => t.Text)];

    /// <summary>All capitals ("IS", "US", "NATO", "SCO RATS"): matched as written, so "is" and "us" are not mentions.</summary>
    public bool IsAcronym { get; } = Text.Any(char.IsLetter) && !Text.Any(char.IsLower) && Text.Count(char.IsLetter) >= 2;

    /// <summary>Whether the words of the text starting at <paramref name="at"/> name this term.</summary>
    public bool Matches(IReadOnlyList<Token> tokens, int at)
    {
        if (at + Words.Length > tokens.Count)
        {
            return false;
        }

        for (var i = 0; i < Words.Length; i++)
        {
            if (!WordMatches(Words[i], tokens[at + i].Text, first: i == 0))
            {
                return false;
            }
        }

        return true;
    }

    private bool WordMatches(string word, string written, bool first)
    {
        if (IsAcronym)
        {
            // Long acronyms are also written as names ("Nato", "Isis"); short ones only in capitals ("IS", not "Is").
            return written == word || (Words.Length == 1 && word.Length >= 4 && written.Length == word.Length
                && written[0] == word[0] && string.CompareOrdinal(written, 1, word.ToLowerInvariant(), 1, word.Length - 1) == 0);
        }

        // Names match in any case except that they must start with a capital: "Turkey", "TURKEY", never "turkey".
        return string.Equals(word, written, StringComparison.OrdinalIgnoreCase) && (!first || char.IsUpper(written[0]));
    }
}
