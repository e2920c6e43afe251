namespace Briefings.Diagnostics;

/// <summary>Collects every diagnostic of a run (thread-safe); nothing is thrown for content problems.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public void Error(SourceLocation at, string code, string message) => Add(new(at, Severity.Error, code, message));

    public void Warning(SourceLocation at, string code, string message) => Add(new(at, Severity.Warning, code, message));

    public void Add(Diagnostic diagnostic)
    {
        diagnostic = diagnostic with { Message = MessageText.OneLine(diagnostic.Message) };
        lock (_lock)
        {
            _items.Add(diagnostic);
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_lock)
            {
                return _items.Exists(d => d.IsError);
            }
        }
    }

    /// <summary>All diagnostics in a stable order: by path, line, column, then code.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_lock)
        {
            return [.. _items
                .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .Distinct()];
        }
    }
}
