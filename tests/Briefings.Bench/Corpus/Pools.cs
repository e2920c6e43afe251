using System.Globalization;
using Briefings.Countries;

namespace Briefings.Bench.Corpus;

/// <summary>The slugs a corpus draws from: real countries (common ones first), groups, people, meetings and topics.</summary>
internal static class Pools
{
    public const int CountryCount = 200;
    public const int GroupCount = 100;
    public const int PersonCount = 300;
    public const int MeetingCount = 500;

    /// <summary>The countries <c>gen_corpus.py</c> names, most covered first; all are built-in slugs.</summary>
    private static readonly string[] NamedCountries =
    [
        "pakistan", "russia", "china", "india", "iran", "afghanistan", "ukraine", "united-states", "turkey", "israel",
        "saudi-arabia", "egypt", "syria", "iraq", "north-korea", "south-korea", "japan", "germany", "france",
        "united-kingdom", "brazil", "mexico", "nigeria", "ethiopia", "sudan", "yemen", "libya", "venezuela", "colombia",
        "indonesia", "philippines", "vietnam", "myanmar", "bangladesh", "kazakhstan", "belarus", "poland", "qatar",
        "taiwan", "south-africa",
    ];

    private static readonly string[] NamedGroups =
    [
        "nato", "asean", "opec", "brics", "sco", "african-union", "g7", "g20", "european-union", "gcc", "quad", "aukus",
        "mercosur", "ecowas", "iaea", "who", "imf", "world-bank", "un-security-council", "arab-league",
    ];

    private static readonly string[] NamedMeetings =
    [
        "g20-summit-2023", "g20-summit-2024", "nato-summit-2023", "nato-summit-2024", "sco-summit-2024", "brics-summit-2024",
        "cop28", "cop29", "unga-78", "unga-79", "munich-security-conference-2024", "davos-2024", "shangri-la-dialogue-2024",
        "opec-plus-ministerial-2024", "asean-summit-2024", "au-summit-2024",
    ];

    public static readonly string[] Topics =
    [
        "border-talks", "grain-exports", "election-outlook", "sanctions-relief", "energy-pipeline", "naval-exercise",
        "debt-restructuring", "ceasefire-monitoring", "trade-corridor", "refugee-flows", "cyber-incident",
        "central-bank-policy", "water-dispute", "port-concession", "arms-procurement", "protest-movement",
        "cabinet-reshuffle", "drought-response", "mining-licences", "airspace-closure",
    ];

    private static readonly string[] FirstNames =
        ["amina", "boris", "carlos", "daria", "emeka", "farah", "gustav", "hana", "ivan", "jamal", "keiko", "luis", "mei", "nadia", "omar"];

    private static readonly string[] LastNames =
        ["abbasi", "bauer", "chen", "dlamini", "evans", "fofana", "garcia", "haddad", "ito", "jensen", "kovac", "lopez", "moreau", "novak"];

    public static List<string> Countries(CountryCatalog catalog) =>
        [.. NamedCountries.Concat(catalog.Slugs.Order(StringComparer.Ordinal).Except(NamedCountries)).Take(CountryCount)];

    public static List<string> Groups() => Fill(NamedGroups, "group", GroupCount);

    public static List<string> Meetings() => Fill(NamedMeetings, "meeting", MeetingCount);

    /// <summary><c>amina-abbasi-0</c>, …: a name per slug, unique by its number.</summary>
    public static List<string> People() =>
        [.. Enumerable.Range(0, PersonCount).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"{FirstNames[i % FirstNames.Length]}-{LastNames[i / FirstNames.Length % LastNames.Length]}-{i}"))];

    private static List<string> Fill(string[] named, string prefix, int size) =>
        [.. named.Concat(Enumerable.Range(named.Length, size - named.Length).Select(i => string.Create(CultureInfo.InvariantCulture, $"{prefix}-{i:000}")))];
}
