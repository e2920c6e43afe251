using Briefings.Diagnostics;
using Briefings.Output.Feeds;
using Briefings.Pages;
using Briefings.Pages.Meta;
using Briefings.Templates;

namespace Briefings.Output;

/// <summary>Everything the site consists of, in path order: pages, feeds, sitemap, robots.txt and theme assets.</summary>
public static class SiteOutput
{
    public static IReadOnlyList<OutputFile> Render(
        PageContext ctx, IReadOnlyList<PageJob> jobs, TemplateEngine engine, Theme theme, bool searchEnabled, DiagnosticBag diagnostics,
        CancellationToken cancellation = default)
    {
        var urls = ctx.Urls;
        var meta = new PageMetaFactory(ctx);
        var files = PageRenderer.Render(jobs, engine, PagePlan.SiteModel(ctx.Site, urls, searchEnabled), meta.For, diagnostics, cancellation).ToList();
        if (urls.SiteUrl is null)
        {
            diagnostics.Warning(SourceLocation.StartOf(Parsing.ContentPath.SiteSettingsFile), DiagnosticCodes.SiteConfig,
                "no absolute base_url (e.g. https://user.github.io/briefings/) in site.yml or --base-url: feeds, sitemap and canonical links are left out");
        }
        else
        {
            files.AddRange(FeedFiles.Write(ctx, jobs, meta));
            files.Add(SitemapFile.Sitemap(urls, jobs.Where(j => j.Kind != PageKind.Redirect)));
        }

        files.Add(SitemapFile.Robots(urls));
        files.AddRange(PageRenderer.Assets(theme));
        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }
}
