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
}
