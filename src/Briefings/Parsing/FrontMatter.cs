using Briefings.Diagnostics;
using Briefings.Loading;

namespace Briefings.Parsing;

/// <summary>
/// A file split at its <c>---</c> fences: the YAML text, where the Markdown body starts in the file's
/// <see cref="Text"/>, and the lines each starts on.
/// </summary>
internal sealed record FrontMatter(string Yaml, int YamlFirstLine, string Text, int BodyStart, int BodyFirstLine)
{
    /// <summary>The Markdown body, copied out of <see cref="Text"/> (the parse stage reads it in place).</summary>
    public string Body => Text[BodyStart..];

    /// <summary>Splits a Markdown file; reports a missing or unclosed fence and returns null.</summary>
    public static FrontMatter? Split(InputFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(SourceLocation.StartOf(file.Path), DiagnosticCodes.EmptyFile,
                "file is empty; it needs front matter between '---' lines (run 'briefings new' for a template)");
            return null;
        }

        if (!IsFence(FirstLine(text, 0)))
        {
            diagnostics.Error(SourceLocation.StartOf(file.Path), DiagnosticCodes.MissingFrontMatter,
                "file must start with a '---' line that opens the YAML front matter");
            return null;
        }

        var start = text.IndexOf('\n') + 1;
        var line = 2;
        for (var pos = start; pos > 0 && pos <= text.Length; line++)
        {
            var current = FirstLine(text, pos);
            if (IsFence(current) || current.TrimEnd().SequenceEqual("..."))
            {
                var bodyStart = Math.Min(text.Length, pos + current.Length + 1);
                return new FrontMatter(text[start..pos], 2, text, bodyStart, line + 1);
            }

            var next = text.IndexOf('\n', pos);
            pos = next < 0 ? -1 : next + 1;
        }

        diagnostics.Error(SourceLocation.StartOf(file.Path), DiagnosticCodes.UnclosedFrontMatter,
            "front matter opened with '---' on line 1 is never closed; add a '---' line after the last field");
        return null;
    }

    private static ReadOnlySpan<char> FirstLine(string text, int from)
    {
        var rest = text.AsSpan(from);
        var end = rest.IndexOf('\n');
        return end < 0 ? rest : rest[..end];
    }

    private static bool IsFence(ReadOnlySpan<char> line) => line.TrimEnd().SequenceEqual("---");
}
