using Briefings.Diagnostics;

namespace Briefings.Parsing;

/// <summary>A YAML value with the place it was written. A small tree of our own: no anchors, no duplicate keys.</summary>
internal abstract record YNode(SourceLocation Location)
{
    public abstract string Describe { get; }
}

internal sealed record YScalar(SourceLocation Location, string Value, bool IsPlain) : YNode(Location)
{
    /// <summary>The value is written on one line, so a character's column is the value's column plus its index (plus one for a quote).</summary>
    public bool IsSingleLine { get; init; } = true;

    /// <summary>An unquoted <c>~</c>, <c>null</c> or empty value.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe => IsNull ? "an empty value" : "a text value";
}

internal sealed record YSequence(SourceLocation Location, IReadOnlyList<YNode> Items) : YNode(Location)
{
    public override string Describe => "a list";
}

internal sealed record YMapping(SourceLocation Location, IReadOnlyList<KeyValuePair<YScalar, YNode>> Entries) : YNode(Location)
{
    public override string Describe => "a mapping (key: value pairs)";

    public YNode? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key).Value;
}
