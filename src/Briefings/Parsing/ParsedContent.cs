using Briefings.Content;

namespace Briefings.Parsing;

/// <summary>The Parse stage's result: site settings and every content record, in input path order.</summary>
public sealed record ParsedContent(SiteSettings Settings, IReadOnlyList<ContentItem> Items);
