using Briefings.Diagnostics;
using Briefings.Output.Feeds;
using Briefings.Pages;
using Briefings.Pages.Meta;
using Briefings.Templates;
using Briefings.Templates.Models;

namespace Briefings.Output;

/// <summary>
/// One page job → its HTML and the feed and data files that belong beside it (an entity's events as CSV and JSON): the one way a page is emitted, used by the full build
/// (<see cref="SiteOutput"/>) and by serve's in-place writer, so both write the same bytes. Feeds are made only when
/// the site has an absolute URL. An emitter caches feed entries: make one per build.
/// </summary>
internal sealed class PageEmitter
{
    private readonly TemplateEngine _engine;
    private readonly SiteModel _site;
    private readonly DiagnosticBag _diagnostics;
    private readonly PageMetaFactory _meta;
    private readonly FeedFiles? _feeds;
    private readonly PageContext _ctx;

    public PageEmitter(PageContext ctx, TemplateEngine engine, SiteModel site, DiagnosticBag diagnostics)
    {
        _ctx = ctx;
        _engine = engine;
        _site = site;
        _diagnostics = diagnostics;
        _meta = new PageMetaFactory(ctx);
        _feeds = ctx.Urls.SiteUrl is null ? null : new FeedFiles(ctx, _meta);
    }

    /// <summary>The page's HTML in the rendering thread's buffer (use it before the thread's next page); null when its template failed (reported).</summary>
    public ReadOnlyMemory<byte>? Page(PageJob job) => PageRenderer.RenderShared(job, _ctx, _engine, _site, _meta.For, _diagnostics);

    /// <summary>The feed beside the page, if the page has one and it has entries.</summary>
    public OutputFile? Feed(PageJob job) => _feeds?.For(job);

    /// <summary>The JSON Feed beside the page, if it has one (monthly briefings).</summary>
    public OutputFile? JsonFeed(PageJob job) => _feeds?.JsonFor(job);

    /// <summary>Puts the page and its feed; returns how many files that was. <paramref name="profile"/> counts the time each part took.</summary>
    public int Emit(PageJob job, PutFile put, RenderProfile profile)
    {
        var meter = profile.Start(job);
        var model = job.Model(_ctx, job);
        meter.Lap(PagePhase.Model);
        var page = PageRenderer.RenderShared(job, model, _engine, _site, _meta.For, _diagnostics);
        meter.Lap(PagePhase.Template);
        var count = 0;
        if (page is { } html)
        {
            put(Urls.FileOf(job.Path), html.Span);
            count++;
        }

        if (Feed(job) is { } feed)
        {
            put(feed.Path, feed.Bytes);
            count++;
        }

        foreach (var data in Events.EventExport.For(_ctx, job))
        {
            put(data.Path, data.Bytes);
            count++;
        }

        if (JsonFeed(job) is { } json)
        {
            put(json.Path, json.Bytes);
            count++;
        }

        meter.Lap(PagePhase.Files);
        return count;
    }
}
