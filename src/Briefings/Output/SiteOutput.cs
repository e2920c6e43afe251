using Briefings.Diagnostics;
using Briefings.Pages;
using Briefings.Templates;

namespace Briefings.Output;

/// <summary>
/// Render stage: everything the site consists of — pages, feeds, sitemap, robots.txt and theme assets — made in
/// parallel and handed to <c>put</c> as each is ready (the write stage's staging folder), so no more than
/// a few pages are in memory at once: <c>put</c> must use the bytes before it returns (a page's are the rendering
/// thread's buffer, reused for its next page). Returns how many files were made.
/// </summary>
internal static class SiteOutput
{
    public static int Render(
        PageContext ctx, IReadOnlyList<PageJob> jobs, TemplateEngine engine, Theme theme, bool searchEnabled, DiagnosticBag diagnostics,
        PutFile put, RenderProfile profile, Cms.CmsAdmin? admin = null, CancellationToken cancellation = default)
    {
        var urls = ctx.Urls;
        var emitter = new PageEmitter(ctx, engine, PagePlan.SiteModel(ctx.Site, urls, searchEnabled), diagnostics);
        var count = 0;

        // Two rendering threads per core. Putting a page blocks while the site before last is read for the comparison, so
        // the pool would add threads on its own (a dozen on 2 cores at 100,000 articles) that only take turns: 1.5-2 s of
        // a 33 s build. One per core leaves a core idle while its thread waits for the disk: with that site out of the
        // page cache, two per core built 100,000 articles in 41-42 s against 44-46 s, and as fast when it is cached.
        var options = new ParallelOptions { CancellationToken = cancellation, MaxDegreeOfParallelism = 2 * Environment.ProcessorCount };
        Parallel.For(0, jobs.Count, options, i =>
        {
            var made = emitter.Emit(jobs[i], put, profile);
            if (made > 0)
            {
                Interlocked.Add(ref count, made);
            }
        });

        var rest = new List<OutputFile>();
        if (urls.SiteUrl is not null)
        {
            rest.Add(SitemapFile.Sitemap(urls, jobs.Where(j => j.Kind != PageKind.Redirect)));
        }
        else
        {
            diagnostics.Warning(SourceLocation.StartOf(Parsing.ContentPath.SiteSettingsFile), DiagnosticCodes.SiteConfig,
                "no absolute base_url (e.g. https://user.github.io/briefings/) in site.yml or --base-url: feeds, sitemap and canonical links are left out");
        }

        rest.Add(SitemapFile.Robots(urls));
        rest.AddRange(PageRenderer.Assets(theme));
        if (admin is not null)
        {
            rest.AddRange(admin.Files(ctx.Site.Settings, diagnostics));
        }

        rest.ForEach(file => put(file.Path, file.Bytes));
        return count + rest.Count;
    }
}

/// <summary>Takes one file of the site; <paramref name="bytes"/> may be reused as soon as it returns.</summary>
internal delegate void PutFile(string path, ReadOnlySpan<byte> bytes);
