namespace Briefings.Templates;

/// <summary>The files of a theme: <c>layouts/</c>, <c>pages/</c>, <c>partials/</c> (Scriban) and <c>assets/</c> (copied).</summary>
public abstract class Theme
{
    /// <summary>Paths relative to the theme root, with '/', in ordinal order.</summary>
    public abstract IReadOnlyList<string> Files { get; }

    public abstract string Name { get; }

    /// <summary>The theme's folder on disk, or null for the built-in theme.</summary>
    public virtual string? Directory => null;

    public abstract byte[] Read(string path);

    /// <summary>
    /// How diagnostics name a theme file: <c>theme/…</c> for the built-in theme (the repository's folder it is built
    /// from), the full path for a theme folder (<c>--theme</c>), so an error never points at the wrong copy.
    /// </summary>
    public virtual string SourcePath(string path) => "theme/" + path;

    public string ReadText(string path) => System.Text.Encoding.UTF8.GetString(Read(path));

    /// <summary>The theme compiled into the tool (the repository's <c>theme/</c> folder).</summary>
    public static Theme Default { get; } = new EmbeddedTheme();

    public static Theme FromDirectory(string directory) => new DirectoryTheme(directory);
}

internal sealed class DirectoryTheme(string root) : Theme
{
    public override string Name => root;

    public override string? Directory => root;

    public override IReadOnlyList<string> Files { get; } = [.. System.IO.Directory
        .EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
        .Where(p => !p.Split('/').Any(part => part.StartsWith('.') || part == "node_modules"))
        .Order(StringComparer.Ordinal)];

    public override byte[] Read(string path) => File.ReadAllBytes(Path.Combine(root, path));

    public override string SourcePath(string path) => Path.Combine(Path.GetFullPath(root), path).Replace('\\', '/');
}

internal sealed class EmbeddedTheme : Theme
{
    private const string Prefix = "theme/";

    public override string Name => "built-in theme";

    public override IReadOnlyList<string> Files { get; } = [.. typeof(EmbeddedTheme).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..])
        .Order(StringComparer.Ordinal)];

    public override byte[] Read(string path)
    {
        using var stream = typeof(EmbeddedTheme).Assembly.GetManifestResourceStream(Prefix + path)
            ?? throw new FileNotFoundException($"theme file '{path}' is not in the built-in theme");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
