using Briefings.Content;
using Briefings.Linking;

namespace Briefings.Pages;

/// <summary>
/// The months that have content — a monthly briefing file, or any dated record (article, note, meeting, and every
/// dated kind added later) dated to the month — with what each holds, and every entity's trend entries.
/// </summary>
internal sealed class MonthIndex
{
    public MonthIndex(Site site)
    {
        var files = site.Lists.GetValueOrDefault(ContentKind.Month)?.OfType<Month>().ToDictionary(m => m.Period) ?? [];
        Dated = site.AllDated.Where(i => i.Date.Month is not null).ToLookup(i => new PartialDate(i.Date.Year, i.Date.Month, null));
        Files = files;
        All = [.. files.Keys.Concat(Dated.Select(g => g.Key)).Distinct().Order()];
        Trends = files.Values.OrderBy(m => m.Period).SelectMany(m => m.Entries.Select(e => (Month: m, Entry: e)))
            .ToLookup(x => new EntityKey(x.Entry.Entity.Kind, x.Entry.Entity.Slug));
    }

    /// <summary>Every month with content, oldest first.</summary>
    public IReadOnlyList<PartialDate> All { get; }

    /// <summary>The monthly briefing files, by month.</summary>
    public IReadOnlyDictionary<PartialDate, Month> Files { get; }

    /// <summary>Dated records by the month they are dated to (records dated to a year only are in none).</summary>
    public ILookup<PartialDate, DatedItem> Dated { get; }

    /// <summary>Each entity's trend entries, oldest month first.</summary>
    public ILookup<EntityKey, (Month Month, TrendEntry Entry)> Trends { get; }
}
