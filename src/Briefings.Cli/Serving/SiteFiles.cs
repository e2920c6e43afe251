namespace Briefings.Cli.Serving;

/// <summary>What a request path names in a built site: a file, a folder to redirect to, or nothing.</summary>
internal abstract record Resolved
{
    public sealed record File(string Path) : Resolved;

    /// <summary>A redirect to <paramref name="Location"/>, a path built from the site's own file names, never from the request.</summary>
    public sealed record Redirect(string Location) : Resolved;

    public sealed record NotFound : Resolved;

    /// <summary>A path no file of the site can have: a backslash, a control character, '.' or '..' or an empty name ('//').</summary>
    public sealed record Refused : Resolved;
}

/// <summary>
/// Maps the request paths of <c>serve</c> to the files of a built site under its base path, as GitHub Pages does:
/// <c>x/</c> is <c>x/index.html</c>, and <c>x</c> redirects to <c>x/</c> when that is a folder with an index. The path
/// is the server's, already percent-decoded once (Kestrel's <c>Request.Path</c>); it is not decoded again, so
/// <c>%252e%252e</c> stays a name, never <c>..</c>. Redirects are built from the file found, not from the request.
/// </summary>
internal static class SiteFiles
{
    public static Resolved Resolve(string root, string basePath, string path)
    {
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            return new Resolved.NotFound();
        }

        var names = path[basePath.Length..].Split('/');
        if (names.Select((name, i) => Bad(name) || (name.Length == 0 && i < names.Length - 1)).Any(bad => bad))
        {
            return new Resolved.Refused();
        }

        var relative = string.Join('/', names);
        var file = Path.GetFullPath(Path.Combine(root, relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative));
        if (!file.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return new Resolved.Refused();
        }

        if (System.IO.File.Exists(file))
        {
            return new Resolved.File(file);
        }

        if (!relative.EndsWith('/') && System.IO.File.Exists(Path.Combine(file, "index.html")))
        {
            return new Resolved.Redirect(basePath + string.Join('/', names.Select(Uri.EscapeDataString)) + "/");
        }

        return new Resolved.NotFound();
    }

    private static bool Bad(string name) => name is "." or ".." || name.Contains('\\', StringComparison.Ordinal) || name.Any(char.IsControl);
}
