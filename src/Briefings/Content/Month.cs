using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>Which way a situation went in a month (CrisisWatch's arrows).</summary>
internal enum Trend
{
    Deteriorated,
    Improved,
    Unchanged,
}

/// <summary>What a trend entry warns of for the month ahead.</summary>
internal enum TrendAlert
{
    Risk,
    Opportunity,
}

/// <summary>One entry of a month: an entity, its trend, an optional alert, one line of Markdown and its sources.</summary>
internal sealed record TrendEntry(Ref Entity, Trend Trend, TrendAlert? Alert, Markdown.ParsedBody Text, IReadOnlyList<SourceCitation> Sources, SourceLocation Location);

/// <summary><c>months/&lt;yyyy-mm&gt;.md</c>: the month's trend entries and, as its body, the overview.</summary>
internal sealed record Month : ContentItem
{
    public required PartialDate Period { get; init; }

    public IReadOnlyList<TrendEntry> Entries { get; init; } = [];

    public override ContentKind Kind => ContentKind.Month;

    public override string DisplayName => Period.Display;

    /// <summary>The overview's wiki links and those of every entry's text.</summary>
    public override IEnumerable<Markdown.WikiLinkUse> WikiLinks => Body.WikiLinks.Concat(Entries.SelectMany(e => e.Text.WikiLinks));

    /// <summary><c>2019-11</c> → November 2019; null when the name is not a month.</summary>
    public static PartialDate? Parse(string slug) =>
        slug.Length == 7 && slug[4] == '-' && PartialDate.TryParse(slug, out var date, out _) && date.Month is not null ? date : null;
}
