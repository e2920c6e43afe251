using Briefings.Content;

namespace Briefings.Schemas;

/// <summary>
/// JSON Schemas (draft-07, what yaml-language-server validates best) of every kind's front matter, so editors check
/// a file as it is typed. Kept in <c>src/Briefings/Schemas/</c> and compiled in; tests hold them to the readers.
/// </summary>
internal static class FrontMatterSchemas
{
    public const string Folder = "src/Briefings/Schemas";

    /// <summary>The kinds that have a front-matter schema (topics have no file).</summary>
    public static IReadOnlyList<ContentKind> Kinds { get; } = [.. ContentKinds.All.Where(d => d.Folder is not null).Select(d => d.Kind)];

    public static string FileName(ContentKind kind) => $"{kind.Singular()}.schema.json";

    public static string Read(ContentKind kind)
    {
        using var stream = typeof(FrontMatterSchemas).Assembly.GetManifestResourceStream("Briefings.Schemas." + FileName(kind))
            ?? throw new InvalidOperationException($"no built-in schema for {kind.Plural()}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
