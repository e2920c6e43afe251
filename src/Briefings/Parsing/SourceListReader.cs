using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Parsing;

/// <summary>
/// Reads a <c>sources:</c> list — <c>- {name, url, date, grade}</c> — for any kind that cites sources. <c>name</c> is
/// required; <c>url</c> must be http(s), <c>date</c> a partial date, <c>grade</c> an Admiralty grade (BRF214), each
/// reported where it is written.
/// </summary>
internal static class SourceListReader
{
    /// <summary>The fields of one source, in the order the schema and <c>new</c> write them.</summary>
    public static readonly IReadOnlyList<string> Fields = ["name", "url", "date", "grade"];

    public static IReadOnlyList<SourceCitation> Sources(this FieldReader f, string key = "sources")
    {
        var sources = new List<SourceCitation>();
        foreach (var source in f.Mappings(key))
        {
            var name = source.String("name", required: true);
            var url = source.Url("url");
            var date = source.Date("date");
            var grade = Grade(source);
            source.ReportUnknownFields($"a source in '{key}'");
            if (name is not null)
            {
                sources.Add(new SourceCitation(name, url, date, grade, source.Location));
            }
        }

        return sources;
    }

    private static AdmiraltyGrade? Grade(FieldReader source)
    {
        var text = source.LocatedString("grade");
        if (text is null)
        {
            return null;
        }

        if (AdmiraltyGrade.TryParse(text.Value, out var grade, out var error))
        {
            return grade;
        }

        source.Diagnostics.Error(text.Location, DiagnosticCodes.InvalidGrade, $"'grade': {error}");
        return null;
    }
}
