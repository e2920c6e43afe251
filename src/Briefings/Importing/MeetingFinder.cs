using System.Globalization;
using System.Text.RegularExpressions;
using Briefings.Content;

namespace Briefings.Importing;

/// <summary>A meeting recognised in the text, with the sentence that names it.</summary>
internal sealed record MeetingMatch(string Slug, string Evidence);

/// <summary>
/// Recognises the input's meetings in a text: one sentence has to carry nearly all the content words of a
/// meeting's title (or of its series title) — "seventh meeting of the Pakistan-Russia Joint Working Group on
/// Counter-Terrorism", "foreign ministers of Pakistan and Russia … at their meeting in Moscow". Ordinals must agree
/// ("seventh" or "7th" is meeting number 7 and rules out the 8th), a year written in the sentence must be the
/// meeting's, and a meeting later than the article cannot be in it. Nothing about any one meeting is hard-coded.
/// </summary>
internal static partial class MeetingFinder
{
    private const double Threshold = 0.8;

    private static readonly string[] OrdinalWords =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "on", "in", "at", "for", "and", "to", "with", "between", "by", "from", "its", "their", "held",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    public static IReadOnlyList<MeetingMatch> Find(IEnumerable<string> sentences, IEnumerable<Meeting> meetings, PartialDate? articleDate)
    {
        var words = sentences.Select(s => (Text: s, Words: Words(s))).ToList();
        var found = new List<MeetingMatch>();
        foreach (var meeting in meetings.OrderBy(m => m.Slug, StringComparer.Ordinal))
        {
            if (articleDate is { } date && Later(meeting.Date, date))
            {
                continue;
            }

            var titles = new[] { meeting.Title, meeting.SeriesTitle is null || meeting.Number is null ? null : $"{Ordinal(meeting.Number.Value)} {meeting.SeriesTitle}" };
            var keys = titles.OfType<string>().Select(t => Words(t).Where(w => !IsYear(w)).ToHashSet(StringComparer.Ordinal)).ToList();
            var hit = words.FirstOrDefault(s => Agrees(s.Words, meeting) && keys.Any(k => Names(k, s.Words)));
            if (hit.Text is not null)
            {
                found.Add(new MeetingMatch(meeting.Slug, hit.Text));
            }
        }

        // In the order the text names them.
        return [.. found.OrderBy(f => words.FindIndex(w => w.Text == f.Evidence))];
    }

    private static bool Agrees(HashSet<string> sentence, Meeting meeting)
    {
        var ordinals = sentence.Where(w => w.StartsWith('#')).ToList();
        if (meeting.Number is { } n && ordinals.Count > 0 && !ordinals.Contains("#" + n.ToString(CultureInfo.InvariantCulture)))
        {
            return false;
        }

        var years = sentence.Where(IsYear).ToList();
        return years.Count == 0 || years.Contains(meeting.Date.Year.ToString("0000", CultureInfo.InvariantCulture));
    }

    /// <summary>Nearly every content word of the title is in the sentence, and its ordinal ("seventh") always is.</summary>
    private static bool Names(HashSet<string> keys, HashSet<string> sentence) =>
        keys.Count > 0 && keys.Where(k => k.StartsWith('#')).All(sentence.Contains)
        && (double)keys.Count(sentence.Contains) / keys.Count >= Threshold;

    private static bool Later(PartialDate meeting, PartialDate article) =>
        meeting.Year > article.Year || (meeting.Year == article.Year && meeting.Month is { } mm && article.Month is { } am
            && (mm > am || (mm == am && meeting.Day is { } md && article.Day is { } ad && md > ad)));

    /// <summary>Content words, lowercased, light-stemmed ("ministers" → "minister"); ordinals become "#7".</summary>
    internal static HashSet<string> Words(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Word().Matches(text.ToLowerInvariant()))
        {
            var w = m.Value.TrimEnd('\'', '’');
            var ordinal = Array.IndexOf(OrdinalWords, w);
            if (ordinal >= 0)
            {
                set.Add("#" + (ordinal + 1).ToString(CultureInfo.InvariantCulture));
            }
            else if (NumericOrdinal().Match(w) is { Success: true } n)
            {
                set.Add("#" + n.Groups[1].Value);
            }
            else if (!Stopwords.Contains(w))
            {
                set.Add(w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w);
            }
        }

        return set;
    }

    private static string Ordinal(int n) => n <= OrdinalWords.Length ? OrdinalWords[n - 1] : $"{n}th";

    private static bool IsYear(string w) => w.Length == 4 && w.All(char.IsAsciiDigit) && w[0] is '1' or '2';

    [GeneratedRegex(@"[\p{L}\d]+(?:['’][\p{L}]+)?['’]?")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(\d{1,3})(?:st|nd|rd|th)$")]
    private static partial Regex NumericOrdinal();
}
