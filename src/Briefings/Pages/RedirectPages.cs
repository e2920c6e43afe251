using Briefings.Diagnostics;
using Briefings.Linking;
using Briefings.Templates.Models;

namespace Briefings.Pages;

/// <summary>
/// A small page at each old path listed in <c>aliases</c>, sending readers and search engines to the page as it is
/// now. Its template, <c>pages/redirect.html</c>, is a whole document rendered without the base layout: a redirect
/// needs its own head (refresh, canonical link, noindex) and none of the site's navigation. An alias that clashes
/// with one of the site's own files is reported here, where every path of the site is known.
/// </summary>
internal static class RedirectPages
{
    /// <param name="taken">Every other file of the site, with what it is ("the page /briefings/articles/x/").</param>
    public static IEnumerable<PageJob> Plan(PageContext ctx, IEnumerable<(string File, string What)> taken, DiagnosticBag diagnostics)
    {
        if (ctx.Site.Redirects.Count == 0)
        {
            yield break; // nothing can clash: the site's files are not claimed (at 100,000 articles that took most of the plan)
        }

        var claims = new PathClaims();
        foreach (var (file, what) in taken)
        {
            claims.TryClaim(file, what, out _);
        }

        foreach (var redirect in ctx.Site.Redirects)
        {
            if (!claims.TryClaim(Urls.FileOf(redirect.Path), $"the alias '{redirect.Alias}'", out var clash))
            {
                diagnostics.Error(redirect.Location, DiagnosticCodes.AliasClash,
                    $"alias '{redirect.Alias}' clashes with the site's own pages: {clash}; an alias must be an old path that no page of this site uses");
                continue;
            }

            var target = redirect.Target;
            yield return new PageJob(redirect.Path, PageTemplate.Redirect, PageKind.Redirect, (c, _) => new RedirectModel(c.Site.NameOf(target), c.Urls.Entity(target)))
            {
                Standalone = true,
            };
        }
    }
}
