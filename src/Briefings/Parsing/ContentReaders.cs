using Briefings.Content;
using Briefings.Markdown;

namespace Briefings.Parsing;

/// <summary>Front matter → typed records: each kind's descriptor reads its own fields; what several kinds share is here.</summary>
internal static class ContentReaders
{
    private static readonly Dictionary<string, bool> Statuses = new() { ["published"] = false, ["draft"] = true };

    /// <summary>The record of a file at <paramref name="at"/>, read by its kind's descriptor.</summary>
    public static ContentItem? Read(ContentPath at, string path, FieldReader f, ParsedBody body) =>
        ContentKinds.Of(at.Kind).Read(at.Slug, path, f, body);

    /// <summary><c>status: draft</c> or <c>published</c> (the default).</summary>
    public static bool IsDraft(FieldReader f) => f.Choice("status", Statuses) ?? false;

    /// <summary>Title and summary as written, with their places, for mention advice.</summary>
    public static Located<string>[] Prose(params Located<string>?[] fields) => [.. fields.OfType<Located<string>>()];

    /// <summary>The tag lists of articles and notes.</summary>
    public static EntityRefs Refs(FieldReader f) => new(
        f.References("countries", ContentKind.Country),
        f.References("groups", ContentKind.Group),
        f.References("meetings", ContentKind.Meeting),
        f.References("people", ContentKind.Person),
        f.References("topics", ContentKind.Topic));
}
