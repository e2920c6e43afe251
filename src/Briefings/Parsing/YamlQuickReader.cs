using Briefings.Diagnostics;

namespace Briefings.Parsing;

/// <summary>
/// Reads front matter of the shape nearly every file has — block mappings and lists of simple keys, one-line values
/// (plain, or in quotes without escapes), one-line flow lists and mappings of such values, comments on lines of their
/// own — into the same <see cref="YNode"/>s YamlDotNet's events make, in a single pass over the text. Anything else
/// (a value over several lines, an escape, an anchor, a tag, a block scalar, a comment after a value, an empty value,
/// a duplicate key, a tab, a character YAML treats specially) it declines with null, and <see cref="YamlReader"/> reads
/// the text with YamlDotNet, which also reports what is wrong. At 100,000 articles YamlDotNet's scanner took a tenth of
/// a build's CPU time. A property test holds this reader to YamlDotNet's tree, positions included, on every text it
/// accepts (<c>YamlQuickReaderTests</c>).
/// </summary>
internal sealed class YamlQuickReader
{
    /// <summary>Deeper nesting is left to YamlDotNet (and <see cref="YamlReader"/>'s own limit).</summary>
    private const int MaxDepth = 16;

    private readonly string _text;
    private readonly string _path;
    private readonly int _firstLine;

    private int _line;      // the current line's number in the text, from 0
    private int _lineStart; // its first character
    private int _lineEnd;   // the '\n' that ends it, or the text's length
    private int _at;        // where the next token on the line starts
    private bool _eof;

    private YamlQuickReader(string text, string path, int firstLine)
    {
        _text = text;
        _path = path;
        _firstLine = firstLine;
    }

    /// <summary>The document's root mapping, or null when the text is not of the shape this reader takes.</summary>
    public static YMapping? Read(string yaml, string path, int firstLine)
    {
        foreach (var c in yaml)
        {
            // Tabs, carriage returns, controls, YAML's other line breaks (NEL, LS, PS), the byte order mark, surrogates
            if (c < ' ' ? c != '\n' : c is '\u007f' or (>= '\u0080' and <= '\u009f') or '\u2028' or '\u2029' or '\ufeff' or (>= '\ud800' and <= '\udfff'))
            {
                return null;
            }
        }

        var reader = new YamlQuickReader(yaml, path, firstLine);
        reader.Start();
        if (reader._eof || reader._at != reader._lineStart)
        {
            return null; // an empty document, or one that starts indented
        }

        var root = reader.Mapping(0, 0);
        return root is not null && reader._eof ? root : null;
    }

    private void Start()
    {
        _line = -1;
        _lineEnd = -1;
        NextLine();
    }

    /// <summary>Moves to the next line that holds something other than spaces or a comment that starts the line.</summary>
    private void NextLine()
    {
        while (true)
        {
            _line++;
            _lineStart = _lineEnd + 1;
            if (_lineStart > _text.Length)
            {
                _eof = true;
                _at = _lineStart = _lineEnd = _text.Length;
                return;
            }

            var end = _text.IndexOf('\n', _lineStart);
            _lineEnd = end < 0 ? _text.Length : end;
            _at = _lineStart;
            while (_at < _lineEnd && _text[_at] == ' ')
            {
                _at++;
            }

            if (_at < _lineEnd && !(_at == _lineStart && _text[_at] == '#'))
            {
                return;
            }
        }
    }

    private int Column => _at - _lineStart;

    private char Peek(int offset = 0) => _at + offset < _lineEnd ? _text[_at + offset] : '\n';

    private SourceLocation Here => new(_path, _line + _firstLine, Column + 1);

    /// <summary>Whether the line holds nothing more than spaces from <see cref="_at"/> on.</summary>
    private bool RestIsBlank()
    {
        for (var i = _at; i < _lineEnd; i++)
        {
            if (_text[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    private bool AtSequenceItem => Peek() == '-' && Peek(1) is ' ' or '\n';

    /// <summary>A block mapping whose keys start at <paramref name="indent"/>; the first is at <see cref="_at"/>.</summary>
    private YMapping? Mapping(int indent, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        var location = Here;
        var entries = new List<KeyValuePair<YScalar, YNode>>();
        while (!_eof && Column == indent && !AtSequenceItem)
        {
            if (Key(entries) is not { } key || Peek(1) is not (' ' or '\n'))
            {
                return null;
            }

            _at++;
            var value = ValueAfterKey(indent, depth);
            if (value is null)
            {
                return null;
            }

            entries.Add(new(key, value));
        }

        // Done when the next line is less indented (or the text ends): anything else is a shape left to YamlDotNet
        return !_eof && Column >= indent ? null : new YMapping(location, entries);
    }

    /// <summary>The value after a key's colon: on the same line, or a block on the lines below.</summary>
    private YNode? ValueAfterKey(int indent, int depth)
    {
        while (Peek() == ' ')
        {
            _at++;
        }

        if (_at < _lineEnd)
        {
            return OneLineValue(indent);
        }

        NextLine();
        if (_eof)
        {
            return null; // an empty value
        }

        if (AtSequenceItem && Column >= indent)
        {
            return Sequence(Column, depth + 1);
        }

        return Column > indent ? Mapping(Column, depth + 1) : null;
    }

    /// <summary>A value written after a key or a list's dash, with nothing after it on its line; moves to the next line.</summary>
    private YNode? OneLineValue(int indent)
    {
        YNode? value = Peek() switch
        {
            '[' => FlowSequence(),
            '{' => FlowMapping(),
            '"' or '\'' => Quoted(),
            _ => PlainBlockScalar(),
        };
        if (value is null || !RestIsBlank())
        {
            return null;
        }

        NextLine();

        // A more indented line below would continue the value (or be an error): left to YamlDotNet
        return !_eof && Column > indent ? null : value;
    }

    /// <summary>A block list whose dashes are at <paramref name="indent"/>; the first is at <see cref="_at"/>.</summary>
    private YSequence? Sequence(int indent, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        var location = Here;
        var items = new List<YNode>();
        while (!_eof && Column == indent && AtSequenceItem)
        {
            _at++;
            if (Peek() != ' ' || Peek(1) is ' ' or '\n')
            {
                return null; // an empty item, a nested block, or more than one space after the dash
            }

            _at++;
            var item = LooksLikeKey() ? Mapping(Column, depth + 1) : OneLineValue(indent);
            if (item is null)
            {
                return null;
            }

            items.Add(item);
        }

        return !_eof && Column > indent ? null : new YSequence(location, items);
    }

    /// <summary>Whether the line goes on with a simple key and its colon (a mapping that starts after a list's dash).</summary>
    private bool LooksLikeKey()
    {
        var at = _at;
        var key = Key([]) is not null && Peek(1) is ' ' or '\n';
        _at = at;
        return key;
    }

    /// <summary>A plain value to the end of the line: it must not start with, or hold, anything YAML reads as syntax.</summary>
    private YScalar? PlainBlockScalar()
    {
        var location = Here;
        if (!AtPlainStart)
        {
            return null;
        }

        var start = _at;
        var end = _at;
        for (var i = _at; i < _lineEnd; i++)
        {
            var c = _text[i];
            if (c == ':' && (i + 1 == _lineEnd || _text[i + 1] == ' '))
            {
                return null;
            }

            if (c == '#' && _text[i - 1] == ' ')
            {
                return null;
            }

            if (c != ' ')
            {
                end = i + 1;
            }
        }

        _at = _lineEnd;
        return new YScalar(location, _text[start..end], true);
    }

    /// <summary>A value in double or single quotes, closed on the same line, with no escape in it.</summary>
    private YScalar? Quoted()
    {
        var location = Here;
        var quote = Peek();
        var close = _text.IndexOf(quote, _at + 1, _lineEnd - _at - 1);
        if (close < 0 || (quote == '"' && _text.IndexOf('\\', _at + 1, close - _at - 1) >= 0) || (quote == '\'' && close + 1 < _lineEnd && _text[close + 1] == '\''))
        {
            return null;
        }

        var value = _text[(_at + 1)..close];
        _at = close + 1;
        return new YScalar(location, value, false);
    }

    /// <summary><c>[a, b, "c"]</c> on one line.</summary>
    private YSequence? FlowSequence()
    {
        var location = Here;
        var items = new List<YNode>();
        return FlowItems(']', () =>
        {
            if (FlowScalar() is not { } item)
            {
                return false;
            }

            items.Add(item);
            return true;
        }) ? new YSequence(location, items) : null;
    }

    /// <summary><c>{name: Dawn, url: "https://…", grade: B2}</c> on one line.</summary>
    private YMapping? FlowMapping()
    {
        var location = Here;
        var entries = new List<KeyValuePair<YScalar, YNode>>();
        return FlowItems('}', () =>
        {
            if (Key(entries) is not { } key || Peek(1) != ' ')
            {
                return false;
            }

            _at++;
            SkipSpaces();
            if (FlowScalar() is not { } value)
            {
                return false;
            }

            entries.Add(new(key, value));
            return true;
        }) ? new YMapping(location, entries) : null;
    }

    /// <summary>
    /// The items of a flow list or mapping from its opening bracket at <see cref="_at"/> to <paramref name="close"/> on
    /// the same line, each read by <paramref name="item"/>, separated by a comma and a space.
    /// </summary>
    private bool FlowItems(char close, Func<bool> item)
    {
        _at++;
        SkipSpaces();
        if (Peek() == close)
        {
            _at++;
            return true;
        }

        while (true)
        {
            if (!item())
            {
                return false;
            }

            SkipSpaces();
            var next = Peek();
            _at++;
            if (next == close)
            {
                return true;
            }

            if (next != ',' || Peek() != ' ')
            {
                return false;
            }

            SkipSpaces();
        }
    }

    /// <summary>
    /// A simple key (letters, digits, <c>_</c> and <c>-</c>) at <see cref="_at"/>, read up to its colon; null when there
    /// is none, or it is one of <paramref name="entries"/>' keys already (a duplicate: YamlReader reports it).
    /// </summary>
    private YScalar? Key(List<KeyValuePair<YScalar, YNode>> entries)
    {
        var location = Here;
        var start = _at;
        if (!IsKeyStart(Peek()))
        {
            return null;
        }

        while (IsKeyChar(Peek()))
        {
            _at++;
        }

        var length = _at - start;
        if (Peek() != ':')
        {
            return null;
        }

        foreach (var entry in entries)
        {
            if (entry.Key.Value.Length == length && string.CompareOrdinal(entry.Key.Value, 0, _text, start, length) == 0)
            {
                return null;
            }
        }

        return new YScalar(location, _text.Substring(start, length), true);
    }

    /// <summary>An item of a flow list or a value of a flow mapping: quoted, or plain of letters, digits and <c>-_./:</c>.</summary>
    private YScalar? FlowScalar()
    {
        if (Peek() is '"' or '\'')
        {
            return Quoted();
        }

        var location = Here;
        if (!AtPlainStart)
        {
            return null;
        }

        var start = _at;
        var end = _at;
        while (_at < _lineEnd)
        {
            var c = _text[_at];
            if (c == ':' && !IsFlowPlainChar(Peek(1)))
            {
                return null;
            }

            if (c == ' ' ? !IsFlowPlainChar(Peek(1)) && Peek(1) != ' ' : !IsFlowPlainChar(c) && c != ':')
            {
                break;
            }

            _at++;
            if (c != ' ')
            {
                end = _at;
            }
        }

        _at = end;
        return new YScalar(location, _text[start..end], true);
    }

    private void SkipSpaces()
    {
        while (Peek() == ' ')
        {
            _at++;
        }
    }

    private static bool IsKeyStart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    /// <summary>Whether a plain value may start at <see cref="_at"/>: a letter or digit, or a minus before a digit (<c>-21.5</c>).</summary>
    private bool AtPlainStart => char.IsLetterOrDigit(Peek()) || (Peek() == '-' && char.IsAsciiDigit(Peek(1)));

    private static bool IsFlowPlainChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '/';
}
