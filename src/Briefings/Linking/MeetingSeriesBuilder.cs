using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Linking;

/// <summary>Groups meetings by <c>series</c> and orders them by number, then date.</summary>
internal static class MeetingSeriesBuilder
{
    public static IReadOnlyList<MeetingSeries> Build(IEnumerable<Meeting> meetings, DiagnosticBag diagnostics)
    {
        var result = new List<MeetingSeries>();
        foreach (var group in meetings.Where(m => m.Series is not null).GroupBy(m => m.Series!.Value, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = group
                .OrderBy(m => m.Number ?? int.MaxValue)
                .ThenBy(m => m.Date)
                .ThenBy(m => m.Slug, StringComparer.Ordinal)
                .ToList();
            foreach (var clash in ordered.Where(m => m.Number is not null).GroupBy(m => m.Number).Where(g => g.Count() > 1))
            {
                foreach (var m in clash.Skip(1))
                {
                    diagnostics.Warning(m.Series!.Location, DiagnosticCodes.InvalidValue,
                        $"series '{group.Key}' has more than one meeting numbered {clash.Key} ({string.Join(", ", clash.Select(x => x.Slug))})");
                }
            }

            var title = ordered.Select(m => m.SeriesTitle).FirstOrDefault(t => t is not null) ?? TitleFromSlug(group.Key);
            result.Add(new MeetingSeries(group.Key, title, ordered));
        }

        return result;
    }

    private static string TitleFromSlug(string slug) => SiteLinker.TopicTitle(slug);
}
