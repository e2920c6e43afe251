using System.Net;
using System.Text;
using System.Text.Json;
using Briefings.Building;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Parsing;

namespace Briefings.Output.Cms;

/// <summary>
/// The content editor at <c>/admin/</c> when <c>site.yml</c> turns it on (<c>cms:</c>): Decap CMS (npm
/// <c>decap-cms</c>, pinned in <c>theme/package.json</c>), served from the site itself — its files copied from
/// <c>node_modules</c>, no CDN — with its configuration made by <see cref="CmsConfig"/> and a Content-Security-Policy
/// of its own (the CMS needs what the site's pages refuse: inline styles, <c>eval</c>, GitHub's API).
/// </summary>
internal sealed class CmsAdmin(BuildOptions options)
{
    public const string InstallHint = "run 'npm ci --prefix theme' to install it";

    /// <summary>The files of <c>admin/</c>; none when the editor is off, or (with a warning) when Decap CMS is not installed.</summary>
    public IEnumerable<OutputFile> Files(SiteSettings settings, DiagnosticBag diagnostics)
    {
        if (settings.Cms is not { } cms)
        {
            return [];
        }

        if (DecapBundle.Find(options.InputDirectory, options.Theme.Directory) is not { } bundle)
        {
            diagnostics.Warning(SourceLocation.StartOf(ContentPath.SiteSettingsFile), DiagnosticCodes.SiteConfig,
                $"'cms' is on, but Decap CMS is not installed ({InstallHint}): the site has no /admin/ this time");
            return [];
        }

        var config = CmsConfig.Build(settings, cms, options.CmsLocalBackend);
        var files = new List<OutputFile>
        {
            new(Urls.AdminPath + "index.html", Encoding.UTF8.GetBytes(Page(settings, cms, options.CmsLocalBackend))),
            new(Urls.AdminPath + "config.yml", Encoding.UTF8.GetBytes(config.ToJsonString(Indented) + "\n")),
        };
        files.AddRange(bundle.Files.Select(f => new OutputFile(Urls.AdminPath + Path.GetFileName(f), File.ReadAllBytes(f))));
        return files;
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>
    /// The policy of <c>admin/index.html</c>: Decap compiles its configuration's schema with <c>new Function</c>
    /// (<c>'unsafe-eval'</c>), styles its components inline (<c>'unsafe-inline'</c>), shows GitHub avatars and blobs
    /// (<c>https:</c>, <c>blob:</c>) and talks to GitHub's API, the sign-in provider and, when serving locally, the
    /// local backend. Only this page gets it; the site's own pages keep theirs.
    /// </summary>
    public static string Policy(CmsSettings cms, Uri? localBackend)
    {
        var connect = new List<string> { "'self'", "https://api.github.com" };
        if (cms.AuthUrl is { } auth)
        {
            connect.Add(auth.GetLeftPart(UriPartial.Authority));
        }

        if (localBackend is not null)
        {
            connect.Add(localBackend.GetLeftPart(UriPartial.Authority));
        }

        return "default-src 'self'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob: https:; font-src 'self' data:; media-src 'self' blob:; "
            + $"connect-src {string.Join(' ', connect.Distinct(StringComparer.Ordinal))}; frame-src 'self' blob:; worker-src 'self' blob:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'";
    }

    /// <summary>
    /// The page Decap renders into: its root is the page's <c>main</c> (Decap uses an element with id <c>nc-root</c>
    /// when there is one), under a heading for screen readers; its login page's grey text is darkened to a 4.5:1 contrast
    /// (axe-core, as the site checks run it).
    /// </summary>
    private static string Page(SiteSettings settings, CmsSettings cms, Uri? localBackend) =>
        $$"""
        <!doctype html>
        <html lang="{{WebUtility.HtmlEncode(settings.Language)}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <meta http-equiv="Content-Security-Policy" content="{{WebUtility.HtmlEncode(Policy(cms, localBackend))}}">
        <title>Content editor · {{WebUtility.HtmlEncode(settings.Title)}}</title>
        <link rel="icon" href="../{{Urls.AssetPath("favicon.svg")}}" type="image/svg+xml">
        <link rel="cms-config-url" type="text/yaml" href="config.yml">
        <style>
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        #nc-root p, #nc-root p a { color: #4a5160 !important; }
        </style>
        </head>
        <body>
        <header><h1 class="visually-hidden">Content editor · {{WebUtility.HtmlEncode(settings.Title)}}</h1></header>
        <main id="nc-root"><noscript>The content editor needs JavaScript.</noscript></main>
        <script src="decap-cms.js"></script>
        </body>
        </html>

        """;
}

/// <summary>
/// Decap CMS's browser files in <c>node_modules/decap-cms/dist</c>: <c>decap-cms.js</c>, the chunks it loads beside
/// itself and their WebAssembly (not the source maps, nor the <c>cms.js</c> copy of the same bundle). Found at
/// <c>BRIEFINGS_DECAP_CMS</c> (that folder), or in a <c>theme/node_modules</c> of the theme, the current folder or
/// beside the input folder, as Pagefind is.
/// </summary>
internal sealed record DecapBundle(IReadOnlyList<string> Files)
{
    public static DecapBundle? Find(string inputDirectory, string? themeDirectory)
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("BRIEFINGS_DECAP_CMS"),
            themeDirectory is null ? null : Path.Combine(themeDirectory, "node_modules", "decap-cms", "dist"),
            Path.Combine(Directory.GetCurrentDirectory(), "theme", "node_modules", "decap-cms", "dist"),
            Path.Combine(Path.GetFullPath(inputDirectory), "..", "theme", "node_modules", "decap-cms", "dist"),
        };
        foreach (var folder in candidates.OfType<string>().Where(d => File.Exists(Path.Combine(d, "decap-cms.js"))))
        {
            var files = Directory.EnumerateFiles(folder)
                .Where(f => Path.GetFileName(f) is var name && (name.EndsWith("decap-cms.js", StringComparison.Ordinal) || name.EndsWith(".wasm", StringComparison.Ordinal)))
                .Order(StringComparer.Ordinal)
                .ToList();
            return new DecapBundle(files);
        }

        return null;
    }
}
