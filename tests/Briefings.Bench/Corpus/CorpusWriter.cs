using System.Text;

namespace Briefings.Bench.Corpus;

/// <summary>Writes front matter + body files with LF line endings and no BOM.</summary>
internal sealed class CorpusWriter(string root)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public int Files { get; private set; }

    public void Write(string path, IEnumerable<string> frontMatter, string body)
    {
        var text = new StringBuilder("---\n");
        foreach (var line in frontMatter)
        {
            text.Append(line).Append('\n');
        }

        text.Append("---\n").Append(body);
        WriteText(path, text.ToString());
    }

    public void WriteText(string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, Utf8);
        Files++;
    }

    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    public static string List(IEnumerable<string> slugs) => "[" + string.Join(", ", slugs) + "]";
}
