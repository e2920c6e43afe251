using System.Buffers;
using System.Globalization;
using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Parsing;

/// <summary>
/// Reads typed front-matter fields out of a <see cref="YMapping"/>, reporting missing fields, wrong types and
/// bad values at the value's own line and column. Remembers which keys were asked for, so the rest are "unknown".
/// </summary>
internal sealed class FieldReader(YMapping map, DiagnosticBag diagnostics)
{
    /// <summary>Each suggestion costs an edit distance per known field: thousands of unknown keys get them for the first few hundred.</summary>
    private const int MaxSuggestions = 300;

    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly HashSet<string> _required = new(StringComparer.Ordinal);
    private readonly List<Located<string>> _placeholders = [];
    private readonly Dictionary<string, FieldReader> _nested = new(StringComparer.Ordinal);
    private readonly List<(string Key, FieldReader Reader)> _children = [];
    private readonly Dictionary<string, ContentKind> _references = new(StringComparer.Ordinal);

    /// <summary>How <c>briefings new</c> and <c>import</c> mark what the contributor still has to write.</summary>
    public const string PlaceholderPrefix = "TODO";

    public SourceLocation Location => map.Location;

    public DiagnosticBag Diagnostics => diagnostics;

    /// <summary>Every key a reader asked for: the fields this kind accepts (the JSON schemas are tested against it).</summary>
    public IReadOnlySet<string> KnownKeys => _known;

    /// <summary>The keys a reader asked for as required.</summary>
    public IReadOnlySet<string> RequiredKeys => _required;

    /// <summary>The keys a reader asked for as references, with the kind each names (the CMS's pickers are made from it).</summary>
    public IReadOnlyDictionary<string, ContentKind> ReferenceKinds => _references;

    /// <summary>The readers of nested mappings (<c>source:</c>, the last item of <c>sources:</c>), by key.</summary>
    public IReadOnlyDictionary<string, FieldReader> Nested => _nested;

    /// <summary>A reader for a nested mapping such as <c>source:</c>; its placeholders are reported with this one's.</summary>
    public FieldReader Child(string key, YMapping map)
    {
        var child = new FieldReader(map, diagnostics);
        _nested[key] = child;
        _children.Add((key, child));
        return child;
    }

    /// <summary>A text value with the place of its first character, so positions inside it can be reported.</summary>
    public Located<string>? LocatedString(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null || Node(key) is not YScalar scalar)
        {
            return null;
        }

        var quote = scalar.IsPlain ? 0 : 1;
        var lead = scalar.Value.Length - scalar.Value.TrimStart().Length;
        var at = scalar.IsSingleLine ? scalar.Location with { Column = scalar.Location.Column + quote + lead } : scalar.Location;
        return new Located<string>(text, at) { IsSingleLine = scalar.IsSingleLine };
    }

    /// <summary>Where <paramref name="key"/>'s value is written, or null when the field is absent.</summary>
    public SourceLocation? LocationOf(string key) => Node(key)?.Location;

    /// <summary>A text value; a value starting with <c>TODO</c> is remembered as a placeholder (see <see cref="ReportPlaceholders"/>).</summary>
    public string? String(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is not null && text.StartsWith(PlaceholderPrefix, StringComparison.Ordinal))
        {
            _placeholders.Add(new Located<string>(key, Node(key)!.Location));
        }

        return text;
    }

    /// <summary>
    /// Reports the placeholders left by <c>briefings new</c> and <c>import</c> (<c>summary: "TODO: …"</c>): warnings while
    /// the file is a draft, errors once it is published, so nothing reaches the site half-written.
    /// </summary>
    public void ReportPlaceholders(bool isDraft)
    {
        foreach (var p in _placeholders.Concat(_children.SelectMany(n => n.Reader._placeholders.Select(c => c with { Value = $"{n.Key}.{c.Value}" }))))
        {
            var message = $"'{p.Value}' is still a placeholder; write the real value{(isDraft ? " before publishing" : "")}";
            diagnostics.Add(new Diagnostic(p.Location, isDraft ? Severity.Warning : Severity.Error, DiagnosticCodes.Placeholder, message));
        }
    }

    private string? Text(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is not YScalar scalar)
        {
            WrongType(key, node, "a text value");
            return null;
        }

        var value = scalar.IsNull ? "" : scalar.Value.Trim();
        if (value.Length == 0 && required)
        {
            diagnostics.Error(node.Location, DiagnosticCodes.MissingField, $"'{key}' is empty; it is required");
            return null;
        }

        if (!IsPrintable(key, node.Location, value))
        {
            return null;
        }

        return value.Length == 0 ? null : value;
    }

    /// <summary>
    /// The one rule for text that reaches a page, feed or sitemap: no control characters (XML forbids most of them and
    /// they are never intended). Reports the first one found under <paramref name="what"/> and returns false.
    /// </summary>
    public bool IsPrintable(string what, SourceLocation at, string value)
    {
        var i = value.AsSpan().IndexOfAny(ControlCharacters);
        if (i < 0)
        {
            return true;
        }

        diagnostics.Error(at, DiagnosticCodes.InvalidValue, $"'{what}' contains the control character U+{(int)value[i]:X4}; remove it");
        return false;
    }

    /// <summary>Control characters other than tab and line breaks (C0, DEL, C1) and the non-characters U+FFFE/U+FFFF.</summary>
    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c), '\uFFFE', '\uFFFF']);

    public PartialDate? Date(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date, out var error))
        {
            return date;
        }

        diagnostics.Error(Node(key)!.Location, DiagnosticCodes.InvalidDate, $"'{key}': {error}");
        return null;
    }

    public int? Int(string key, int min, int max)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        diagnostics.Error(Node(key)!.Location, DiagnosticCodes.InvalidValue, $"'{key}' must be a whole number from {min} to {max}, not '{text}'");
        return null;
    }

    /// <summary>A value from a fixed set of words, e.g. <c>confidence: moderate</c>.</summary>
    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> choices, bool required = false)
        where T : struct
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (choices.TryGetValue(text, out var value))
        {
            return value;
        }

        diagnostics.Error(Node(key)!.Location, DiagnosticCodes.InvalidValue,
            $"'{key}' must be one of {string.Join(", ", choices.Keys.Select(k => $"'{k}'"))}, not '{text}'{Suggest.DidYouMean(text, choices.Keys)}");
        return null;
    }

    public Uri? Url(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return uri;
        }

        diagnostics.Error(Node(key)!.Location, DiagnosticCodes.InvalidUrl, $"'{key}' must be an absolute http or https URL, not '{text}'");
        return null;
    }

    /// <summary>One slug referring to content of <paramref name="kind"/>; resolved later by the Link stage.</summary>
    public Ref? Reference(string key, ContentKind kind)
    {
        _references[key] = kind;
        var text = Text(key);
        return text is null ? null : ToRef(key, kind, Node(key)!.Location, text);
    }

    /// <summary>A list of slugs, e.g. <c>countries: [pakistan, russia]</c>.</summary>
    public IReadOnlyList<Ref> References(string key, ContentKind kind)
    {
        _references[key] = kind;
        return [.. Items(key).Select(i => ToRef(key, kind, i.Location, i.Value)).OfType<Ref>()];
    }

    public IReadOnlyList<string> Strings(string key) => [.. Items(key).Select(i => i.Value)];

    /// <summary>Text items with where each was written (e.g. <c>aliases</c>, checked later by the Link stage).</summary>
    public IReadOnlyList<Located<string>> LocatedStrings(string key) => Items(key);

    /// <summary><c>ignore_mentions: all</c> or <c>ignore_mentions: [slug, …]</c>.</summary>
    public MentionOptOut MentionOptOut(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null or YScalar { IsNull: true }:
                return Content.MentionOptOut.None;
            case YScalar { Value: "all" }:
                return new MentionOptOut(true, []);
            case YScalar scalar:
                diagnostics.Error(scalar.Location, DiagnosticCodes.InvalidValue,
                    $"'{key}' must be 'all' or a list of slugs (write [{scalar.Value}]), not '{scalar.Value}'");
                return Content.MentionOptOut.None;
            default:
                return new MentionOptOut(false, [.. Items(key).Where(i => ToRef(key, ContentKind.Topic, i.Location, i.Value) is not null)]);
        }
    }

    public YMapping? Mapping(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null or YScalar { IsNull: true })
        {
            if (node is not null && required)
            {
                diagnostics.Error(node.Location, DiagnosticCodes.MissingField, $"'{key}' is empty; it is required");
            }

            return null;
        }

        if (node is YMapping mapping)
        {
            return mapping;
        }

        WrongType(key, node, "a mapping of fields (indented 'key: value' lines)");
        return null;
    }

    /// <summary>
    /// A list of mappings (<c>sources: [{name: …}, …]</c>): a reader per item, each remembered as this key's nested
    /// reader; an item that is not a mapping is reported.
    /// </summary>
    public IReadOnlyList<FieldReader> Mappings(string key)
    {
        var node = Node(key);
        if (node is null or YScalar { IsNull: true })
        {
            return [];
        }

        if (node is not YSequence sequence)
        {
            WrongType(key, node, "a list of mappings (lines starting '- name: …')");
            return [];
        }

        var readers = new List<FieldReader>();
        foreach (var item in sequence.Items)
        {
            if (item is YMapping mapping)
            {
                readers.Add(Child(key, mapping));
            }
            else
            {
                diagnostics.Error(item.Location, DiagnosticCodes.WrongType, $"'{key}' items must be mappings ('- name: …' with indented fields), not {item.Describe}");
            }
        }

        return readers;
    }

    /// <summary>Warns about every key that no reader asked for, suggesting the closest known one.</summary>
    public void ReportUnknownFields(string kindWord)
    {
        var suggested = 0;
        foreach (var (key, _) in map.Entries)
        {
            if (!_known.Contains(key.Value))
            {
                var hint = ++suggested <= MaxSuggestions ? Suggest.DidYouMean(key.Value, _known) : "";
                diagnostics.Warning(key.Location, DiagnosticCodes.UnknownField, $"unknown field '{key.Value}' for {kindWord}{hint}");
            }
        }
    }

    private List<Located<string>> Items(string key)
    {
        var node = Node(key);
        if (node is null or YScalar { IsNull: true })
        {
            return [];
        }

        if (node is not YSequence sequence)
        {
            var example = node is YScalar s ? $"[{s.Value}]" : "[a, b]";
            WrongType(key, node, $"a list (write {example})");
            return [];
        }

        var items = new List<Located<string>>();
        foreach (var item in sequence.Items)
        {
            if (item is YScalar { IsNull: false } scalar && scalar.Value.Trim().Length > 0)
            {
                if (IsPrintable(key, scalar.Location, scalar.Value))
                {
                    items.Add(new(scalar.Value.Trim(), scalar.Location));
                }
            }
            else if (item is YScalar)
            {
                diagnostics.Error(item.Location, DiagnosticCodes.WrongType, $"'{key}' has an empty item; remove it or write a value");
            }
            else
            {
                diagnostics.Error(item.Location, DiagnosticCodes.WrongType, $"'{key}' items must be text values, not {item.Describe}");
            }
        }

        return items;
    }

    private Ref? ToRef(string key, ContentKind kind, SourceLocation at, string slug)
    {
        if (Slug.IsValid(slug))
        {
            return new Ref(kind, slug, at);
        }

        diagnostics.Error(at, DiagnosticCodes.InvalidSlug, $"'{key}': {Slug.Explain(slug)}");
        return null;
    }

    private YNode? Node(string key, bool required = false)
    {
        _known.Add(key);
        if (required)
        {
            _required.Add(key);
        }

        var node = map[key];
        if (node is null && required)
        {
            diagnostics.Error(map.Location, DiagnosticCodes.MissingField, $"missing required field '{key}'");
        }

        return node;
    }

    private void WrongType(string key, YNode node, string expected) =>
        diagnostics.Error(node.Location, DiagnosticCodes.WrongType, $"'{key}' must be {expected}, not {node.Describe}");
}
