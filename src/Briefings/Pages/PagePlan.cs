using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Linking;
using Briefings.Templates.Models;

namespace Briefings.Pages;

/// <summary>Every page of the site, in path order, and the <c>site</c> model all templates share.</summary>
public static class PagePlan
{
    private static readonly ContentKind[] NavSections =
        [ContentKind.Article, ContentKind.Note, ContentKind.Meeting, ContentKind.Country, ContentKind.Group, ContentKind.Person, ContentKind.Topic];

    /// <summary>
    /// The site's pages, then a redirect page for each alias that clashes with none of them nor with
    /// <paramref name="otherFiles"/> (the theme's assets); clashes are reported.
    /// </summary>
    public static IReadOnlyList<PageJob> Jobs(PageContext ctx, IEnumerable<string> otherFiles, DiagnosticBag diagnostics)
    {
        var pages = HomePage.Plan(ctx)
            .Concat(SectionPages.Plan(ctx))
            .Concat(DirectoryPages.Plan(ctx))
            .Concat(ItemPages.Plan(ctx))
            .Concat(EntityPages.Plan(ctx))
            .ToList();
        var taken = pages.Select(j => (Urls.FileOf(j.Path), $"the page {ctx.Urls.Href(j.Path)}"))
            .Concat(otherFiles.Select(f => (f, $"the file {ctx.Urls.Href(f)}")));
        return [.. pages.Concat(RedirectPages.Plan(ctx, taken, diagnostics)).OrderBy(j => j.Path, StringComparer.Ordinal)];
    }

    public static SiteModel SiteModel(Site site, Urls urls) => new(
        site.Settings.Title,
        site.Settings.Description,
        site.Settings.Language,
        urls.Home,
        urls.Asset("style.css"),
        [.. NavSections.Select(k => new NavItemModel(k == ContentKind.Note ? "Notes" : k.Title(), urls.Section(k), k.Plural()))],
        site.Settings.Author,
        site.Settings.Copyright);
}
