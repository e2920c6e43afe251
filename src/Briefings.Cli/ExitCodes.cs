namespace Briefings.Cli;

internal static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    /// <summary>A bug in briefings itself (never a content problem).</summary>
    public const int InternalError = 70;
}
