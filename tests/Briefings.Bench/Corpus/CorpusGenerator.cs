using System.Globalization;
using Briefings.Content;
using Briefings.Countries;

namespace Briefings.Bench.Corpus;

/// <summary>What a generated corpus holds.</summary>
internal sealed record CorpusStats(int Articles, int Notes, int Events, int Meetings, int Groups, int People, int Files)
{
    public int Relations { get; init; }

    public int Months { get; init; }
}

/// <summary>
/// A synthetic <c>input/</c> folder: N articles, N/10 notes and N/5 events, plus every group, person and meeting they reference,
/// with real built-in country slugs, Zipf-skewed tags (a few countries are in most articles) and ~600-word bodies.
/// Deterministic: the same N and seed give byte-identical files. Valid: <c>briefings check</c> reports nothing.
/// </summary>
internal sealed class CorpusGenerator(int articles, int seed)
{
    private static readonly DateOnly Start = new(2015, 1, 1);
    private static readonly int Span = new DateOnly(2025, 12, 31).DayNumber - Start.DayNumber;
    private static readonly string[] Sources =
        ["Field report", "Open-source monitoring", "Wire digest", "Embassy cable summary", "Press review", "Think-tank briefing", "Satellite imagery review", "Partner liaison"];

    private static readonly string[] Verbs = ["stall", "advance", "collapse", "resume", "widen", "narrow", "shift", "harden", "soften", "stabilise", "escalate", "ease"];
    private static readonly string[] Qualifiers =
        ["amid pressure", "after talks", "before summit", "despite warnings", "under new rules", "as markets react", "following vote", "with partners", "in second round", "ahead of deadline"];

    private static readonly string[] GroupKinds = ["alliance", "international-organization", "militant", "government-body", "other"];
    private static readonly string[] Roles = ["Foreign minister", "Defence minister", "Envoy", "Central bank governor", "Opposition leader", "Security adviser"];
    private static readonly string[] Authors = ["R. Malik", "S. Okafor", "J. Lindqvist", "T. Nakamura", "M. Duarte"];
    private static readonly string[] Confidences = ["low", "moderate", "high"];

    private readonly Random _rng = new(seed);
    private readonly CountryCatalog _catalog = CountryCatalog.Default;

    public CorpusStats Write(string root)
    {
        foreach (var folder in new[] { "articles", "notes", "events", "meetings", "groups", "people", "countries", "months" })
        {
            var path = Path.Combine(root, folder);
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }

        var countries = new Zipf(Pools.Countries(_catalog), 1.0);
        var groups = new Zipf(Pools.Groups(), 0.9);
        var meetings = new Zipf(Pools.Meetings(), 0.7);
        var people = new Zipf(Pools.People(), 0.8);
        var topics = new Zipf(Pools.Topics, 1.0);
        var writer = new CorpusWriter(root);
        writer.WriteText("site.yml", "title: Briefings benchmark\ndescription: A synthetic corpus for timing builds.\nbase_url: https://example.org/briefings/\nlanguage: en\n");
        var entities = new Dictionary<string, Document>(StringComparer.Ordinal);
        WriteGroups(entities, groups.Items, countries);
        WritePeople(entities, people.Items, countries);
        WriteMeetings(entities, meetings.Items, countries, groups, people);
        var written = WriteArticles(writer, countries, groups, meetings, people, topics);
        var notes = WriteNotes(writer, written);
        var events = WriteEvents(writer, written, countries, groups, people);
        var (used, relations) = WriteReferenced(writer, entities, written.SelectMany(a => a.References).Concat(events), new Random(seed + 1));
        var months = WriteMonths(writer, countries, new Random(seed + 2));
        return new CorpusStats(written.Count, notes, written.Count / 5, used["meetings"], used["groups"], used["people"], writer.Files) { Relations = relations, Months = months };
    }

    /// <summary>A file not written yet: only the groups, people and meetings that articles reference are.</summary>
    private sealed record Document(string Path, IReadOnlyList<string> FrontMatter, string Body, IReadOnlyList<string> References);

    private static readonly string[] GroupRelations = ["splinter-of", "affiliate-of", "member-of", "rival-of", "ally-of"];
    private static readonly string[] Trends = ["deteriorated", "improved", "unchanged"];

    /// <summary>
    /// Writes the referenced meetings, then the groups and people that articles or those meetings reference, with
    /// relations between them: each group up to three to groups after it (so no pair is written twice), each person
    /// leading or belonging to a group, with dates.
    /// </summary>
    private static (Dictionary<string, int> Used, int Relations) WriteReferenced(CorpusWriter writer, Dictionary<string, Document> entities, IEnumerable<string> references, Random rng)
    {
        var wanted = new SortedSet<string>(references.Where(entities.ContainsKey), StringComparer.Ordinal);
        foreach (var meeting in wanted.Where(r => r.StartsWith("meetings/", StringComparison.Ordinal)).ToList())
        {
            wanted.UnionWith(entities[meeting].References);
        }

        var groups = wanted.Where(w => w.StartsWith("groups/", StringComparison.Ordinal)).Select(w => w["groups/".Length..]).ToList();
        var relations = 0;
        foreach (var key in wanted)
        {
            var doc = entities[key];
            var lines = new List<string>(doc.FrontMatter);
            var related = new List<string>();
            if (key.StartsWith("groups/", StringComparison.Ordinal))
            {
                var at = groups.IndexOf(key["groups/".Length..]);
                var others = groups.Skip(at + 1).ToList();
                foreach (var other in Enumerable.Range(0, Math.Min(others.Count, rng.Next(0, 4))).Select(_ => others[rng.Next(others.Count)]).Distinct())
                {
                    related.Add($"  - {{type: {GroupRelations[rng.Next(GroupRelations.Length)]}, with: group:{other}, from: {2000 + rng.Next(20)}}}");
                }
            }
            else if (key.StartsWith("people/", StringComparison.Ordinal) && groups.Count > 0 && rng.Next(3) > 0)
            {
                var from = 2005 + rng.Next(15);
                related.Add($"  - {{type: {(rng.Next(2) == 0 ? "leader-of" : "member-of")}, with: group:{groups[rng.Next(groups.Count)]}, from: {from}-{1 + rng.Next(12):00}, to: {from + 1 + rng.Next(6)}}}");
            }

            if (related.Count > 0)
            {
                lines.Add("relations:");
                lines.AddRange(related);
                relations += related.Count;
            }

            writer.Write(doc.Path, lines, doc.Body);
        }

        return (new[] { "meetings", "groups", "people" }.ToDictionary(k => k, k => wanted.Count(w => w.StartsWith(k + "/", StringComparison.Ordinal))), relations);
    }

    /// <summary>Monthly briefings for the corpus's last two years: six trend entries each, on countries, with graded sources.</summary>
    private static int WriteMonths(CorpusWriter writer, Zipf countries, Random rng)
    {
        var months = 0;
        for (var year = 2024; year <= 2025; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                var entities = countries.PickDistinct(rng, 6).Select(c => "country:" + c).ToList();
                var lines = new List<string> { "entries:" };
                foreach (var entity in entities)
                {
                    lines.Add($"  - entity: {entity}");
                    lines.Add($"    trend: {Trends[rng.Next(Trends.Length)]}");
                    if (rng.Next(5) == 0)
                    {
                        lines.Add("    alert: risk");
                    }

                    lines.Add("    text: " + CorpusWriter.Quote(Prose.Sentence(rng, 8, 16)));
                    lines.Add("    sources:");
                    lines.Add($"      - {{name: Field report, date: {year}-{month:00}, grade: {"ABC"[rng.Next(3)]}{1 + rng.Next(3)}}}");
                }

                writer.Write(string.Create(CultureInfo.InvariantCulture, $"months/{year}-{month:00}.md"), lines, Prose.ShortBody(rng));
                months++;
            }
        }

        return months;
    }

    private static string[] Keys(string folder, IEnumerable<string> slugs) => [.. slugs.Select(s => folder + "/" + s)];

    private void WriteGroups(Dictionary<string, Document> entities, IReadOnlyList<string> slugs, Zipf countries)
    {
        for (var i = 0; i < slugs.Count; i++)
        {
            entities["groups/" + slugs[i]] = new($"groups/{slugs[i]}.md",
            [
                "name: " + CorpusWriter.Quote(Prose.Title(slugs[i])),
                "kind: " + GroupKinds[i % GroupKinds.Length],
                "countries: " + CorpusWriter.List(countries.PickDistinct(_rng, _rng.Next(1, 3))),
                "summary: " + CorpusWriter.Quote(Prose.Sentence(_rng, 6, 12)),
            ], Prose.ShortBody(_rng), []);
        }
    }

    private void WritePeople(Dictionary<string, Document> entities, IReadOnlyList<string> slugs, Zipf countries)
    {
        foreach (var slug in slugs)
        {
            entities["people/" + slug] = new($"people/{slug}.md",
            [
                "name: " + CorpusWriter.Quote(Prose.Title(slug[..slug.LastIndexOf('-')]) + " " + slug[(slug.LastIndexOf('-') + 1)..]),
                "country: " + countries.Pick(_rng),
                "role: " + Roles[_rng.Next(Roles.Length)],
                "summary: " + CorpusWriter.Quote(Prose.Sentence(_rng, 6, 12)),
            ], "", []);
        }
    }

    /// <summary>Meetings 100–199 form 20 numbered series of five; the rest stand alone.</summary>
    private void WriteMeetings(Dictionary<string, Document> entities, IReadOnlyList<string> slugs, Zipf countries, Zipf groups, Zipf people)
    {
        for (var i = 0; i < slugs.Count; i++)
        {
            var host = countries.Pick(_rng);
            var taggedGroups = groups.PickDistinct(_rng, _rng.Next(0, 3));
            var taggedPeople = people.PickDistinct(_rng, _rng.Next(0, 3));
            var lines = new List<string>
            {
                "title: " + CorpusWriter.Quote(Prose.Title(slugs[i])),
                "date: " + Date(i is >= 100 and < 200 ? 2016 + ((i - 100) % 5 * 2) : 0),
                "location: " + CorpusWriter.Quote(Capital(host) ?? Prose.Title(host)),
                "host: " + host,
                "countries: " + CorpusWriter.List(countries.PickDistinct(_rng, _rng.Next(1, 4)).Where(c => c != host)),
                "groups: " + CorpusWriter.List(taggedGroups),
                "people: " + CorpusWriter.List(taggedPeople),
                "summary: " + CorpusWriter.Quote(Prose.Sentence(_rng, 8, 14)),
            };
            if (i is >= 100 and < 200)
            {
                var series = (i - 100) / 5;
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"series: joint-working-group-{series:00}"));
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"series_title: \"Joint Working Group {series:00}\""));
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"number: {(i - 100) % 5 + 1}"));
            }

            entities["meetings/" + slugs[i]] = new($"meetings/{slugs[i]}.md", lines, Prose.ShortBody(_rng), [.. Keys("groups", taggedGroups), .. Keys("people", taggedPeople)]);
        }
    }

    private List<(string Slug, List<string> Countries, string[] References)> WriteArticles(CorpusWriter writer, Zipf countries, Zipf groups, Zipf meetings, Zipf people, Zipf topics)
    {
        var written = new List<(string Slug, List<string> Countries, string[] References)>(articles);
        var slugs = new List<string>(articles);
        for (var i = 0; i < articles; i++)
        {
            var country = countries.Pick(_rng);
            var name = _catalog.Find(country)!.Name;
            var topic = Pools.Topics[_rng.Next(Pools.Topics.Length)].Replace('-', ' ');
            var title = string.Create(CultureInfo.InvariantCulture, $"Briefing {i:00000}: {name} {topic} {Verbs[_rng.Next(Verbs.Length)]} {Qualifiers[_rng.Next(Qualifiers.Length)]}");
            var slug = string.Create(CultureInfo.InvariantCulture, $"b{i:00000}-{Slug.FromTitle(name + " " + topic)}");
            var date = Date(0);
            var tags = new List<string> { country };
            tags.AddRange(countries.PickDistinct(_rng, _rng.Next(1, 5)).Where(c => c != country));
            tags = [.. tags.Take(4)];
            var lines = new List<string>
            {
                "title: " + CorpusWriter.Quote(title),
                "date: " + date,
                "source:",
                "  name: " + Sources[_rng.Next(Sources.Length)],
                string.Create(CultureInfo.InvariantCulture, $"  url: https://example.org/wire/{i:00000}"),
                "summary: " + CorpusWriter.Quote($"Update on the {topic} in {name}; {Prose.Sentence(_rng, 6, 10).ToLowerInvariant()[..^1]}"),
            };
            if (_rng.NextDouble() < 0.5 && Capital(country) is { } capital)
            {
                lines.Add("dateline: " + CorpusWriter.Quote(capital));
            }

            lines.Add("countries: " + CorpusWriter.List(tags));
            var taggedGroups = groups.PickDistinct(_rng, _rng.Next(0, 4));
            var taggedMeetings = meetings.PickDistinct(_rng, _rng.NextDouble() < 0.5 ? 1 : 0);
            var taggedPeople = people.PickDistinct(_rng, _rng.Next(0, 3));
            lines.Add("groups: " + CorpusWriter.List(taggedGroups));
            lines.Add("meetings: " + CorpusWriter.List(taggedMeetings));
            lines.Add("people: " + CorpusWriter.List(taggedPeople));
            lines.Add("topics: " + CorpusWriter.List(topics.PickDistinct(_rng, _rng.Next(0, 3))));
            writer.Write($"articles/{date[..4]}/{slug}.md", lines, Prose.ArticleBody(_rng, slugs));
            written.Add((slug, tags, [.. Keys("groups", taggedGroups), .. Keys("meetings", taggedMeetings), .. Keys("people", taggedPeople)]));
            slugs.Add(slug);
        }

        return written;
    }

    private int WriteNotes(CorpusWriter writer, List<(string Slug, List<string> Countries, string[] References)> written)
    {
        var count = written.Count / 10;
        for (var j = 0; j < count; j++)
        {
            var about = Enumerable.Range(0, _rng.Next(1, 4)).Select(_ => written[_rng.Next(written.Count)]).DistinctBy(a => a.Slug).ToList();
            var countries = about.SelectMany(a => a.Countries.Take(2)).Distinct(StringComparer.Ordinal).Take(3).ToList();
            var topic = Pools.Topics[_rng.Next(Pools.Topics.Length)];
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"notes/n{j:0000}-{topic}.md"),
            [
                "title: " + CorpusWriter.Quote(string.Create(CultureInfo.InvariantCulture, $"Analyst note {j:0000}: {topic.Replace('-', ' ')}")),
                "date: " + Date(0),
                "author: " + CorpusWriter.Quote(Authors[_rng.Next(Authors.Length)]),
                "summary: " + CorpusWriter.Quote(Prose.Sentence(_rng, 8, 14)),
                "confidence: " + Confidences[_rng.Next(Confidences.Length)],
                "about: " + CorpusWriter.List(about.Select(a => a.Slug)),
                "countries: " + CorpusWriter.List(countries),
            ], Prose.NoteBody(_rng, [.. about.Select(a => a.Slug)], countries));
        }

        return count;
    }

    private static readonly string[] EventTypes = ["attack", "attack", "clash", "arrest", "exercise", "agreement", "statement", "sanction", "visit", "other"];
    private static readonly string[] Precisions = ["exact", "near", "region"];
    private static readonly string[] Grades = ["A1", "B2", "B3", "C2", "C3", "D4", "F6"];

    /// <summary>
    /// N/5 events, each naming a country (Zipf-skewed like the articles), its actors, some people and one or two of the
    /// articles; attacks and clashes have casualties and half the attacks are claimed by a militant group (every fifth
    /// group of the pool from the third is militant). Returns the groups and people they reference.
    /// </summary>
    private List<string> WriteEvents(CorpusWriter writer, List<(string Slug, List<string> Countries, string[] References)> written, Zipf countries, Zipf groups, Zipf people)
    {
        var militant = groups.Items.Where((_, i) => i % GroupKinds.Length == 2).ToArray();
        var references = new List<string>();
        for (var j = 0; j < written.Count / 5; j++)
        {
            var type = EventTypes[_rng.Next(EventTypes.Length)];
            var country = countries.Pick(_rng);
            var name = _catalog.Find(country)!.Name;
            var date = Date(0);
            var lines = new List<string>
            {
                "title: " + CorpusWriter.Quote(string.Create(CultureInfo.InvariantCulture, $"Event {j:00000}: {type} in {name}")),
                "date: " + date,
                "type: " + type,
                "country: " + country,
                "summary: " + CorpusWriter.Quote(Prose.Sentence(_rng, 8, 14)),
            };
            if (_rng.NextDouble() < 0.7)
            {
                lines.Add("location: " + CorpusWriter.Quote(Capital(country) ?? name));
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"coordinates: [{_rng.NextDouble() * 140 - 60:0.####}, {_rng.NextDouble() * 360 - 180:0.####}]"));
                lines.Add("precision: " + Precisions[_rng.Next(Precisions.Length)]);
            }

            var taggedGroups = groups.PickDistinct(_rng, _rng.Next(0, 3));
            var claimed = type == "attack" && _rng.NextDouble() < 0.5 ? new[] { militant[_rng.Next(militant.Length)] } : [];
            var taggedPeople = people.PickDistinct(_rng, _rng.Next(0, 2));
            lines.Add("groups: " + CorpusWriter.List(taggedGroups));
            lines.Add("countries: " + CorpusWriter.List(countries.PickDistinct(_rng, _rng.Next(0, 3)).Where(c => c != country)));
            lines.Add("claimed_by: " + CorpusWriter.List(claimed));
            lines.Add("people: " + CorpusWriter.List(taggedPeople));
            if (type is "attack" or "clash")
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"fatalities: {_rng.Next(0, 40)}"));
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"injured: {_rng.Next(0, 90)}"));
            }

            lines.Add("status: " + (claimed.Length > 0 ? "claimed" : _rng.NextDouble() < 0.1 ? "disputed" : "confirmed"));
            lines.Add("sources:");
            for (var k = _rng.Next(1, 4); k > 0; k--)
            {
                lines.Add("  - name: " + Sources[_rng.Next(Sources.Length)]);
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"    url: https://example.org/events/{j:00000}/{k}"));
                lines.Add("    date: " + date);
                lines.Add("    grade: " + Grades[_rng.Next(Grades.Length)]);
            }

            lines.Add("articles: " + CorpusWriter.List(Enumerable.Range(0, _rng.Next(1, 3)).Select(_ => written[_rng.Next(written.Count)].Slug).Distinct(StringComparer.Ordinal)));
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"events/{date[..4]}/e{j:00000}-{type}.md"), lines, Prose.ShortBody(_rng));
            references.AddRange(Keys("groups", [.. taggedGroups, .. claimed]));
            references.AddRange(Keys("people", taggedPeople));
        }

        return references;
    }

    private string? Capital(string country) => _catalog.Find(country)?.Capitals is [var first, ..] ? first : null;

    /// <summary>A day from 2015 to 2025 (one date in twenty known only to the month), or a day in <paramref name="year"/>.</summary>
    private string Date(int year)
    {
        var day = year > 0 ? new DateOnly(year, 1, 1).AddDays(_rng.Next(0, 365)) : Start.AddDays(_rng.Next(0, Span + 1));
        return _rng.NextDouble() < 0.05
            ? day.ToString("yyyy-MM", CultureInfo.InvariantCulture)
            : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
