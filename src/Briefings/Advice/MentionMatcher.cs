using Briefings.Content;
using Briefings.Countries;
using Briefings.Linking;

namespace Briefings.Advice;

/// <summary>
/// Finds the countries, groups and people named in running text — by name, alias, demonym or capital — in one pass
/// over its words: terms are indexed by their first word, and the longest term that matches wins ("South Sudan"
/// before "Sudan", "Islamic State" before "Islamic"). Built once per run, then shared by every file (read-only).
/// </summary>
internal sealed class MentionMatcher
{
    /// <summary>Phrases that contain a country's name but do not mention it.</summary>
    private static readonly string[] NotMentions =
    [
        "Latin America", "South America", "Central America", "North America", "Latin American", "South American",
        "Central American", "North American", "Native American", "Indian Ocean", "New Mexico", "Central Asian Republics",
    ];

    private readonly Dictionary<string, MentionTerm[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    internal MentionMatcher(IEnumerable<MentionTerm> terms) =>
        _byFirstWord = terms
            .Where(t => t.Words.Length > 0)
            .GroupBy(t => t.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A matcher for the built-in countries (with any profile aliases) and the site's groups and people.</summary>
    public static MentionMatcher For(Site site) => For(site.Countries, site.CountryProfiles.Values, site.Groups, site.People);

    public static MentionMatcher For(CountryCatalog countries, IEnumerable<CountryProfile> profiles, IEnumerable<Group> groups, IEnumerable<Person> people)
    {
        var terms = new List<MentionTerm>();
        var profileAliases = profiles.ToDictionary(p => p.Slug, p => p.Aliases, StringComparer.Ordinal);

        // Input registries first: a group or person the contributors defined wins over a country with the same name.
        terms.AddRange(groups.SelectMany(g => g.Aliases.Prepend(g.Name).Select(n => new MentionTerm(n, new EntityKey(ContentKind.Group, g.Slug)))));
        terms.AddRange(people.SelectMany(p => p.Aliases.Prepend(p.Name).Select(n => new MentionTerm(n, new EntityKey(ContentKind.Person, p.Slug)))));

        // A name shared by countries ("Indian", "American", "Kingston") goes to the one with the shortest name: the
        // country rather than its overseas territory.
        terms.AddRange(countries.All.OrderBy(c => c.Name.Length).ThenBy(c => c.Slug, StringComparer.Ordinal).SelectMany(c =>
            new[] { c.Name }.Concat(c.Aliases).Concat(c.Demonyms).Concat(c.Capitals).Concat(profileAliases.GetValueOrDefault(c.Slug) ?? [])
                .Select(n => new MentionTerm(n, new EntityKey(ContentKind.Country, c.Slug)))));
        terms.AddRange(NotMentions.Select(n => new MentionTerm(n, null)));

        var seen = new HashSet<string>(StringComparer.Ordinal);
        return new MentionMatcher(terms.Where(t => seen.Add((t.IsAcronym ? "A:" : "N:") + string.Join(' ', t.Words).ToLowerInvariant())));
    }

    /// <summary>Every mention in <paramref name="text"/>, in order.</summary>
    public IReadOnlyList<Mention> Find(string text)
    {
        var found = new List<MentionAt>();
        Find(text, [], found);
        return [.. found.Select(m => new Mention(m.Entity, m.Start, m.Length, text.Substring(m.Start, m.Length)))];
    }

    /// <summary>
    /// Every mention in <paramref name="text"/>, in order, into <paramref name="mentions"/> (cleared first);
    /// <paramref name="tokens"/> is scratch space, so a caller scanning many texts allocates nothing per text.
    /// </summary>
    public void Find(ReadOnlySpan<char> text, List<Token> tokens, List<MentionAt> mentions)
    {
        Tokenizer.Words(text, tokens);
        mentions.Clear();
        for (var i = 0; i < tokens.Count;)
        {
            // Every name and acronym starts with a capital: most words need no look-up at all.
            var term = char.IsUpper(text[tokens[i].Start]) && _byFirstWord.TryGetValue(tokens[i].In(text), out var candidates)
                ? Find(candidates, text, tokens, i)
                : null;
            if (term is null)
            {
                i++;
                continue;
            }

            var last = tokens[i + term.Words.Length - 1];
            var start = tokens[i].Start;
            if (term.Entity is { } entity)
            {
                mentions.Add(new MentionAt(entity, start, last.Start + last.Length - start));
            }

            i += term.Words.Length;
        }
    }

    private static MentionTerm? Find(MentionTerm[] candidates, ReadOnlySpan<char> text, List<Token> tokens, int at)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Matches(text, tokens, at))
            {
                return candidate;
            }
        }

        return null;
    }
}
