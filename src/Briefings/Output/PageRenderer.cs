using Briefings.Diagnostics;
using Briefings.Pages;
using Briefings.Templates;
using Briefings.Templates.Models;

namespace Briefings.Output;

/// <summary>One page job through its template; the theme's assets as they are.</summary>
internal static class PageRenderer
{
    /// <summary>One page, as UTF-8: its model, its metadata, its template.</summary>
    public static byte[]? Render(PageJob job, PageContext ctx, TemplateEngine engine, SiteModel site, Func<PageJob, PageModel, MetaModel> meta, DiagnosticBag diagnostics) =>
        RenderShared(job, ctx, engine, site, meta, diagnostics)?.ToArray();

    /// <summary><see cref="Render"/> into the thread's buffer (<see cref="TemplateEngine.RenderShared"/>): use the bytes before the next page.</summary>
    public static ReadOnlyMemory<byte>? RenderShared(PageJob job, PageContext ctx, TemplateEngine engine, SiteModel site, Func<PageJob, PageModel, MetaModel> meta, DiagnosticBag diagnostics) =>
        RenderShared(job, job.Model(ctx, job), engine, site, meta, diagnostics);

    /// <summary><see cref="RenderShared(PageJob, PageContext, TemplateEngine, SiteModel, Func{PageJob, PageModel, MetaModel}, DiagnosticBag)"/> with the page's model already made.</summary>
    public static ReadOnlyMemory<byte>? RenderShared(PageJob job, PageModel model, TemplateEngine engine, SiteModel site, Func<PageJob, PageModel, MetaModel> meta, DiagnosticBag diagnostics) =>
        engine.RenderShared(job.Template.Name, model, site, meta(job, model), diagnostics, job.Standalone);

    /// <summary>The theme's <c>assets/</c> folder, copied as it is.</summary>
    public static IEnumerable<OutputFile> Assets(Theme theme) =>
        AssetFiles(theme).Select(f => new OutputFile(Urls.AssetPath(f["assets/".Length..]), theme.Read(f)));

    /// <summary>Where the theme's assets go in the site, without reading them.</summary>
    public static IEnumerable<string> AssetPaths(Theme theme) => AssetFiles(theme).Select(f => Urls.AssetPath(f["assets/".Length..]));

    private static IEnumerable<string> AssetFiles(Theme theme) => theme.Files.Where(f => f.StartsWith("assets/", StringComparison.Ordinal));
}
