namespace Briefings.Templates.Models;

/// <summary>What every template sees as <c>meta</c>: canonical URL, Open Graph type, feed, structured data.</summary>
public sealed record MetaModel(string? Canonical, string OgType, string? Feed, string? FeedTitle, TrustedHtml? JsonLd);
