using System.Globalization;
using System.Text.RegularExpressions;
using Briefings.Content;

namespace Briefings.Importing;

/// <summary>
/// Finds the publication date a scraped page gives: a date line ("Published: March 21, 2018", "21 March 2018",
/// "14th Nov, 2019", "14 Jul 2021", "Mar 21, 2018 10:32 AM", "2018-03-21", "Date: 13:00, 14-09-2016"), a labelled line
/// with other words in it ("Published in The Daily, May 17th, 2022", "Updated on Tuesday 14 July 2021 at 09:00") or a
/// dated URL path (<c>/2018/03/21/</c>). Numeric dates are read day first (14-09-2016), as outside the United States;
/// month first only when the day could not be a month (09/14/2016).
/// </summary>
internal static partial class DateFinder
{
    private const string Date = """
        (?:
           (?<iso>(?:19|20)\d{2}-\d{2}-\d{2})
         | (?<day1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?<year>(?:19|20)\d{2})
         | (?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?<day2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d{2})
         | (?<n1>\d{1,2})[-/.](?<n2>\d{1,2})[-/.](?<ny>(?:19|20)\d{2})
        )
        """;

    private const string Time = @"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,4}\)?)?";

    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>A line that is a date (with an optional label, weekday and time); null when it is anything else.</summary>
    public static PartialDate? FromDateLine(string line)
    {
        if (line.Length > 100)
        {
            return null;
        }

        if (DateLine().Match(line) is { Success: true } whole)
        {
            return Read(whole);
        }

        // "Published in The Daily, May 17th, 2022", "Last updated on Tuesday 14 July 2021 at 09:00 BST"
        return Labelled().IsMatch(line) ? Within(line) : null;
    }

    /// <summary>The first date written anywhere in a short text (a byline with its date, a credit line).</summary>
    public static PartialDate? Within(string text) => AnyDate().Match(text) is { Success: true } m ? Read(m) : null;

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

    private static PartialDate? Read(Match m)
    {
        int year, month, day;
        if (m.Groups["iso"].Success)
        {
            return PartialDate.TryParse(m.Groups["iso"].Value, out var iso, out _) ? iso : null;
        }

        if (m.Groups["ny"].Success)
        {
            var (a, b) = (Int(m.Groups["n1"].Value), Int(m.Groups["n2"].Value));
            (day, month) = a > 12 || b <= 12 ? (a, b) : (b, a);
            year = Int(m.Groups["ny"].Value);
        }
        else
        {
            month = Array.IndexOf(Months, m.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
            day = Int(m.Groups["day1"].Success ? m.Groups["day1"].Value : m.Groups["day2"].Value);
            year = Int(m.Groups["year"].Value);
        }

        return month > 0 && PartialDate.TryParse($"{year:0000}-{month:00}-{day:00}", out var date, out _) ? date : null;

        static int Int(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex($$"""
        ^(?:(?:published|posted|updated|last\ updated|first\ published|date|dated)\s*(?:on|at)?\s*:?\s*)?
        (?:{{Time}}\s*,?\s*)?
        (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?
        {{Date}}
        (?:\s*(?:,|at|-|\|)?\s*{{Time}})?
        \s*(?:\|.*)?$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^(?:published|posted|updated|last\s+updated|last\s+modified|first\s+published|date|dated)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();

    [GeneratedRegex($$"""(?<![\d\p{L}]){{Date}}(?!\d)""", RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex AnyDate();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})/(?<m>0[1-9]|1[0-2])(?:/(?<d>0[1-9]|[12]\d|3[01]))?/")]
    private static partial Regex UrlDate();
}
