namespace Briefings.Diagnostics;

/// <summary>One problem found in the input, printed as <c>path:line:column: error CODE: message</c>.</summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString() =>
        $"{Location}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
