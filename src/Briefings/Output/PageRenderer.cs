using Briefings.Diagnostics;
using Briefings.Pages;
using Briefings.Templates;
using Briefings.Templates.Models;

namespace Briefings.Output;

/// <summary>
/// Render stage: every page job through its template, in parallel, each page written to the staging folder as soon
/// as it is rendered (so the site is never held in memory). Page content depends only on the job, so bytes are stable.
/// </summary>
public static class PageRenderer
{
    /// <summary>Renders and writes every page; returns how many were written. Template failures are reported.</summary>
    public static int Render(IReadOnlyList<PageJob> jobs, TemplateEngine engine, SiteModel site, DiagnosticBag diagnostics, SiteWriter writer)
    {
        var written = 0;
        Parallel.For(0, jobs.Count, i =>
        {
            if (Render(jobs[i], engine, site, diagnostics) is { } html)
            {
                writer.Write(Urls.FileOf(jobs[i].Path), html);
                Interlocked.Increment(ref written);
            }
        });
        return written;
    }

    /// <summary>One page's HTML, or null when its template failed (reported).</summary>
    public static string? Render(PageJob job, TemplateEngine engine, SiteModel site, DiagnosticBag diagnostics) =>
        engine.Render(job.Template, job.Model(), site, diagnostics);

    /// <summary>The theme's <c>assets/</c> folder, copied as it is.</summary>
    public static IEnumerable<OutputFile> Assets(Theme theme) =>
        theme.Files
            .Where(f => f.StartsWith("assets/", StringComparison.Ordinal))
            .Select(f => new OutputFile(Urls.AssetPath(f["assets/".Length..]), theme.Read(f)));
}
