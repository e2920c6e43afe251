using Briefings.Diagnostics;
using Briefings.Markdown;

namespace Briefings.Content;

/// <summary>Everything read from one file in <c>input/</c>: its identity, its body and where it came from.</summary>
internal abstract record ContentItem
{
    public required string Slug { get; init; }

    public required string SourcePath { get; init; }

    public required ParsedBody Body { get; init; }

    public abstract ContentKind Kind { get; }

    /// <summary>Written with <c>status: draft</c>: left out of the site unless drafts are asked for.</summary>
    public bool IsDraft { get; init; }

    /// <summary>Old paths of its page (<c>aliases:</c> of articles and notes), each redirected to it.</summary>
    public virtual IReadOnlyList<Located<string>> OldPaths => [];

    /// <summary>The name a reader sees in links and headings.</summary>
    public abstract string DisplayName { get; }

    public SourceLocation Location => SourceLocation.StartOf(SourcePath);

    /// <summary>Every wiki link it writes: its body's, and those of any other Markdown field (a month's entries).</summary>
    public virtual IEnumerable<WikiLinkUse> WikiLinks => Body.WikiLinks;
}

/// <summary>Content that happened at a time and tags entities: articles, notes and meetings.</summary>
internal abstract record DatedItem : ContentItem
{
    public required string Title { get; init; }

    public required PartialDate Date { get; init; }

    public required EntityRefs Refs { get; init; }

    public string? Summary { get; init; }

    /// <summary>Title and summary as written, with their places: mention advice reads them with the body.</summary>
    public IReadOnlyList<Located<string>> Prose { get; init; } = [];

    public MentionOptOut IgnoreMentions { get; init; } = MentionOptOut.None;

    public override string DisplayName => Title;
}
