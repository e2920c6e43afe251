using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Briefings.Templates;

namespace Briefings.Pages.Meta;

/// <summary>schema.org structured data as a <c>&lt;script type="application/ld+json"&gt;</c> block that cannot break out of its element.</summary>
internal static class JsonLd
{
    // The default encoder escapes <, >, & and quotes, so "</script>" in content can never end the element.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default, WriteIndented = false };

    public static TrustedHtml Script(JsonObject data)
    {
        // The properties move to a document that starts with @context: a node has one parent, so no copies are made.
        var properties = data.ToList();
        data.Clear();
        var document = new JsonObject { ["@context"] = "https://schema.org" };
        foreach (var (key, value) in properties)
        {
            document[key] = value;
        }

        return new TrustedHtml("<script type=\"application/ld+json\">" + document.ToJsonString(Options) + "</script>");
    }

    public static JsonObject Thing(string type, string name, string? url, string? description = null)
    {
        var thing = new JsonObject { ["@type"] = type, ["name"] = name };
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

    public static JsonArray Array(IEnumerable<JsonNode> items) => new([.. items]);
}
