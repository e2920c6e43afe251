using Briefings.Advice;
using Briefings.Content;
using Briefings.Countries;
using Briefings.Diagnostics;
using Briefings.Markdown;
using CsCheck;

namespace Briefings.Tests.Unit;

public sealed class MentionMatcherTests
{
    private static readonly MentionMatcher Matcher = MentionMatcher.For(
        CountryCatalog.Default,
        [],
        [Group("islamic-state", "Islamic State", "IS", "ISIS", "Da'esh"), Group("nato", "NATO", "North Atlantic Treaty Organization")],
        [Person("sergey-lavrov", "Sergey Lavrov")]);

    [Theory]
    [InlineData("The IS group claimed it.", "group:islamic-state")]
    [InlineData("This is what it is.", "")]
    [InlineData("IS’s fighters", "group:islamic-state")]
    [InlineData("Da'esh and Da’esh", "group:islamic-state group:islamic-state")]
    [InlineData("criticised the US and Nato", "country:united-states group:nato")]
    [InlineData("Let us talk to us.", "")]
    [InlineData("Pakistani and Russian officials", "country:pakistan country:russia")]
    [InlineData("ISLAMABAD: talks", "country:pakistan")]
    [InlineData("the Pakistan-Russia group", "country:pakistan country:russia")]
    [InlineData("a turkey for dinner; Indiana; Omaha", "")]
    [InlineData("South Sudan, then Sudan", "country:south-sudan country:sudan")]
    [InlineData("across Latin America", "")]
    [InlineData("Latin American and North American markets, then American troops", "country:united-states")]
    [InlineData("the Islamic State in the Islamic Republic of Afghanistan", "group:islamic-state country:afghanistan")]
    [InlineData("Sergey Lavrov said; Lavrov added", "person:sergey-lavrov")]
    [InlineData("see https://example.com/Pakistan for more", "")]
    public void Should_find_exactly_the_named_entities_When_reading_running_text(string text, string expected)
    {
        // When
        var found = Matcher.Find(text).Select(m => m.Entity.ToString());

        // Then
        Assert.Equal(expected, string.Join(' ', found));
    }

    [Fact]
    public void Should_report_where_each_mention_starts_and_how_it_was_written()
    {
        // When
        var mention = Assert.Single(Matcher.Find("Talks in Moscow."));

        // Then
        Assert.Equal((9, 6, "Moscow", "country:russia"), (mention.Start, mention.Length, mention.Written, mention.Entity.ToString()));
    }

    [Fact]
    public void Should_find_what_reading_every_word_finds_When_the_text_is_random()
    {
        // Given: texts of names, aliases, acronyms, plain words, URLs, apostrophes and odd spaces, glued or apart
        string[] pieces =
        [
            "Pakistan", "pakistan", "PAKISTAN", "Pakistan's", "Pakistan’s", "South Sudan", "South", "Sudan", "Islamic State",
            "Islamic Republic of Afghanistan", "Islamic Republic of", "IS", "Is", "is", "IS’s", "ISIS", "Isis", "NATO", "Nato",
            "North Atlantic Treaty Organization", "North Atlantic", "Da'esh", "Da’esh", "Sergey Lavrov", "Sergey", "Lavrov",
            "Latin America", "American", "Ürümqi", "Éire", "Côte d'Ivoire", "Côte d’Ivoire", "d'Ivoire", "iPhone", "McKinsey",
            "Åland Islands", "Åland", "åland", "Mariehamn", "Moscow", "Islamabad", "ISLAMABAD", "US", "us", "talks", "the", "of", "2024", "9Pakistan", "x'Pakistan",
            "https://example.com/Pakistan", "http://x.org/Russia?a=B", "www.Russia.ru", "(https://a.b/Iran)", "<www.Iran.ir>",
            "hTTps://Iran.ir", "a.https://Iran", ".", ",", "-", "(", ")", "'", "’", "<", "", "s", "'s",
        ];
        string[] gaps = [" ", " ", " ", "", "\n", "\u00A0", "\t", ", ", "-", "(", "'", "’"];
        var texts = Gen.Select(Gen.Int[0, pieces.Length - 1], Gen.Int[0, gaps.Length - 1]).Array[0, 24]
            .Select(parts => string.Concat(parts.Select(p => pieces[p.Item1] + gaps[p.Item2])));

        // Then: the capital-to-capital reading finds the same mentions, at the same places, as reading every word
        var found = 0;
        texts.Sample(text =>
        {
            var expected = EveryWord(text);
            var actual = Matcher.Find(text).Select(m => (m.Entity.ToString(), m.Start, m.Length)).ToList();
            Assert.Equal(expected, actual);
            Interlocked.Add(ref found, actual.Count);
        }, iter: 20_000, print: text => text);
        Assert.True(found > 20_000, $"only {found} mentions in 20,000 texts"); // the texts do name entities
    }

    /// <summary>The plain reading: split every word out, then take the longest term at each capital.</summary>
    private static List<(string Entity, int Start, int Length)> EveryWord(string text)
    {
        var tokens = Tokenizer.Words(text);
        var found = new List<(string, int, int)>();
        for (var i = 0; i < tokens.Count;)
        {
            var term = char.IsUpper(text[tokens[i].Start]) && Matcher.TryCandidates(tokens[i].In(text), out var candidates)
                ? candidates.FirstOrDefault(c => c.Matches(text, tokens, i))
                : null;
            if (term is null)
            {
                i++;
                continue;
            }

            var last = tokens[i + term.Words.Length - 1];
            if (term.Entity is { } entity)
            {
                found.Add((entity.ToString(), tokens[i].Start, last.Start + last.Length - tokens[i].Start));
            }

            i += term.Words.Length;
        }

        return found;
    }

    private static Group Group(string slug, string name, params string[] aliases) =>
        new() { Slug = slug, SourcePath = $"groups/{slug}.md", Body = EmptyBody(), Name = name, GroupKind = GroupKind.Other, Aliases = aliases };

    private static Person Person(string slug, string name) =>
        new() { Slug = slug, SourcePath = $"people/{slug}.md", Body = EmptyBody(), Name = name };

    private static ParsedBody EmptyBody() => MarkdownParser.Parse("", "x.md", 1, new DiagnosticBag());
}
