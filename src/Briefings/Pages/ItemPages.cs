using Briefings.Content;
using Briefings.Linking;
using Briefings.Templates.Models;

namespace Briefings.Pages;

/// <summary>Article, note and meeting pages (event pages are <see cref="EventPages"/>).</summary>
internal static class ItemPages
{
    private static readonly Dictionary<Confidence, string> ConfidenceMeanings = new()
    {
        [Confidence.Low] = "the information is scant, questionable or fragmented; the judgement is tentative",
        [Confidence.Moderate] = "the information is credibly sourced and plausible, but not corroborated enough for high confidence",
        [Confidence.High] = "the judgement rests on high-quality information from several sources",
    };

    /// <summary>A page per record of each dated kind, with the template and model its descriptor gives.</summary>
    public static IEnumerable<PageJob> Plan(PageContext ctx) =>
        ContentKinds.All.Where(d => d.IsDated).SelectMany(d => ctx.Site.Dated(d.Kind).Select(item => Job(d, item)));

    /// <summary>The page of one record: its model made from the record the context's site holds under its kind and slug.</summary>
    public static PageJob Job(Kinds.KindDescriptor kind, DatedItem item)
    {
        return PageJob.ForEntity(new EntityKey(item.Kind, item.Slug), kind.ItemTemplate, kind.PageKind, ItemModel, item.Date);
    }

    /// <summary>The model of a record's page, by its kind, from the record the context holds under the job's key: one delegate for every record page, so planning 100,000 pages makes no closure.</summary>
    private static PageModel ItemModel(PageContext ctx, PageJob job) =>
        ContentKinds.Of(job.Entity!.Value.Kind).ItemModel(ctx, ctx.Site.Find<DatedItem>(job.Entity.Value)!);

    public static ArticleModel Article(PageContext ctx, Article a) => new(
        a.Title,
        a.Summary,
        PageContext.Date(a.Date),
        a.Dateline,
        a.Source.Name,
        a.Source.Url?.AbsoluteUri,
        a.IsDraft,
        ctx.Body(a),
        ctx.EntityGroups(a.Refs),
        ctx.Cards(ctx.Site.NotesAbout(a)),
        ctx.Cards(ctx.Site.RelatedTo(a)),
        ctx.Cards(a.Events.Select(r => ctx.Site.Find<Event>(new EntityKey(ContentKind.Event, r.Slug))).OfType<Event>()));

    public static NoteModel Note(PageContext ctx, Note n) => new(
        n.Title,
        n.Summary,
        PageContext.Date(n.Date),
        n.Author,
        n.Confidence?.ToString().ToLowerInvariant(),
        n.Confidence is { } c ? ConfidenceMeanings[c] : null,
        n.IsDraft,
        new(Tradecraft.EstimativeMarkup.Apply(ctx.Body(n).Html, Tradecraft.EstimativeScale.Of(ctx.Site.Settings.EstimativeScale))),
        ctx.Cards(n.About.Select(r => ctx.Site.Article(r.Slug)).OfType<Article>()),
        ctx.EntityGroups(n.Refs),
        SourceModel.From(n.Sources));

    public static MeetingModel Meeting(PageContext ctx, Meeting m)
    {
        var series = ctx.Site.SeriesOf(m);
        var index = series is null ? -1 : IndexOf(series.Meetings, m);
        var facts = new List<FactModel> { new("Date", m.Date.Display) };
        if (m.Place is { } place)
        {
            facts.Add(new("Location", place));
        }

        if (m.Host is { } host)
        {
            var key = new EntityKey(ContentKind.Country, host.Slug);
            facts.Add(new("Host", ctx.Site.NameOf(key), ctx.Urls.Entity(key)));
        }

        if (series is not null)
        {
            facts.Add(new("Series", m.Number is { } n ? $"{series.Title}, meeting {n}" : series.Title, ctx.Urls.Series(series.Slug)));
        }

        var participants = new EntityRefs(
            m.Host is null || m.Refs.Countries.Any(c => c.Slug == m.Host.Slug) ? m.Refs.Countries : [m.Host, .. m.Refs.Countries],
            m.Refs.Groups, [], m.Refs.People, []);
        var coverage = ctx.Site.CoverageOf(m);
        return new MeetingModel(
            m.Title,
            m.Summary,
            PageContext.Date(m.Date),
            facts,
            ctx.Body(m),
            ctx.EntityGroups(participants),
            series is null ? null : new LinkModel(series.Title, ctx.Urls.Series(series.Slug), series.Meetings.Count),
            index > 0 ? ctx.Link(series!.Meetings[index - 1]) : null,
            series is not null && index < series.Meetings.Count - 1 ? ctx.Link(series.Meetings[index + 1]) : null,
            PageContext.CoverageSummary(coverage),
            ctx.Timeline(coverage));
    }

    private static int IndexOf(IReadOnlyList<Meeting> meetings, Meeting m)
    {
        for (var i = 0; i < meetings.Count; i++)
        {
            if (meetings[i].Slug == m.Slug)
            {
                return i;
            }
        }

        return -1;
    }
}
