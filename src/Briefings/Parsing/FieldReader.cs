using System.Globalization;
using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Parsing;

/// <summary>
/// Reads typed front-matter fields out of a <see cref="YMapping"/>, reporting missing fields, wrong types and
/// bad values at the value's own line and column. Remembers which keys were asked for, so the rest are "unknown".
/// </summary>
public sealed class FieldReader(YMapping map, DiagnosticBag diagnostics)
{
    /// <summary>Each suggestion costs an edit distance per known field: thousands of unknown keys get them for the first few hundred.</summary>
    private const int MaxSuggestions = 300;

    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public SourceLocation Location => map.Location;

    public DiagnosticBag Diagnostics => diagnostics;

    public string? String(string key, bool required = false)
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

        return value.Length == 0 ? null : value;
    }

    public PartialDate? Date(string key, bool required = false)
    {
        var text = String(key, required);
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
        var text = String(key);
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
        var text = String(key, required);
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
        var text = String(key, required);
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
        var text = String(key);
        return text is null ? null : ToRef(key, kind, Node(key)!.Location, text);
    }

    /// <summary>A list of slugs, e.g. <c>countries: [pakistan, russia]</c>.</summary>
    public IReadOnlyList<Ref> References(string key, ContentKind kind) =>
        [.. Items(key).Select(i => ToRef(key, kind, i.Location, i.Value)).OfType<Ref>()];

    public IReadOnlyList<string> Strings(string key) => [.. Items(key).Select(i => i.Value)];

    /// <summary>Text items with where each was written (e.g. <c>aliases</c>, checked later by the Link stage).</summary>
    public IReadOnlyList<Located<string>> LocatedStrings(string key) => Items(key);

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
                items.Add(new(scalar.Value.Trim(), scalar.Location));
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
