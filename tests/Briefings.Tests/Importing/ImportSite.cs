using Briefings.Advice;
using Briefings.Building;
using Briefings.Importing;
using Briefings.Tests.Support;

namespace Briefings.Tests.Importing;

/// <summary>A fictional site whose registries the raw test articles name, and the raw articles themselves.</summary>
internal static class ImportSite
{
    public static TestSite Create() => new TestSite()
        .With("groups/islamic-state.md", Files.Group("Islamic State", extra: "aliases: [IS, ISIS, ISIL, \"Da'esh\", Daesh]"))
        .With("groups/nato.md", Files.Group("NATO", "alliance"))
        .With("groups/united-nations.md", Files.Group("United Nations", "international-organization", "aliases: [UN]"))
        .With("people/karim-nazari.md", Files.Person("Karim Nazari"))
        .With("people/sergey-lavrov.md", Files.Person("Sergey Lavrov"))
        .With("meetings/afghanistan-uzbekistan-bsc-2.md", Files.Meeting("Second session of the Afghanistan–Uzbekistan Border Security Commission", "2021-06",
            "series: afghanistan-uzbekistan-bsc\nseries_title: Afghanistan–Uzbekistan Border Security Commission\nnumber: 2"))
        .With("meetings/afghanistan-uzbekistan-bsc-3.md", Files.Meeting("Third session of the Afghanistan–Uzbekistan Border Security Commission", "2022-05",
            "series: afghanistan-uzbekistan-bsc\nseries_title: Afghanistan–Uzbekistan Border Security Commission\nnumber: 3"));

    public static string Raw(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Importing", "Data", name));

    public static ImportedArticle Import(string input, string raw, ImportOptions? options = null)
    {
        var site = new SiteBuilder(new BuildOptions(input, "_site")).Read(out _);
        return new ArticleImporter(site, MentionMatcher.For(site)).Import(raw, options ?? new ImportOptions());
    }

    public static ImportedArticle ImportHtml(string input, string html, ImportOptions? options = null)
    {
        var site = new SiteBuilder(new BuildOptions(input, "_site")).Read(out _);
        var page = HtmlExtractor.Extract(html, null, out var error);
        Assert.Null(error);
        return new ArticleImporter(site, MentionMatcher.For(site)).Import(page, options ?? new ImportOptions());
    }

    public static string Slugs(ImportedArticle article, Content.ContentKind kind) =>
        string.Join(' ', article.Of(kind).Select(e => e.Key.Slug));
}
