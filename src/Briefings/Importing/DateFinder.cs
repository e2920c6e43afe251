using System.Globalization;
using System.Text.RegularExpressions;
using Briefings.Content;

namespace Briefings.Importing;

/// <summary>
/// Finds the publication date a scraped page gives: a date line ("Published: March 21, 2018", "21 March 2018",
/// "Mar 21, 2018 10:32 AM", "2018-03-21") or a dated URL path (<c>/2018/03/21/</c>).
/// </summary>
internal static partial class DateFinder
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>A line that is only a date (with an optional label and time); null when it is anything else.</summary>
    public static PartialDate? FromDateLine(string line)
    {
        if (line.Length > 80)
        {
            return null;
        }

        var m = DateLine().Match(line);
        if (!m.Success)
        {
            return null;
        }

        if (m.Groups["iso"].Success)
        {
            return PartialDate.TryParse(m.Groups["iso"].Value, out var iso, out _) ? iso : null;
        }

        var month = Array.IndexOf(Months, m.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
        var day = int.Parse(m.Groups["day1"].Success ? m.Groups["day1"].Value : m.Groups["day2"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        return month > 0 && PartialDate.TryParse($"{year:0000}-{month:00}-{day:00}", out var date, out _) ? date : null;
    }

    /// <summary>The date in a URL such as <c>…/2018/03/21/story</c> or <c>…/2018/03/story</c>.</summary>
    public static PartialDate? FromUrl(string? url)
    {
        var m = url is null ? Match.Empty : UrlDate().Match(url);
        if (!m.Success)
        {
            return null;
        }

        var text = m.Groups["y"].Value + "-" + m.Groups["m"].Value + (m.Groups["d"].Success ? "-" + m.Groups["d"].Value : "");
        return PartialDate.TryParse(text, out var date, out _) ? date : null;
    }

    [GeneratedRegex("""
        ^(?:(?:published|posted|updated|last\ updated|date)\s*(?:on|at)?\s*:?\s*)?
        (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?
        (?:
           (?<iso>\d{4}-\d{2}-\d{2})
         | (?<day1>\d{1,2})\s+(?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?<year>\d{4})
         | (?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?<day2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})
        )
        (?:\s*(?:,|at|-|\|)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?
        \s*(?:\|.*)?$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})/(?<m>0[1-9]|1[0-2])(?:/(?<d>0[1-9]|[12]\d|3[01]))?/")]
    private static partial Regex UrlDate();
}
