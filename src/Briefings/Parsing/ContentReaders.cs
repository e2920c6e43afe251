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

    /// <summary>The kinds a relation may name in <c>with:</c>.</summary>
    private static readonly ContentKind[] RelationTargets = [ContentKind.Group, ContentKind.Person, ContentKind.Country];

    /// <summary><c>relations:</c> of a group, person or country file; each item's errors are reported where they were written.</summary>
    public static IReadOnlyList<Relation> Relations(FieldReader f, ContentKind ownerKind, string ownerSlug)
    {
        var relations = new List<Relation>();
        foreach (var r in f.Mappings("relations"))
        {
            var typeWord = r.LocatedString("type", required: true);
            var type = typeWord is null ? null : r.Choice("type", RelationTypes.ByWord);
            var with = r.LocatedString("with", required: true);
            var target = with is null ? null : Target(r, with);
            var from = r.Date("from");
            var to = r.Date("to");
            var note = r.String("note");
            var sources = r.Sources();
            r.ReportUnknownFields("a relation");
            if (type is { } t && target is not null && typeWord is not null)
            {
                relations.Add(new Relation(t, typeWord, target, from, to, to is null ? null : r.LocationOf("to") ?? r.Location, note, r.Location)
                {
                    Sources = sources,
                    Owner = new Ref(ownerKind, ownerSlug, r.Location),
                });
            }
        }

        return relations;
    }

    /// <summary><c>with: group:islamic-state</c>.</summary>
    internal static Ref? Target(FieldReader r, Located<string> with, string field = "with")
    {
        var colon = with.Value.IndexOf(':', StringComparison.Ordinal);
        var word = colon < 0 ? "" : with.Value[..colon];
        var slug = colon < 0 ? with.Value : with.Value[(colon + 1)..];
        var words = RelationTargets.Select(k => k.Singular()).ToList();
        if (!ContentKinds.TryParseSingular(word, out var kind) || !RelationTargets.Contains(kind))
        {
            var hint = colon < 0 ? $"; write it as kind:slug, e.g. 'group:{with.Value}'" : Suggest.DidYouMean(word, words);
            r.Diagnostics.Error(with.Location, Diagnostics.DiagnosticCodes.InvalidValue,
                $"'{field}' must name a {string.Join(", ", words.SkipLast(1))} or {words[^1]} as kind:slug, not '{with.Value}'{hint}");
            return null;
        }

        if (!Slug.IsValid(slug))
        {
            r.Diagnostics.Error(with.Location, Diagnostics.DiagnosticCodes.InvalidSlug, $"'{field}': {Slug.Explain(slug)}");
            return null;
        }

        return new Ref(kind, slug, with.Location);
    }
}
