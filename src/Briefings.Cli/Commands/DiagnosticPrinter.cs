using Briefings.Diagnostics;

namespace Briefings.Cli.Commands;

/// <summary>Prints diagnostics as <c>path:line:column: error CODE: message</c>, or as GitHub Actions annotations.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer, string inputDirectory, bool github)
    {
        foreach (var d in diagnostics)
        {
            var path = Display(inputDirectory, d.Location.Path);
            if (github)
            {
                var level = d.IsError ? "error" : "warning";
                writer.WriteLine($"::{level} file={EscapeProperty(path)},line={d.Location.Line},col={d.Location.Column},title={d.Code}::{EscapeData(d.Message)}");
            }
            else
            {
                writer.WriteLine(Format(d, inputDirectory));
            }
        }
    }

    /// <summary><c>input/articles/x.md:9:10: error BRF303: …</c>, with the path as the contributor typed it.</summary>
    public static string Format(Diagnostic d, string inputDirectory) =>
        (d with { Location = d.Location with { Path = Display(inputDirectory, d.Location.Path) } }).ToString();

    /// <summary>
    /// Paths as the contributor typed them: relative to the current folder (input/articles/…, my-theme/layouts/…);
    /// the built-in theme's as they are (theme/…).
    /// </summary>
    private static string Display(string inputDirectory, string path)
    {
        if (Path.IsPathRooted(path))
        {
            var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
            return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative).Replace('\\', '/');
        }

        return path.StartsWith("theme/", StringComparison.Ordinal) ? path : Path.Combine(inputDirectory, path).Replace('\\', '/');
    }

    private static string EscapeData(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string EscapeProperty(string text) => EscapeData(text).Replace(",", "%2C").Replace(":", "%3A");
}
