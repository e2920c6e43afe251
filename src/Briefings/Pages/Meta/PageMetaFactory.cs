using Briefings.Content;
using Briefings.Linking;
using Briefings.Templates.Models;

namespace Briefings.Pages.Meta;

/// <summary>Canonical URL, Open Graph type, feed link and schema.org data for a page, from what the page is about (its kind's descriptor says how).</summary>
internal sealed class PageMetaFactory(PageContext ctx)
{
    public MetaModel For(PageJob job, PageModel model)
    {
        var canonical = job.Path == Urls.NotFoundPath ? null : ctx.Urls.Absolute(job.Path);
        var feed = FeedOf(job);
        var kind = job.Entity is { } entity ? ContentKinds.Of(entity.Kind) : null;
        var data = job.Entity is { } key ? kind!.JsonLd(ctx, key, canonical, model.Description)
            : job.Series is { } s ? JsonLd.Thing("EventSeries", s.Title, canonical, model.Description)
            : job.Path == Urls.HomePath ? JsonLd.Thing("WebSite", ctx.Site.Settings.Title, canonical, model.Description)
            : JsonLd.Thing("CollectionPage", model.Title, canonical, model.Description);
        var ogType = kind?.OpenGraphType ?? "website";
        return new MetaModel(canonical, ogType, feed is null ? null : ctx.Urls.Href(feed), feed is null ? null : job.Path == Urls.HomePath ? ctx.Site.Settings.Title : $"{model.Title} · {ctx.Site.Settings.Title}", JsonLd.Script(data));
    }

    /// <summary>The feed path of a page that has one: the home page, entities and meetings with coverage, and meeting series.</summary>
    public string? FeedOf(PageJob job)
    {
        if (ctx.Urls.SiteUrl is null)
        {
            return null;
        }

        var hasFeed = job.Entity is { } key ? ContentKinds.Of(key.Kind).HasFeed && ctx.Site.CoverageOf(key).Count > 0
            : job.Series is not null || job.Month is not null || job.Path == Urls.HomePath;
        return hasFeed ? Urls.FeedPath(job.Path) : null;
    }

    /// <summary>schema.org <c>about</c>: the countries, groups and people an item is tagged with.</summary>
    internal static void AddEntities(PageContext ctx, LdObject data, EntityRefs refs)
    {
        var about = refs.Countries.Concat(refs.Groups).Concat(refs.People)
            .Select(r => new EntityKey(r.Kind, r.Slug))
            .Select(key => (LdValue)JsonLd.Thing(ContentKinds.Of(key.Kind).SchemaType, ctx.Site.NameOf(key), ctx.Urls.Absolute(Urls.EntityPath(key))))
            .ToList();
        if (about.Count > 0)
        {
            data["about"] = JsonLd.Array(about);
        }
    }
}
