using Briefings.Content;
using Briefings.Linking;

namespace Briefings.Importing;

/// <summary>An entity found in the text: its slug, and each way it was written with how often.</summary>
internal sealed record DetectedEntity(EntityKey Key, IReadOnlyList<(string Written, int Count)> Forms, string? Reason = null);

/// <summary>Where a value came from, for the import report ("first line", "--date", "URL path", "not found").</summary>
internal sealed record Detected<T>(T? Value, string Reason);

/// <summary>A topic of the site that the text seems to be about, with why.</summary>
internal sealed record TopicSuggestion(string Slug, string Reason);

/// <summary>A person or organisation the text names that the site has no page for, and the command that would add one.</summary>
internal sealed record UnknownName(string Name, string Kind, string Command);

/// <summary>A raw article turned into a draft: every field, what it was detected from, and what was removed.</summary>
internal sealed record ImportedArticle
{
    public required string Title { get; init; }

    /// <summary>Where the title came from: "first line", "og:title", "JSON-LD headline" …</summary>
    public string TitleReason { get; init; } = "first line";

    public required string Slug { get; init; }

    public required Detected<PartialDate?> Date { get; init; }

    public required Detected<string> SourceName { get; init; }

    public Uri? Url { get; init; }

    public required Detected<string> Dateline { get; init; }

    public required string Lead { get; init; }

    public string? Byline { get; init; }

    public required IReadOnlyList<string> Paragraphs { get; init; }

    public required IReadOnlyList<string> Removed { get; init; }

    public required IReadOnlyList<DetectedEntity> Entities { get; init; }

    public required IReadOnlyList<MeetingMatch> Meetings { get; init; }

    public IReadOnlyList<TopicSuggestion> Topics { get; init; } = [];

    public IReadOnlyList<UnknownName> UnknownNames { get; init; } = [];

    public IEnumerable<DetectedEntity> Of(Content.ContentKind kind) => Entities.Where(e => e.Key.Kind == kind);
}
