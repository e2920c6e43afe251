using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Parsing;

namespace Briefings.Linking;

/// <summary>
/// Checks that every reference names something that exists, and suggests the closest slugs when it does not. A
/// reference to a file that exists but could not be read (<paramref name="unreadable"/>) is left out without an error
/// of its own: that file's errors say what is wrong, and one bad date must not read as ten missing articles.
/// </summary>
internal sealed class ReferenceResolver(
    Registry registry, DiagnosticBag diagnostics, IReadOnlySet<string> excludedDrafts, IReadOnlySet<EntityKey>? unreadable = null, SiteSettings? settings = null)
{
    /// <summary>The site's settings: what a kind's values are checked against besides references (the event codebook).</summary>
    public SiteSettings Settings { get; } = settings ?? new SiteSettings();

    public DiagnosticBag Diagnostics => diagnostics;

    /// <summary>The record a resolved reference names (null for a built-in country).</summary>
    public T? Find<T>(Ref r)
        where T : ContentItem => registry.Find<T>(r.Kind, r.Slug);

    /// <summary>Suggestions cost an edit distance per candidate: a file with thousands of bad slugs gets them for the first few hundred only.</summary>
    internal const int MaxSuggestions = 300;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Path, EntityKey Entity), byte> _meant = new();

    /// <summary>
    /// The entities a file's unknown references were probably meant to be (the "did you mean" of their errors): mention
    /// advice leaves them out, since the error already says to list them.
    /// </summary>
    public IReadOnlySet<(string Path, EntityKey Entity)> Meant => _meant.Keys.ToHashSet();

    private static readonly string[] WikiKinds = [.. Enum.GetValues<ContentKind>().Select(k => k.Singular())];

    private int _suggestions;

    public bool Exists(EntityKey key) => ContentKinds.Of(key.Kind).NamedByAnySlug || registry.Contains(key);

    /// <summary>The refs that resolve, each once; reports the others. The list itself when all of them do, each once.</summary>
    public IReadOnlyList<Ref> Resolve(IReadOnlyList<Ref> refs, string field)
    {
        // Most lists are a handful of tags, all known: a check of each, and no copy (130,000 items have five lists each).
        if (refs.Count <= 16 && AllResolveOnce(refs))
        {
            return refs;
        }

        var resolved = new List<Ref>(refs.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in refs)
        {
            if (!seen.Add(r.Slug))
            {
                diagnostics.Warning(r.Location, DiagnosticCodes.DuplicateReference, $"'{field}' lists '{r.Slug}' more than once");
            }
            else if (Check(r.Kind, r.Slug, r.Location, $"'{field}'", DiagnosticCodes.UnknownReference))
            {
                resolved.Add(r);
            }
        }

        return resolved;
    }

    /// <summary>Every ref names something that exists, and no slug comes twice (nothing to report, nothing to drop).</summary>
    private bool AllResolveOnce(IReadOnlyList<Ref> refs)
    {
        for (var i = 0; i < refs.Count; i++)
        {
            if (!Exists(new EntityKey(refs[i].Kind, refs[i].Slug)))
            {
                return false;
            }

            for (var j = 0; j < i; j++)
            {
                if (string.Equals(refs[i].Slug, refs[j].Slug, StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The item with every reference of its front matter resolved (each failure reported); its wiki links are checked apart.</summary>
    public T Resolved<T>(T item)
        where T : ContentItem => (T)ContentKinds.Of(item.Kind).Resolved(item, this);

    /// <summary>The tag lists of an article, note or meeting, resolved (the same object when every tag resolves).</summary>
    public EntityRefs Resolve(EntityRefs refs)
    {
        var countries = Resolve(refs.Countries, "countries");
        var groups = Resolve(refs.Groups, "groups");
        var meetings = Resolve(refs.Meetings, "meetings");
        var people = Resolve(refs.People, "people");
        var topics = Resolve(refs.Topics, "topics");
        return ReferenceEquals(countries, refs.Countries) && ReferenceEquals(groups, refs.Groups) && ReferenceEquals(meetings, refs.Meetings)
            && ReferenceEquals(people, refs.People) && ReferenceEquals(topics, refs.Topics)
            ? refs
            : new EntityRefs(countries, groups, meetings, people, topics);
    }

    public Ref? Resolve(Ref? r, string field) =>
        r is not null && Check(r.Kind, r.Slug, r.Location, $"'{field}'", DiagnosticCodes.UnknownReference) ? r : null;

    public void CheckWikiLink(Markdown.WikiLinkUse link)
    {
        if (link.Kind is not { } kind)
        {
            diagnostics.Error(link.Location, DiagnosticCodes.BadWikiLink,
                $"wiki link [[{link.KindWord}:{link.Slug}]] has unknown kind '{link.KindWord}'{Suggest.DidYouMean(link.KindWord, WikiKinds)} (kinds: {string.Join(", ", WikiKinds)})");
            return;
        }

        if (!Slug.IsValid(link.Slug))
        {
            diagnostics.Error(link.Location, DiagnosticCodes.BadWikiLink, $"wiki link [[{link.KindWord}:{link.Slug}]]: {Slug.Explain(link.Slug)}");
            return;
        }

        Check(kind, link.Slug, link.Location, $"wiki link [[{link.KindWord}:{link.Slug}]]", DiagnosticCodes.UnknownWikiLink);
    }

    private bool Check(ContentKind kind, string slug, Diagnostics.SourceLocation at, string what, string code)
    {
        var key = new EntityKey(kind, slug);
        if (Exists(key))
        {
            return true;
        }

        if (unreadable?.Contains(key) == true)
        {
            return false;
        }

        if (excludedDrafts.Contains(key.ToString()))
        {
            diagnostics.Warning(at, code, $"{what}: {kind.Singular()} '{slug}' is a draft and is left out of this build (use --drafts to include drafts)");
            return false;
        }

        IReadOnlyList<string> meant = registry.ByAlias(key) is { } aliased ? [aliased]
            : ++_suggestions <= MaxSuggestions ? Suggest.Closest(slug, registry.Slugs(kind)) : [];
        var hint = meant.Count == 0 ? "" : "; did you mean " + string.Join(" or ", meant.Select(m => $"'{m}'")) + "?";
        diagnostics.Error(at, code, $"{what}: no {kind.Singular()} '{slug}'{hint}");
        foreach (var candidate in meant)
        {
            _meant.TryAdd((at.Path, new EntityKey(kind, candidate)), 0);
        }

        return false;
    }
}
