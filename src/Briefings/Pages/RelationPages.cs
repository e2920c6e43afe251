using Briefings.Content;
using Briefings.Linking;
using Briefings.Pages.Charts;
using Briefings.Templates.Models;

namespace Briefings.Pages;

/// <summary>Relations on entity pages (list, network, leadership) and the site-wide <c>/relations/</c> page.</summary>
internal static class RelationPages
{
    public static IEnumerable<PageJob> Plan(PageContext ctx) =>
        [new PageJob(Urls.RelationsPath, PageTemplate.Relations, PageKind.Index, static (ctx, _) => List(ctx))];

    /// <summary>The relations of <paramref name="key"/>; null when it has none.</summary>
    public static RelationsModel? Of(PageContext ctx, EntityKey key)
    {
        var relations = ctx.Site.Relations.Of(key);
        if (relations.Count == 0)
        {
            return null;
        }

        var sides = relations
            .Select(r => (Relation: r, Own: RelationGraph.OwnerOf(r) == key, Other: RelationGraph.OwnerOf(r) == key ? RelationGraph.TargetOf(r) : RelationGraph.OwnerOf(r)))
            .Select(x => (x.Relation, x.Own, x.Other, Info: RelationTypes.Of(x.Relation.Type)))
            .Select(x => (x.Relation, x.Other, Heading: x.Own || x.Info.Symmetric ? x.Info.Forward : x.Info.Inverse, Role: x.Own || x.Info.Symmetric ? x.Info.ForwardRole : x.Info.InverseRole,
                Order: (int)x.Relation.Type * 2 + (x.Own || x.Info.Symmetric ? 0 : 1)))
            .OrderBy(x => x.Order).ThenBy(x => x.Relation.From).ThenBy(x => ctx.Site.NameOf(x.Other), StringComparer.OrdinalIgnoreCase).ThenBy(x => x.Other.Slug, StringComparer.Ordinal)
            .ToList();
        var groups = sides.GroupBy(x => x.Order)
            .Select(g => new RelationGroupModel(g.First().Heading, [.. g.Select(x => new RelationItemModel(
                ctx.Site.NameOf(x.Other), ctx.Urls.Entity(x.Other), NullIfEmpty(x.Relation.Period), x.Relation.Note, SourceModel.From(x.Relation.Sources)))]))
            .ToList();
        var nodes = sides.GroupBy(x => x.Other)
            .Select(g => new NetworkNode(ctx.Site.NameOf(g.Key), ctx.Urls.Entity(g.Key), string.Join(", ", g.Select(x => x.Role).Distinct())))
            .ToList();
        var name = ctx.Site.NameOf(key);
        var title = $"Relations of {name}";
        var network = RelationNetwork.Svg("network", title, new NetworkNode(name, ctx.Urls.Entity(key), ""), nodes);
        var leaders = relations.Where(r => r.Type == RelationType.LeaderOf).ToList();
        var ownLead = key.Kind == ContentKind.Person;
        var leadership = leaders
            .Where(r => ownLead ? RelationGraph.OwnerOf(r) == key : RelationGraph.TargetOf(r) == key)
            .OrderBy(r => r.From is null ? 1 : 0).ThenBy(r => r.From).ThenBy(r => r.To)
            .Select(r => (Relation: r, Other: ownLead ? RelationGraph.TargetOf(r) : RelationGraph.OwnerOf(r)))
            .Select(x => new LeadershipModel(ctx.Site.NameOf(x.Other), ctx.Urls.Entity(x.Other),
                x.Relation.From is { } f ? PageContext.Date(f) : null, x.Relation.To is { } t ? PageContext.Date(t) : null, x.Relation.Period))
            .ToList();
        return new RelationsModel(network, title, Math.Max(0, nodes.Count - RelationNetwork.MaxNodes), groups, leadership,
            ownLead ? "Leadership roles over time" : "Leadership over time", ctx.Urls.Href(Urls.RelationsPath));
    }

    private static RelationListModel List(PageContext ctx)
    {
        var tables = ctx.Site.Relations.All
            .GroupBy(r => r.Type)
            .OrderBy(g => g.Key)
            .Select(g => new RelationTableModel(RelationTypes.Of(g.Key).Forward, RelationTypes.Of(g.Key).Word, [.. g
                .OrderBy(r => ctx.Site.NameOf(RelationGraph.OwnerOf(r)), StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Owner.Slug, StringComparer.Ordinal).ThenBy(r => r.From)
                .Select(r => new RelationRowModel(ctx.Link(RelationGraph.OwnerOf(r)), RelationTypes.Of(r.Type).ForwardRole, ctx.Link(RelationGraph.TargetOf(r)), NullIfEmpty(r.Period), r.Note, SourceModel.From(r.Sources)))]))
            .ToList();
        var count = ctx.Site.Relations.All.Count;
        return new RelationListModel("Relations", count == 0
            ? "No relations between groups, people and countries are recorded yet."
            : $"{count} relation{(count == 1 ? "" : "s")} between groups, people and countries, by type.", tables);
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
