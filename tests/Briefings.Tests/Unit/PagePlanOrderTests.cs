using Briefings.Content;
using Briefings.Linking;
using Briefings.Pages;
using CsCheck;

namespace Briefings.Tests.Unit;

public sealed class PagePlanOrderTests
{
    private static readonly Gen<string> Path = Gen.Select(
        Gen.Int[0, 3].Select(i => new[] { "", "articles/", "articles/pakistan-", "events/2018/" }[i]),
        Gen.String[Gen.Char["ab-/é\u00ff\u0100z0"], 0, 20],
        (prefix, rest) => prefix + rest);

    [Fact]
    public void Should_put_the_pages_in_ordinal_order_of_their_paths_When_paths_share_long_prefixes()
    {
        Path.HashSet[0, 60].Sample(paths =>
        {
            // Given: pages whose paths are the same for 16 characters and more, shorter than 16, or not ASCII
            var jobs = paths.Select(p => new PageJob(p, PageTemplate.List, PageKind.Index, (_, _) => null!)).ToList();

            // When
            var ordered = PagePlan.InPathOrder(jobs);

            // Then
            Assert.Equal(paths.Order(StringComparer.Ordinal), ordered.Select(j => j.Path));
        });
    }

    [Fact]
    public void Should_put_record_pages_among_the_others_by_their_paths_When_their_paths_are_not_made_yet()
    {
        var kinds = new[] { ContentKind.Article, ContentKind.Note, ContentKind.Event, ContentKind.Country };
        var keys = Gen.Select(Gen.Int[0, kinds.Length - 1], Gen.String[Gen.Char["ab-z0"], 1, 20], (k, slug) => new EntityKey(kinds[k], slug));
        Gen.Select(Path.HashSet[0, 30], keys.HashSet[0, 30]).Sample((paths, entities) =>
        {
            // Given: pages with a path, and record pages whose paths are made from their kind and slug when asked for
            List<PageJob> jobs =
            [
                .. paths.Select(p => new PageJob(p, PageTemplate.List, PageKind.Index, (_, _) => null!)),
                .. entities.Select(e => PageJob.ForEntity(e, PageTemplate.Article, PageKind.Article, (_, _) => null!)),
            ];
            var expected = jobs.Select(j => j.Path).Order(StringComparer.Ordinal).ToList();
            var fresh = jobs.Select(j => j.Entity is { } e ? PageJob.ForEntity(e, j.Template, j.Kind, j.Model) : j).ToList();

            // When
            var ordered = PagePlan.InPathOrder(fresh);

            // Then: the same order as the paths', each record page's path as Urls makes it
            Assert.Equal(expected, ordered.Select(j => j.Path));
            Assert.All(ordered.Where(j => j.Entity is not null), j => Assert.Equal(Urls.EntityPath(j.Entity!.Value), j.Path));
        });
    }
}
