using System.Text.Json;
using System.Text.Json.Nodes;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Loading;
using Briefings.Markdown;
using Briefings.Parsing;
using Briefings.Schemas;
using Briefings.Tests.Integration;
using Briefings.Tests.Support;
using Json.Schema;

namespace Briefings.Tests.Unit;

/// <summary>The editor schemas cannot drift from the readers: same fields, same required ones, and real content validates.</summary>
public sealed class FrontMatterSchemaTests
{
    public static TheoryData<ContentKind> Kinds => [.. FrontMatterSchemas.Kinds];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Should_declare_exactly_the_fields_the_reader_accepts_and_requires(ContentKind kind)
    {
        // Given: the reader of this kind, run over front matter that has a (nested) source
        var fields = Read(kind, "source: {name: x}\nsources: [{name: x}]\n");
        var schema = JsonNode.Parse(FrontMatterSchemas.Read(kind))!.AsObject();

        // Then
        Assert.Equal(fields.KnownKeys.Order(), Properties(schema).Order());
        Assert.Equal(fields.RequiredKeys.Order(), Required(schema).Order());
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
        foreach (var (key, nested) in fields.Nested)
        {
            var nestedSchema = NestedSchema(schema, key);
            Assert.Equal(nested.KnownKeys.Order(), Properties(nestedSchema).Order());
            Assert.Equal(nested.RequiredKeys.Order(), Required(nestedSchema).Order());
        }
    }

    [Fact]
    public void Should_validate_every_file_of_the_real_input()
    {
        // Given
        var input = Path.Combine(RealInputTests.RepoRoot(), "input");
        var files = Directory.EnumerateFiles(input, "*.md", SearchOption.AllDirectories).ToList();

        // When
        var failures = files.SelectMany(f => Validate(Path.GetRelativePath(input, f).Replace('\\', '/'), File.ReadAllText(f))).ToList();

        // Then
        Assert.NotEmpty(files);
        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("titel: x")]
    [InlineData("countries: [Pakistan]")]
    [InlineData("date: 2018-13")]
    [InlineData("status: final")]
    public void Should_reject_front_matter_that_check_rejects(string line)
    {
        // Given
        var text = Files.Article("Talks", extra: line).Replace("date: 2018-03-21\n", line.StartsWith("date", StringComparison.Ordinal) ? "" : "date: 2018-03-21\n", StringComparison.Ordinal);

        // When
        var failures = Validate("articles/2018/talks.md", text);

        // Then
        Assert.NotEmpty(failures);
    }

    /// <summary>Schema errors of one content file, as "path: location: message".</summary>
    internal static IEnumerable<string> Validate(string path, string text)
    {
        var diagnostics = new DiagnosticBag();
        var at = ContentPath.Classify(path, diagnostics)!;
        var split = FrontMatter.Split(new InputFile(path, text), diagnostics)!;
        var yaml = new YamlReader(diagnostics, path, split.YamlFirstLine).Read(split.Yaml)!;
        using var document = JsonDocument.Parse(YamlJson.ToJson(yaml)!.ToJsonString());
        var schema = JsonSchema.FromText(FrontMatterSchemas.Read(at.Kind));
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => $"{path}: {d.InstanceLocation}: {e.Value}"))
                .DefaultIfEmpty($"{path}: invalid");
    }

    private static FieldReader Read(ContentKind kind, string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var map = (YMapping)new YamlReader(diagnostics, "x.md", 2).Read(yaml)!;
        var fields = new FieldReader(map, diagnostics);
        ContentReaders.Read(new ContentPath(kind, "x"), "x.md", fields, MarkdownParser.Parse("", "x.md", 1, diagnostics));
        return fields;
    }

    /// <summary>A nested mapping's schema: the property's own, or for a list of mappings (<c>sources</c>) its items' definition.</summary>
    private static JsonObject NestedSchema(JsonObject schema, string key)
    {
        var property = schema["properties"]![key]!.AsObject();
        return property["items"]?["$ref"]?.GetValue<string>() is { } reference
            ? schema["definitions"]![reference.Split('/')[^1]]!.AsObject()
            : property;
    }

    private static IEnumerable<string> Properties(JsonObject schema) => schema["properties"]!.AsObject().Select(p => p.Key);

    private static IEnumerable<string> Required(JsonObject schema) =>
        schema["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [];
}
