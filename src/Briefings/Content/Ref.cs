using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>A reference to another piece of content by slug, remembered with where it was written.</summary>
internal sealed record Ref(ContentKind Kind, string Slug, SourceLocation Location);

/// <summary>A front-matter value together with where it was written.</summary>
internal sealed record Located<T>(T Value, SourceLocation Location)
{
    /// <summary>For text: written on one line, so the column of character <c>i</c> is <c>Location.Column + i</c>.</summary>
    public bool IsSingleLine { get; init; }
}
