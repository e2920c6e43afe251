using Briefings.Content;
using Briefings.Linking;

namespace Briefings;

/// <summary>
/// The one place that decides every page path and every href. Paths are site-relative (<c>articles/x/</c>);
/// hrefs are root-relative under the base path (<c>/briefings/articles/x/</c>), so links work at any depth.
/// </summary>
public sealed class Urls
{
    public Urls(string basePath)
    {
        var trimmed = basePath.Trim('/');
        BasePath = trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }

    /// <summary><c>/</c> or <c>/repo/</c>: always starts and ends with a slash.</summary>
    public string BasePath { get; }

    public static string HomePath => "";

    /// <summary>The base path of a URL or path given on the command line or in <c>site.yml</c>.</summary>
    public static Urls FromBaseUrl(string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            return new Urls("/");
        }

        baseUrl = baseUrl.Trim();
        return Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? new Urls(uri.AbsolutePath)
            : new Urls(baseUrl);
    }

    public static string SectionPath(ContentKind kind, int page = 1) =>
        page <= 1 ? $"{kind.Plural()}/" : $"{kind.Plural()}/page/{page}/";

    public static string EntityPath(ContentKind kind, string slug) => $"{kind.Plural()}/{slug}/";

    public static string EntityPath(EntityKey key) => EntityPath(key.Kind, key.Slug);

    public static string SeriesPath(string series) => $"meetings/series/{series}/";

    public static string AssetPath(string file) => $"assets/{file}";

    /// <summary>
    /// The page path of a validated alias, relative to the base path: <c>/old/path</c> and <c>old/path/</c> →
    /// <c>old/path/</c> (a folder, written as <c>old/path/index.html</c>); a name ending in <c>.html</c> or <c>.htm</c>
    /// is a file and kept as it is.
    /// </summary>
    public static string RedirectPath(string alias)
    {
        var path = alias.TrimStart('/');
        return path.EndsWith('/') || path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            ? path
            : path + "/";
    }

    public string Href(string path) => BasePath + path;

    public string Home => BasePath;

    public string Section(ContentKind kind, int page = 1) => Href(SectionPath(kind, page));

    public string Entity(ContentKind kind, string slug) => Href(EntityPath(kind, slug));

    public string Entity(EntityKey key) => Href(EntityPath(key));

    public string Series(string series) => Href(SeriesPath(series));

    public string Asset(string file) => Href(AssetPath(file));

    /// <summary>The file a page path is written to: <c>articles/x/</c> → <c>articles/x/index.html</c>.</summary>
    public static string FileOf(string path) => path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
}
