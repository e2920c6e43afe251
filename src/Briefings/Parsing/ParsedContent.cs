using Briefings.Content;

namespace Briefings.Parsing;

/// <summary>
/// The Parse stage's result: site settings and every content record, in input path order, and the content files that
/// could not be read into a record (their errors are reported): references to them are not errors of their own.
/// </summary>
internal sealed record ParsedContent(SiteSettings Settings, IReadOnlyList<ContentItem> Items, IReadOnlyList<UnreadableFile> Unreadable);

/// <summary>A content file with a valid place and name whose front matter has errors: what it would have been.</summary>
internal sealed record UnreadableFile(string Path, ContentPath At);
