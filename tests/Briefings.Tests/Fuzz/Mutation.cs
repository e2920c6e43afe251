using System.Text;
using CsCheck;

namespace Briefings.Tests.Fuzz;

/// <summary>One edit of a file's bytes: what kind, where, and what it brings.</summary>
internal sealed record Mutation(int Kind, int At, int Other, byte[] Bytes, string Text)
{
    /// <summary>YAML and Markdown fragments that have broken parsers before: anchors, tags, fences, brackets, BOMs, NULs.</summary>
    private static readonly string[] Snippets =
    [
        "&a x", "*a", "<<: *a", "? [a, b]\n: c", "{", "}", "[", "]", "'", "\"", ": :", "- ", "-", "\t", "---", "...", "%YAML 1.2",
        "!!binary aGk=", "!x", "|", ">-", "#", "\0", "\uFEFF", "\r", "\r\n", "key: [", "key: {a: [b, {c: d}]}", "title:", "date: 2018-02-30",
        "date: 0000-00-00", "countries: [../x]", "aliases: [../../etc]", "[[country:", "[[country:pakistan]]", "[[x:y|z]]", "](javascript:x)",
        "[a](data:x)", "<script>alert(1)</script>", "{{ site.title }}", "> > > >", "***", "[^1]", "| a |\n|---|", "\u202E", "\u0301", "😀",
    ];

    public static readonly Gen<Mutation> Any = Gen.Select(
        Gen.Int[0, 8], Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000], Gen.Byte.Array[1, 8], Gen.String[Gen.Char, 0, 16],
        (kind, at, other, bytes, text) => new Mutation(kind, at, other, bytes, text));

    public byte[] Apply(byte[] file)
    {
        if (file.Length == 0)
        {
            return Bytes;
        }

        var lines = Encoding.UTF8.GetString(file).Split('\n').ToList();
        switch (Kind)
        {
            case 0: // flip a bit
                var flipped = (byte[])file.Clone();
                flipped[At % file.Length] ^= (byte)(1 << (Other % 8));
                return flipped;
            case 1: // truncate
                return file[..(At % file.Length)];
            case 2: // swap two lines (field shuffle)
                (lines[At % lines.Count], lines[Other % lines.Count]) = (lines[Other % lines.Count], lines[At % lines.Count]);
                break;
            case 3: // a known-nasty fragment at the start of a line, or inside one
                var line = At % lines.Count;
                lines[line] = Other % 2 == 0 ? Snippets[Other % Snippets.Length] + lines[line] : lines[line] + Snippets[Other % Snippets.Length];
                break;
            case 4: // random Unicode (lone surrogates become U+FFFD when encoded)
                lines.Insert(At % (lines.Count + 1), Text);
                break;
            case 5: // delete a line
                lines.RemoveAt(At % lines.Count);
                break;
            case 6: // duplicate a line
                lines.Insert(At % lines.Count, lines[Other % lines.Count]);
                break;
            case 7: // random bytes
                var at = At % (file.Length + 1);
                return [.. file[..at], .. Bytes, .. file[at..]];
            default: // random Unicode inside a value
                var target = At % lines.Count;
                var split = Other % (lines[target].Length + 1);
                lines[target] = lines[target][..split] + Text + lines[target][split..];
                break;
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }
}
