using Briefings.Content;
using Briefings.Linking;
using Briefings.Markdown;
using Briefings.Pages;
using Briefings.Pages.Meta;
using Briefings.Parsing;
using Briefings.Templates.Models;

namespace Briefings.Kinds;

/// <summary>
/// Everything the stages need to know about one kind of content, in one place: its words and titles, where its files
/// are and how they read, which of its fields are references, how it shows (card, coverage, JSON-LD, feed) and what
/// <c>briefings new</c> writes for it. Stages iterate <see cref="ContentKinds.All"/> or ask <see cref="ContentKinds.Of"/>
/// instead of switching on kinds; every member has a default that is right for a kind that does not use it.
/// </summary>
internal abstract class KindDescriptor
{
    public abstract ContentKind Kind { get; }

    /// <summary>The word of wiki links (<c>[[country:pakistan]]</c>) and messages.</summary>
    public abstract string Singular { get; }

    /// <summary>The section folder and URL segment (<c>people</c>, <c>countries</c>).</summary>
    public virtual string Plural => Singular + "s";

    /// <summary>Reader-facing section title.</summary>
    public virtual string Title => char.ToUpperInvariant(Plural[0]) + Plural[1..];

    /// <summary>The section's name in the site's navigation.</summary>
    public virtual string NavTitle => Title;

    /// <summary>Its records are dated (<see cref="DatedItem"/>): they cover entities, and have cards, sections and item pages.</summary>
    public virtual bool IsDated => false;

    /// <summary>What its pages count as in the build summary.</summary>
    public abstract PageKind PageKind { get; }

    // ---- input: files, front matter, `new`

    /// <summary>The folder of its files in <c>input/</c>; null when it has none (topics).</summary>
    public virtual string? Folder => Plural;

    /// <summary>Its files are filed by year: <c>articles/&lt;yyyy&gt;/&lt;slug&gt;.md</c>.</summary>
    public virtual bool FiledByYear => false;

    /// <summary>Slugs its pages cannot have because the site puts its own pages there (besides <c>page</c>, <c>feed</c>, <c>assets</c>).</summary>
    public virtual bool IsReserved(string slug) => false;

    /// <summary>The record of one file, its fields read (and reported) by <paramref name="f"/>; null when a required field is missing.</summary>
    public virtual ContentItem? Read(string slug, string path, FieldReader f, ParsedBody body) => null;

    /// <summary>The front-matter lines <c>briefings new</c> writes (without the <c>---</c> and schema lines); null when it makes none.</summary>
    public virtual IReadOnlyList<string>? Scaffold(string quotedTitle, PartialDate date) => null;

    /// <summary><c>briefings new</c> starts it as a draft with <c>TODO</c> placeholders.</summary>
    public virtual bool ScaffoldsDraft => false;

    /// <summary>
    /// The slugs (and names) a reference to this kind may take when they are not files of its own — the built-in
    /// countries, the topics <c>site.yml</c> names: the content editor offers them as a list to choose from. Null: a
    /// reference names one of its files (the editor's picker lists them).
    /// </summary>
    public virtual IEnumerable<(string Slug, string Name)>? Codebook(SiteSettings settings) => null;

    // ---- link

    /// <summary>The record with every reference of its front matter resolved (each failure reported by <paramref name="resolver"/>).</summary>
    public virtual ContentItem Resolved(ContentItem item, ReferenceResolver resolver) => item;

    /// <summary>
    /// Its list in the <see cref="Site"/>, in the site's order (dated kinds newest first, the others by name), made of
    /// its resolved records; null for a kind without one (countries are built in, topics have no files).
    /// </summary>
    public virtual IReadOnlyList<ContentItem>? List(IEnumerable<ContentItem> records) => null;

    /// <summary>Its list with <paramref name="before"/> replaced by <paramref name="after"/> (same kind and slug), kept in order.</summary>
    public virtual IReadOnlyList<ContentItem> Replace(IReadOnlyList<ContentItem> list, ContentItem before, ContentItem after) => list;

    /// <summary>Where a record is in its kind's list (found by the list's order), or -1.</summary>
    public virtual int IndexOf(IReadOnlyList<ContentItem> list, ContentItem item) => -1;

    /// <summary>The order of its list, for two of its records.</summary>
    public virtual int Order(ContentItem a, ContentItem b) => 0;

    /// <summary>Any valid slug names one: a reference makes it exist (topics).</summary>
    public virtual bool NamedByAnySlug => false;

    /// <summary>Related articles: what sharing one of these is worth before rarity (a meeting says more than a country).</summary>
    public virtual double RelatedWeight => 1;

    /// <summary>
    /// Import hint: <c>import</c> tags a draft article with the entities of this kind that the page's text names, in
    /// the article's field named <see cref="Plural"/> (countries, groups, people).
    /// </summary>
    public virtual bool TaggedByImport => false;

    /// <summary>
    /// <c>serve</c> updates a change to its front matter in place (tags, date, title: its card moves between pages); for
    /// the other kinds such a change is a full build. A change to the body alone is always updated in place.
    /// </summary>
    public virtual bool FrontMatterUpdatesInPlace => false;

    // ---- render

    /// <summary>How an article, note or meeting shows in lists and timelines.</summary>
    public virtual CardModel Card(DatedItem item, PageContext ctx) =>
        new(Title, item.Title, ctx.Urls.Entity(Kind, item.Slug), PageContext.Date(item.Date), item.Summary, null);

    /// <summary>The template of a dated record's own page.</summary>
    public virtual PageTemplate ItemTemplate => PageTemplate.Entity;

    /// <summary>The model of a dated record's own page (<see cref="ItemTemplate"/>).</summary>
    public virtual PageModel ItemModel(PageContext ctx, DatedItem item) =>
        throw new InvalidOperationException($"{Plural} have no page of their own: only dated kinds do");

    /// <summary>The description of its paginated section (<c>articles/</c>, <c>page/2/</c>…); null when its section is not a list of its records.</summary>
    public virtual string? SectionDescription => null;

    /// <summary>"3 articles · 1 analyst note": how coverage of this kind is counted.</summary>
    public virtual (string One, string Many) CoverageNoun => (Singular, Plural);

    /// <summary>Open Graph type of its pages.</summary>
    public virtual string OpenGraphType => "website";

    /// <summary>Its pages have a feed of their coverage (when they have coverage).</summary>
    public virtual bool HasFeed => true;

    /// <summary>The author of its entries in feeds; null: the site's.</summary>
    public virtual string? FeedAuthor(DatedItem item) => null;

    /// <summary>The schema.org type of a reference to one (in an item's <c>about</c>).</summary>
    public virtual string SchemaType => "Thing";

    /// <summary>The schema.org data of its page.</summary>
    public virtual LdObject JsonLd(PageContext ctx, EntityKey key, string? canonical, string? description) =>
        Pages.Meta.JsonLd.Thing("CollectionPage", ctx.Site.NameOf(key), canonical, description);
}

/// <summary>A kind whose records are <typeparamref name="T"/>: the members that take a record get it typed.</summary>
internal abstract class KindDescriptor<T> : KindDescriptor
    where T : ContentItem
{
    public sealed override ContentItem Resolved(ContentItem item, ReferenceResolver resolver) => item is T record ? Resolve(record, resolver) : item;

    public override IReadOnlyList<ContentItem>? List(IEnumerable<ContentItem> records) =>
        HasList ? records.OfType<T>().Order(Comparer<T>.Create(Compare)).ToList() : null;

    public sealed override IReadOnlyList<ContentItem> Replace(IReadOnlyList<ContentItem> list, ContentItem before, ContentItem after)
    {
        if (list is not List<T> typed || after is not T replacement)
        {
            return list;
        }

        var copy = new List<T>(typed);
        var at = copy.FindIndex(i => ReferenceEquals(i, before));
        copy.RemoveAt(at);
        var insert = copy.BinarySearch(replacement, Comparer<T>.Create(Compare));
        copy.Insert(insert < 0 ? ~insert : insert, replacement);
        return copy;
    }

    public sealed override int Order(ContentItem a, ContentItem b) => Compare((T)a, (T)b);

    public sealed override int IndexOf(IReadOnlyList<ContentItem> list, ContentItem item) =>
        list is List<T> typed && item is T record && typed.BinarySearch(record, Comparer<T>.Create(Compare)) is var at and >= 0 ? at : -1;

    /// <summary>Whether the site keeps a list of its records.</summary>
    protected virtual bool HasList => true;

    /// <summary>The order of its list: by name (ignoring case), then slug.</summary>
    protected virtual int Compare(T a, T b)
    {
        var byName = string.Compare(a.DisplayName, b.DisplayName, StringComparison.OrdinalIgnoreCase);
        return byName != 0 ? byName : string.CompareOrdinal(a.Slug, b.Slug);
    }

    protected virtual T Resolve(T item, ReferenceResolver resolver) => item;
}

/// <summary>A dated kind (articles, notes, meetings): cards and feed entries get the record typed.</summary>
internal abstract class DatedKindDescriptor<T> : KindDescriptor<T>
    where T : DatedItem
{
    public sealed override bool IsDated => true;

    /// <summary>Newest first (<see cref="CoverageIndex.NewestFirst"/>).</summary>
    protected sealed override int Compare(T a, T b) => CoverageIndex.NewestFirst(a, b);

    /// <summary>In the order of <see cref="Compare"/>, by one sort of the records' dates and names (<see cref="CoverageIndex.NewestFirstOrder"/>).</summary>
    public sealed override IReadOnlyList<ContentItem>? List(IEnumerable<ContentItem> records)
    {
        if (!HasList)
        {
            return null;
        }

        var typed = records.OfType<T>().ToList();
        return CoverageIndex.NewestFirstOrder(typed).Select(i => typed[i]).ToList();
    }

    public sealed override CardModel Card(DatedItem item, PageContext ctx) => item is T record ? Card(record, ctx) : base.Card(item, ctx);

    public sealed override string? FeedAuthor(DatedItem item) => item is T record ? Author(record) : null;

    public sealed override PageModel ItemModel(PageContext ctx, DatedItem item) => ItemModel(ctx, (T)item);

    public sealed override LdObject JsonLd(PageContext ctx, EntityKey key, string? canonical, string? description) =>
        ctx.Site.Find<T>(key) is { } record ? JsonLd(ctx, record, canonical) : base.JsonLd(ctx, key, canonical, description);

    protected abstract CardModel Card(T item, PageContext ctx);

    protected abstract PageModel ItemModel(PageContext ctx, T item);

    protected virtual string? Author(T item) => null;

    protected abstract LdObject JsonLd(PageContext ctx, T item, string? canonical);
}
