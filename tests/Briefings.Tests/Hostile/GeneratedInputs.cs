using System.Text;
using Briefings.Loading;

namespace Briefings.Tests.Hostile;

/// <summary>
/// Files of the hostile cases that are written at test time: bytes an editor or git could silently "fix" (BOM, CRLF,
/// lone CR, invalid UTF-8, UTF-16) and files too big to commit. Keyed by case folder name.
/// </summary>
internal static class GeneratedInputs
{
    private const string Article = "---\ntitle: Generated\ndate: 2018-03-21\nsource:\n  name: Wire\nsummary: S.\n---\nBody.\n";

    private static readonly Dictionary<string, Action<string>> ByCase = new(StringComparer.Ordinal)
    {
        ["crlf-line-endings"] = input =>
        {
            Write(input, "articles/2018/crlf.md", Encoding.UTF8.GetBytes(Article.Replace("\n", "\r\n", StringComparison.Ordinal)));
            Write(input, "articles/2018/crlf-bad-date.md", Encoding.UTF8.GetBytes(BadDate.Replace("\n", "\r\n", StringComparison.Ordinal)));
        },
        ["mixed-line-endings"] = input =>
        {
            // LF, CRLF and lone CR (old Mac) in one file: the bad date is on line 3 whichever ending came before it.
            Write(input, "articles/2018/mixed.md", Encoding.UTF8.GetBytes("---\r\ntitle: Mixed\rdate: 2018-02-30\nsource:\r\n  name: Wire\rsummary: S.\n---\r\nBody.\r"));
        },
        ["utf8-bom"] = input =>
        {
            Write(input, "articles/2018/bom.md", [.. "\uFEFF"u8, .. Encoding.UTF8.GetBytes(Article)]);
            Write(input, "articles/2018/bom-bad-date.md", [.. "\uFEFF"u8, .. Encoding.UTF8.GetBytes(BadDate)]);
        },
        ["invalid-utf8"] = input =>
        {
            Write(input, "articles/2018/latin1.md", [.. "---\ntitle: Caf"u8, 0xE9, .. "\n---\n"u8]);
            Write(input, "people/overlong-slash.md", [.. "---\nname: a"u8, 0xC0, 0xAF, .. "\n---\n"u8]);
            Write(input, "groups/encoded-surrogate.md", [.. "---\nname: x\nkind: other\nsummary: "u8, 0xED, 0xA0, 0x80, .. "\n---\n"u8]);
            Write(input, "notes/truncated.md", [.. "---\ntitle: \u043C\u0438\u0440"u8, 0xD0]);
        },
        ["utf16-file"] = input =>
            Write(input, "articles/2018/utf16.md", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Article)]),
        ["large-file"] = input =>
        {
            // One byte over the limit is refused before it is read; a file of exactly the limit builds.
            Write(input, "articles/2018/too-big.md", Sized(InputLoader.MaxFileBytes + 1));
            Write(input, "articles/2018/at-the-limit.md", Sized(InputLoader.MaxFileBytes));
        },
        ["giant-single-line"] = input =>
            Write(input, "articles/2018/one-line.md", Sized(InputLoader.MaxFileBytes - 16, "word ")),
    };

    private static string BadDate => Article.Replace("2018-03-21", "2018-02-30", StringComparison.Ordinal);

    public static void Write(string caseName, string input)
    {
        if (ByCase.TryGetValue(caseName, out var write))
        {
            write(input);
        }
    }

    /// <summary>A valid article of exactly <paramref name="bytes"/> bytes: its body is one long line of <paramref name="unit"/>.</summary>
    private static byte[] Sized(int bytes, string unit = "lorem ipsum dolor sit amet ")
    {
        var head = Encoding.UTF8.GetBytes(Article.Replace("Body.\n", "", StringComparison.Ordinal));
        var body = new StringBuilder(bytes);
        while (body.Length < bytes - head.Length)
        {
            body.Append(unit);
        }

        return [.. head, .. Encoding.ASCII.GetBytes(body.ToString(0, bytes - head.Length))];
    }

    private static void Write(string input, string path, byte[] bytes)
    {
        var full = Path.Combine(input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }
}
