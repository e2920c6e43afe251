using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Linking;
using Briefings.Output;
using Briefings.Pages;

namespace Briefings.Building.Incremental;

/// <summary>
/// Renders the pages, feeds and sitemap a change made out of date with the new page context and writes, in place, those
/// whose bytes differ from the file on disk: the changed items' own pages first, then the rest in parallel.
/// </summary>
internal sealed class InPlaceWriter(string outputDirectory, BuildState state, PageContext ctx, DiagnosticBag diagnostics)
{
    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory)) + Path.DirectorySeparatorChar;
    private readonly PageEmitter _emitter = new(ctx, state.Engine, state.SiteModel, diagnostics);
    private int _written;
    private int _unchanged;
    private int _removed;

    public SyncReport Write(Dependents dependents, StageClock clock)
    {
        var jobs = JobsFor([.. dependents.Pages, .. dependents.Feeds], dependents.Changed);

        clock.Mark("plan");
        var own = jobs.Where(j => dependents.Own.Contains(j.Path)).ToList();
        var rest = jobs.Where(j => !dependents.Own.Contains(j.Path) && dependents.Pages.Contains(j.Path)).ToList();
        Render(own);
        clock.Mark("own page");
        Render(rest);
        if (ctx.Urls.SiteUrl is not null)
        {
            Feeds(jobs.Where(j => dependents.Feeds.Contains(j.Path)).ToList());
            if (dependents.Sitemap)
            {
                Put(SitemapFile.Sitemap(ctx.Urls, state.Jobs.Where(j => j.Kind != PageKind.Redirect)));
            }
        }

        clock.Mark("dependents");
        return new SyncReport(_written, _unchanged, _removed);
    }

    /// <summary>
    /// The jobs of these pages: the plan's, which make their models from the new context (pages neither come nor go
    /// in place); a changed item's own page is planned again, for its date in the sitemap.
    /// </summary>
    private List<PageJob> JobsFor(HashSet<string> paths, IEnumerable<EntityKey> changed)
    {
        foreach (var key in changed)
        {
            if (ctx.Site.Find<DatedItem>(key) is { } item && state.JobIndex.TryGetValue(Urls.EntityPath(key), out var at))
            {
                state.Jobs[at] = ItemPages.Job(ContentKinds.Of(key.Kind), item);
            }
        }

        return [.. paths.Select(p => state.Jobs[state.JobIndex[p]]).OrderBy(j => j.Path, StringComparer.Ordinal)];
    }

    private void Render(List<PageJob> jobs)
    {
        var files = new OutputFile?[jobs.Count];
        Parallel.For(0, jobs.Count, i =>
        {
            var html = _emitter.Page(jobs[i]);
            files[i] = html is null ? null : new OutputFile(Urls.FileOf(jobs[i].Path), html.Value.ToArray());
        });
        if (!diagnostics.HasErrors)
        {
            Parallel.ForEach(files.OfType<OutputFile>(), Put);
        }
    }

    private void Feeds(List<PageJob> jobs)
    {
        var written = jobs.SelectMany(j => new[] { _emitter.Feed(j), _emitter.JsonFeed(j) }).OfType<OutputFile>().ToList();
        foreach (var file in written)
        {
            Put(file);
        }

        foreach (var gone in jobs.Select(j => Urls.FeedPath(j.Path)).Except(written.Select(f => f.Path), StringComparer.Ordinal))
        {
            var target = Target(gone);
            if (File.Exists(target))
            {
                File.Delete(target);
                _removed++;
            }
        }
    }

    private void Put(OutputFile file)
    {
        var target = Target(file.Path);
        if (FolderSync.HoldsBytes(target, file.Bytes))
        {
            Interlocked.Increment(ref _unchanged);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, file.Bytes);
        Interlocked.Increment(ref _written);
    }

    private string Target(string relative)
    {
        var target = Path.GetFullPath(Path.Combine(_root, relative));
        return target.StartsWith(_root, StringComparison.Ordinal) && target.Length > _root.Length
            ? target
            : throw new InvalidOperationException($"refusing to write '{relative}' outside the output folder");
    }
}
