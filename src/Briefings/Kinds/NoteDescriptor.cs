using Briefings.Content;
using Briefings.Linking;
using Briefings.Markdown;
using Briefings.Pages;
using Briefings.Pages.Meta;
using Briefings.Parsing;
using Briefings.Templates.Models;

namespace Briefings.Kinds;

/// <summary>Analyst notes: <c>notes/&lt;slug&gt;.md</c>, a judgement about articles and entities.</summary>
internal sealed class NoteDescriptor : DatedKindDescriptor<Note>
{
    private static readonly Dictionary<string, Confidence> Confidences = new()
    {
        ["low"] = Confidence.Low,
        ["moderate"] = Confidence.Moderate,
        ["high"] = Confidence.High,
    };

    public override ContentKind Kind => ContentKind.Note;

    public override string Singular => "note";

    public override string Title => "Analyst notes";

    public override string NavTitle => "Notes";

    public override string SectionDescription => "What our analysts think, newest first.";

    public override PageTemplate ItemTemplate => PageTemplate.Note;

    public override PageKind PageKind => PageKind.Note;

    public override bool ScaffoldsDraft => true;

    public override bool FrontMatterUpdatesInPlace => true;

    public override string OpenGraphType => "article";

    public override bool HasFeed => false;

    public override (string One, string Many) CoverageNoun => ("analyst note", "analyst notes");

    public override ContentItem? Read(string slug, string path, FieldReader f, ParsedBody body)
    {
        var title = f.LocatedString("title", required: true);
        var date = f.Date("date", required: true);
        var author = f.String("author", required: true);
        var summary = f.LocatedString("summary", required: true);
        var note = new Note
        {
            Slug = slug,
            SourcePath = path,
            Body = body,
            Title = title?.Value ?? "",
            Date = date ?? default,
            Author = author ?? "",
            Summary = summary?.Value,
            Prose = ContentReaders.Prose(title, summary),
            IgnoreMentions = f.MentionOptOut(MentionOptOut.Field),
            About = f.References("about", ContentKind.Article),
            Refs = ContentReaders.Refs(f),
            Confidence = f.Choice("confidence", Confidences),
            Sources = f.Sources(),
            IsDraft = ContentReaders.IsDraft(f),
            Aliases = f.LocatedStrings("aliases"),
        };
        return title is null || date is null || author is null || summary is null ? null : note;
    }

    public override IReadOnlyList<string> Scaffold(string quotedTitle, PartialDate date) =>
    [
        $"title: {quotedTitle}",
        $"date: {date.Iso}",
        $"author: \"{FieldReader.PlaceholderPrefix}: your name or team\"",
        $"summary: \"{FieldReader.PlaceholderPrefix}: the note's judgement in one or two sentences\"",
        "about: []                         # slugs of the articles the note comments on",
        "countries: []",
        "groups: []",
        "meetings: []",
        "people: []",
        "topics: []",
        "# confidence: moderate            # low, moderate or high",
        "status: draft                     # delete this line to publish (every TODO must be gone by then)",
    ];

    protected override Note Resolve(Note item, ReferenceResolver resolver)
    {
        var refs = resolver.Resolve(item.Refs);
        var about = resolver.Resolve(item.About, "about");
        return ReferenceEquals(refs, item.Refs) && ReferenceEquals(about, item.About) ? item : item with { Refs = refs, About = about };
    }

    protected override PageModel ItemModel(PageContext ctx, Note n) => ItemPages.Note(ctx, n);

    protected override CardModel Card(Note n, PageContext ctx) =>
        new("Analyst note", n.Title, ctx.Urls.Entity(Kind, n.Slug), PageContext.Date(n.Date), n.Summary,
            n.Confidence is { } confidence ? $"by {n.Author} · {confidence.ToString().ToLowerInvariant()} confidence" : $"by {n.Author}");

    protected override string? Author(Note item) => item.Author;

    protected override LdObject JsonLd(PageContext ctx, Note n, string? canonical)
    {
        var data = Pages.Meta.JsonLd.Thing("AnalysisNewsArticle", n.Title, canonical, n.Summary);
        data["headline"] = n.Title;
        data["datePublished"] = n.Date.Iso;
        data["author"] = Pages.Meta.JsonLd.Thing("Person", n.Author, null);
        PageMetaFactory.AddEntities(ctx, data, n.Refs);
        return data;
    }
}
