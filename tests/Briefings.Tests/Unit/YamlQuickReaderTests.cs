using System.Text;
using Briefings.Diagnostics;
using Briefings.Loading;
using Briefings.Parsing;
using Briefings.Tests.Integration;
using CsCheck;

namespace Briefings.Tests.Unit;

/// <summary>
/// The quick front matter reader against YamlDotNet: on every text it accepts, the same tree, values, quoting and
/// positions; what it declines goes to YamlDotNet, so declining is always right and accepting must be exact.
/// </summary>
public sealed class YamlQuickReaderTests
{
    private const string File = "articles/2018/x.md";

    private static readonly string[] Keys = ["title", "date", "countries", "source", "name", "url", "b-c", "x_1", "2015", "title"];

    private static readonly string[] Values =
    [
        "Pakistan talks", "2018-03-22", "https://example.org/a/b", "https://x.org/a?b=c&d", "C#", "a: b", "a:b", "x #y", "x#y",
        "a:", "Ürümqi", "a  b  ", "trailing   ", "~", "null", "-5", "5", "a, b", "a]b", "x}", "x {y}", "[x] y", "it's", "say \"hi\"",
        "[a, b]", "[]", "[ ]", "[a,b]", "[ a , b ]", "[a, [b]]", "[a, ]", "[a, b", "[group:group-093, x]", "[a b, c]", "[a:b, c]",
        "[a: b]", "[\"q, r\", 's']", "[a] x", "[a, 'b''c']", "[-a]", "[a/b.c_d]", "[2024-01, 2.5]",
        "{a: b, c: d}", "{}", "{ }", "{a: b,c: d}", "{a: \"x, y\"}", "{with: group:x, from: 2001}", "{a: b", "{a: b, a: c}",
        "{a: [b]}", "{a: b} x", "{name: Field report, date: 2024-01, grade: A3}", "{a:b}", "{a: }",
        "\"quoted\"", "\"with \\\" escape\"", "\"a: b # c\"", "\"\"", "''", "'single'", "'it''s'", "\"unclosed", "'unclosed",
        "\"x\" y", "\"x\"  ", "& anchor", "*alias", "!tag x", "|", ">", "@x", "`x`", "%x", "? x", "- x", "-x", ":x",
        "-21.2786", "-5 x", "-5:", "-5: x", "--5", "-.5", "-", "-a5", "[-21.2786, -104.0013]", "[-5, -]", "[- 5]", "[a, -5b]", "{a: -5}", "-5#x", "-5 #x",
    ];

    private static readonly string[] Indents = ["", "", "", "  ", "  ", "    ", " ", "   ", "      "];

    private static Gen<string> Pick(params string[] choices) => Gen.Int[0, choices.Length - 1].Select(i => choices[i]);

    private static readonly Gen<string> Line = Gen.OneOf(
        Gen.Select(Pick(Indents), Pick(Keys), Pick(Values), (i, k, v) => $"{i}{k}: {v}"),
        Gen.Select(Pick(Indents), Pick(Keys), Pick(Values), (i, k, v) => $"{i}{k}: {v}"),
        Gen.Select(Pick(Indents), Pick(Keys), (i, k) => $"{i}{k}:"),
        Gen.Select(Pick(Indents), Pick(Values), (i, v) => $"{i}- {v}"),
        Gen.Select(Pick(Indents), Pick(Keys), Pick(Values), (i, k, v) => $"{i}- {k}: {v}"),
        Gen.Select(Pick(Indents), Pick(Keys), (i, k) => $"{i}- {k}:"),
        Pick("", "   ", "# a comment", "  # indented", "-", "- ", "---", "...", "key: v # comment", "key :v", "key:  two spaces", "-  x"));

    /// <summary>Random lines: mostly texts it must decline.</summary>
    private static readonly Gen<string> Lines = Gen.Select(Line.Array[1, 12], Gen.Bool, (lines, newline) => string.Join('\n', lines) + (newline ? "\n" : ""));

    /// <summary>Documents of nested mappings and lists in the styles people write, some with a random line put in.</summary>
    private static readonly Gen<string> Documents = Gen.Select(Gen.Int, Line, Gen.Int[0, 2], (seed, extra, mutate) =>
    {
        var random = new Random(seed);
        var lines = new List<string>();
        var step = random.Next(3) switch { 0 => 4, 1 => 1, _ => 2 };
        WriteMapping(random, lines, "", step, 0, first: null);
        if (mutate == 0)
        {
            lines.Insert(random.Next(lines.Count + 1), extra);
        }

        return string.Join('\n', lines) + (random.Next(2) == 0 ? "\n" : "");
    });

    private static void WriteMapping(Random random, List<string> lines, string indent, int step, int depth, string? first)
    {
        var count = random.Next(1, 6);
        for (var i = 0; i < count; i++)
        {
            var lead = i == 0 && first is not null ? first : indent;
            var key = Keys[random.Next(Keys.Length)] + (random.Next(4) == 0 ? "" : i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var kind = depth >= 3 ? 0 : random.Next(6);
            if (kind <= 3)
            {
                lines.Add($"{lead}{key}: {Value(random)}");
            }
            else if (kind == 4)
            {
                lines.Add($"{lead}{key}:");
                WriteMapping(random, lines, indent + new string(' ', step), step, depth + 1, null);
            }
            else
            {
                lines.Add($"{lead}{key}:");
                WriteSequence(random, lines, random.Next(2) == 0 ? indent : indent + new string(' ', step), step, depth + 1);
            }

            if (random.Next(8) == 0)
            {
                lines.Add(random.Next(2) == 0 ? "" : "# note");
            }
        }
    }

    private static void WriteSequence(Random random, List<string> lines, string indent, int step, int depth)
    {
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            if (depth < 3 && random.Next(3) == 0)
            {
                WriteMapping(random, lines, indent + "  ", step, depth + 1, indent + "- ");
            }
            else
            {
                lines.Add($"{indent}- {Value(random)}");
            }
        }
    }

    /// <summary>A value people write more often than not; now and then one of the odd ones.</summary>
    private static string Value(Random random) => random.Next(3) == 0
        ? Values[random.Next(Values.Length)]
        : random.Next(6) switch
        {
            0 => "Pakistan and Russia",
            1 => "\"Talks: the second round\"",
            2 => "[pakistan, russia]",
            3 => "{name: Dawn, url: \"https://dawn.com/x\", date: 2018-03-22, grade: B2}",
            4 => "2018-03-22",
            _ => "https://example.org/a/b",
        };

    [Fact]
    public void Should_read_what_YamlDotNet_reads_When_it_accepts_a_text()
    {
        var accepted = 0;
        Gen.Frequency((1, Lines), (3, Documents)).Sample(text =>
        {
            if (YamlQuickReader.Read(text, File, 2) is { } quick)
            {
                Interlocked.Increment(ref accepted);
                AssertSame(text, quick);
            }
        }, iter: 60_000, print: text => text.Replace("\n", "⏎", StringComparison.Ordinal));

        // The generator makes texts it takes, not only ones it declines (a check that could not fail would be no check)
        Assert.True(accepted > 8_000, $"only {accepted} of 60000 generated texts were accepted");
    }

    [Theory]
    [InlineData("title: \"Briefing 1: talks\"\ndate: 2015-10-01\nsource:\n  name: Partner liaison\n  url: https://example.org/wire/1\ncountries: [burundi, pakistan]\nmeetings: []\n")]
    [InlineData("title: T\nsources:\n  - name: \"Dawn\"\n    url: https://www.dawn.com/news/1\n    date: 2018-07-13\n    grade: B2\narticles: [a-b, c]\n")]
    [InlineData("relations:\n  - type: member-of\n    with: group:sco\n    sources:\n      - {name: RFE/RL, url: \"https://rferl.org/x.html\", date: 2017-06-09, grade: B2}\n")]
    [InlineData("entries:\n- entity: country:china\n  trend: improved\n  text: \"Imagery at delegation.\"\n# a comment\n\ntopics:\n  counter-terrorism: Counter-terrorism\n")]
    [InlineData("type: arrest\ncoordinates: [-21.2786, -104.0013]\nfatalities: -1\npeople: []\n")]
    public void Should_read_the_shapes_content_files_use_without_YamlDotNet(string text)
    {
        // When
        var quick = YamlQuickReader.Read(text, File, 2);

        // Then
        Assert.NotNull(quick);
        AssertSame(text, quick);
    }

    [Theory]
    [InlineData("title: T\ntitle: U\n")]
    [InlineData("title: a: b\n")]
    [InlineData("title:\n")]
    [InlineData("title: x # a comment\n")]
    [InlineData("title: \"a \\\" b\"\n")]
    [InlineData("title: first\n  second\n")]
    [InlineData("title: &a x\nname: *a\n")]
    [InlineData("body: |\n  text\n")]
    [InlineData("title:\tT\n")]
    [InlineData("title: T\r\n")]
    [InlineData("  title: T\n")]
    public void Should_leave_to_YamlDotNet_what_it_does_not_take(string text) =>
        Assert.Null(YamlQuickReader.Read(text, File, 2));

    [Fact]
    public void Should_read_most_of_the_sites_own_front_matter_When_the_files_are_those_of_input()
    {
        // Given: every Markdown file of the repository's input/
        var input = Path.Combine(RealInputTests.RepoRoot(), "input");
        var files = Directory.EnumerateFiles(input, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var accepted = 0;
        foreach (var path in files)
        {
            var split = FrontMatter.Split(new InputFile(path, System.IO.File.ReadAllText(path)), new DiagnosticBag());
            Assert.NotNull(split);

            // When
            if (YamlQuickReader.Read(split.Yaml, path, split.YamlFirstLine) is { } quick)
            {
                // Then
                accepted++;
                AssertSame(split.Yaml, quick, path, split.YamlFirstLine);
            }
        }

        Assert.True(accepted * 10 >= files.Count * 8, $"{accepted} of {files.Count} files read without YamlDotNet");
    }

    private static void AssertSame(string text, YNode quick, string path = File, int firstLine = 2)
    {
        var diagnostics = new DiagnosticBag();
        var full = new YamlReader(diagnostics, path, firstLine).ReadAny(text);
        Assert.Empty(diagnostics.Sorted());
        Assert.NotNull(full);
        Assert.Equal(Dump(full), Dump(quick));
    }

    private static string Dump(YNode node)
    {
        var s = new StringBuilder();
        Write(node);
        return s.ToString();

        void Write(YNode n)
        {
            s.Append(n.Location.Line).Append(':').Append(n.Location.Column);
            switch (n)
            {
                case YScalar v:
                    s.Append(v.IsPlain ? " plain" : " quoted").Append(v.IsSingleLine ? " " : " multi-line ").Append('«').Append(v.Value).Append('»');
                    break;
                case YSequence q:
                    s.Append(" [");
                    foreach (var item in q.Items)
                    {
                        Write(item);
                        s.Append(", ");
                    }

                    s.Append(']');
                    break;
                case YMapping m:
                    s.Append(" {");
                    foreach (var (key, value) in m.Entries)
                    {
                        Write(key);
                        s.Append(" = ");
                        Write(value);
                        s.Append("; ");
                    }

                    s.Append('}');
                    break;
            }
        }
    }
}
