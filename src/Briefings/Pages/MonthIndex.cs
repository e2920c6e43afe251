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
        Files = site.Lists.GetValueOrDefault(ContentKind.Month)?.OfType<Month>().ToDictionary(m => m.Period) ?? [];
        _dated = site.AllDated.Where(i => i.Date.Month is not null).GroupBy(MonthOf).ToDictionary(g => g.Key, g => (IReadOnlyList<DatedItem>)[.. g]);
        All = AllOf(Files, _dated);
        Trends = Files.Values.OrderBy(m => m.Period).SelectMany(m => m.Entries.Select(e => (Month: m, Entry: e)))
            .ToLookup(x => new EntityKey(x.Entry.Entity.Kind, x.Entry.Entity.Slug));
    }

    /// <summary>
    /// <paramref name="previous"/>'s index for a site in which only records dated to <paramref name="months"/> changed
    /// (serve's updates in place, which never change a monthly briefing file): those months' records are listed anew,
    /// the rest is shared.
    /// </summary>
    private MonthIndex(MonthIndex previous, Site site, HashSet<PartialDate> months)
    {
        Files = previous.Files;
        Trends = previous.Trends;
        var dated = new Dictionary<PartialDate, IReadOnlyList<DatedItem>>(previous._dated);
        foreach (var month in months)
        {
            dated.Remove(month);
        }

        foreach (var item in site.AllDated)
        {
            if (item.Date.Month is not null && months.Contains(MonthOf(item)))
            {
                ((List<DatedItem>)(dated.TryGetValue(MonthOf(item), out var list) ? list : dated[MonthOf(item)] = new List<DatedItem>())).Add(item);
            }
        }

        _dated = dated;
        All = AllOf(Files, dated);
    }

    private readonly Dictionary<PartialDate, IReadOnlyList<DatedItem>> _dated;

    /// <summary>Every month with content, oldest first.</summary>
    public IReadOnlyList<PartialDate> All { get; }

    /// <summary>The monthly briefing files, by month.</summary>
    public IReadOnlyDictionary<PartialDate, Month> Files { get; }

    /// <summary>Each entity's trend entries, oldest month first.</summary>
    public ILookup<EntityKey, (Month Month, TrendEntry Entry)> Trends { get; }

    /// <summary>The dated records of a month, kind by kind in the site's order (records dated to a year only are in none).</summary>
    public IReadOnlyList<DatedItem> Dated(PartialDate month) => _dated.GetValueOrDefault(month) ?? [];

    /// <summary>This index for <paramref name="site"/>, which differs from this one's in the records <paramref name="before"/> (as they were) and <paramref name="after"/> (as they are) only.</summary>
    public MonthIndex With(Site site, IEnumerable<DatedItem> before, IEnumerable<DatedItem> after) =>
        new(this, site, [.. before.Concat(after).Where(i => i.Date.Month is not null).Select(MonthOf)]);

    private static PartialDate MonthOf(DatedItem item) => new(item.Date.Year, item.Date.Month, null);

    private static PartialDate[] AllOf(IReadOnlyDictionary<PartialDate, Month> files, Dictionary<PartialDate, IReadOnlyList<DatedItem>> dated) =>
        [.. files.Keys.Concat(dated.Keys).Distinct().Order()];
}
