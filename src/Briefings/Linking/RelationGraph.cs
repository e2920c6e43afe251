using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Linking;

/// <summary>
/// Every relation of the site, checked (its other end exists, is not the entity itself, its dates are in order, it
/// is written once) and indexed by both of its ends.
/// </summary>
internal sealed class RelationGraph
{
    public static readonly RelationGraph Empty = new([]);

    private readonly Dictionary<EntityKey, List<Relation>> _byEntity = [];

    private RelationGraph(IReadOnlyList<Relation> all)
    {
        All = all;
        foreach (var r in all)
        {
            Add(OwnerOf(r), r);
            Add(TargetOf(r), r);
        }
    }

    /// <summary>Every relation, in the order of the files that write them (kind, then slug), then as written.</summary>
    public IReadOnlyList<Relation> All { get; }

    public static EntityKey OwnerOf(Relation r) => new(r.Owner.Kind, r.Owner.Slug);

    public static EntityKey TargetOf(Relation r) => new(r.With.Kind, r.With.Slug);

    /// <summary>The relations <paramref name="key"/> is either end of.</summary>
    public IReadOnlyList<Relation> Of(EntityKey key) => _byEntity.GetValueOrDefault(key) ?? (IReadOnlyList<Relation>)[];

    /// <summary>The relations of <paramref name="items"/> whose other end exists; each problem reported where it was written.</summary>
    public static RelationGraph Build(IEnumerable<ContentItem> items, ReferenceResolver resolver, DiagnosticBag diagnostics)
    {
        var kept = new List<Relation>();
        var seen = new Dictionary<(EntityKey, RelationType, EntityKey, PartialDate?, PartialDate?), Relation>();
        // Only the records that can hold relations (groups, people) are sorted, not every article.
        foreach (var item in items.Where(i => i is IHasRelations).OrderBy(i => i.Kind).ThenBy(i => i.Slug, StringComparer.Ordinal))
        {
            foreach (var r in ((IHasRelations)item).Relations)
            {
                if (Check(r, resolver, diagnostics, seen))
                {
                    kept.Add(r);
                }
            }
        }

        return new RelationGraph(kept);
    }

    private static bool Check(Relation r, ReferenceResolver resolver, DiagnosticBag diagnostics, Dictionary<(EntityKey, RelationType, EntityKey, PartialDate?, PartialDate?), Relation> seen)
    {
        var owner = OwnerOf(r);
        var target = TargetOf(r);
        if (owner == target)
        {
            diagnostics.Error(r.With.Location, DiagnosticCodes.RelationToItself,
                $"a relation to itself: 'with' names this {owner.Kind.Singular()} ('{target}'); name the other {target.Kind.Singular()} it is {RelationTypes.Of(r.Type).Forward.ToLowerInvariant()}");
            return false;
        }

        if (resolver.Resolve(r.With, "with") is null)
        {
            return false;
        }

        if (r is { From: { } from, To: { } to, ToLocation: { } toAt } && to < from)
        {
            diagnostics.Error(toAt, DiagnosticCodes.RelationDates,
                $"'to' ({to.Iso}) is before 'from' ({from.Iso}); swap them, or correct the date");
            return false;
        }

        var info = RelationTypes.Of(r.Type);
        var key = (owner, r.Type, target, r.From, r.To);
        var mirror = (target, r.Type, owner, r.From, r.To);
        if (seen.TryGetValue(key, out var first) || (info.Symmetric && seen.TryGetValue(mirror, out first)))
        {
            var where = first.Location.Path == r.Location.Path ? $"line {first.Location.Line}" : $"{first.Location.Path}:{first.Location.Line}";
            diagnostics.Error(r.Location, DiagnosticCodes.DuplicateRelation,
                $"the relation '{info.Word} {target}'{(r.Period.Length > 0 ? $" ({r.Period})" : "")} is already written at {where}; write each relation once{(info.Symmetric ? $" ('{info.Word}' reads both ways)" : "")}; remove this one");
            return false;
        }

        seen[key] = r;
        return true;
    }

    private void Add(EntityKey key, Relation r)
    {
        if (!_byEntity.TryGetValue(key, out var list))
        {
            _byEntity[key] = list = [];
        }

        list.Add(r);
    }
}
