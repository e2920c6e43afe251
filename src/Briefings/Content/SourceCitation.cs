using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>
/// One cited source of an event, relation, trend or note (<c>sources: [{name, url, date, grade}]</c>): who reported it,
/// where, when (as precisely as known) and, optionally, its <see cref="AdmiraltyGrade"/>.
/// </summary>
internal sealed record SourceCitation(string Name, Uri? Url, PartialDate? Date, AdmiraltyGrade? Grade, SourceLocation Location);
