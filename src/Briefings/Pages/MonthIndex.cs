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
        _dated = DatedByMonth(site);
        All = AllOf(Files, _dated);
        Trends = Files.Values.OrderBy(m => m.Period).SelectMany(m => m.Entries.Select(e => (Month: m, Entry: e)))
            .ToLookup(x => new EntityKey(x.Entry.Entity.Kind, x.Entry.Entity.Slug));
    }

    /// <summary>
    /// <paramref name="previous"/>'s index for a site in which only the records <paramref name="before"/> were replaced
    /// by <paramref name="after"/> (serve's updates in place, which never change a monthly briefing file): the months
    /// they were or are dated to are listed anew, the rest is shared.
    /// </summary>
    private MonthIndex(MonthIndex previous, IReadOnlyCollection<DatedItem> before, IReadOnlyCollection<DatedItem> after)
    {
        Files = previous.Files;
        Trends = previous.Trends;
        var dated = new Dictionary<PartialDate, IReadOnlyList<DatedItem>>(previous._dated);
        var gone = before.ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var month in before.Concat(after).Where(i => i.Date.Month is not null).Select(MonthOf).Distinct())
        {
            var list = (dated.GetValueOrDefault(month) ?? []).Where(i => !gone.Contains(i)).ToList();
            foreach (var item in after.Where(i => i.Date.Month is not null && MonthOf(i) == month))
            {
                list.Insert(PlaceOf(list, item), item);
            }

            if (list.Count == 0)
            {
                dated.Remove(month);
            }
            else
            {
                dated[month] = list;
            }
        }

        _dated = dated;
        All = AllOf(Files, dated);
    }

    /// <summary>Where a record goes in a month's list: kind by kind as the site lists kinds, each in its kind's order.</summary>
    private static int PlaceOf(List<DatedItem> list, DatedItem item)
    {
        var rank = KindRank(item.Kind);
        var kind = ContentKinds.Of(item.Kind);
        var at = 0;
        while (at < list.Count && (KindRank(list[at].Kind) < rank || (list[at].Kind == item.Kind && kind.Order(list[at], item) < 0)))
        {
            at++;
        }

        return at;
    }

    private static int KindRank(ContentKind kind)
    {
        var all = ContentKinds.All;
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Kind == kind)
            {
                return i;
            }
        }

        return all.Count;
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

    /// <summary>This index for a site that differs from this one's in the records <paramref name="before"/> (as they were, now gone) and <paramref name="after"/> (as they are, now in) only.</summary>
    public MonthIndex With(IReadOnlyCollection<DatedItem> before, IReadOnlyCollection<DatedItem> after) => new(this, before, after);

    private static PartialDate MonthOf(DatedItem item) => new(item.Date.Year, item.Date.Month, null);

    /// <summary>
    /// Each month's records in one pass over the site's lists, kind by kind, each in its kind's order: straight into
    /// one list per month (grouping, then copying each group, read and wrote every record's reference twice more).
    /// </summary>
    private static Dictionary<PartialDate, IReadOnlyList<DatedItem>> DatedByMonth(Site site)
    {
        var months = new Dictionary<PartialDate, List<DatedItem>>();
        List<DatedItem>? last = null;
        var lastMonth = default(PartialDate);
        foreach (var item in site.AllDated)
        {
            if (item.Date.Month is null)
            {
                continue;
            }

            var month = MonthOf(item);
            if (last is null || month != lastMonth)
            {
                // Records of a kind come newest first, so most follow one of the same month: the dictionary is asked
                // once per run of a month, not once per record.
                if (!months.TryGetValue(month, out last))
                {
                    months[month] = last = [];
                }

                lastMonth = month;
            }

            last.Add(item);
        }

        return months.ToDictionary(m => m.Key, m => (IReadOnlyList<DatedItem>)m.Value);
    }

    private static PartialDate[] AllOf(IReadOnlyDictionary<PartialDate, Month> files, Dictionary<PartialDate, IReadOnlyList<DatedItem>> dated) =>
        [.. files.Keys.Concat(dated.Keys).Distinct().Order()];
}
