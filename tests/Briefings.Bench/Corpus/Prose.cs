using System.Globalization;
using System.Text;

namespace Briefings.Bench.Corpus;

/// <summary>Filler prose for synthetic bodies: the word lists and paragraph shapes of <c>gen_corpus.py</c>.</summary>
internal static class Prose
{
    private static readonly string[] Words = (
        "analysts officials ministry delegation border security agreement economy "
        + "inflation currency reserves pipeline corridor port shipping tariffs exports "
        + "imports sanctions negotiation framework coalition parliament opposition "
        + "election turnout campaign reform budget deficit subsidy fuel grain harvest "
        + "drought rainfall province capital region district militia patrol ceasefire "
        + "observers mission envoy summit communique statement briefing assessment "
        + "indicator signal trend risk outlook scenario baseline escalation deterrence "
        + "alliance partner neighbour rival investment loan creditor bondholders "
        + "restructuring lender agency report survey data estimate forecast quarter "
        + "month week spokesman cabinet decree court ruling protest strike union "
        + "labour industry energy grid outage refinery tanker freight rail highway "
        + "airport airspace exercise drills fleet frigate drone satellite imagery "
        + "channel backchannel talks proposal draft clause amendment vote majority "
        + "minority faction leadership succession governor mayor council audit "
        + "transparency corruption inquiry media coverage narrative sentiment").Split(' ');

    private static readonly string[] Filler = "the a of to in on and with for by from at as that this its their".Split(' ');

    private static readonly string[] Headings =
        ["Background", "Key developments", "Assessment", "Outlook", "Regional reaction", "Indicators to watch", "Economic impact"];

    public static string Word(Random rng) => Words[rng.Next(Words.Length)];

    public static string Sentence(Random rng, int min = 8, int max = 18)
    {
        var n = rng.Next(min, max + 1);
        var words = new string[n];
        for (var i = 0; i < n; i++)
        {
            words[i] = i % 3 == 1 ? Filler[rng.Next(Filler.Length)] : Word(rng);
        }

        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words) + ".";
    }

    public static List<string> Sentences(Random rng, int count) => [.. Enumerable.Range(0, count).Select(_ => Sentence(rng))];

    /// <summary>About 600 words: three <c>##</c> sections, a list, a blockquote, links and emphasis.</summary>
    public static string ArticleBody(Random rng, IReadOnlyList<string> earlierArticles)
    {
        var headings = Headings.OrderBy(_ => rng.Next()).Take(3).ToArray();
        var parts = new List<string>
        {
            Join(Emphasise(rng, Sentences(rng, 6))),
            "## " + headings[0],
            Join(Link(rng, Sentences(rng, 6), earlierArticles)),
            Join(Sentences(rng, 5)),
            "## " + headings[1],
            string.Join('\n', Enumerable.Range(0, rng.Next(3, 6)).Select(_ => "- " + Sentence(rng, 5, 10))),
            Join(Sentences(rng, 5)),
            "> " + Sentence(rng, 12, 20) + " " + Sentence(rng, 8, 14),
            "## " + headings[2],
            Join(Sentences(rng, 6)),
            Join(Sentences(rng, 6)),
            Join(Sentences(rng, 5)),
        };
        return string.Join("\n\n", parts) + "\n";
    }

    /// <summary>A note body: paragraphs that cross-link with wiki links, and a short list.</summary>
    public static string NoteBody(Random rng, IReadOnlyList<string> aboutArticles, IReadOnlyList<string> countries)
    {
        var first = Sentences(rng, 4);
        first[^1] = first[^1][..^1] + $" (see [[article:{aboutArticles[0]}]]).";
        var second = Sentences(rng, 4);
        if (countries.Count > 0)
        {
            second[0] = second[0][..^1] + $", notably in [[country:{countries[0]}]].";
        }

        var list = "- " + Sentence(rng, 5, 9) + "\n- " + Sentence(rng, 5, 9);
        return string.Join("\n\n", Join(first), Join(second), list) + "\n";
    }

    public static string ShortBody(Random rng) => Join(Sentences(rng, 3)) + "\n";

    private static string Join(IEnumerable<string> sentences) => string.Join(' ', sentences);

    private static List<string> Emphasise(Random rng, List<string> sentences)
    {
        Decorate(rng, sentences, "*");
        Decorate(rng, sentences, "**");
        return sentences;
    }

    private static void Decorate(Random rng, List<string> sentences, string marker)
    {
        var i = rng.Next(sentences.Count);
        var words = sentences[i].Split(' ');
        var j = rng.Next(1, words.Length - 1);
        words[j] = marker + words[j] + marker;
        sentences[i] = string.Join(' ', words);
    }

    private static List<string> Link(Random rng, List<string> sentences, IReadOnlyList<string> earlierArticles)
    {
        var external = string.Create(CultureInfo.InvariantCulture, $"[{Word(rng)} {Word(rng)}](https://example.org/reports/{rng.Next(1000, 10000)})");
        sentences[0] = sentences[0][..^1] + ", see " + external + ".";
        sentences[^1] = earlierArticles.Count > 0
            ? sentences[^1][..^1] + $" (compare [the earlier briefing](/articles/{earlierArticles[rng.Next(earlierArticles.Count)]}/))."
            : sentences[^1][..^1] + " (see [the archive](/)).";
        return sentences;
    }

    public static string Title(string slug)
    {
        var sb = new StringBuilder(slug.Length);
        foreach (var part in slug.Split('-'))
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(char.ToUpperInvariant(part[0])).Append(part[1..]);
        }

        return sb.ToString();
    }
}
