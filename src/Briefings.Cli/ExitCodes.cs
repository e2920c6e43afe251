namespace Briefings.Cli;

internal static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    /// <summary>Stopped by Ctrl-C (128 + SIGINT, as shells report it); the output was left as it was.</summary>
    public const int Cancelled = 130;

    /// <summary>A bug in briefings itself (never a content problem).</summary>
    public const int InternalError = 70;
}
