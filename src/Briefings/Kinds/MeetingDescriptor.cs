using Briefings.Content;
using Briefings.Linking;
using Briefings.Markdown;
using Briefings.Pages;
using Briefings.Pages.Meta;
using Briefings.Parsing;
using Briefings.Templates.Models;

namespace Briefings.Kinds;

/// <summary>Meetings: <c>meetings/&lt;slug&gt;.md</c>, possibly one of a numbered series.</summary>
internal sealed class MeetingDescriptor : DatedKindDescriptor<Meeting>
{
    public override ContentKind Kind => ContentKind.Meeting;

    public override string Singular => "meeting";

    public override string SectionDescription => "Summits, working groups and talks, newest first.";

    public override PageTemplate ItemTemplate => PageTemplate.Meeting;

    public override PageKind PageKind => PageKind.Meeting;

    /// <summary><c>meetings/series/…</c> holds the series pages.</summary>
    public override bool IsReserved(string slug) => slug == "series";

    public override double RelatedWeight => 3;

    public override string SchemaType => "Event";

    public override ContentItem? Read(string slug, string path, FieldReader f, ParsedBody body)
    {
        var title = f.String("title", required: true);
        var date = f.Date("date", required: true);
        var series = f.String("series");
        var meeting = new Meeting
        {
            Slug = slug,
            SourcePath = path,
            Body = body,
            Title = title ?? "",
            Date = date ?? default,
            Summary = f.String("summary"),
            Place = f.String("location"),
            Host = f.Reference("host", ContentKind.Country),
            Series = series is null ? null : ReadSeries(f, series),
            SeriesTitle = f.String("series_title"),
            Number = f.Int("number", 1, 100_000),
            Refs = new EntityRefs(
                f.References("countries", ContentKind.Country),
                f.References("groups", ContentKind.Group),
                [],
                f.References("people", ContentKind.Person),
                f.References("topics", ContentKind.Topic)),
        };
        return title is null || date is null ? null : meeting;
    }

    private static Located<string>? ReadSeries(FieldReader f, string series)
    {
        var reference = f.Reference("series", ContentKind.Meeting);
        return reference is null ? null : new Located<string>(series, reference.Location);
    }

    public override IReadOnlyList<string> Scaffold(string quotedTitle, PartialDate date) =>
    [
        $"title: {quotedTitle}",
        $"date: {date.Iso}".PadRight(34) + "# the day it was held: YYYY-MM-DD, YYYY-MM or YYYY",
        "# location: Ministry of Foreign Affairs, Islamabad",
        "# host: pakistan",
        "# series: pakistan-russia-jwg-ct # meetings of one series link to each other by number",
        "# series_title: Pakistan–Russia Joint Working Group on Counter-Terrorism",
        "# number: 7",
        "countries: []                     # participants",
        "groups: []",
        "people: []",
        "# summary: What was agreed, in your own words.",
    ];

    protected override Meeting Resolve(Meeting item, ReferenceResolver resolver) =>
        item with { Refs = resolver.Resolve(item.Refs), Host = resolver.Resolve(item.Host, "host") };

    protected override PageModel ItemModel(PageContext ctx, Meeting m) => ItemPages.Meeting(ctx, m);

    protected override CardModel Card(Meeting m, PageContext ctx) =>
        new("Meeting", m.Title, ctx.Urls.Entity(Kind, m.Slug), PageContext.Date(m.Date), m.Summary, m.Place);

    protected override LdObject JsonLd(PageContext ctx, Meeting m, string? canonical)
    {
        var data = Pages.Meta.JsonLd.Thing("Event", m.Title, canonical, m.Summary);
        data["startDate"] = m.Date.Iso;
        var place = m.Place ?? (m.Host is { } host ? ctx.Site.NameOf(new EntityKey(ContentKind.Country, host.Slug)) : null);
        if (place is not null)
        {
            data["location"] = Pages.Meta.JsonLd.Thing("Place", place, null);
        }

        PageMetaFactory.AddEntities(ctx, data, m.Refs);
        return data;
    }
}
