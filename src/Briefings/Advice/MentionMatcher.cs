using System.Buffers;
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

    /// <summary>What <see cref="char.IsWhiteSpace(char)"/> calls a space: where a URL written out in the text ends.</summary>
    private static readonly SearchValues<char> Spaces =
        SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace)]);

    private readonly Dictionary<string, MentionTerm[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    /// <summary>The most words a term has.</summary>
    private readonly int _longest;

    internal MentionMatcher(IEnumerable<MentionTerm> terms)
    {
        var byFirstWord = terms
            .Where(t => t.Words.Length > 0)
            .GroupBy(t => t.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        _byFirstWord = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _longest = byFirstWord.Values.Select(c => c[0].Words.Length).DefaultIfEmpty(1).Max();
    }

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
    /// <paramref name="window"/> is scratch space, so a caller scanning many texts allocates nothing per text.
    /// </summary>
    /// <remarks>
    /// Every name and acronym starts with a capital, so the text is read from capital to capital (a vectorised search)
    /// and only the words from one on are split out: what <see cref="Tokenizer.Words(ReadOnlySpan{char}, List{Token})"/>
    /// would give, word for word (a URL runs to the next space, so the words of a capital's run of non-space characters
    /// are read from that run's start). Most words of a body are in lower case and are never split out.
    /// </remarks>
    public void Find(ReadOnlySpan<char> text, List<Token> window, List<MentionAt> mentions)
    {
        mentions.Clear();
        Span<int> ends = _longest <= 64 ? stackalloc int[_longest] : new int[_longest]; // where each word of the window ends
        var at = 0; // between two words: every word before it is read
        var nonAscii = -1;
        while (NextCapital(text, at, ref nonAscii) is var capital and >= 0)
        {
            // The words from the capital's run on, up to the first that reaches past it: the capital's word, or the word
            // after a URL that held it.
            var i = at + text[at..capital].LastIndexOfAny(Spaces) + 1;
            Token word;
            do
            {
                if (!Tokenizer.NextWord(text, ref i, out word))
                {
                    return;
                }
            }
            while (i <= capital);

            at = i;
            if (!char.IsUpper(text[word.Start]) || !TryCandidates(word.In(text), out var candidates))
            {
                continue;
            }

            // The words a term could span, then the longest term they name.
            window.Clear();
            window.Add(word);
            ends[0] = i;
            while (window.Count < candidates[0].Words.Length && Tokenizer.NextWord(text, ref i, out var next))
            {
                ends[window.Count] = i;
                window.Add(next);
            }

            if (Find(candidates, text, window, 0) is not { } term)
            {
                continue;
            }

            var last = window[term.Words.Length - 1];
            if (term.Entity is { } entity)
            {
                mentions.Add(new MentionAt(entity, word.Start, last.Start + last.Length - word.Start));
            }

            at = ends[term.Words.Length - 1];
        }
    }

    /// <summary>The terms whose first word is <paramref name="word"/> (in any case), longest first.</summary>
    internal bool TryCandidates(ReadOnlySpan<char> word, out MentionTerm[] candidates) => _byFirstWord.TryGetValue(word, out candidates!);

    /// <summary>The first upper-case letter at or after <paramref name="from"/>, or -1; <paramref name="nonAscii"/> remembers where the next non-ASCII character is.</summary>
    private static int NextCapital(ReadOnlySpan<char> text, int from, ref int nonAscii)
    {
        var ascii = text[from..].IndexOfAnyInRange('A', 'Z') is var a and >= 0 ? from + a : text.Length;
        while (true)
        {
            if (nonAscii < from)
            {
                nonAscii = text[from..].IndexOfAnyExceptInRange('\0', '\x7f') is var n and >= 0 ? from + n : text.Length;
            }

            if (nonAscii >= ascii)
            {
                return ascii < text.Length ? ascii : -1;
            }

            if (char.IsUpper(text[nonAscii]))
            {
                return nonAscii;
            }

            from = nonAscii + 1;
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
