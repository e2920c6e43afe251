using System.Globalization;
using Briefings.Content;
using Briefings.Linking;
using Briefings.Output.Events;
using Briefings.Templates.Models;

namespace Briefings.Pages;

/// <summary>
/// Event pages, the lists of events narrowed by type, country, group and year (static pages, readable without
/// scripts), the codebook, and what entity pages say of their events.
/// </summary>
internal static class EventPages
{
    private static readonly Dictionary<LocationPrecision, string> PrecisionWords = new()
    {
        [LocationPrecision.Exact] = "the exact place",
        [LocationPrecision.Near] = "near the place given",
        [LocationPrecision.Region] = "somewhere in the region given",
        [LocationPrecision.Country] = "only the country is known",
    };

    private static readonly Dictionary<EventStatus, string> StatusMeanings = new()
    {
        [EventStatus.Confirmed] = "the sources cited report it as having happened (the default)",
        [EventStatus.Claimed] = "someone claims it — usually a group claiming an attack — and it is not independently confirmed",
        [EventStatus.Disputed] = "the sources disagree about whether or how it happened",
    };

    public static IEnumerable<PageJob> Plan(PageContext ctx)
    {
        yield return new PageJob(Urls.CodebookPath, PageTemplate.Codebook, PageKind.Index, static (ctx, _) => Codebook(ctx));
        foreach (var facet in Enum.GetValues<EventFacet>())
        {
            foreach (var (value, name, events) in ValuesOf(ctx).Of[(int)facet])
            {
                foreach (var job in Paginate(ctx, facet, value, name, events.Count))
                {
                    yield return job;
                }
            }
        }
    }

    /// <summary>The events of one value of a facet, newest first.</summary>
    private static IReadOnlyList<Event> EventsOf(PageContext ctx, EventFacet facet, string value) =>
        ValuesOf(ctx).Events.GetValueOrDefault((facet, value)) ?? [];

    /// <summary>Every facet's values, worked out once per context (for the plan, the lists and the filters beside them).</summary>
    private static FacetValueSet ValuesOf(PageContext ctx) => ValuesCache.GetValue(ctx, static ctx =>
    {
        var of = Enum.GetValues<EventFacet>().Select(f => (IReadOnlyList<FacetValue>)[.. FacetValues(ctx, f)]).ToArray();
        var events = Enum.GetValues<EventFacet>().SelectMany(f => of[(int)f].Select(v => (Key: (f, v.Value), v.Events))).ToDictionary(x => x.Key, x => x.Events);
        return new FacetValueSet(of, events);
    });

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PageContext, FacetValueSet> ValuesCache = new();

    /// <summary>One value of a facet (a type's slug, a country's), its name, and its events newest first.</summary>
    private readonly record struct FacetValue(string Value, string Name, IReadOnlyList<Event> Events);

    /// <summary>Each facet's values (by the facet's number) and each value's events.</summary>
    private sealed record FacetValueSet(IReadOnlyList<FacetValue>[] Of, Dictionary<(EventFacet, string), IReadOnlyList<Event>> Events);

    /// <summary>The filters and downloads beside the list of events: each value a link to its own list, with its count.</summary>
    public static IReadOnlyList<LinkGroupModel> Facets(PageContext ctx) => Links(ctx).All;

    /// <summary>Made once per build: the full filters beside <c>/events/</c>, and the short ones (types, years, data) beside each filtered list.</summary>
    private static FacetLinks Links(PageContext ctx) => FacetCache.GetValue(ctx, static ctx =>
    {
        var all = new List<LinkGroupModel>();
        if (ctx.Site.Events.Count > 0)
        {
            foreach (var facet in Enum.GetValues<EventFacet>())
            {
                all.Add(new LinkGroupModel(FacetHeading(facet),
                    [.. ValuesOf(ctx).Of[(int)facet].Select(v => new LinkModel(v.Name, ctx.Urls.EventsBy(facet, v.Value), v.Events.Count))]));
            }
        }

        var data = new LinkGroupModel("Data", Downloads(ctx));
        var everything = new LinkGroupModel("All events", [new LinkModel("Every event, newest first", ctx.Urls.Section(ContentKind.Event), ctx.Site.Events.Count)]);
        var types = all.Count > 0 ? all[(int)EventFacet.Type] : null;
        var years = all.Count > 0 ? all[(int)EventFacet.Year] : null;
        return new FacetLinks([.. all, data], [everything, .. new[] { types, years }.OfType<LinkGroupModel>(), data]);
    });

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PageContext, FacetLinks> FacetCache = new();

    private sealed record FacetLinks(IReadOnlyList<LinkGroupModel> All, IReadOnlyList<LinkGroupModel> Short);

    private static IReadOnlyList<LinkModel> Downloads(PageContext ctx) =>
    [
        new("Codebook: columns and event types", ctx.Urls.Href(Urls.CodebookPath)),
        new("All events as CSV", ctx.Urls.Href(Urls.EventsExportPath(EventExportFormat.Csv))),
        new("All events as JSON", ctx.Urls.Href(Urls.EventsExportPath(EventExportFormat.Json))),
    ];

    private static string FacetHeading(EventFacet facet) => facet switch
    {
        EventFacet.Type => "By type",
        EventFacet.Country => "By country",
        EventFacet.Group => "By group",
        _ => "By year",
    };

    /// <summary>Each value of a facet that some event has, with its name and its events (newest first).</summary>
    private static IEnumerable<FacetValue> FacetValues(PageContext ctx, EventFacet facet)
    {
        var events = ctx.Site.Events;
        switch (facet)
        {
            case EventFacet.Type:
                var byType = events.GroupBy(e => e.Type.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<Event>)[.. g], StringComparer.Ordinal);
                return EventTypes.Of(ctx.Site.Settings)
                    .Where(t => byType.ContainsKey(t.Slug))
                    .Select(t => new FacetValue(t.Slug, t.Title, byType[t.Slug]));
            case EventFacet.Country:
                return ByKey(ctx, events, e => e.Refs.Countries);
            case EventFacet.Group:
                return ByKey(ctx, events, e => e.Refs.Groups);
            default:
                return events.GroupBy(e => e.Date.Year).OrderByDescending(g => g.Key)
                    .Select(g => new FacetValue(g.Key.ToString(CultureInfo.InvariantCulture), g.Key.ToString(CultureInfo.InvariantCulture), [.. g]));
        }
    }

    private static IEnumerable<FacetValue> ByKey(PageContext ctx, IReadOnlyList<Event> events, Func<Event, IReadOnlyList<Ref>> refs) =>
        events.SelectMany(e => refs(e).Select(r => (r, e)))
            .GroupBy(x => new EntityKey(x.r.Kind, x.r.Slug))
            .Select(g => new FacetValue(g.Key.Slug, ctx.Site.NameOf(g.Key), [.. g.Select(x => x.e)]))
            .OrderBy(v => v.Name, StringComparer.OrdinalIgnoreCase).ThenBy(v => v.Value, StringComparer.Ordinal);

    private static IEnumerable<PageJob> Paginate(PageContext ctx, EventFacet facet, string value, string name, int count)
    {
        var size = SectionPages.PageSize;
        var pages = Paging.PageCount(count, size);
        var (title, description) = facet switch
        {
            EventFacet.Type => ($"Events: {name}", EventTypes.Find(ctx.Site.Settings, value).Definition),
            EventFacet.Country => ($"Events in or involving {name}", $"Events that happened in {name} or in which it took part, newest first."),
            EventFacet.Group => ($"Events involving {name}", $"Events in which {name} took part or that it claimed, newest first."),
            _ => ($"Events in {name}", $"Events of {name}, newest first."),
        };
        for (var page = 1; page <= pages; page++)
        {
            var number = page;
            yield return new PageJob(Urls.EventFacetPath(facet, value, number), PageTemplate.List, PageKind.Index, (ctx, _) => new ListModel(
                number == 1 ? title : $"{title} — page {number} of {pages}",
                description,
                ContentKind.Event.Plural(),
                ctx.Cards(Paging.Slice(EventsOf(ctx, facet, value), number, size)),
                new PagerModel(number, pages,
                    number > 1 ? ctx.Urls.EventsBy(facet, value, number - 1) : null,
                    number < pages ? ctx.Urls.EventsBy(facet, value, number + 1) : null),
                number == 1 ? Links(ctx).Short : []));
        }
    }

    public static EventModel Event(PageContext ctx, Event e)
    {
        var type = EventTypes.Find(ctx.Site.Settings, e.Type.Value);
        var countryKey = new EntityKey(ContentKind.Country, e.Country.Slug);
        var claimedBy = e.ClaimedBy.Select(r => ctx.Link(new EntityKey(r.Kind, r.Slug))).ToList();
        var facts = new List<FactModel>
        {
            new("When", e.Date.Display),
            new("Type", type.Title, ctx.Urls.EventsBy(EventFacet.Type, type.Slug)),
        };
        if (e.Place is { } place)
        {
            facts.Add(new("Where", place));
        }

        facts.Add(new("Country", ctx.Site.NameOf(countryKey), ctx.Urls.Entity(countryKey)));
        facts.Add(new("Place known", PrecisionWords[e.Precision]));
        if (e.Coordinates is { } c)
        {
            facts.Add(new("Coordinates", Coordinates(c)));
        }

        if (e.Fatalities is { } killed)
        {
            facts.Add(new("Killed", killed.ToString(CultureInfo.InvariantCulture)));
        }

        if (e.Injured is { } injured)
        {
            facts.Add(new("Injured", injured.ToString(CultureInfo.InvariantCulture)));
        }

        var actors = new List<LinkGroupModel>();
        AddGroup(actors, ctx, "Groups", e.Groups, "group");
        AddGroup(actors, ctx, "Claimed by", e.ClaimedBy, "group");
        AddGroup(actors, ctx, "Countries", e.Countries, "country");
        AddGroup(actors, ctx, "People", e.People, "person");
        return new EventModel(
            e.Title,
            e.Summary,
            PageContext.Date(e.Date),
            new LinkModel(type.Title, ctx.Urls.EventsBy(EventFacet.Type, type.Slug)),
            type.Definition,
            e.Status.ToString().ToLowerInvariant(),
            StatusText(e, claimedBy.Select(l => l.Text).ToList()),
            claimedBy,
            facts,
            ctx.Body(e),
            actors,
            SourceModel.From(e.Sources),
            ctx.Cards(ctx.ReportsOf(e)),
            CoverageMaps.Event(ctx, e));
    }

    /// <summary>"Claimed by X and Y; not independently confirmed." — what the page says of the event's status, in words.</summary>
    public static string StatusText(Event e, IReadOnlyList<string> claimants)
    {
        var by = claimants.Count == 0 ? "" : " by " + Names(claimants);
        return e.Status switch
        {
            EventStatus.Claimed => $"Claimed{by}; not independently confirmed.",
            EventStatus.Disputed => $"Disputed: the sources disagree about what happened.{(by.Length > 0 ? $" Claimed{by}." : "")}",
            _ => by.Length > 0 ? $"Confirmed; claimed{by}." : "Confirmed by the sources cited.",
        };
    }

    /// <summary>What an event's card says besides its date: where, the casualties, and its status when it is not confirmed.</summary>
    public static string CardMeta(PageContext ctx, Event e)
    {
        var parts = new List<string> { e.Place ?? ctx.Site.NameOf(new EntityKey(ContentKind.Country, e.Country.Slug)) };
        var casualties = new List<string>();
        if (e.Fatalities is { } killed)
        {
            casualties.Add($"{killed.ToString(CultureInfo.InvariantCulture)} killed");
        }

        if (e.Injured is { } injured)
        {
            casualties.Add($"{injured.ToString(CultureInfo.InvariantCulture)} injured");
        }

        if (casualties.Count > 0)
        {
            parts.Add(string.Join(", ", casualties));
        }

        if (e.Status != EventStatus.Confirmed)
        {
            parts.Add(e.Status.ToString().ToLowerInvariant());
        }

        return string.Join(" · ", parts);
    }

    /// <summary>On a country's or group's page: its events counted by type ("3 attacks, 1 exercise") and its event downloads.</summary>
    public static void AddToEntity(PageContext ctx, EntityKey key, List<FactModel> facts, List<LinkGroupModel> sections)
    {
        var events = ctx.Site.CoverageOf(key).OfType<Event>().ToList();
        if (events.Count == 0)
        {
            return;
        }

        var counts = EventTypes.Of(ctx.Site.Settings)
            .Select(t => (Type: t, Count: events.Count(e => e.Type.Value == t.Slug)))
            .Where(x => x.Count > 0)
            .ToList();
        sections.Add(new LinkGroupModel("Events by type",
            [.. counts.Select(x => new LinkModel(x.Type.Title, ctx.Urls.EventsBy(EventFacet.Type, x.Type.Slug), x.Count))]));
        if (key.Kind is ContentKind.Country or ContentKind.Group)
        {
            facts.Add(new("Events", string.Join(", ", counts.Select(x => $"{x.Count} {x.Type.Title.ToLowerInvariant()}"))));
            sections.Add(new LinkGroupModel("Event data",
            [
                new($"Its events as CSV ({events.Count})", ctx.Urls.Href(Urls.EntityEventsExportPath(key, EventExportFormat.Csv))),
                new($"Its events as JSON ({events.Count})", ctx.Urls.Href(Urls.EntityEventsExportPath(key, EventExportFormat.Json))),
                new("Codebook", ctx.Urls.Href(Urls.CodebookPath)),
            ]));
        }
    }

    private static CodebookModel Codebook(PageContext ctx)
    {
        var types = EventTypes.Of(ctx.Site.Settings).Select(t =>
        {
            var count = ctx.Site.Events.Count(e => e.Type.Value == t.Slug);
            return new CodebookTypeModel(t.Slug, t.Title, t.Definition, !EventTypes.BuiltIn.Contains(t),
                count == 0 ? null : new LinkModel($"{count} {(count == 1 ? "event" : "events")}", ctx.Urls.EventsBy(EventFacet.Type, t.Slug), count));
        }).ToList();
        return new CodebookModel(
            "Events codebook",
            "What every column of the event downloads means, and every event type, status and precision.",
            [.. EventExport.Columns.Select(c => new CodebookColumnModel(c.Name, c.Type, c.Meaning))],
            types,
            [.. StatusMeanings.Select(s => new FactModel(s.Key.ToString().ToLowerInvariant(), s.Value))],
            [.. PrecisionWords.Select(p => new FactModel(p.Key.ToString().ToLowerInvariant(), p.Value))],
            [.. AdmiraltyGrade.Reliabilities.Select(r => new FactModel(r.Code.ToString(), $"source reliability: {r.Meaning}")),
                .. AdmiraltyGrade.Credibilities.Select(c => new FactModel(c.Code.ToString(CultureInfo.InvariantCulture), $"information credibility: {c.Meaning}"))],
            [.. Downloads(ctx).Skip(1)]);
    }

    private static string Coordinates(Coordinates c) =>
        $"{Math.Abs(c.Latitude).ToString("0.####", CultureInfo.InvariantCulture)}° {(c.Latitude < 0 ? "S" : "N")}, " +
        $"{Math.Abs(c.Longitude).ToString("0.####", CultureInfo.InvariantCulture)}° {(c.Longitude < 0 ? "W" : "E")}";

    private static string Names(IReadOnlyList<string> names) =>
        names.Count <= 1 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];

    private static void AddGroup(List<LinkGroupModel> groups, PageContext ctx, string heading, IReadOnlyList<Ref> refs, string filter)
    {
        if (refs.Count > 0)
        {
            groups.Add(new LinkGroupModel(heading, [.. refs.Select(r => ctx.Link(new EntityKey(r.Kind, r.Slug)))], filter));
        }
    }
}
