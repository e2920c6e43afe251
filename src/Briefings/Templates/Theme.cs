namespace Briefings.Templates;

/// <summary>The files of a theme: <c>layouts/</c>, <c>pages/</c>, <c>partials/</c> (Scriban) and <c>assets/</c> (copied).</summary>
public abstract class Theme
{
    /// <summary>Paths relative to the theme root, with '/', in ordinal order.</summary>
    public abstract IReadOnlyList<string> Files { get; }

    public abstract string Name { get; }

    /// <summary>The theme's folder on disk, or null for the built-in theme.</summary>
    public virtual string? Directory => null;

    /// <summary>
    /// Symbolic links in a theme folder, as paths like <see cref="Files"/>: not part of the theme (a link could copy any
    /// file of the machine into the site, <c>assets/x → /etc/passwd</c>); the build refuses them.
    /// </summary>
    public virtual IReadOnlyList<string> Links => [];

    public abstract byte[] Read(string path);

    /// <summary>
    /// How diagnostics name a theme file: <c>theme/…</c> for the built-in theme (the repository's folder it is built
    /// from), the full path for a theme folder (<c>--theme</c>), so an error never points at the wrong copy.
    /// </summary>
    public virtual string SourcePath(string path) => "theme/" + path;

    public string ReadText(string path) => System.Text.Encoding.UTF8.GetString(Read(path));

    /// <summary>The theme compiled into the tool (the repository's <c>theme/</c> folder).</summary>
    public static Theme Default { get; } = new EmbeddedTheme();

    /// <summary>
    /// A theme folder (<c>--theme</c>) over the built-in theme: each file it has replaces the built-in file of the same
    /// path (a template, a partial, an asset), and every other file is the built-in one. A site that changes one
    /// stylesheet or partial keeps only that file.
    /// </summary>
    public static Theme FromDirectory(string directory) => new DirectoryTheme(directory, Default);
}

internal sealed class DirectoryTheme : Theme
{
    private readonly string _root;
    private readonly Theme _under;

    /// <summary>The folder's own files and links, as paths like <see cref="Files"/>.</summary>
    private readonly HashSet<string> _own;

    public DirectoryTheme(string root, Theme under)
    {
        (_root, _under) = (root, under);
        var entries = Entries(root);
        _own = [.. entries.Select(e => e.Path)];
        Links = [.. entries.Where(e => e.IsLink).Select(e => e.Path)];
        Files = [.. entries.Where(e => !e.IsLink).Select(e => e.Path).Union(under.Files, StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    public override string Name => _root;

    public override string? Directory => _root;

    public override IReadOnlyList<string> Files { get; }

    public override IReadOnlyList<string> Links { get; }

    public override byte[] Read(string path) => _own.Contains(path) ? File.ReadAllBytes(Path.Combine(_root, path)) : _under.Read(path);

    /// <summary>Diagnostics name the folder's own files by their full path, the rest as the built-in theme's.</summary>
    public override string SourcePath(string path) =>
        _own.Contains(path) ? Path.Combine(Path.GetFullPath(_root), path).Replace('\\', '/') : _under.SourcePath(path);

    /// <summary>Every file and link under <paramref name="folder"/>, not walking hidden folders, node_modules or links.</summary>
    private static (string Path, bool IsLink)[] Entries(string folder)
    {
        var entries = new System.IO.Enumeration.FileSystemEnumerable<(string Path, bool IsLink)>(folder,
            (ref System.IO.Enumeration.FileSystemEntry e) => (Path.GetRelativePath(folder, e.ToFullPath()).Replace('\\', '/'), (e.Attributes & FileAttributes.ReparsePoint) != 0),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry e) =>
                !e.FileName.StartsWith('.') && ((e.Attributes & FileAttributes.ReparsePoint) != 0 || !e.IsDirectory),
            ShouldRecursePredicate = (ref System.IO.Enumeration.FileSystemEntry e) =>
                !e.FileName.StartsWith('.') && e.FileName is not "node_modules" && (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        return [.. entries.OrderBy(e => e.Path, StringComparer.Ordinal)];
    }
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
