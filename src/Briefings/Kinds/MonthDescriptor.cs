using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Linking;
using Briefings.Markdown;
using Briefings.Pages;
using Briefings.Parsing;

namespace Briefings.Kinds;

/// <summary>
/// Monthly briefings: <c>months/&lt;yyyy-mm&gt;.md</c>, the month's trend entries (<c>entries:</c>) and its overview (the
/// body). Their pages are <c>/monthly/&lt;yyyy-mm&gt;/</c>, made by <see cref="MonthlyPages"/> for every month with content.
/// </summary>
internal sealed class MonthDescriptor : KindDescriptor<Month>
{
    private static readonly Dictionary<string, Trend> Trends = new()
    {
        ["deteriorated"] = Trend.Deteriorated,
        ["improved"] = Trend.Improved,
        ["unchanged"] = Trend.Unchanged,
    };

    private static readonly Dictionary<string, TrendAlert> Alerts = new()
    {
        ["risk"] = TrendAlert.Risk,
        ["opportunity"] = TrendAlert.Opportunity,
    };

    public override ContentKind Kind => ContentKind.Month;

    public override string Singular => "month";

    /// <summary>The URL segment: <c>/monthly/2019-11/</c>.</summary>
    public override string Plural => "monthly";

    public override string? Folder => "months";

    public override string Title => "Monthly briefings";

    public override string NavTitle => "Monthly";

    public override PageKind PageKind => PageKind.Month;

    public override bool HasFeed => false;

    public override ContentItem? Read(string slug, string path, FieldReader f, ParsedBody body)
    {
        var period = Month.Parse(slug);
        if (period is null)
        {
            f.Diagnostics.Error(SourceLocation.StartOf(path), DiagnosticCodes.BadMonthFile,
                $"'{slug}.md' is not a month; a monthly briefing is named after its month, yyyy-mm.md (for example months/2019-11.md)");
        }

        var entries = new List<TrendEntry>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var e in f.Mappings("entries"))
        {
            var entityText = e.LocatedString("entity", required: true);
            var entity = entityText is null ? null : ContentReaders.Target(e, entityText, "entity");
            var trend = e.Choice("trend", Trends, required: true);
            var alert = e.Choice("alert", Alerts);
            var text = e.LocatedString("text", required: true);
            var sources = e.Sources();
            e.ReportUnknownFields("a trend entry");
            if (entity is null || trend is null || text is null)
            {
                continue;
            }

            var key = $"{entity.Kind.Singular()}:{entity.Slug}";
            if (seen.TryGetValue(key, out var first))
            {
                f.Diagnostics.Error(entity.Location, DiagnosticCodes.DuplicateReference,
                    $"'entries' has '{key}' already at line {first.Line}; give each entity one entry a month");
                continue;
            }

            seen[key] = entity.Location;
            var parsed = MarkdownParser.Parse(text.Value, path, text.Location.Line, f.Diagnostics);
            entries.Add(new TrendEntry(entity, trend.Value, alert, parsed, sources, e.Location));
        }

        return period is { } p ? new Month { Slug = slug, SourcePath = path, Body = body, Period = p, Entries = entries } : null;
    }

    /// <summary>Newest first.</summary>
    protected override int Compare(Month a, Month b) => b.Period.CompareTo(a.Period);

    protected override Month Resolve(Month item, ReferenceResolver resolver) =>
        item with { Entries = [.. item.Entries.Where(e => resolver.Resolve(e.Entity, "entity") is not null)] };
}
