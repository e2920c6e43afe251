using Briefings.Advice;
using Briefings.Content;
using Briefings.Countries;
using Briefings.Diagnostics;
using Briefings.Markdown;

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

    private static Group Group(string slug, string name, params string[] aliases) =>
        new() { Slug = slug, SourcePath = $"groups/{slug}.md", Body = EmptyBody(), Name = name, GroupKind = GroupKind.Other, Aliases = aliases };

    private static Person Person(string slug, string name) =>
        new() { Slug = slug, SourcePath = $"people/{slug}.md", Body = EmptyBody(), Name = name };

    private static ParsedBody EmptyBody() => MarkdownParser.Parse("", "x.md", 1, new DiagnosticBag());
}
