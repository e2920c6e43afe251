using System.Text.RegularExpressions;

namespace Briefings.Importing;

/// <summary>Splits a paragraph into sentences, without breaking at "Mr.", "U.S." or initials.</summary>
internal static partial class Sentences
{
    public static IEnumerable<string> Of(string paragraph)
    {
        var start = 0;
        foreach (Match m in Boundary().Matches(paragraph))
        {
            var end = m.Index + m.Length;
            var before = paragraph[start..m.Index].TrimEnd();
            var lastWord = before.Split(' ').LastOrDefault() ?? "";
            if (Abbreviation().IsMatch(lastWord))
            {
                continue;
            }

            yield return paragraph[start..end].Trim();
            start = end;
        }

        if (start < paragraph.Length && paragraph[start..].Trim().Length > 0)
        {
            yield return paragraph[start..].Trim();
        }
    }

    [GeneratedRegex("""(?<=[.!?])["'”’)]*(?=\s+["“‘(]?\p{Lu})""")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"^(Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Rev|St|Sen|Rep|Gov|No|Jr|Sr|Inc|Ltd|Co|vs|\p{Lu}|(\p{Lu}\.)+\p{Lu})\.$", RegexOptions.CultureInvariant)]
    private static partial Regex Abbreviation();
}
