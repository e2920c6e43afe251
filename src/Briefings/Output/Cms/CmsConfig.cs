using System.Text.Json.Nodes;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Kinds;
using Briefings.Markdown;
using Briefings.Parsing;
using Briefings.Schemas;

namespace Briefings.Output.Cms;

/// <summary>
/// The content editor's configuration (Decap CMS's <c>admin/config.yml</c>), made from what <c>check</c> itself uses:
/// one collection per kind that has files (<see cref="ContentKinds.All"/>), its fields from the kind's JSON schema
/// (<see cref="FrontMatterSchemas"/>: required ones, choices as selects, patterns such as partial dates as text with a
/// pattern) and its references from the kind's reader (<see cref="FieldReader.ReferenceKinds"/>): a picker of the
/// referenced kind's files, or a select of its codebook (<see cref="KindDescriptor.Codebook"/>: countries, topics).
/// A kind added later gets its collection without code here. Written as JSON, which YAML reads as it is.
/// </summary>
internal static class CmsConfig
{
    /// <summary>Where Decap's local backend (<c>decap-server</c>) answers by default.</summary>
    public static readonly Uri DefaultLocalBackend = new("http://localhost:8081/api/v1");

    public static JsonObject Build(SiteSettings settings, CmsSettings cms, Uri? localBackend)
    {
        var backend = new JsonObject { ["name"] = "github", ["repo"] = cms.Repository, ["branch"] = cms.Branch };
        if (cms.AuthUrl is { } auth)
        {
            backend["base_url"] = auth.GetLeftPart(UriPartial.Authority);
            var endpoint = auth.AbsolutePath.Trim('/');
            if (endpoint.Length > 0)
            {
                backend["auth_endpoint"] = endpoint;
            }
        }

        var config = new JsonObject
        {
            ["backend"] = backend,
            ["publish_mode"] = "editorial_workflow",
        };
        if (localBackend is not null)
        {
            config["local_backend"] = new JsonObject { ["url"] = localBackend.AbsoluteUri };
        }

        if (settings.BaseUrl is { } site)
        {
            config["site_url"] = site.AbsoluteUri;
            config["display_url"] = site.AbsoluteUri;
        }

        // Decap requires a media folder; the editor offers no images (the Markdown field has no image button).
        config["media_folder"] = "input/.briefings/media";
        config["slug"] = new JsonObject { ["encoding"] = "ascii", ["clean_accents"] = true, ["sanitize_replacement"] = "-" };
        config["collections"] = new JsonArray([.. ContentKinds.All.Where(d => d.Folder is not null).Select(d => Collection(d, settings))]);
        return config;
    }

    private static JsonObject Collection(KindDescriptor kind, SiteSettings settings)
    {
        var schema = JsonNode.Parse(FrontMatterSchemas.Read(kind.Kind))!.AsObject();
        var definitions = schema["definitions"]?.AsObject();
        var references = ReferenceFields(kind.Kind);
        var properties = schema["properties"]!.AsObject();
        var identifier = NameFields.FirstOrDefault(properties.ContainsKey);
        var fields = Fields(schema, definitions, references, settings);
        fields.Add((JsonNode)new JsonObject { ["label"] = "Text", ["name"] = "body", ["widget"] = "markdown", ["required"] = false, ["buttons"] = Buttons(), ["editor_components"] = new JsonArray() });

        var collection = new JsonObject
        {
            ["name"] = kind.Plural,
            ["label"] = kind.Title,
            ["label_singular"] = char.ToUpperInvariant(kind.Singular[0]) + kind.Singular[1..],
            ["folder"] = $"{InputFolder}/{kind.Folder}",
            ["extension"] = "md",
            ["format"] = "yaml-frontmatter",
            // A file's name is its slug: made from the title or name, lowercase ASCII and hyphens (the site-wide slug rule).
            ["create"] = identifier is not null,
            ["slug"] = "{{slug}}",
        };
        if (identifier is not null)
        {
            collection["identifier_field"] = identifier;
        }
        else
        {
            // Entries of a kind without a title or name (country profiles) are named by their file; they are edited, not created.
            collection["identifier_field"] = "summary";
            collection["summary"] = "{{filename}}";
        }

        if (kind.FiledByYear)
        {
            // Decap fills a path only from its own date fields ({{year}}: a date picker's year, else the day of writing), and a
            // partial date is text here, so a new article goes under the year it is written; check does not ask the
            // folder to be the year of the date (README: Editing in the browser).
            collection["path"] = "{{year}}/{{slug}}";
        }

        collection["fields"] = fields;
        return collection;
    }

    /// <summary>The fields that name an entry, in the order they are looked for.</summary>
    private static readonly string[] NameFields = ["title", "name"];

    private static readonly string[] LeadingKeys = ["name", "label", "widget", "required", "hint"];

    /// <summary>The folder of the content, from the repository's root (the CMS works on the repository).</summary>
    public const string InputFolder = "input";

    private static readonly string[] ButtonNames = ["bold", "italic", "code", "link", "heading-two", "heading-three", "quote", "bulleted-list", "numbered-list"];

    // JsonNode items, not strings: JsonArray.Add<T> is not safe for Native AOT (IL3050), Add(JsonNode) is.
    private static JsonArray Buttons() => new([.. ButtonNames.Select(b => (JsonNode)b)]);

    private static JsonArray Fields(JsonObject schema, JsonObject? definitions, IReadOnlyDictionary<string, ContentKind> references, SiteSettings settings)
    {
        var required = schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];
        var fields = new JsonArray();
        foreach (var (name, node) in schema["properties"]!.AsObject())
        {
            var property = Resolve(node!.AsObject(), definitions);
            var field = references.TryGetValue(name, out var kind)
                ? Reference(property, kind, settings)
                : Widget(property, definitions, settings);
            if (field is null)
            {
                continue; // a field the editor cannot show (ignore_mentions: 'all' or a list) is kept as written
            }

            field["name"] = name;
            field["label"] = Label(name);
            field["required"] = required.Contains(name);
            if (Description(node!.AsObject(), property) is { } hint)
            {
                field["hint"] = hint;
            }

            fields.Add((JsonNode)Ordered(field));
        }

        return fields;
    }

    /// <summary>Name, label and widget first, as a person reading the file expects.</summary>
    private static JsonObject Ordered(JsonObject field)
    {
        var ordered = new JsonObject();
        foreach (var key in LeadingKeys.Where(field.ContainsKey))
        {
            ordered[key] = field[key]!.DeepClone();
        }

        foreach (var (key, value) in field.Where(p => !ordered.ContainsKey(p.Key)).ToList())
        {
            ordered[key] = value?.DeepClone();
        }

        return ordered;
    }

    private static JsonObject? Reference(JsonObject property, ContentKind kind, SiteSettings settings)
    {
        var multiple = Type(property) == "array";
        var target = ContentKinds.Of(kind);
        if (target.Codebook(settings) is { } codebook)
        {
            var options = new JsonArray([.. codebook.Select(c => (JsonNode)new JsonObject { ["label"] = c.Name, ["value"] = c.Slug })]);
            return new JsonObject { ["widget"] = "select", ["options"] = options, ["multiple"] = multiple };
        }

        if (target.Folder is null)
        {
            return null;
        }

        var targetSchema = JsonNode.Parse(FrontMatterSchemas.Read(kind))!["properties"]!.AsObject();
        var shown = NameFields.FirstOrDefault(targetSchema.ContainsKey) ?? "summary";
        return new JsonObject
        {
            ["widget"] = "relation",
            ["collection"] = target.Plural,
            ["value_field"] = "{{filename}}",
            ["search_fields"] = new JsonArray(shown),
            ["display_fields"] = new JsonArray(shown),
            ["multiple"] = multiple,
        };
    }

    private static JsonObject? Widget(JsonObject property, JsonObject? definitions, SiteSettings settings)
    {
        if (property["enum"] is JsonArray choices)
        {
            return new JsonObject { ["widget"] = "select", ["options"] = new JsonArray([.. choices.Select(c => c!.DeepClone())]) };
        }

        if (property["anyOf"] is JsonArray alternatives)
        {
            // A partial date (YYYY-MM-DD, YYYY-MM or YYYY) is text with a pattern, never a date picker that wants a whole day.
            var text = alternatives.Select(a => Resolve(a!.AsObject(), definitions)).FirstOrDefault(a => Type(a) == "string" && a["pattern"] is not null);
            return text is null ? null : Text(text, Description(property, property));
        }

        switch (Type(property))
        {
            case "string":
                return Text(property, null);
            case "integer":
                var number = new JsonObject { ["widget"] = "number", ["value_type"] = "int" };
                if (property["minimum"] is { } min)
                {
                    number["min"] = min.DeepClone();
                }

                if (property["maximum"] is { } max)
                {
                    number["max"] = max.DeepClone();
                }

                return number;
            case "array" when property["items"] is JsonObject items && Type(Resolve(items, definitions)) == "string":
                return new JsonObject { ["widget"] = "list" };
            case "object" when property["properties"] is JsonObject:
                var nested = Fields(property, definitions, new Dictionary<string, ContentKind>(), settings);
                return new JsonObject { ["widget"] = "object", ["collapsed"] = false, ["fields"] = nested };
            default:
                return null;
        }
    }

    private static JsonObject Text(JsonObject property, string? message)
    {
        var field = new JsonObject { ["widget"] = "string" };
        if (property["pattern"]?.GetValue<string>() is { } pattern)
        {
            field["pattern"] = new JsonArray(pattern, message ?? property["description"]?.GetValue<string>() ?? $"must match {pattern}");
        }

        return field;
    }

    /// <summary>A property with its <c>$ref</c> (or a single <c>allOf</c> of one) followed, keeping its own keywords.</summary>
    private static JsonObject Resolve(JsonObject property, JsonObject? definitions)
    {
        var target = property["$ref"]?.GetValue<string>()
            ?? (property["allOf"] is JsonArray { Count: 1 } all ? all[0]?["$ref"]?.GetValue<string>() : null);
        if (target is null || definitions is null || !target.StartsWith("#/definitions/", StringComparison.Ordinal))
        {
            return property;
        }

        var resolved = Resolve(definitions[target["#/definitions/".Length..]]!.AsObject(), definitions).DeepClone().AsObject();
        foreach (var (key, value) in property.Where(p => p.Key is not ("$ref" or "allOf")))
        {
            resolved[key] = value?.DeepClone();
        }

        return resolved;
    }

    private static string? Type(JsonObject property) => property["type"] is JsonValue type ? type.GetValue<string>() : null;

    private static string? Description(JsonObject own, JsonObject resolved) =>
        own["description"]?.GetValue<string>() ?? resolved["description"]?.GetValue<string>();

    private static string Label(string name) => char.ToUpperInvariant(name[0]) + name[1..].Replace('_', ' ');

    /// <summary>The fields the kind's reader reads as references, with the kind each names: its reader run over an empty file.</summary>
    private static Dictionary<string, ContentKind> ReferenceFields(ContentKind kind)
    {
        var diagnostics = new DiagnosticBag();
        var map = (YMapping)new YamlReader(diagnostics, "probe.md", 1).Read("{}")!;
        var fields = new FieldReader(map, diagnostics);
        ContentReaders.Read(new ContentPath(kind, "probe"), "probe.md", fields, MarkdownParser.Parse("", "probe.md", 1, diagnostics));
        return new Dictionary<string, ContentKind>(fields.ReferenceKinds, StringComparer.Ordinal);
    }
}
