using System.Globalization;

namespace Briefings.Content;

/// <summary>
/// A date known to the year, the month or the day ("2018", "2018-03", "2018-03-21").
/// The precision is kept: it is shown honestly and never padded with a made-up day.
/// </summary>
internal readonly record struct PartialDate(int Year, int? Month, int? Day) : IComparable<PartialDate>
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static bool TryParse(string? text, out PartialDate date, out string error)
    {
        date = default;
        error = "";
        var parts = (text ?? "").Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2) || !parts.All(IsDigits))
        {
            error = $"'{text}' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY (for example 2018-03-21)";
            return false;
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        int? month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        int? day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
        if (year < 1)
        {
            error = $"'{text}' has year 0000; years start at 0001";
            return false;
        }

        if (month is < 1 or > 12)
        {
            error = $"'{text}' has month {month:00}; months run from 01 to 12";
            return false;
        }

        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month!.Value)))
        {
            error = $"'{text}' is not a day of {MonthNames[month!.Value - 1]} {year}";
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>Machine-readable form for <c>&lt;time datetime&gt;</c> and feeds: as precise as known.</summary>
    public string Iso => Day is { } d ? $"{Year:0000}-{Month:00}-{d:00}" : Month is { } m ? $"{Year:0000}-{m:00}" : $"{Year:0000}";

    /// <summary>Reader-facing form: "21 March 2018", "March 2018" or "2018".</summary>
    public string Display => Day is { } d
        ? $"{d} {MonthNames[Month!.Value - 1]} {Year}"
        : Month is { } m ? $"{MonthNames[m - 1]} {Year}" : Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>One number in the order of <see cref="CompareTo"/>: yyyymmdd, with 00 for a month or day not known.</summary>
    public int SortKey => (Year * 100 + (Month ?? 0)) * 100 + (Day ?? 0);

    public int CompareTo(PartialDate other)
    {
        var byYear = Year.CompareTo(other.Year);
        if (byYear != 0)
        {
            return byYear;
        }

        var byMonth = (Month ?? 0).CompareTo(other.Month ?? 0);
        return byMonth != 0 ? byMonth : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    public override string ToString() => Iso;

    private static bool IsDigits(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);
}
