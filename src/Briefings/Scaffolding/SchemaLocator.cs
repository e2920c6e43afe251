using Briefings.Content;
using Briefings.Schemas;

namespace Briefings.Scaffolding;

/// <summary>
/// Where a new file's <c># yaml-language-server: $schema=…</c> points: the repository's own
/// <c>src/Briefings/Schemas/</c> when the input folder is inside a checkout, else a copy written to
/// <c>input/.schemas/</c> (dot-folders are not content), always as a path relative to the new file.
/// </summary>
internal static class SchemaLocator
{
    public const string LocalFolder = ".schemas";

    public static string RelativeSchemaPath(string inputDirectory, string newFile, ContentKind kind)
    {
        var schema = FindInCheckout(inputDirectory, kind) ?? WriteLocalCopy(inputDirectory, kind);
        var from = Path.GetDirectoryName(Path.GetFullPath(newFile))!;
        return Path.GetRelativePath(from, schema).Replace('\\', '/');
    }

    private static string? FindInCheckout(string inputDirectory, ContentKind kind)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(inputDirectory)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FrontMatterSchemas.Folder, FrontMatterSchemas.FileName(kind));
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string WriteLocalCopy(string inputDirectory, ContentKind kind)
    {
        var path = Path.Combine(Path.GetFullPath(inputDirectory), LocalFolder, FrontMatterSchemas.FileName(kind));
        var text = FrontMatterSchemas.Read(kind);
        if (!File.Exists(path) || File.ReadAllText(path) != text)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        return path;
    }
}
