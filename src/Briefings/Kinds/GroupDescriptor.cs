using Briefings.Content;
using Briefings.Linking;
using Briefings.Markdown;
using Briefings.Pages;
using Briefings.Pages.Meta;
using Briefings.Parsing;

namespace Briefings.Kinds;

/// <summary>Groups: <c>groups/&lt;slug&gt;.md</c> — militant groups, alliances, international and government bodies.</summary>
internal sealed class GroupDescriptor : KindDescriptor<Group>
{
    private static readonly Dictionary<string, GroupKind> GroupKinds = new()
    {
        ["militant"] = GroupKind.Militant,
        ["alliance"] = GroupKind.Alliance,
        ["international-organization"] = GroupKind.InternationalOrganization,
        ["government-body"] = GroupKind.GovernmentBody,
        ["other"] = GroupKind.Other,
    };

    public override ContentKind Kind => ContentKind.Group;

    public override string Singular => "group";

    public override PageKind PageKind => PageKind.Group;

    public override bool TaggedByImport => true;

    public override double RelatedWeight => 2;

    public override string SchemaType => "Organization";

    public override ContentItem? Read(string slug, string path, FieldReader f, ParsedBody body)
    {
        var name = f.String("name", required: true);
        var kind = f.Choice("kind", GroupKinds, required: true);
        var group = new Group
        {
            Slug = slug,
            SourcePath = path,
            Body = body,
            Name = name ?? "",
            GroupKind = kind ?? GroupKind.Other,
            Aliases = f.Strings("aliases"),
            Countries = f.References("countries", ContentKind.Country),
            Summary = f.String("summary"),
            Relations = ContentReaders.Relations(f, ContentKind.Group, slug),
        };
        return name is null || kind is null ? null : group;
    }

    public override IReadOnlyList<string> Scaffold(string quotedTitle, PartialDate date) =>
    [
        $"name: {quotedTitle}",
        "kind: other                       # militant, alliance, international-organization, government-body or other",
        "aliases: []                       # other names, e.g. [IS, ISIS, Daesh]",
        "countries: []                     # where it is active",
        "# summary: Who they are, in one sentence.",
        "# relations:                      # e.g. - {type: splinter-of, with: group:islamic-state, from: 2015}",
    ];

    protected override Group Resolve(Group item, ReferenceResolver resolver) => item with { Countries = resolver.Resolve(item.Countries, "countries") };

    public override LdObject JsonLd(PageContext ctx, EntityKey key, string? canonical, string? description)
    {
        if (ctx.Site.Find<Group>(key) is not { } g)
        {
            return base.JsonLd(ctx, key, canonical, description);
        }

        var group = Pages.Meta.JsonLd.Thing("Organization", g.Name, canonical, description);
        group["alternateName"] = Pages.Meta.JsonLd.Array(g.Aliases.Select(x => (LdValue)x));
        return group;
    }
}
