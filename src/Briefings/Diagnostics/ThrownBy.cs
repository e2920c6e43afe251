namespace Briefings.Diagnostics;

/// <summary>
/// Which library threw an exception, read from the first frame of its stack trace ("at Markdig.…"), so that a
/// library's own complaint about the content can become a located diagnostic while a bug of ours stays a crash.
/// Not <see cref="Exception.Source"/>: it is null in the native executable, which carries no assembly metadata.
/// </summary>
internal static class ThrownBy
{
    public static bool Library(Exception e, string rootNamespace) =>
        e.StackTrace is { } trace
        && trace.AsSpan().TrimStart().StartsWith($"at {rootNamespace}.", StringComparison.Ordinal);
}
