using Briefings.Content;
using Briefings.Linking;

namespace Briefings;

/// <summary>
/// The one place that decides every page path and every href. Paths are site-relative (<c>articles/x/</c>);
/// hrefs are root-relative under the base path (<c>/briefings/articles/x/</c>), so links work at any depth.
/// </summary>
internal sealed class Urls
{
    public Urls(string basePath, Uri? siteUrl = null)
    {
        var trimmed = basePath.Trim().Trim('/');
        BasePath = trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
        SiteUrl = siteUrl is null ? null : new Uri(siteUrl.GetLeftPart(UriPartial.Authority) + BasePath);
    }

    /// <summary><c>/</c> or <c>/repo/</c>: always starts and ends with a slash.</summary>
    public string BasePath { get; }

    /// <summary>The published address (<c>https://user.github.io/repo/</c>) when known: feeds, sitemap and canonical links need it.</summary>
    public Uri? SiteUrl { get; }

    public static string HomePath => "";

    /// <summary>
    /// The base path and address from <c>--base-url</c> (a full URL, or just a path such as <c>/briefings/</c>)
    /// and <c>base_url</c> in site.yml. A path alone keeps the host of site.yml's URL.
    /// </summary>
    public static Urls Create(string? baseUrlOverride, Uri? siteBaseUrl)
    {
        var given = baseUrlOverride?.Trim();
        if (string.IsNullOrEmpty(given))
        {
            return siteBaseUrl is null ? new Urls("/") : new Urls(siteBaseUrl.AbsolutePath, siteBaseUrl);
        }

        return Uri.TryCreate(given, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? new Urls(uri.AbsolutePath, uri)
            : new Urls(given, siteBaseUrl);
    }

    /// <summary>
    /// Why a <c>--base-url</c> value cannot be used, or null: it must be an http or https URL
    /// (<c>https://user.github.io/briefings/</c>) or a path from the root (<c>/briefings/</c>). Without the check,
    /// <c>user.github.io/briefings/</c> became the base path <c>/user.github.io/briefings/</c>.
    /// </summary>
    public static string? BaseUrlProblem(string given)
    {
        var text = given.Trim();
        var fine = text.StartsWith('/')
            ? !text.StartsWith("//", StringComparison.Ordinal) && text.IndexOfAny(['?', '#', '\\', ' ']) < 0
            : Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0
              && uri.Query.Length == 0 && uri.Fragment.Length == 0;
        return fine ? null : $"--base-url must be an http or https URL such as https://user.github.io/briefings/ or a path such as /briefings/, not '{given}'";
    }

    /// <summary>The base path of a URL or path, without a known site address.</summary>
    public static Urls FromBaseUrl(string? baseUrl) => Create(baseUrl, null);

    /// <summary>The absolute URL of a site path, or null when the site's address is unknown.</summary>
    public string? Absolute(string path) => SiteUrl is null ? null : SiteUrl.AbsoluteUri + path;

    public static string FeedPath(string pagePath) => pagePath + "feed.xml";

    /// <summary>The JSON Feed 1.1 beside a page that has one (monthly briefings).</summary>
    public static string JsonFeedPath(string pagePath) => pagePath + "feed.json";

    public static string SitemapPath => "sitemap.xml";

    public static string NotFoundPath => "404.html";

    public static string SearchPath => "search/";

    /// <summary>Every relation between groups, people and countries.</summary>
    public static string RelationsPath => "relations/";

    /// <summary>The folder Pagefind writes the search index and its UI into; no page or alias may claim a path in it.</summary>
    public static string SearchBundlePath => "pagefind/";

    /// <summary>The content editor's folder (only when <c>site.yml</c> turns it on).</summary>
    public static string AdminPath => "admin/";

    public static string SectionPath(ContentKind kind, int page = 1) => Paged($"{kind.Plural()}/", page);

    public static string EntityPath(ContentKind kind, string slug) => $"{kind.Plural()}/{slug}/";

    public static string EntityPath(EntityKey key) => EntityPath(key.Kind, key.Slug);

    /// <summary>As much of <see cref="EntityPath(EntityKey)"/> as fits in <paramref name="into"/>, without making the string; returns its length.</summary>
    public static int EntityPathStart(EntityKey key, Span<char> into)
    {
        var at = 0;
        foreach (var part in (ReadOnlySpan<string>)[key.Kind.Plural(), "/", key.Slug, "/"])
        {
            var count = Math.Min(part.Length, into.Length - at);
            part.AsSpan(0, count).CopyTo(into[at..]);
            at += count;
        }

        return at;
    }

    public static string SeriesPath(string series) => $"{SeriesIndexPath}{series}/";

    /// <summary>The page that lists every meeting series.</summary>
    public static string SeriesIndexPath => "meetings/series/";

    /// <summary>Page <paramref name="page"/> of a paginated page: the page itself, then <c>…/page/2/</c> and on.</summary>
    public static string Paged(string path, int page) => page <= 1 ? path : $"{path}page/{page}/";

    public static string AssetPath(string file) => $"assets/{file}";

    /// <summary>The page that documents the event exports' columns and every event type.</summary>
    public static string CodebookPath => "events/codebook/";

    /// <summary>A filtered list of events: <c>events/types/attack/</c>, <c>events/countries/pakistan/</c>, <c>events/years/2021/page/2/</c>.</summary>
    public static string EventFacetPath(EventFacet facet, string value, int page = 1) => Paged($"events/{FacetFolder(facet)}/{value}/", page);

    /// <summary>Every event as data: <c>events/events.csv</c>, <c>events/events.json</c>.</summary>
    public static string EventsExportPath(EventExportFormat format) => $"events/events.{Extension(format)}";

    /// <summary>The events that name a country or group, as data: <c>countries/pakistan/events.csv</c>.</summary>
    public static string EntityEventsExportPath(EntityKey key, EventExportFormat format) => $"{EntityPath(key)}events.{Extension(format)}";

    private static string FacetFolder(EventFacet facet) => facet switch
    {
        EventFacet.Type => "types",
        EventFacet.Country => "countries",
        EventFacet.Group => "groups",
        _ => "years",
    };

    private static string Extension(EventExportFormat format) => format == EventExportFormat.Csv ? "csv" : "json";

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

    public string EventsBy(EventFacet facet, string value, int page = 1) => Href(EventFacetPath(facet, value, page));

    /// <summary>The absolute URL of a site path when the site's address is known, else its root-relative href.</summary>
    public string AbsoluteOrHref(string path) => Absolute(path) ?? Href(path);

    /// <summary>The file a page path is written to: <c>articles/x/</c> → <c>articles/x/index.html</c>.</summary>
    public static string FileOf(string path) => path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
}
