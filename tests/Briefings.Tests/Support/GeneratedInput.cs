using System.Globalization;

namespace Briefings.Tests.Support;

/// <summary>
/// A larger input made by rule, not by chance: 180 articles, 70 notes and 50 meetings (300 dated items) with dates
/// known to the year, the month or the day, many of them equal; repeated titles; shared countries, groups, people,
/// topics and meeting series; wiki links and aliases. Enough for order and parallelism to matter.
/// </summary>
internal static class GeneratedInput
{
    public const int Articles = 180;
    public const int Notes = 70;
    public const int Meetings = 50;

    private static readonly string[] Countries =
        ["pakistan", "russia", "afghanistan", "china", "india", "iran", "united-states", "turkey", "saudi-arabia", "france"];

    private static readonly string[] Topics =
        ["counter-terrorism", "energy", "trade", "foreign-fighters", "sanctions", "border-security", "diplomacy", "finance"];

    private static readonly string[] GroupKinds = ["militant", "alliance", "international-organization", "government-body", "other"];

    public static TestSite Write(TestSite site)
    {
        for (var g = 0; g < 20; g++)
        {
            site.With($"groups/group-{g}.md", Files.Group($"Group {g % 15}", GroupKinds[g % GroupKinds.Length], $"countries: [{Pick(Countries, g, 2)}]"));
        }

        for (var p = 0; p < 30; p++)
        {
            site.With($"people/person-{p}.md", Files.Person($"Person {p % 25}", $"country: {Countries[p % Countries.Length]}\nrole: Envoy {p}"));
        }

        for (var m = 0; m < Meetings; m++)
        {
            site.With($"meetings/meeting-{m}.md", Files.Meeting($"Meeting {m % 40}", Date(m * 3), $"""
                host: {Countries[m % Countries.Length]}
                series: series-{m % 5}
                series_title: Series {m % 5}
                number: {m / 5 + 1}
                countries: [{Pick(Countries, m, 2)}]
                groups: [group-{m % 20}]
                people: [person-{m % 30}, person-{(m + 7) % 30}]
                summary: Meeting {m}.
                """));
        }

        for (var a = 0; a < Articles; a++)
        {
            var aliases = a % 10 == 0 ? $"\naliases: [old/articles/{a}/, /archive/{2001 + a % 20}/story-{a}.html]" : "";
            site.With($"articles/{2001 + a % 20}/story-{a}.md", Files.Article($"Story {a % 150}", Date(a * 7), $"""
                dateline: City {a % 12}
                countries: [{Pick(Countries, a, 1 + a % 3)}]
                groups: [group-{a % 20}, group-{(a * 3 + 1) % 20}]
                people: [person-{a % 30}]
                topics: [{Pick(Topics, a, 1 + a % 2)}]
                {(a % 2 == 0 ? $"meetings: [meeting-{a % Meetings}]" : "")}{aliases}
                """,
                $"About [[country:{Countries[a % Countries.Length]}]] and [[group:group-{a % 20}|the group]].\n\n- *one*\n- **two**\n"));
        }

        for (var n = 0; n < Notes; n++)
        {
            var aliases = n % 7 == 0 ? $"\naliases: [old/notes/{n}/]" : "";
            site.With($"notes/note-{n}.md", Files.Note($"Note {n % 60}", Date(n * 11), $"""
                about: [story-{n}, story-{(n * 5) % Articles}]
                countries: [{Pick(Countries, n + 3, 2)}]
                people: [person-{n % 30}]
                topics: [{Topics[n % Topics.Length]}]{aliases}
                """,
                $"See [[article:story-{n}]], [[meeting:meeting-{n % Meetings}]] and [[note:note-{(n + 1) % Notes}]]."));
        }

        return site;
    }

    /// <summary>Dates from 2001 to 2020, a third known to the year, a third to the month, a third to the day.</summary>
    private static string Date(int i)
    {
        var year = 2001 + i % 20;
        var month = 1 + i % 12;
        var day = 1 + i % 28;
        return (i % 3) switch
        {
            0 => year.ToString(CultureInfo.InvariantCulture),
            1 => $"{year}-{month:00}",
            _ => $"{year}-{month:00}-{day:00}",
        };
    }

    private static string Pick(string[] from, int start, int count) =>
        string.Join(", ", Enumerable.Range(0, count).Select(i => from[(start + i * 3) % from.Length]).Distinct());
}
