namespace Briefings.Tests.Support;

/// <summary>
/// Why tests are skipped on this machine (no Chromium, no Pagefind, native tests off), said once at the end of
/// <c>dotnet test</c>: xunit's own skip reasons show only at the console logger's <c>normal</c> verbosity, which also
/// lists every passing test. Each reason is written to <see cref="FileName"/> beside the test assembly; the project's
/// <c>SaySkipReasons</c> target prints them after the run.
/// </summary>
internal static class SkipReasons
{
    public const string FileName = "skipped-tests.txt";

    private static readonly Lock Gate = new();

    /// <summary>Notes <paramref name="reason"/> (when there is one) and returns it, for a test attribute's <c>Skip</c>.</summary>
    public static string? Note(string? reason)
    {
        if (reason is null)
        {
            return null;
        }

        lock (Gate)
        {
            try
            {
                File.AppendAllText(Path.Combine(AppContext.BaseDirectory, FileName), reason + Environment.NewLine);
            }
            catch (IOException)
            {
                // the reason is still the test's skip reason; only the summary misses it
            }
        }

        return reason;
    }
}
