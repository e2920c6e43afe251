using Briefings.Diagnostics;
using Briefings.Linking;
using Briefings.Output.Feeds;
using Briefings.Pages;
using Briefings.Pages.Meta;
using Briefings.Templates;

namespace Briefings.Output;

/// <summary>Everything the site consists of, in path order: pages, feeds, sitemap, robots.txt and theme assets.</summary>
public sealed record SiteOutput(IReadOnlyList<OutputFile> Files, IReadOnlyDictionary<string, int> PagesByTemplate)
{
    public static SiteOutput Render(Site site, Urls urls, TemplateEngine engine, Theme theme, bool searchEnabled, DiagnosticBag diagnostics)
    {
        var ctx = new PageContext(site, urls);
        var jobs = PagePlan.Jobs(ctx);
        var meta = new PageMetaFactory(ctx);
        var files = PageRenderer.Render(jobs, engine, PagePlan.SiteModel(site, urls, searchEnabled), meta.For, diagnostics).ToList();
        if (urls.SiteUrl is null)
        {
            diagnostics.Warning(SourceLocation.StartOf(Parsing.ContentPath.SiteSettingsFile), DiagnosticCodes.SiteConfig,
                "no absolute base_url (e.g. https://user.github.io/briefings/) in site.yml or --base-url: feeds, sitemap and canonical links are left out");
        }
        else
        {
            files.AddRange(FeedFiles.Write(ctx, jobs, meta));
            files.Add(SitemapFile.Sitemap(urls, jobs));
        }

        files.Add(SitemapFile.Robots(urls));
        files.AddRange(PageRenderer.Assets(theme));
        var pages = jobs.GroupBy(j => j.Template).ToDictionary(g => g.Key, g => g.Count());
        return new SiteOutput([.. files.OrderBy(f => f.Path, StringComparer.Ordinal)], pages);
    }
}
