using System.Text.Json.Nodes;
using Briefings.Content;
using Briefings.Linking;
using Briefings.Templates.Models;

namespace Briefings.Pages.Meta;

/// <summary>Canonical URL, Open Graph type, feed link and schema.org data for a page, from what the page is about.</summary>
public sealed class PageMetaFactory(PageContext ctx)
{
    public MetaModel For(PageJob job, PageModel model)
    {
        var canonical = job.Path == Urls.NotFoundPath ? null : ctx.Urls.Absolute(job.Path);
        var feed = FeedOf(job);
        var data = job.Subject switch
        {
            Article a => ArticleData(a, canonical),
            Note n => NoteData(n, canonical),
            Meeting m => MeetingData(m, canonical),
            EntityKey key => EntityData(key, canonical, model.Description),
            MeetingSeries s => JsonLd.Thing("EventSeries", s.Title, canonical, model.Description),
            _ when job.Path == Urls.HomePath => JsonLd.Thing("WebSite", ctx.Site.Settings.Title, canonical, model.Description),
            _ => JsonLd.Thing("CollectionPage", model.Title, canonical, model.Description),
        };
        var ogType = job.Subject is Article or Note ? "article" : "website";
        return new MetaModel(canonical, ogType, feed is null ? null : ctx.Urls.Href(feed), feed is null ? null : job.Path == Urls.HomePath ? ctx.Site.Settings.Title : $"{model.Title} · {ctx.Site.Settings.Title}", JsonLd.Script(data));
    }

    /// <summary>The feed path of a page that has one: the home page, entities and meetings with coverage, and meeting series.</summary>
    public string? FeedOf(PageJob job)
    {
        if (ctx.Urls.SiteUrl is null)
        {
            return null;
        }

        return job.Subject switch
        {
            EntityKey key when ctx.Site.CoverageOf(key).Count > 0 => Urls.FeedPath(job.Path),
            Meeting m when ctx.Site.CoverageOf(m).Count > 0 => Urls.FeedPath(job.Path),
            MeetingSeries => Urls.FeedPath(job.Path),
            null when job.Path == Urls.HomePath => Urls.FeedPath(job.Path),
            _ => null,
        };
    }

    private JsonObject ArticleData(Article a, string? canonical)
    {
        var data = JsonLd.Thing("NewsArticle", a.Title, canonical, a.Summary);
        data["headline"] = a.Title;
        data["datePublished"] = a.Date.Iso;
        data["sourceOrganization"] = JsonLd.Thing("Organization", a.Source.Name, null);
        if (a.Source.Url is { } source)
        {
            data["isBasedOn"] = source.AbsoluteUri;
        }

        AddEntities(data, a.Refs);
        return data;
    }

    private JsonObject NoteData(Note n, string? canonical)
    {
        var data = JsonLd.Thing("AnalysisNewsArticle", n.Title, canonical, n.Summary);
        data["headline"] = n.Title;
        data["datePublished"] = n.Date.Iso;
        data["author"] = JsonLd.Thing("Person", n.Author, null);
        AddEntities(data, n.Refs);
        return data;
    }

    private JsonObject MeetingData(Meeting m, string? canonical)
    {
        var data = JsonLd.Thing("Event", m.Title, canonical, m.Summary);
        data["startDate"] = m.Date.Iso;
        var place = m.Place ?? (m.Host is { } host ? ctx.Site.NameOf(new EntityKey(ContentKind.Country, host.Slug)) : null);
        if (place is not null)
        {
            data["location"] = JsonLd.Thing("Place", place, null);
        }

        AddEntities(data, m.Refs);
        return data;
    }

    private JsonObject EntityData(EntityKey key, string? canonical, string? description)
    {
        var name = ctx.Site.NameOf(key);
        switch (key.Kind)
        {
            case ContentKind.Country when ctx.Site.Countries.Find(key.Slug) is { } c:
                var country = JsonLd.Thing("Country", name, canonical, description);
                country["identifier"] = c.Iso2;
                country["alternateName"] = JsonLd.Array(c.Aliases.Select(x => (JsonNode)x));
                return country;
            case ContentKind.Group when ctx.Site.Group(key.Slug) is { } g:
                var group = JsonLd.Thing("Organization", name, canonical, description);
                group["alternateName"] = JsonLd.Array(g.Aliases.Select(x => (JsonNode)x));
                return group;
            case ContentKind.Person when ctx.Site.Person(key.Slug) is { } p:
                var person = JsonLd.Thing("Person", name, canonical, description);
                if (p.Role is not null)
                {
                    person["jobTitle"] = p.Role;
                }

                if (p.Country is { } nationality)
                {
                    person["nationality"] = JsonLd.Thing("Country", ctx.Site.NameOf(new EntityKey(ContentKind.Country, nationality.Slug)), null);
                }

                return person;
            default:
                return JsonLd.Thing("CollectionPage", name, canonical, description);
        }
    }

    private void AddEntities(JsonObject data, EntityRefs refs)
    {
        var about = refs.Countries.Select(r => Thing("Country", ContentKind.Country, r.Slug))
            .Concat(refs.Groups.Select(r => Thing("Organization", ContentKind.Group, r.Slug)))
            .Concat(refs.People.Select(r => Thing("Person", ContentKind.Person, r.Slug)))
            .ToList();
        if (about.Count > 0)
        {
            data["about"] = JsonLd.Array(about);
        }
    }

    private JsonObject Thing(string type, ContentKind kind, string slug)
    {
        var key = new EntityKey(kind, slug);
        return JsonLd.Thing(type, ctx.Site.NameOf(key), ctx.Urls.Absolute(Urls.EntityPath(key)));
    }
}
