using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Briefings.Parsing;

namespace Briefings.Tests.Support;

/// <summary>Front matter as yaml-language-server sees it: YAML 1.2 core schema (plain 7 is a number, plain true a boolean).</summary>
internal static partial class YamlJson
{
    public static JsonNode? ToJson(YNode node) => node switch
    {
        YMapping map => new JsonObject(map.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToJson(e.Value)))),
        YSequence seq => new JsonArray([.. seq.Items.Select(ToJson)]),
        YScalar { IsNull: true } => null,
        YScalar { IsPlain: true, Value: "true" or "false" } s => JsonValue.Create(s.Value == "true"),
        YScalar { IsPlain: true } s when Integer().IsMatch(s.Value) => JsonValue.Create(long.Parse(s.Value, CultureInfo.InvariantCulture)),
        YScalar s => JsonValue.Create(s.Value),
        _ => null,
    };

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();
}
