using System.Globalization;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Linking;
using Briefings.Markdown;
using Briefings.Pages;
using Briefings.Pages.Meta;
using Briefings.Parsing;
using Briefings.Templates.Models;

namespace Briefings.Kinds;

/// <summary>Events: <c>events/&lt;yyyy&gt;/&lt;slug&gt;.md</c> — what happened, where, who did it, how many died (SPEC §7).</summary>
internal sealed class EventDescriptor : DatedKindDescriptor<Event>
{
    private static readonly Dictionary<string, EventStatus> Statuses = new()
    {
        ["confirmed"] = EventStatus.Confirmed,
        ["claimed"] = EventStatus.Claimed,
        ["disputed"] = EventStatus.Disputed,
    };

    private static readonly Dictionary<string, LocationPrecision> Precisions = new()
    {
        ["exact"] = LocationPrecision.Exact,
        ["near"] = LocationPrecision.Near,
        ["region"] = LocationPrecision.Region,
        ["country"] = LocationPrecision.Country,
    };

    /// <summary>Folders of <c>events/</c> that the site's own pages use: the codebook and the filtered lists.</summary>
    internal static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal) { "codebook", "types", "countries", "groups", "years" };

    public override ContentKind Kind => ContentKind.Event;

    public override string Singular => "event";

    public override string SectionDescription => "What happened where: attacks, clashes, arrests, exercises, agreements and visits, newest first.";

    public override PageTemplate ItemTemplate => PageTemplate.Event;

    public override PageKind PageKind => PageKind.Event;

    public override bool FiledByYear => true;

    public override bool IsReserved(string slug) => Reserved.Contains(slug);

    public override bool HasFeed => false;

    public override double RelatedWeight => 2;

    public override string SchemaType => "Event";

    public override ContentItem? Read(string slug, string path, FieldReader f, ParsedBody body)
    {
        var title = f.LocatedString("title", required: true);
        var date = f.Date("date", required: true);
        var type = f.LocatedString("type", required: true);
        var countryText = f.String("country", required: true);
        var country = countryText is null ? null : f.Reference("country", ContentKind.Country);
        var summary = f.LocatedString("summary", required: true);
        var coordinates = ReadCoordinates(f);
        var precision = f.Choice("precision", Precisions);
        if (precision == LocationPrecision.Exact && coordinates is null && f.LocationOf("coordinates") is null)
        {
            f.Diagnostics.Error(f.LocationOf("precision")!.Value, DiagnosticCodes.InvalidCoordinates,
                "'precision: exact' needs 'coordinates: [lat, lon]'; give the coordinates, or say how precisely the place is known ('near', 'region' or 'country')");
        }

        var item = new Event
        {
            Slug = slug,
            SourcePath = path,
            Body = body,
            Title = title?.Value ?? "",
            Date = date ?? default,
            Summary = summary?.Value,
            Type = type ?? new Located<string>("", f.Location),
            Country = country ?? new Ref(ContentKind.Country, "", f.Location),
            Place = f.String("location"),
            Coordinates = coordinates,
            Precision = precision ?? (coordinates is null ? LocationPrecision.Country : LocationPrecision.Exact),
            Groups = f.References("groups", ContentKind.Group),
            Countries = f.References("countries", ContentKind.Country),
            ClaimedBy = f.References("claimed_by", ContentKind.Group),
            People = f.References("people", ContentKind.Person),
            Fatalities = ReadCount(f, "fatalities"),
            Injured = ReadCount(f, "injured"),
            Status = f.Choice("status", Statuses) ?? EventStatus.Confirmed,
            Sources = f.Sources(),
            Articles = f.References("articles", ContentKind.Article),
            Refs = EntityRefs.None,
        };
        return title is null || date is null || type is null || country is null || summary is null ? null : item;
    }

    /// <summary><c>coordinates: [33.29, 73.37]</c>: latitude −90…90 then longitude −180…180, decimal degrees.</summary>
    private static Coordinates? ReadCoordinates(FieldReader f)
    {
        var at = f.LocationOf("coordinates");
        var items = f.LocatedStrings("coordinates");
        if (at is null || items.Count == 0)
        {
            return null;
        }

        if (items.Count != 2)
        {
            f.Diagnostics.Error(at.Value, DiagnosticCodes.InvalidCoordinates,
                $"'coordinates' must be two numbers, latitude then longitude in decimal degrees (coordinates: [33.29, 73.37]), not {items.Count}");
            return null;
        }

        var latitude = Degrees(f, items[0], "latitude", 90, "north, negative south");
        var longitude = Degrees(f, items[1], "longitude", 180, "east, negative west");
        return latitude is { } la && longitude is { } lo ? new Coordinates(la, lo) : null;
    }

    private static double? Degrees(FieldReader f, Located<string> text, string what, int limit, string sign)
    {
        if (!double.TryParse(text.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            f.Diagnostics.Error(text.Location, DiagnosticCodes.InvalidCoordinates,
                $"'coordinates': the {what} '{text.Value}' is not a number; write decimal degrees (33.29, not 33°17'N)");
            return null;
        }

        if (Math.Abs(value) > limit)
        {
            var swapped = what == "latitude" && Math.Abs(value) <= 180 ? "; are latitude and longitude swapped? write [lat, lon]" : "";
            f.Diagnostics.Error(text.Location, DiagnosticCodes.InvalidCoordinates,
                $"'coordinates': {what} {text.Value} is outside −{limit}…{limit} (positive {sign}){swapped}");
            return null;
        }

        return value;
    }

    /// <summary>A count of people (<c>fatalities</c>, <c>injured</c>): a whole number, 0 or more.</summary>
    private static int? ReadCount(FieldReader f, string key)
    {
        var text = f.LocatedString(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        var hint = decimal.TryParse(text.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number < 0
                ? "; a count cannot be negative (leave the field out when the sources give no figure)"
                : $"; a count of people is a whole number (did you mean {Math.Round(number, MidpointRounding.ToZero).ToString(CultureInfo.InvariantCulture)}?)"
            : "; when the sources give a range or 'dozens', write the lowest figure they give and the rest in the text";
        f.Diagnostics.Error(text.Location, DiagnosticCodes.InvalidCount, $"'{key}' must be a whole number of people, 0 or more, not '{text.Value}'{hint}");
        return null;
    }

    public override IReadOnlyList<string> Scaffold(string quotedTitle, PartialDate date) =>
    [
        $"title: {quotedTitle}",
        $"date: {date.Iso}".PadRight(34) + "# the day it happened: YYYY-MM-DD, YYYY-MM or YYYY",
        "type: other                       # attack, clash, arrest, exercise, agreement, statement, sanction, visit, other (or site.yml's event_types)",
        "country: pakistan                 # where it happened (built-in slug)",
        $"summary: \"{FieldReader.PlaceholderPrefix}: what happened, in one or two sentences of your own\"",
        "# location: Dasu, Khyber Pakhtunkhwa",
        "# coordinates: [35.29, 73.29]    # latitude, longitude in decimal degrees",
        "# precision: exact                # exact, near, region or country (default: exact with coordinates, country without)",
        "groups: []                        # actors",
        "countries: []                     # actor countries",
        "claimed_by: []                    # militant groups that claimed it",
        "people: []",
        "# fatalities: 0                   # only as the sources give them",
        "# injured: 0",
        "# status: confirmed               # confirmed, claimed or disputed",
        "sources:",
        $"  - name: \"{FieldReader.PlaceholderPrefix}: who reported it\"",
        "    # url: https://…",
        $"    # date: {date.Iso}",
        "    # grade: B2                   # Admiralty grade: reliability A–F, credibility 1–6",
        "articles: []                      # slugs of the articles that report it",
    ];

    protected override Event Resolve(Event item, ReferenceResolver resolver)
    {
        CheckType(item, resolver);
        var country = resolver.Resolve(item.Country, "country");
        var countries = resolver.Resolve(item.Countries, "countries");
        var groups = resolver.Resolve(item.Groups, "groups");
        var claimedBy = resolver.Resolve(item.ClaimedBy, "claimed_by");
        foreach (var claimant in claimedBy)
        {
            if (resolver.Find<Group>(claimant) is { GroupKind: not GroupKind.Militant } group)
            {
                resolver.Diagnostics.Warning(claimant.Location, DiagnosticCodes.NotMilitant,
                    $"'claimed_by': '{claimant.Slug}' is listed as {Pages.EntityPages.GroupKindLabel(group.GroupKind).ToLowerInvariant().TrimEnd('s')}, not a militant group; " +
                    "list it under 'groups', or give its file 'kind: militant' if it is one");
            }
        }

        var people = resolver.Resolve(item.People, "people");
        var refs = new EntityRefs(
            [.. (country is null ? countries : countries.Prepend(country)).DistinctBy(r => r.Slug)],
            [.. groups.Concat(claimedBy).DistinctBy(r => r.Slug)],
            [],
            people,
            []);
        return item with
        {
            Country = country ?? item.Country,
            Countries = countries,
            Groups = groups,
            ClaimedBy = claimedBy,
            People = people,
            Articles = resolver.Resolve(item.Articles, "articles"),
            Refs = refs,
        };
    }

    private static void CheckType(Event item, ReferenceResolver resolver)
    {
        var types = EventTypes.Of(resolver.Settings);
        if (item.Type.Value.Length == 0 || types.Any(t => t.Slug == item.Type.Value))
        {
            return;
        }

        var slugs = types.Select(t => t.Slug).ToList();
        resolver.Diagnostics.Error(item.Type.Location, DiagnosticCodes.InvalidValue,
            $"'type': no event type '{item.Type.Value}'{Suggest.DidYouMean(item.Type.Value, slugs)} (types: {string.Join(", ", slugs)}; a site adds its own under 'event_types:' in site.yml)");
    }

    protected override PageModel ItemModel(PageContext ctx, Event e) => Pages.EventPages.Event(ctx, e);

    protected override CardModel Card(Event e, PageContext ctx) =>
        new($"Event · {EventTypes.Find(ctx.Site.Settings, e.Type.Value).Title}", e.Title, ctx.Urls.Entity(Kind, e.Slug), PageContext.Date(e.Date), e.Summary,
            Pages.EventPages.CardMeta(ctx, e));

    protected override LdObject JsonLd(PageContext ctx, Event e, string? canonical)
    {
        var data = Pages.Meta.JsonLd.Thing("Event", e.Title, canonical, e.Summary);
        data["startDate"] = e.Date.Iso;
        var place = Pages.Meta.JsonLd.Thing("Place", e.Place ?? ctx.Site.NameOf(new EntityKey(ContentKind.Country, e.Country.Slug)), null);
        if (e.Coordinates is { } c)
        {
            place["geo"] = new LdObject { ["@type"] = "GeoCoordinates", ["latitude"] = c.Latitude, ["longitude"] = c.Longitude };
        }

        data["location"] = place;
        PageMetaFactory.AddEntities(ctx, data, e.Refs);
        return data;
    }
}
