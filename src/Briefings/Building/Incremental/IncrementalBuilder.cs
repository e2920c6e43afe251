using Briefings.Advice;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Linking;
using Briefings.Loading;
using Briefings.Output;
using Briefings.Pages;
using Briefings.Parsing;

namespace Briefings.Building.Incremental;

/// <summary>
/// Builds a site into a folder of its own (serve's private folder: written in place, no swap) and keeps the build in
/// memory, so that after a change to one article or note only what depends on it is parsed, linked, rendered and,
/// when its bytes differ, written. Anything it does not know how to update in place — <c>site.yml</c>, the theme, a
/// file added, deleted or renamed, a changed kind, slug, draft status or aliases, a meeting's or an entity's front
/// matter, a change that gives an error — is a full build, which also writes only the files whose bytes changed. A
/// build with errors writes nothing and forgets the state, so the next change is a full build again. The output is
/// byte for byte what a full build of the same input writes.
/// </summary>
public sealed class IncrementalBuilder(BuildOptions options)
{
    private readonly string _input = Path.GetFullPath(options.InputDirectory);
    private BuildState? _state;
    private string? _fallback;

    /// <summary>Whether the last <see cref="Update"/> was done in place (false: it was a full build).</summary>
    public bool LastWasIncremental { get; private set; }

    /// <summary>A full build: every file rendered, those whose bytes changed written, those no longer part of the site removed.</summary>
    public BuildResult Build(CancellationToken cancellation = default)
    {
        LastWasIncremental = false;
        _state = null;
        var (result, state) = FullBuild.Run(options, cancellation);
        _state = state;
        return result;
    }

    /// <summary>Brings the output up to date after <paramref name="changed"/> input files (full or input-relative paths) changed.</summary>
    /// <remarks>When it falls back to a full build, the result's <see cref="BuildResult.FullBuildReason"/> says why.</remarks>
    public BuildResult Update(IReadOnlyCollection<string> changed, CancellationToken cancellation = default)
    {
        if (_state is not { } state)
        {
            return Build(cancellation) with { FullBuildReason = "no earlier build in memory (the first, or the last one failed)" };
        }

        if (Relative(changed) is not { } paths)
        {
            return Build(cancellation) with { FullBuildReason = $"{ContentPath.SiteSettingsFile} or a file outside the input folder changed" };
        }

        _fallback = null;
        try
        {
            if (Apply(state, paths) is { } result)
            {
                LastWasIncremental = true;
                return result;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The state may be half updated: a full build puts everything right.
            _fallback = $"the update in place failed ({e.GetType().Name}: {e.Message})";
        }

        var reason = _fallback ?? "the change cannot be updated in place";
        return Build(cancellation) with { FullBuildReason = reason };
    }

    /// <summary>Gives up on the update in place, saying why: null, for the caller to return.</summary>
    private T? FullBuildBecause<T>(string reason)
        where T : class
    {
        _fallback = reason;
        return null;
    }

    /// <summary>The changed paths relative to the input folder, or null when one is outside it or is site.yml.</summary>
    private List<string>? Relative(IReadOnlyCollection<string> changed)
    {
        var paths = new List<string>();
        foreach (var path in changed)
        {
            var relative = Path.GetRelativePath(_input, Path.GetFullPath(path, _input)).Replace('\\', '/');
            if (relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." || Path.IsPathRooted(relative) || relative == ContentPath.SiteSettingsFile)
            {
                return null;
            }

            paths.Add(relative);
        }

        return [.. paths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>The change applied in place, or null when it takes a full build.</summary>
    private BuildResult? Apply(BuildState state, List<string> paths)
    {
        var clock = new StageClock();
        var dependents = new Dependents();
        var changedItems = new HashSet<DatedItem>(ReferenceEqualityComparer.Instance);
        var changedKeys = new HashSet<EntityKey>();
        var site = state.Site;
        var diagnostics = state.Diagnostics;
        var updates = new List<(string Path, InputFile File, ContentItem Item)>();
        foreach (var path in paths)
        {
            if (!state.Files.ContainsKey(path) && !Path.Exists(Path.Combine(_input, path)))
            {
                continue; // came and went between two builds: an editor's or sed -i's temporary file, renamed over the real one
            }

            if (Change(state, site, path) is not { } change)
            {
                return null; // Change said why
            }

            if (change.File is null)
            {
                continue; // the same text again
            }

            diagnostics = [.. diagnostics.Where(d => d.Location.Path != path), .. change.Diagnostics];
            updates.Add((path, change.File, change.Item));
            if (!change.Included)
            {
                continue; // a draft left out: only its diagnostics
            }

            clock.Mark("parse+link");
            var patched = SitePatch.Replace(site, change.Old, change.Item, new DiagnosticBag());
            clock.Mark("patch");
            dependents.Add(site, patched, change.Old, change.Item, change.BodyOnly, state.WikiLinks);
            clock.Mark("what depends");
            if (change.Old is DatedItem oldItem)
            {
                changedItems.Add(oldItem);
            }

            changedKeys.Add(new EntityKey(change.Item.Kind, change.Item.Slug));
            site = patched;
        }

        if (updates.Count == 0)
        {
            return Result(state, diagnostics, new SyncReport(0, 0, 0), clock.Timings);
        }

        var ctx = new PageContext(site, state.Urls, state.Context, changedItems, changedKeys);
        dependents.MonthsComeOrGo(state.Context.Months, ctx.Months);
        if (dependents.PagesComeOrGo)
        {
            return FullBuildBecause<BuildResult>("a page comes or goes: an entity's older coverage or a month gained its first item or lost its last");
        }

        clock.Mark("context");
        var bag = new DiagnosticBag();
        var report = new InPlaceWriter(options.OutputDirectory, state, ctx, bag).Write(dependents, clock);
        diagnostics = [.. diagnostics, .. Advise(state, site, _input, updates.Select(u => u.Item).Where(state.IsIncluded))];
        clock.Mark("advise");
        if (bag.HasErrors)
        {
            _state = null;
            return Result(state, [.. diagnostics, .. bag.Sorted()], report, clock.Timings);
        }

        foreach (var (path, file, item) in updates)
        {
            state.Files[path] = file;
            state.Items[path] = item;
            state.WikiLinks.Set(item);
        }

        state.Site = site;
        state.Context = ctx;
        state.Diagnostics = diagnostics;
        return Result(state, diagnostics, report, clock.Timings);
    }

    /// <summary>What a changed file becomes; null when it takes a full build.</summary>
    private FileChange? Change(BuildState state, Site site, string path)
    {
        if (!state.Files.TryGetValue(path, out var old) || !state.Items.TryGetValue(path, out var oldItem) || ReadFile(path) is not { } file)
        {
            return FullBuildBecause<FileChange>($"{path} was added, deleted or cannot be read as content");
        }

        if (file.Text == old.Text)
        {
            return new FileChange(oldItem, oldItem, null, false, [], false);
        }

        var bag = new DiagnosticBag();
        if (new ContentParser(bag).ParseFile(file) is not { } item || bag.HasErrors)
        {
            return FullBuildBecause<FileChange>($"{path} has errors");
        }

        if (item.Kind != oldItem.Kind || item.Slug != oldItem.Slug || item.IsDraft != oldItem.IsDraft
            || !Aliases(item).SequenceEqual(Aliases(oldItem), StringComparer.Ordinal))
        {
            return FullBuildBecause<FileChange>($"{path} changed its kind, slug, draft status or aliases");
        }

        if (!state.IsIncluded(oldItem))
        {
            return new FileChange(oldItem, item, file, false, bag.Sorted(), false);
        }

        var bodyOnly = FrontMatterOf(old) == FrontMatterOf(file);
        if (!bodyOnly && !ContentKinds.Of(item.Kind).FrontMatterUpdatesInPlace)
        {
            return FullBuildBecause<FileChange>($"the front matter of {path} changed, and a {item.Kind.Singular()}'s is not updated in place");
        }

        // Linked as SiteLinker links it: the kinds and slugs of the site are as they were, so the previous registry answers
        var resolver = new ReferenceResolver(state.Registry, bag, state.ExcludedDrafts, settings: site.Settings);
        foreach (var link in item.Body.WikiLinks)
        {
            resolver.CheckWikiLink(link);
        }

        var linked = resolver.Resolved(item);
        if (bag.HasErrors)
        {
            return FullBuildBecause<FileChange>($"{path} has a reference or wiki link that does not resolve");
        }

        if (linked is Article { Events: var events } && oldItem is Article { Events: var oldEvents }
            && !events.Select(e => e.Slug).SequenceEqual(oldEvents.Select(e => e.Slug), StringComparer.Ordinal))
        {
            return FullBuildBecause<FileChange>($"{path} changed the events it reports (their pages list it)");
        }

        if (!bodyOnly && !SameTopics(site, (DatedItem)oldItem, (DatedItem)linked))
        {
            return FullBuildBecause<FileChange>($"{path} adds a topic page or removes one");
        }

        return new FileChange(oldItem, linked, file, bodyOnly, bag.Sorted(), true);
    }

    /// <summary>
    /// The advise stage for the changed articles and notes: mentions, with the matcher of the build (entities are
    /// unchanged), and an article's copy of its imported source text.
    /// </summary>
    private static IReadOnlyList<Diagnostic> Advise(BuildState state, Site site, string input, IEnumerable<ContentItem> changed)
    {
        var bag = new DiagnosticBag();
        var advisor = new MentionAdvisor(state.Matcher, site, bag);
        var copies = new Importing.SourceCopyAdvisor(input, site, bag);
        var estimative = new Tradecraft.EstimativeAdvisor(site, bag);
        foreach (var item in changed.OrderBy(i => i.SourcePath, StringComparer.Ordinal))
        {
            if (item is Article or Note)
            {
                advisor.Advise((DatedItem)item);
            }

            if (item is Article article)
            {
                copies.Advise(article);
            }

            if (item is Note note)
            {
                estimative.Advise(note);
            }
        }

        return bag.Sorted();
    }

    /// <summary>A topic appears or disappears (a page more or less) only in a full build.</summary>
    private static bool SameTopics(Site site, DatedItem before, DatedItem after)
    {
        var added = after.Refs.Topics.Select(t => t.Slug).Except(before.Refs.Topics.Select(t => t.Slug));
        var removed = before.Refs.Topics.Select(t => t.Slug).Except(after.Refs.Topics.Select(t => t.Slug));
        return added.All(t => site.Exists(new EntityKey(ContentKind.Topic, t)))
            && removed.All(t => site.CoverageOf(new EntityKey(ContentKind.Topic, t)).Count > 1);
    }

    private InputFile? ReadFile(string path) =>
        path.Split('/').Any(p => p.StartsWith('.')) || !File.Exists(Path.Combine(_input, path))
            ? null
            : new InputLoader(new DiagnosticBag()).Read(_input, path);

    private static string? FrontMatterOf(InputFile file) => FrontMatter.Split(file, new DiagnosticBag()) is { } split ? $"{split.YamlFirstLine}:{split.BodyFirstLine}:{split.Yaml}" : null;

    private static IEnumerable<string> Aliases(ContentItem item) => item.OldPaths.Select(x => x.Value);

    private static BuildResult Result(BuildState state, IReadOnlyList<Diagnostic> diagnostics, SyncReport report, List<StageTiming> timings) =>
        new(Sorted(diagnostics), state.PageCounts, report.Written, timings)
        {
            BasePath = state.Urls.BasePath,
            Changes = report,
        };

    private static IReadOnlyList<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        foreach (var d in diagnostics)
        {
            bag.Add(d);
        }

        return bag.Sorted();
    }

    private sealed record FileChange(ContentItem Old, ContentItem Item, InputFile? File, bool BodyOnly, IReadOnlyList<Diagnostic> Diagnostics, bool Included);
}
