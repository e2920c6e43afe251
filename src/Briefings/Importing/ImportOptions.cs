using Briefings.Content;

namespace Briefings.Importing;

/// <summary>What the contributor knows that the raw text may not say: the publisher, the URL, the date.</summary>
internal sealed record ImportOptions
{
    public string? SourceName { get; init; }

    public Uri? Url { get; init; }

    public PartialDate? Date { get; init; }

    /// <summary>The address the page was fetched from (after redirects), when it was.</summary>
    public Uri? FetchedFrom { get; init; }

    /// <summary>The input's file name without extension: the slug when the title has no Latin letters.</summary>
    public string? NameHint { get; init; }

    /// <summary>What an HTML page said about itself; null for text.</summary>
    internal PageMetadata? Page { get; init; }
}
