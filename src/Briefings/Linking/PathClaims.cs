namespace Briefings.Linking;

/// <summary>
/// Output files claimed so far, and by whom. A new file clashes with a claimed one when it is the same file
/// (compared ignoring case, as macOS and Windows file systems do), when it would be written inside a claimed file,
/// or when a claimed file is inside it.
/// </summary>
internal sealed class PathClaims
{
    private readonly Dictionary<string, string> _files = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _folders = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Claims <paramref name="file"/> (<c>a/b/index.html</c>) for <paramref name="owner"/>, or says why it cannot.</summary>
    public bool TryClaim(string file, string owner, out string clash)
    {
        if (_files.TryGetValue(file, out var other))
        {
            clash = $"{other} is already written to '{file}'";
            return false;
        }

        if (_folders.TryGetValue(file, out other))
        {
            clash = $"'{file}' must be a folder, because {other} is written inside it";
            return false;
        }

        foreach (var folder in Folders(file))
        {
            if (_files.TryGetValue(folder, out other))
            {
                clash = $"'{folder}' must be a folder for it, but {other} is written there";
                return false;
            }
        }

        _files[file] = owner;
        foreach (var folder in Folders(file))
        {
            _folders.TryAdd(folder, owner);
        }

        clash = "";
        return true;
    }

    /// <summary><c>a/b/index.html</c> → <c>a</c>, <c>a/b</c>.</summary>
    private static IEnumerable<string> Folders(string file)
    {
        for (var slash = file.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = file.IndexOf('/', slash + 1))
        {
            yield return file[..slash];
        }
    }
}
