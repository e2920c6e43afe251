using System.Globalization;
using System.Text;
using System.Text.Json;
using Briefings.Content;
using Briefings.Pages;
using nietras.SeparatedValues;

namespace Briefings.Output.Events;

/// <summary>
/// Events as data, one row per event, ACLED-like: <c>events/events.csv</c> and <c>.json</c>, and the same for every
/// country and group they name. The columns, their order and their meaning are <see cref="Columns"/> (the codebook page
/// shows them). CSV is RFC 4180 (written by Sep, CRLF line ends, UTF-8 without a byte-order mark); a text cell that a
/// spreadsheet would run as a formula — starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return —
/// gets a leading <c>'</c> (OWASP CSV injection), while the numeric columns stay numbers, negative ones included.
/// </summary>
internal static class EventExport
{
    /// <summary>One column: its name (also the JSON key), its type and what it means.</summary>
    internal sealed record Column(string Name, string Type, string Meaning);

    public static readonly IReadOnlyList<Column> Columns =
    [
        new("slug", "text", "The event's identifier: its file name, unique among events."),
        new("title", "text", "A short title of what happened."),
        new("date", "date", "When it happened, as precisely as known: YYYY-MM-DD, YYYY-MM or YYYY."),
        new("date_precision", "day | month | year", "How precise date is."),
        new("type", "event type", "The event type's slug; the types are listed below."),
        new("country", "country slug", "The country where it happened."),
        new("location", "text", "The place as text (\"Dasu, Khyber Pakhtunkhwa\"); empty when only the country is known."),
        new("latitude", "number", "Latitude in decimal degrees (WGS 84), −90 to 90, positive north; empty (null in JSON) without coordinates."),
        new("longitude", "number", "Longitude in decimal degrees (WGS 84), −180 to 180, positive east; empty (null in JSON) without coordinates."),
        new("precision", "exact | near | region | country", "How precisely the place is known; see below."),
        new("groups", "list of group slugs", "Groups that took part."),
        new("countries", "list of country slugs", "Countries that took part (the country where it happened is in country)."),
        new("claimed_by", "list of group slugs", "Groups that claimed it."),
        new("people", "list of person slugs", "People it names."),
        new("fatalities", "whole number", "People killed, as the sources give it; empty (null in JSON) when they give no figure."),
        new("injured", "whole number", "People injured, as the sources give it; empty (null in JSON) when they give no figure."),
        new("status", "confirmed | claimed | disputed", "What is known of it; see below."),
        new("sources", "list of sources", "Who reported it. CSV: each 'Name <URL>' (the URL when there is one); JSON: objects {name, url, date, grade}, grade an Admiralty grade such as B2."),
        new("url", "URL", "The event's page on this site."),
    ];

    /// <summary>What lists are joined with in a CSV cell.</summary>
    public const string ListSeparator = "; ";

    private static readonly SepWriterOptions CsvOptions = Sep.New(',').Writer() with { Escape = true, CultureInfo = CultureInfo.InvariantCulture };

    public static byte[] Csv(PageContext ctx, IEnumerable<Event> events)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using (var writer = CsvOptions.To(text))
        {
            foreach (var e in events)
            {
                using var row = writer.NewRow();
                var cells = Cells(ctx, e);
                for (var i = 0; i < Columns.Count; i++)
                {
                    row[Columns[i].Name].Set(cells[i]);
                }
            }

            if (!events.Any())
            {
                writer.Header.Add([.. Columns.Select(c => c.Name)]);
                writer.Header.Write();
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static byte[] Json(PageContext ctx, IEnumerable<Event> events)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var e in events)
            {
                Write(json, ctx, e);
            }

            json.WriteEndArray();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>A text cell a spreadsheet would not run: one starting with <c>= + - @</c>, tab or CR gets a leading <c>'</c>.</summary>
    public static string Neutralised(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;

    /// <summary>The CSV cells of one event, in <see cref="Columns"/> order.</summary>
    private static string[] Cells(PageContext ctx, Event e) =>
    [
        Neutralised(e.Slug),
        Neutralised(e.Title),
        e.Date.Iso,
        DatePrecision(e.Date),
        Neutralised(e.Type.Value),
        e.Country.Slug,
        Neutralised(e.Place ?? ""),
        Number(e.Coordinates?.Latitude),
        Number(e.Coordinates?.Longitude),
        Word(e.Precision),
        List(e.Groups),
        List(e.Countries),
        List(e.ClaimedBy),
        List(e.People),
        e.Fatalities?.ToString(CultureInfo.InvariantCulture) ?? "",
        e.Injured?.ToString(CultureInfo.InvariantCulture) ?? "",
        Word(e.Status),
        Neutralised(string.Join(ListSeparator, e.Sources.Select(s => s.Url is null ? s.Name : $"{s.Name} <{s.Url.AbsoluteUri}>"))),
        Url(ctx, e),
    ];

    private static void Write(Utf8JsonWriter json, PageContext ctx, Event e)
    {
        json.WriteStartObject();
        json.WriteString("slug", e.Slug);
        json.WriteString("title", e.Title);
        json.WriteString("date", e.Date.Iso);
        json.WriteString("date_precision", DatePrecision(e.Date));
        json.WriteString("type", e.Type.Value);
        json.WriteString("country", e.Country.Slug);
        WriteOrNull(json, "location", e.Place);
        WriteOrNull(json, "latitude", e.Coordinates?.Latitude);
        WriteOrNull(json, "longitude", e.Coordinates?.Longitude);
        json.WriteString("precision", Word(e.Precision));
        WriteList(json, "groups", e.Groups);
        WriteList(json, "countries", e.Countries);
        WriteList(json, "claimed_by", e.ClaimedBy);
        WriteList(json, "people", e.People);
        WriteOrNull(json, "fatalities", e.Fatalities);
        WriteOrNull(json, "injured", e.Injured);
        json.WriteString("status", Word(e.Status));
        json.WriteStartArray("sources");
        foreach (var s in e.Sources)
        {
            json.WriteStartObject();
            json.WriteString("name", s.Name);
            WriteOrNull(json, "url", s.Url?.AbsoluteUri);
            WriteOrNull(json, "date", s.Date?.Iso);
            WriteOrNull(json, "grade", s.Grade?.Code);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("url", Url(ctx, e));
        json.WriteEndObject();
    }

    private static string Url(PageContext ctx, Event e) => ctx.Urls.AbsoluteOrHref(Urls.EntityPath(ContentKind.Event, e.Slug));

    private static string DatePrecision(PartialDate date) => date.Day is not null ? "day" : date.Month is not null ? "month" : "year";

    private static string Word<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string List(IReadOnlyList<Ref> refs) => string.Join(ListSeparator, refs.Select(r => r.Slug));

    private static void WriteList(Utf8JsonWriter json, string name, IReadOnlyList<Ref> refs)
    {
        json.WriteStartArray(name);
        foreach (var r in refs)
        {
            json.WriteStringValue(r.Slug);
        }

        json.WriteEndArray();
    }

    private static void WriteOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>The export files that belong beside a page: all events beside the events list, an entity's beside its page.</summary>
    public static IEnumerable<OutputFile> For(PageContext ctx, PageJob job)
    {
        IReadOnlyList<Event>? events = null;
        Func<EventExportFormat, string>? path = null;
        if (job.Path == Urls.SectionPath(ContentKind.Event))
        {
            events = ctx.Site.Events;
            path = Urls.EventsExportPath;
        }
        else if (job.Entity is { Kind: ContentKind.Country or ContentKind.Group } key && job.Path == Urls.EntityPath(key))
        {
            events = [.. ctx.Site.CoverageOf(key).OfType<Event>()];
            path = format => Urls.EntityEventsExportPath(key, format);
        }

        if (events is null || path is null || (events.Count == 0 && job.Entity is not null))
        {
            yield break;
        }

        yield return new OutputFile(path(EventExportFormat.Csv), Csv(ctx, events));
        yield return new OutputFile(path(EventExportFormat.Json), Json(ctx, events));
    }
}
