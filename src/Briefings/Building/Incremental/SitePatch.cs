using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Linking;

namespace Briefings.Building.Incremental;

/// <summary>
/// The site with one item replaced by its new version (same kind and slug): lists kept in their order, coverage lists
/// of the entities it had or has redone, notes-about and related articles brought up to date. Everything else is
/// shared with the previous site, so unchanged items stay the same objects.
/// </summary>
internal static class SitePatch
{
    public static Site Replace(Site site, ContentItem before, ContentItem after, DiagnosticBag diagnostics)
    {
        var coverage = site.Coverage;
        var lists = site.Lists;
        if (lists.TryGetValue(after.Kind, out var list))
        {
            lists = new Dictionary<ContentKind, IReadOnlyList<ContentItem>>(lists) { [after.Kind] = ContentKinds.Of(after.Kind).Replace(list, before, after) };
        }

        var profiles = site.CountryProfiles;
        if (after is CountryProfile profile)
        {
            profiles = new Dictionary<string, CountryProfile>(site.CountryProfiles, StringComparer.Ordinal) { [profile.Slug] = profile };
        }

        var series = after is Meeting ? MeetingSeriesBuilder.Build(lists[ContentKind.Meeting].Cast<Meeting>(), diagnostics) : site.Series;
        if (before is DatedItem old && after is DatedItem now)
        {
            coverage = Coverage(coverage, old, now);
        }

        // Relations change with front matter, which groups, people and countries rebuild in full
        return site.With(after, profiles, lists, series, coverage);
    }

    private static CoverageIndex Coverage(CoverageIndex index, DatedItem before, DatedItem after)
    {
        var entities = new Dictionary<DatedItem, EntityKey[]>(index.Entities, ReferenceEqualityComparer.Instance);
        var oldKeys = index.KeysOf(before);
        entities.Remove(before);
        var newKeys = entities[after] = CoverageIndex.EntitiesOf(after);
        var items = new Dictionary<EntityKey, IReadOnlyList<DatedItem>>(index.Items);
        foreach (var key in oldKeys.Concat(newKeys).Distinct())
        {
            var list = Replaced(items.GetValueOrDefault(key) ?? [], before, newKeys.Contains(key) ? after : null);

            if (list.Count == 0)
            {
                items.Remove(key);
            }
            else
            {
                items[key] = list;
            }
        }

        var notesAbout = index.NotesAbout;
        if (before is Note oldNote && after is Note newNote)
        {
            notesAbout = NotesAbout(notesAbout, oldNote, newNote);
        }

        var related = RelatedUpdate.Apply(index.Related, index, items, entities, before, after);
        return new CoverageIndex(entities, items, notesAbout, related.Lists, index.RelatedBudget, index, (before, after)) { RelatedReplaced = related.Replaced };
    }

    private static Dictionary<string, IReadOnlyList<Note>> NotesAbout(IReadOnlyDictionary<string, IReadOnlyList<Note>> notesAbout, Note before, Note after)
    {
        var result = new Dictionary<string, IReadOnlyList<Note>>(notesAbout, StringComparer.Ordinal);
        foreach (var slug in before.About.Concat(after.About).Select(r => r.Slug).Distinct(StringComparer.Ordinal))
        {
            var list = Replaced(result.GetValueOrDefault(slug) ?? [], before, after.About.Any(r => r.Slug == slug) ? after : null);

            if (list.Count == 0)
            {
                result.Remove(slug);
            }
            else
            {
                result[slug] = list;
            }
        }

        return result;
    }

    /// <summary>A newest-first list without <paramref name="before"/>, and with <paramref name="after"/> in its place when given.</summary>
    private static List<T> Replaced<T>(IReadOnlyList<T> list, T before, T? after)
        where T : DatedItem
    {
        var copy = new List<T>(list.Count + 1);
        copy.AddRange(list);
        var at = copy.FindIndex(i => ReferenceEquals(i, before));
        if (at >= 0)
        {
            copy.RemoveAt(at);
        }

        if (after is not null)
        {
            var insert = copy.BinarySearch(after, Comparer<T>.Create(CoverageIndex.NewestFirst));
            copy.Insert(insert < 0 ? ~insert : insert, after);
        }

        return copy;
    }
}
