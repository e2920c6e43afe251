namespace Briefings.Tests.Fuzz;

/// <summary>A small valid site whose every file is a starting point for mutation: all kinds, references, wiki links.</summary>
internal static class Seeds
{
    public static readonly IReadOnlyList<(string Path, string Text)> Files =
    [
        ("site.yml", "title: Fuzz\nbase_url: https://example.org/fuzz/\ntopics:\n  counter-terrorism: Counter-terrorism\n"),
        ("articles/2018/talks.md", """
            ---
            title: "Pakistan, Russia concerned over growing IS threat"
            date: 2018-03-21
            source:
              name: The Wire
              url: https://example.org/story
            summary: Officials met in Islamabad.
            dateline: Islamabad
            countries: [pakistan, russia]
            groups: [islamic-state]
            meetings: [jwg-7]
            people: [sergey-lavrov]
            topics: [counter-terrorism]
            aliases: [/2018/03/talks/]
            ---
            The talks covered [[group:islamic-state|IS]] and [[country:afghanistan]].

            - See [[note:track]] and [the source](https://example.org/).
            """),
        ("notes/track.md", """
            ---
            title: What the talks mean
            date: 2018-04
            author: Analyst
            summary: A note.
            about: [talks]
            confidence: moderate
            countries: [pakistan]
            ---
            ## Assessment

            [[article:talks]] *matters* because **of** [[meeting:jwg-7]].
            """),
        ("meetings/jwg-7.md", """
            ---
            title: Seventh JWG on counter-terrorism
            date: 2018-03-20
            location: Islamabad
            host: pakistan
            series: jwg
            series_title: Joint Working Group
            number: 7
            countries: [russia]
            people: [sergey-lavrov]
            groups: [islamic-state]
            ---
            | Side | Lead |
            |---|---|
            | Russia | [[person:sergey-lavrov]] |
            """),
        ("groups/islamic-state.md", "---\nname: Islamic State\nkind: militant\naliases: [IS, ISIS, Daesh]\ncountries: [syria, iraq]\nsummary: A group.\n---\nBody.\n"),
        ("people/sergey-lavrov.md", "---\nname: Сергей Лавров\ncountry: russia\nrole: Foreign minister\naliases: [Lavrov]\n---\n"),
        ("countries/pakistan.md", "---\naliases: [Islamic Republic of Pakistan]\nsummary: A country.\n---\nProfile of [[country:pakistan]].\n"),
    ];
}
