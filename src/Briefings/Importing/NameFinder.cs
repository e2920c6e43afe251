using System.Text.RegularExpressions;
using Briefings.Advice;
using Briefings.Content;

namespace Briefings.Importing;

/// <summary>
/// People and organisations an article names that the site has no page for yet — candidates for
/// <c>briefings new person|group</c>. Runs of capitalised words are read in each sentence: a run with an
/// organisation word ("Ministry", "Council", "Front", "Party" …) is an organisation; two or three names after a title
/// ("President", "Minister", "Mr", "spokesman") or before "said" are a person. Names the matcher already knows
/// (countries, the site's groups and people, their aliases) are left out. A heuristic: the report says so.
/// </summary>
internal static partial class NameFinder
{
    private const int MaxNames = 20;

    private static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal)
    {
        "Ministry", "Council", "Commission", "Committee", "Organisation", "Organization", "Agency", "Party", "Army", "Front",
        "Movement", "Union", "Association", "Office", "Department", "Bank", "Court", "Forces", "Force", "Police", "Corps",
        "Brigade", "Brigades", "Network", "Institute", "University", "Company", "Corporation", "Federation", "League",
        "Alliance", "Authority", "Assembly", "Parliament", "Senate", "Service", "Services", "Directorate", "Bureau",
        "Jamaat", "Lashkar", "Tehreek", "Tehrik", "Harakat", "Foundation", "Fund", "Guard", "Guards", "Coalition",
    };

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "President", "Minister", "Secretary", "General", "Gen", "Spokesman", "Spokeswoman",
        "Ambassador", "Commander", "Chief", "Leader", "Senator", "Governor", "King", "Prince", "Judge", "Colonel", "Col",
        "Maj", "Major", "Lt", "Lieutenant", "Admiral", "Premier", "Chairman", "Director", "Envoy", "Sheikh", "Mullah", "Imam",
        "Foreign", "Prime", "Deputy", "Defence", "Defense", "Interior", "Vice", "Special", "Representative", "Counterpart",
        "spokesman", "spokeswoman", "spokesperson", "minister", "president", "leader", "envoy", "ambassador", "chief", "commander",
    };

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "A", "An", "In",
        "On", "At", "But", "And", "He", "She", "It", "They", "We", "This", "That", "Last", "Next", "After", "Before", "When",
        "While", "If", "As", "For", "Of", "By", "From", "With", "According", "Meanwhile", "However", "Earlier", "Later",
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "the", "for", "al", "bin", "de", "van", "von", "ul" };

    public static IReadOnlyList<UnknownName> Find(MentionMatcher matcher, IEnumerable<string> sentences)
    {
        var found = new List<UnknownName>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sentence in sentences)
        {
            foreach (var (name, kind) in Candidates(sentence))
            {
                if (found.Count >= MaxNames || !seen.Add(name) || Known(matcher, name, kind))
                {
                    continue;
                }

                var command = kind == "person" ? $"briefings new person \"{name}\"" : $"briefings new group \"{name}\"";
                found.Add(new UnknownName(name, kind == "person" ? "person" : "organisation", command));
            }
        }

        return found;
    }

    /// <summary>A name the matcher knows in full, or whose group or person it knows: not unknown.</summary>
    private static bool Known(MentionMatcher matcher, string name, string kind)
    {
        var mentions = matcher.Find(name);
        return mentions.Any(m => m.Entity.Kind != ContentKind.Country || m.Length == name.Length)
            || (kind == "organisation" && mentions.Count > 0 && mentions.Sum(m => m.Length) >= name.Length - 10);
    }

    private static IEnumerable<(string Name, string Kind)> Candidates(string sentence)
    {
        // A run of names stops at punctuation: "(AP)", "Maryland, and", "Council (NSC)".
        var matches = Token().Matches(sentence);
        var tokens = matches.Select(m => m.Value).ToList();
        var joined = matches.Select((m, k) => k > 0 && sentence[(matches[k - 1].Index + matches[k - 1].Length)..m.Index].Trim().Length == 0).ToList();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!Capitalised(tokens[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var end = i + 1;
            while (end < tokens.Count && joined[end] && !Possessive(tokens[end - 1]))
            {
                if (Capitalised(tokens[end]))
                {
                    end++;
                    continue;
                }

                // "of", "of the", "bin": inside a name when a capitalised word follows.
                var next = end;
                while (next < tokens.Count && joined[next] && Connectors.Contains(tokens[next]))
                {
                    next++;
                }

                if (next == end || next >= tokens.Count || !joined[next] || !Capitalised(tokens[next]))
                {
                    break;
                }

                end = next;
            }

            var run = tokens.GetRange(start, end - start);
            var before = start > 0 ? tokens[start - 1] : null;
            var after = end < tokens.Count ? tokens[end] : null;
            i = end;

            // Not names: a sentence's first adverb ("Separately"), an all-capitals dateline ("LONDON"), "The", a possessive.
            while (run.Count > 0 && (NotNames.Contains(run[0]) || Connectors.Contains(run[0]) || (run[0].Length > 1 && run[0].All(c => !char.IsLower(c)))
                || (start == 0 && run[0].EndsWith("ly", StringComparison.Ordinal))))
            {
                run.RemoveAt(0);
                start++;
            }

            while (run.Count > 0 && Connectors.Contains(run[^1]))
            {
                run.RemoveAt(run.Count - 1);
            }

            if (run.Count > 0 && Possessive(run[^1]))
            {
                continue;
            }

            if (run.Count < 2)
            {
                continue;
            }

            if (run.Any(OrganisationWords.Contains))
            {
                if (!run.Any(NotNames.Contains) || run.Count(NotNames.Contains) == run.Count(w => w is "The"))
                {
                    yield return (string.Join(' ', run), "organisation");
                }

                continue;
            }

            var titled = before is not null && Titles.Contains(before.TrimEnd('.'));
            while (run.Count > 0 && Titles.Contains(run[0].TrimEnd('.')))
            {
                run.RemoveAt(0);
                titled = true;
            }

            var said = after is "said" or "says" or "told" or "added" or "stated";
            if (run.Count is >= 2 and <= 3 && (titled || said) && run.All(w => w.Length > 1 && char.IsLower(w[^1]) && !NotNames.Contains(w)))
            {
                yield return (string.Join(' ', run), "person");
            }
        }
    }

    private static bool Possessive(string token) => token.EndsWith("'s", StringComparison.Ordinal) || token.EndsWith("’s", StringComparison.Ordinal);

    private static bool Capitalised(string token) => token.Length > 0 && char.IsUpper(token[0]);

    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}'’\-.]*\p{L}|\p{L}")]
    private static partial Regex Token();
}
