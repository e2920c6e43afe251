using Briefings.Content;
using Briefings.Pages;

namespace Briefings.Tests.Unit;

/// <summary>The registry of kinds: one descriptor per kind, and every stage that plans pages knows each kind's pages.</summary>
public sealed class ContentKindsTests
{
    [Fact]
    public void Should_have_one_descriptor_per_kind_in_the_enums_order()
    {
        Assert.Equal(Enum.GetValues<ContentKind>(), ContentKinds.All.Select(d => d.Kind));
        Assert.All(Enum.GetValues<ContentKind>(), k => Assert.Equal(k, ContentKinds.Of(k).Kind));
    }

    [Fact]
    public void Should_give_each_kind_its_own_word_folder_and_page_kind()
    {
        Assert.Equal(ContentKinds.All.Count, ContentKinds.All.Select(d => d.Singular).Distinct().Count());
        Assert.Equal(ContentKinds.All.Count, ContentKinds.All.Select(d => d.Plural).Distinct().Count());
        Assert.Equal(ContentKinds.All.Count, ContentKinds.All.Select(d => d.PageKind).Distinct().Count());
        Assert.All(ContentKinds.All, d => Assert.True(ContentKinds.TryParseSingular(d.Singular, out var k) && k == d.Kind));
    }

    [Fact]
    public void Should_have_a_planner_for_the_pages_of_every_kind_When_serve_replans_pages()
    {
        Assert.All(ContentKinds.All, d => Assert.Contains(PagePlan.Planners, p => p.Makes.Contains(d.PageKind)));
    }

    [Fact]
    public void Should_replan_every_page_When_a_page_kind_has_no_planner()
    {
        Assert.Equal(PagePlan.Planners.Count, PagePlan.PlannersOf(new HashSet<PageKind> { (PageKind)999 }).Count());
    }
}
