using Briefings.Content;
using Briefings.Linking;
using Briefings.Markdown;
using Briefings.Pages;
using Briefings.Pages.Meta;
using Briefings.Parsing;
using Briefings.Templates.Models;

namespace Briefings.Kinds;

/// <summary>Curated news articles: <c>articles/&lt;yyyy&gt;/&lt;slug&gt;.md</c>.</summary>
internal sealed class ArticleDescriptor : DatedKindDescriptor<Article>
{
    public override ContentKind Kind => ContentKind.Article;

    public override string Singular => "article";

    public override string SectionDescription => "Curated news articles, newest first.";

    public override PageTemplate ItemTemplate => PageTemplate.Article;

    public override PageKind PageKind => PageKind.Article;

    public override bool FiledByYear => true;

    public override bool ScaffoldsDraft => true;

    public override bool FrontMatterUpdatesInPlace => true;

    public override string OpenGraphType => "article";

    public override bool HasFeed => false;

    public override ContentItem? Read(string slug, string path, FieldReader f, ParsedBody body)
    {
        var title = f.LocatedString("title", required: true);
        var date = f.Date("date", required: true);
        var summary = f.LocatedString("summary", required: true);
        var source = f.Mapping("source", required: true) is { } map ? ReadSource(f.Child("source", map)) : null;
        var article = new Article
        {
            Slug = slug,
            SourcePath = path,
            Body = body,
            Title = title?.Value ?? "",
            Date = date ?? default,
            Summary = summary?.Value,
            Prose = ContentReaders.Prose(title, summary),
            Source = source ?? new SourceInfo("", null),
            Dateline = f.String("dateline"),
            Refs = ContentReaders.Refs(f),
            Events = f.References("events", ContentKind.Event),
            IsDraft = ContentReaders.IsDraft(f),
            Aliases = f.LocatedStrings("aliases"),
            IgnoreMentions = f.MentionOptOut(MentionOptOut.Field),
        };
        return title is null || date is null || summary is null || source is null ? null : article;
    }

    private static SourceInfo? ReadSource(FieldReader source)
    {
        var name = source.String("name", required: true);
        var url = source.Url("url");
        source.ReportUnknownFields("source");
        return name is null ? null : new SourceInfo(name, url);
    }

    public override IReadOnlyList<string> Scaffold(string quotedTitle, PartialDate date) =>
    [
        $"title: {quotedTitle}",
        $"date: {date.Iso}".PadRight(34) + "# YYYY-MM-DD, YYYY-MM or YYYY: the day the source published it",
        "source:",
        $"  name: \"{FieldReader.PlaceholderPrefix}: the publisher, e.g. The Kashmir Monitor\"",
        "  # url: https://…",
        $"summary: \"{FieldReader.PlaceholderPrefix}: one or two sentences in your own words\"",
        "# dateline: Islamabad",
        "countries: []                     # built-in slugs: pakistan, russia, united-states, …",
        "groups: []",
        "meetings: []",
        "people: []",
        "topics: []",
        "status: draft                     # delete this line to publish (every TODO must be gone by then)",
    ];

    protected override Article Resolve(Article item, ReferenceResolver resolver)
    {
        var refs = resolver.Resolve(item.Refs);
        var events = resolver.Resolve(item.Events, "events");
        return ReferenceEquals(refs, item.Refs) && ReferenceEquals(events, item.Events) ? item : item with { Refs = refs, Events = events };
    }

    protected override PageModel ItemModel(PageContext ctx, Article a) => ItemPages.Article(ctx, a);

    protected override CardModel Card(Article a, PageContext ctx) =>
        new("Article", a.Title, ctx.Urls.Entity(Kind, a.Slug), PageContext.Date(a.Date), a.Summary,
            a.Dateline is null ? a.Source.Name : $"{a.Source.Name} · {a.Dateline}");

    protected override string? Author(Article item) => item.Source.Name;

    protected override LdObject JsonLd(PageContext ctx, Article a, string? canonical)
    {
        var data = Pages.Meta.JsonLd.Thing("NewsArticle", a.Title, canonical, a.Summary);
        data["headline"] = a.Title;
        data["datePublished"] = a.Date.Iso;
        data["sourceOrganization"] = Pages.Meta.JsonLd.Thing("Organization", a.Source.Name, null);
        if (a.Source.Url is { } source)
        {
            data["isBasedOn"] = source.AbsoluteUri;
        }

        PageMetaFactory.AddEntities(ctx, data, a.Refs);
        return data;
    }
}
