using Briefings.Content;

namespace Briefings.Importing;

/// <summary>What the contributor knows that the raw text may not say: the publisher, the URL, the date.</summary>
internal sealed record ImportOptions
{
    public string? SourceName { get; init; }

    public Uri? Url { get; init; }

    public PartialDate? Date { get; init; }

    /// <summary>Used for the folder of an article whose date is unknown.</summary>
    public int CurrentYear { get; init; } = DateTime.Today.Year;
}
