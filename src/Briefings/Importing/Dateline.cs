using System.Text.RegularExpressions;

namespace Briefings.Importing;

/// <summary>
/// The dateline that opens a report: "ISLAMABAD:", "MOSCOW (Reuters) -", "KABUL, Afghanistan —",
/// "Islamabad, March 21 (APP):", "NEW DELHI, March 3 -". The place comes out title-cased ("New Delhi");
/// a news agency in brackets is kept as a hint for the source.
/// </summary>
internal sealed partial record Dateline(string Place, string? Region, string? Agency, string Written, bool IsCertain)
{
    public static Dateline? Parse(string paragraph)
    {
        var m = Pattern().Match(paragraph);
        if (!m.Success)
        {
            return null;
        }

        var place = m.Groups["place"].Value.Trim();
        var allCaps = !place.Any(char.IsLower);
        var marked = m.Groups["agency"].Success || m.Groups["date"].Success || m.Groups["dash"].Success;

        var region = m.Groups["region"].Success ? m.Groups["region"].Value.Trim() : null;
        var agency = m.Groups["agency"].Success ? m.Groups["agency"].Value.Trim() : null;
        // "ISLAMABAD:" and "Islamabad (APP):" are datelines; "Islamabad:" only if the place is known ("Noting: …" is not).
        return new Dateline(TitleCase(place), region is null ? null : TitleCase(region), agency, m.Value.TrimEnd(), allCaps || marked);
    }

    private static string TitleCase(string text) => string.Join(' ', text.Split(' ').Select(Word));

    private static string Word(string word)
    {
        if (word.Length == 0 || word.Any(char.IsLower))
        {
            return word;
        }

        var lower = word.ToLowerInvariant();
        var parts = lower.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]);
        return string.Join('-', parts);
    }

    [GeneratedRegex("""
        ^(?<place>\p{Lu}[\p{L}.'’\-]*(?:\ \p{Lu}[\p{L}.'’\-]*){0,3})
        (?:,\ (?<region>\p{Lu}[\p{L}.\-]*(?:\ \p{Lu}[\p{L}.\-]*){0,2}))??
        (?:,?\ (?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\ \d{1,2}))?
        (?:\ ?\((?<agency>[^)]{1,40})\))?
        \ ?(?::|(?<dash>\ ?[-–—]{1,2}\ ))\ *
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
