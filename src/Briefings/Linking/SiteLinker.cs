using Briefings.Content;
using Briefings.Countries;
using Briefings.Diagnostics;
using Briefings.Parsing;

namespace Briefings.Linking;

/// <summary>
/// Link stage: registers every record, resolves every reference and wiki link (reporting each failure with a
/// suggestion), validates aliases, drops drafts unless asked for, and builds the immutable <see cref="Site"/>.
/// </summary>
internal sealed class SiteLinker(DiagnosticBag diagnostics, CountryCatalog countries)
{
    /// <param name="relatedBudget">How many coverage entries an article reads for related-article candidates.</param>
    public Site Link(ParsedContent content, bool includeDrafts, int relatedBudget = RelatedArticles.CandidateBudget)
    {
        var drafts = content.Items.Where(i => !includeDrafts && i.IsDraft).ToList();
        // By reference: a record's own equality would hash every field of every item, its whole text included.
        var dropped = drafts.ToHashSet(ReferenceEqualityComparer.Instance);
        var included = content.Items.Where(i => !dropped.Contains(i)).ToList();
        var registry = new Registry(included, countries, diagnostics);
        var excluded = drafts.Select(d => new EntityKey(d.Kind, d.Slug).ToString()).ToHashSet(StringComparer.Ordinal);
        var unreadable = Unreadable(content.Unreadable, registry);
        var resolver = new ReferenceResolver(registry, diagnostics, excluded, unreadable, content.Settings);

        // Kind by kind, in the registry's order: suggestions for bad references are given for the first few hundred only.
        var resolved = ContentKinds.All.ToDictionary(d => d.Kind, d => registry.Of(d.Kind).Select(resolver.Resolved).ToList());
        var profiles = CountryProfiles(included);
        foreach (var link in included.SelectMany(i => i.WikiLinks))
        {
            resolver.CheckWikiLink(link);
        }

        var lists = new Dictionary<ContentKind, IReadOnlyList<ContentItem>>();
        foreach (var kind in ContentKinds.All)
        {
            if (kind.List(resolved[kind.Kind]) is { } list)
            {
                lists[kind.Kind] = list;
            }
        }

        var relations = RelationGraph.Build(resolved.Values.SelectMany(l => l).Concat(profiles.Values), resolver, diagnostics);
        var dated = ContentKinds.All.SelectMany(d => resolved[d.Kind]).OfType<DatedItem>().ToList();
        return new Site(
            content.Settings,
            countries,
            profiles,
            lists,
            Topics(dated, content.Settings),
            MeetingSeriesBuilder.Build(resolved[ContentKind.Meeting].Cast<Meeting>().ToList(), diagnostics),
            AliasValidator.Validate(
                ContentKinds.All.SelectMany(d => resolved[d.Kind]).Where(i => i.OldPaths.Count > 0).Select(i => (new EntityKey(i.Kind, i.Slug), i.OldPaths)),
                diagnostics),
            new CoverageIndex(dated, relatedBudget))
        {
            MeantByBrokenReferences = resolver.Meant,
            Relations = relations,
        };
    }

    /// <summary>
    /// The records that files with errors would have been. An article's slug can be taken twice (two year folders):
    /// that is reported now too, not only once the other errors are fixed.
    /// </summary>
    private HashSet<EntityKey> Unreadable(IReadOnlyList<UnreadableFile> files, Registry registry)
    {
        var keys = new Dictionary<EntityKey, string>();
        foreach (var file in files)
        {
            var key = new EntityKey(file.At.Kind, file.At.Slug);
            var first = registry.Find<ContentItem>(key.Kind, key.Slug)?.SourcePath ?? keys.GetValueOrDefault(key);
            if (first is not null)
            {
                Registry.ReportTaken(diagnostics, Diagnostics.SourceLocation.StartOf(file.Path), key, first);
            }

            keys.TryAdd(key, file.Path);
        }

        return [.. keys.Keys];
    }

    private Dictionary<string, CountryProfile> CountryProfiles(IEnumerable<ContentItem> items)
    {
        var profiles = new Dictionary<string, CountryProfile>(StringComparer.Ordinal);
        foreach (var profile in items.OfType<CountryProfile>())
        {
            if (countries.Find(profile.Slug) is null)
            {
                diagnostics.Error(profile.Location, DiagnosticCodes.UnknownReference,
                    $"no built-in country '{profile.Slug}' for this profile; name the file after the country's slug{Suggest.DidYouMean(profile.Slug, countries.Slugs)}");
                continue;
            }

            profiles[profile.Slug] = profile;
        }

        return profiles;
    }

    private static List<Topic> Topics(IEnumerable<DatedItem> items, SiteSettings settings) =>
        [.. items.SelectMany(i => i.Refs.Topics).Select(t => t.Slug).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(slug => new Topic(slug, settings.TopicTitles.GetValueOrDefault(slug) ?? TopicTitle(slug)))];

    /// <summary><c>foreign-fighters</c> → "Foreign fighters"; <c>topics:</c> in site.yml gives other titles.</summary>
    internal static string TopicTitle(string slug) => char.ToUpperInvariant(slug[0]) + slug[1..].Replace('-', ' ');
}
