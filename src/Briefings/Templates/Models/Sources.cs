using Briefings.Content;

namespace Briefings.Templates.Models;

/// <summary>An Admiralty grade as shown: <c>B2</c> and what it means ("usually reliable, probably true").</summary>
public sealed record GradeModel(string Code, string Meaning, string Label);

/// <summary>One cited source in a <c>sources</c> partial: its name, a link when it has one, its date and grade.</summary>
public sealed record SourceModel(string Name, string? Href, DateModel? Date, GradeModel? Grade)
{
    internal static SourceModel From(SourceCitation source) => new(
        source.Name,
        source.Url?.AbsoluteUri,
        source.Date is { } date ? new DateModel(date.Display, date.Iso) : null,
        source.Grade is { } grade ? new GradeModel(grade.Code, grade.Meaning, grade.Label) : null);

    internal static IReadOnlyList<SourceModel> From(IEnumerable<SourceCitation> sources) => [.. sources.Select(From)];
}
