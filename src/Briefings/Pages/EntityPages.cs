using Briefings.Content;
using Briefings.Countries;
using Briefings.Linking;
using Briefings.Pages.Charts;
using Briefings.Templates;
using Briefings.Templates.Models;

namespace Briefings.Pages;

/// <summary>Country, group, person, topic and meeting-series pages: who/what it is, then everything that covers it.</summary>
internal static class EntityPages
{
    private static readonly TrustedHtml NoBody = new("");

    /// <summary>Coverage items on an entity's page and on each of its older-coverage pages.</summary>
    public const int CoveragePageSize = 50;

    public static IEnumerable<PageJob> Plan(PageContext ctx)
    {
        var site = ctx.Site;
        var entities = site.Countries.All.Select(c => Job(ContentKind.Country, c.Slug, ctx => Country(ctx, c)))
            .Concat(site.Groups.Select(g => Job(ContentKind.Group, g.Slug, ctx => Group(ctx, ctx.Site.Group(g.Slug)!))))
            .Concat(site.People.Select(p => Job(ContentKind.Person, p.Slug, ctx => Person(ctx, ctx.Site.Person(p.Slug)!))))
            .Concat(site.Topics.Select(t => Job(ContentKind.Topic, t.Slug, ctx => Topic(ctx, t))))
            .Concat(site.Series.Select(s => new PageJob(Urls.SeriesPath(s.Slug), PageTemplate.Entity, PageKind.Series, (ctx, _) => Series(ctx, SeriesOf(ctx, s))) { Series = s }));
        return entities.SelectMany(job => CoveragePages.Plan(job, CoverageOf(ctx, job).Count, CoveragePageSize).Prepend(job));
    }

    /// <summary>What covers the entity or meeting series of a page, newest first.</summary>
    public static IReadOnlyList<DatedItem> CoverageOf(PageContext ctx, PageJob job) =>
        job.Series is { } s ? ctx.Site.CoverageOf(s) : job.Entity is { } key ? ctx.Site.CoverageOf(key) : [];

    /// <summary>The context's version of a series the plan was made with (serve replaces a meeting, and its series, in place).</summary>
    public static MeetingSeries SeriesOf(PageContext ctx, MeetingSeries planned) => ctx.Site.SeriesNamed(planned.Slug) ?? planned;

    public static string GroupKindLabel(GroupKind kind) => kind switch
    {
        GroupKind.Militant => "Militant groups",
        GroupKind.Alliance => "Alliances",
        GroupKind.InternationalOrganization => "International organizations",
        GroupKind.GovernmentBody => "Government bodies",
        _ => "Other groups",
    };

    private static PageJob Job(ContentKind kind, string slug, Func<PageContext, PageModel> model) =>
        PageJob.ForEntity(new EntityKey(kind, slug), PageTemplate.Entity, ContentKinds.Of(kind).PageKind, (ctx, _) => model(ctx));

    private static EntityModel Country(PageContext ctx, Country c)
    {
        var key = new EntityKey(ContentKind.Country, c.Slug);
        var profile = ctx.Site.CountryProfiles.GetValueOrDefault(c.Slug);
        var aliases = c.Aliases.Concat(profile?.Aliases ?? []).Where(a => a != c.OfficialName && a != c.Name).Distinct(StringComparer.Ordinal).ToList();
        var facts = new List<FactModel> { new("Official name", c.OfficialName), new("ISO 3166-1", $"{c.Iso2} · {c.Iso3} · {c.Numeric}") };
        AddFact(facts, "Capital", string.Join(", ", c.Capitals));
        AddFact(facts, "Region", string.Join(", ", new[] { c.Region, c.Subregion }.Where(s => s.Length > 0).Distinct()));
        AddFact(facts, "Demonym", string.Join(", ", c.Demonyms));
        AddFact(facts, "Also known as", string.Join(", ", aliases));
        var sections = new List<LinkGroupModel>();
        AddSection(sections, "Meetings it took part in", Meetings(ctx, key));
        AddSection(sections, "Groups active here", [.. ctx.GroupsByCountry[c.Slug].Select(g => ctx.Link(new EntityKey(ContentKind.Group, g.Slug)))]);
        AddSection(sections, "People", [.. ctx.PeopleByCountry[c.Slug].Select(p => ctx.Link(new EntityKey(ContentKind.Person, p.Slug), null, p.Role))]);
        EventPages.AddToEntity(ctx, key, facts, sections);
        var model = Model(ctx, key, c.Name, profile?.Summary, "Country", c.Flag, facts, profile is null ? NoBody : ctx.Body(profile), sections);
        return model with { Map = CoverageMaps.CountryPage(ctx, c) };
    }

    private static EntityModel Group(PageContext ctx, Group g)
    {
        var key = new EntityKey(ContentKind.Group, g.Slug);
        var facts = new List<FactModel> { new("Kind", GroupKindLabel(g.GroupKind).TrimEnd('s')) };
        AddFact(facts, "Also known as", string.Join(", ", g.Aliases));
        var sections = new List<LinkGroupModel>();
        AddSection(sections, "Active in", [.. g.Countries.Select(c => ctx.Link(new EntityKey(ContentKind.Country, c.Slug)))]);
        AddSection(sections, "Meetings it took part in", [.. ctx.Site.Meetings.Where(m => m.Refs.Groups.Any(r => r.Slug == g.Slug)).Select(ctx.Link)]);
        EventPages.AddToEntity(ctx, key, facts, sections);
        return Model(ctx, key, g.Name, g.Summary, "Group", null, facts, ctx.Body(g), sections);
    }

    private static EntityModel Person(PageContext ctx, Person p)
    {
        var key = new EntityKey(ContentKind.Person, p.Slug);
        var facts = new List<FactModel>();
        AddFact(facts, "Role", p.Role ?? "");
        if (p.Country is { } country)
        {
            var countryKey = new EntityKey(ContentKind.Country, country.Slug);
            facts.Add(new("Country", ctx.Site.NameOf(countryKey), ctx.Urls.Entity(countryKey)));
        }

        AddFact(facts, "Also known as", string.Join(", ", p.Aliases));
        var sections = new List<LinkGroupModel>();
        AddSection(sections, "Meetings attended", Meetings(ctx, key));
        EventPages.AddToEntity(ctx, key, facts, sections);
        return Model(ctx, key, p.Name, p.Summary, "Person", null, facts, ctx.Body(p), sections);
    }

    private static EntityModel Topic(PageContext ctx, Topic t) =>
        Model(ctx, new EntityKey(ContentKind.Topic, t.Slug), t.Title, null, "Topic", null, [], NoBody, []);

    private static EntityModel Series(PageContext ctx, MeetingSeries s)
    {
        var coverage = ctx.Site.CoverageOf(s);
        var meetings = s.Meetings.Select(m => new LinkModel(m.Title, ctx.Urls.Entity(ContentKind.Meeting, m.Slug), null,
            m.Number is { } n ? $"No. {n} · {m.Date.Display}" : m.Date.Display)).ToList();
        return new EntityModel(s.Title, $"The meetings of the {s.Title} and their coverage.", "meetings", "Meeting series", null,
            [new("Meetings", meetings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))], NoBody,
            [new LinkGroupModel("Meetings in this series", meetings)],
            ctx.Summary(coverage), ctx.Timeline(coverage, 1, CoveragePageSize), [], CoverageCharts.PerYear(s.Title, ctx.YearCounts(coverage)),
            CoveragePages.Pager(ctx, Urls.SeriesPath(s.Slug), 1, coverage.Count, CoveragePageSize));
    }

    private static EntityModel Model(
        PageContext ctx, EntityKey key, string name, string? summary, string label, string? flag,
        IReadOnlyList<FactModel> facts, TrustedHtml body, IReadOnlyList<LinkGroupModel> sections)
    {
        var coverage = ctx.Site.CoverageOf(key);
        var description = summary ?? $"{label} page: {ctx.Summary(coverage)}";
        return new EntityModel(name, description, key.Kind.Plural(), label, flag, facts, body, sections,
            ctx.Summary(coverage), ctx.Timeline(coverage, 1, CoveragePageSize), ctx.CoveredWith(key), CoverageCharts.PerYear(name, ctx.YearCounts(coverage)),
            CoveragePages.Pager(ctx, Urls.EntityPath(key), 1, coverage.Count, CoveragePageSize))
        {
            Relations = RelationPages.Of(ctx, key),
            Trend = MonthlyPages.Strip(ctx, key),
        };
    }

    private static List<LinkModel> Meetings(PageContext ctx, EntityKey key) =>
        [.. ctx.Site.CoverageOf(key).OfType<Meeting>().Select(ctx.Link)];

    private static void AddFact(List<FactModel> facts, string label, string text)
    {
        if (text.Length > 0)
        {
            facts.Add(new(label, text));
        }
    }

    private static void AddSection(List<LinkGroupModel> sections, string heading, IReadOnlyList<LinkModel> links)
    {
        if (links.Count > 0)
        {
            sections.Add(new(heading, links));
        }
    }
}
