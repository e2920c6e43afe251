using System.Buffers;
using System.Collections;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Briefings.Templates;

namespace Briefings.Pages.Meta;

/// <summary>schema.org structured data as a <c>&lt;script type="application/ld+json"&gt;</c> block that cannot break out of its element.</summary>
internal static class JsonLd
{
    // The default encoder escapes <, >, & and quotes, so "</script>" in content can never end the element.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    // Each rendering thread writes its pages' data into one buffer, emptied before each page.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    public static TrustedHtml Script(LdObject data)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4 * 1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("@context", "https://schema.org");
            data.WriteProperties(writer);
            writer.WriteEndObject();
        }

        return new TrustedHtml(string.Concat("<script type=\"application/ld+json\">", Encoding.UTF8.GetString(buffer.WrittenSpan), "</script>"));
    }

    public static LdObject Thing(string type, string name, string? url, string? description = null)
    {
        var thing = new LdObject { ["@type"] = type, ["name"] = name };
        if (url is not null)
        {
            thing["url"] = url;
        }

        if (description is not null)
        {
            thing["description"] = description;
        }

        return thing;
    }

    public static LdArray Array(IEnumerable<LdValue> items) => new([.. items]);
}

/// <summary>
/// A schema.org object: its properties in the order they were first set (setting one again replaces its value in
/// place), written as JSON by <see cref="JsonLd.Script"/>. Lighter than a JSON DOM: a site writes one per page.
/// </summary>
internal sealed class LdObject : IEnumerable<KeyValuePair<string, LdValue>>
{
    private readonly List<KeyValuePair<string, LdValue>> _properties = new(8);

    public LdValue this[string key]
    {
        get => _properties.Find(p => p.Key == key).Value;
        set
        {
            var i = _properties.FindIndex(p => p.Key == key);
            if (i >= 0)
            {
                _properties[i] = new(key, value);
            }
            else
            {
                _properties.Add(new(key, value));
            }
        }
    }

    public void Add(string key, LdValue value) => this[key] = value;

    internal void WriteProperties(Utf8JsonWriter writer)
    {
        foreach (var (key, value) in _properties)
        {
            writer.WritePropertyName(key);
            value.Write(writer);
        }
    }

    public IEnumerator<KeyValuePair<string, LdValue>> GetEnumerator() => _properties.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A schema.org array.</summary>
internal sealed class LdArray(IReadOnlyList<LdValue> items)
{
    public IReadOnlyList<LdValue> Items => items;
}

/// <summary>A value in schema.org data: text, a number, an object or an array (null is written as <c>null</c>).</summary>
internal readonly struct LdValue
{
    private readonly object? _value;

    private LdValue(object? value) => _value = value;

    public static implicit operator LdValue(string? text) => new(text);

    public static implicit operator LdValue(double number) => new(number);

    public static implicit operator LdValue(LdObject? thing) => new(thing);

    public static implicit operator LdValue(LdArray? array) => new(array);

    internal void Write(Utf8JsonWriter writer)
    {
        switch (_value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case LdObject thing:
                writer.WriteStartObject();
                thing.WriteProperties(writer);
                writer.WriteEndObject();
                break;
            case LdArray array:
                writer.WriteStartArray();
                foreach (var item in array.Items)
                {
                    item.Write(writer);
                }

                writer.WriteEndArray();
                break;
        }
    }
}
