namespace Briefings.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
