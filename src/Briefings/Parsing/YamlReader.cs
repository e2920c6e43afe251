using Briefings.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefings.Parsing;

/// <summary>
/// Reads one YAML document into <see cref="YNode"/>s with positions shifted to the file's lines.
/// Refuses aliases (no "billion laughs"), duplicate keys, non-scalar keys and deep nesting, reporting each.
/// </summary>
internal sealed class YamlReader(DiagnosticBag diagnostics, string path, int firstLine)
{
    private const int MaxDepth = 32;

    private Mark? _lastGood;

    /// <summary>The document's root node; an empty document is an empty mapping; null when the YAML is malformed (already reported).</summary>
    public YNode? Read(string yaml) => YamlQuickReader.Read(yaml, path, firstLine) ?? ReadAny(yaml);

    /// <summary>Reads any YAML with YamlDotNet (what <see cref="YamlQuickReader"/> declines).</summary>
    internal YNode? ReadAny(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return new YMapping(new SourceLocation(path, firstLine, 1), []);
            }

            parser.Consume<DocumentStart>();
            var node = ReadNode(parser, 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                diagnostics.Error(At(parser.Current?.Start), DiagnosticCodes.InvalidYaml, "front matter holds more than one YAML document");
            }

            return node;
        }
        catch (YamlException e)
        {
            if (TabIndent(yaml) is { } tab)
            {
                // YamlDotNet places this at the start of the enclosing mapping; the tab itself is what to fix.
                diagnostics.Error(tab, DiagnosticCodes.InvalidYaml, "malformed YAML: this line is indented with a tab; YAML indents with spaces only");
                return null;
            }

            diagnostics.Error(At(e.Start), DiagnosticCodes.InvalidYaml, Describe(e));
            return null;
        }
        catch (InvalidOperationException e) when (ThrownBy.Library(e, "YamlDotNet"))
        {
            // YamlDotNet's scanner throws this, unlocated, for e.g. a line that is just '[' after 'key: value'.
            diagnostics.Error(At(_lastGood), DiagnosticCodes.InvalidYaml,
                "malformed YAML after this value: the next lines cannot be read (an unclosed '[' or '{', or a stray character at the start of a line?)");
            return null;
        }
    }

    private YNode? ReadNode(IParser parser, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new YamlException(parser.Current!.Start, parser.Current.End, $"values are nested more than {MaxDepth} levels deep");
        }

        var current = parser.Current!;
        _lastGood = current.Start;
        switch (current)
        {
            case AnchorAlias alias:
                parser.MoveNext();
                diagnostics.Error(At(alias.Start), DiagnosticCodes.YamlAliasNotAllowed,
                    $"YAML aliases (*{alias.Value}) are not allowed in front matter; write the value out");
                return null;
            case Scalar scalar:
                parser.MoveNext();
                return new YScalar(At(scalar.Start), scalar.Value, scalar.Style == ScalarStyle.Plain)
                {
                    IsSingleLine = scalar.Start.Line == scalar.End.Line && scalar.Style is not (ScalarStyle.Literal or ScalarStyle.Folded),
                };
            case SequenceStart start:
                parser.MoveNext();
                var items = new List<YNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    if (ReadNode(parser, depth + 1) is { } item)
                    {
                        items.Add(item);
                    }
                }

                return new YSequence(At(start.Start), items);
            case MappingStart map:
                parser.MoveNext();
                return ReadMapping(parser, At(map.Start), depth);
            default:
                throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
        }
    }

    private YMapping ReadMapping(IParser parser, SourceLocation location, int depth)
    {
        var entries = new List<KeyValuePair<YScalar, YNode>>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyNode = ReadNode(parser, depth + 1);
            var value = ReadNode(parser, depth + 1);
            if (keyNode is not YScalar key)
            {
                if (keyNode is not null)
                {
                    diagnostics.Error(keyNode.Location, DiagnosticCodes.InvalidYaml, "a key must be a plain name, not a list or mapping");
                }

                continue;
            }

            if (seen.TryGetValue(key.Value, out var first))
            {
                diagnostics.Error(key.Location, DiagnosticCodes.DuplicateKey,
                    $"duplicate key '{key.Value}' (first set at line {first.Line}); keep one");
                continue;
            }

            seen[key.Value] = key.Location;
            entries.Add(new(key, value ?? new YScalar(key.Location, "", true)));
        }

        return new YMapping(location, entries);
    }

    /// <summary>The first line indented with a tab, if any.</summary>
    private SourceLocation? TabIndent(string yaml)
    {
        var line = 0;
        foreach (var text in yaml.Split('\n'))
        {
            var content = text.TrimStart(' ', '\t');
            if (content.Length > 0 && text.AsSpan(0, text.Length - content.Length).Contains('\t'))
            {
                return new SourceLocation(path, line + firstLine, text.IndexOf('\t', StringComparison.Ordinal) + 1);
            }

            line++;
        }

        return null;
    }

    private SourceLocation At(Mark? mark) =>
        mark is { } m ? new SourceLocation(path, (int)m.Line + firstLine - 1, (int)m.Column) : new SourceLocation(path, firstLine, 1);

    private static string Describe(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        message = message.StartsWith('(') && paren > 0 ? message[(paren + 3)..] : message;
        var hint = message.Contains("invalid mapping", StringComparison.OrdinalIgnoreCase)
            || message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase)
            ? "; a value that has ': ' in it must be quoted, e.g. title: \"Talks: the second round\""
            : "";
        return $"malformed YAML: {message.TrimEnd('.')}{hint}";
    }
}
