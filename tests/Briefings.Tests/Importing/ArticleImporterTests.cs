using Briefings.Content;
using Briefings.Importing;
using Briefings.Tests.Integration;
using Briefings.Tests.Support;
using Briefings.Tests.Unit;

namespace Briefings.Tests.Importing;

/// <summary>Raw scraped articles of several layouts → drafts with the right title, dateline, date, source, tags and text.</summary>
public sealed class ArticleImporterTests : IDisposable
{
    private readonly Support.TestSite _site = ImportSite.Create();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_find_the_same_entities_as_the_hand_written_article_When_importing_the_seed()
    {
        // Given: the real input, and the hand-written article made from the same seed
        var input = Path.Combine(RealInputTests.RepoRoot(), "input");
        const string path = "articles/2018/pakistan-russia-concerned-over-growing-is-threat.md";
        var (item, _) = ContentFile.Parse(File.ReadAllText(Path.Combine(input, path)), path);
        var handWritten = Assert.IsType<Article>(item);

        // When
        var imported = ImportSite.Import(input, ImportSite.Raw("pakistan-russia-is-threat.txt"));

        // Then
        Assert.Equal(handWritten.Title, imported.Title);
        Assert.Equal("pakistan-russia-concerned-over-growing-is-threat", imported.Slug);
        Assert.Equal(handWritten.Dateline, imported.Dateline.Value);
        Assert.Equal(Set(handWritten.Refs.Countries), Set(imported.Of(ContentKind.Country)));
        Assert.Equal(Set(handWritten.Refs.Groups), Set(imported.Of(ContentKind.Group)));
        Assert.Equal(Set(handWritten.Refs.People), Set(imported.Of(ContentKind.Person)));
        Assert.Equal(Set(handWritten.Refs.Meetings), imported.Meetings.Select(m => m.Slug).Order());
        Assert.Equal(["Share This Article", "Avatar of", "A Newspaper company in Kashmir", "Leave a comment"], imported.Removed);
        Assert.Equal(11, imported.Paragraphs.Count);
        Assert.Null(imported.Date.Value);
        Assert.Null(imported.SourceName.Value);
        Assert.StartsWith("Pakistan and Russia have expressed “grave concern”", imported.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_read_a_wire_story_with_byline_advertisements_and_credits()
    {
        // When
        var article = ImportSite.Import(_site.Input, ImportSite.Raw("wire-story.txt"), new ImportOptions { Date = new PartialDate(2022, 5, 17) });

        // Then
        Assert.Equal("Afghan and Uzbek officials agree to tighten border checks", article.Title);
        Assert.Equal(("Kabul", "Reuters", "Jane Doe"), (article.Dateline.Value, article.SourceName.Value, article.Byline));
        Assert.Equal("afghanistan uzbekistan", ImportSite.Slugs(article, ContentKind.Country));
        Assert.Equal("islamic-state nato", ImportSite.Slugs(article, ContentKind.Group));
        Assert.Equal("karim-nazari", ImportSite.Slugs(article, ContentKind.Person));
        Assert.Equal(["afghanistan-uzbekistan-bsc-3"], article.Meetings.Select(m => m.Slug));
        Assert.Equal(4, article.Paragraphs.Count);
        Assert.StartsWith("KABUL (Reuters) - Afghanistan and Uzbekistan", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Advertisement", StringComparison.Ordinal) || p.Contains("Editing by", StringComparison.Ordinal));
        Assert.Contains("Our Standards: The Thomson Reuters Trust Principles.", article.Removed);
    }

    [Fact]
    public void Should_read_a_hard_wrapped_newspaper_page_with_windows_line_endings()
    {
        // Given
        var raw = ImportSite.Raw("newspaper-page.txt").Replace("\n", "\r\n", StringComparison.Ordinal);

        // When
        var article = ImportSite.Import(_site.Input, raw);

        // Then
        Assert.Equal("India and Pakistan hold talks on river waters", article.Title);
        Assert.Equal((new PartialDate(2019, 3, 3), "date line of the page"), (article.Date.Value, article.Date.Reason));
        Assert.Equal(("New Delhi", "Ahmed Khan"), (article.Dateline.Value, article.Byline));
        Assert.Null(article.SourceName.Value);
        Assert.Equal("india pakistan", ImportSite.Slugs(article, ContentKind.Country));
        Assert.Equal("united-nations", ImportSite.Slugs(article, ContentKind.Group));
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal(
            "NEW DELHI, March 3 - Indian and Pakistani officials met in New Delhi on Sunday for talks on sharing the waters of the Indus river system, the first such meeting in two years.",
            article.Paragraphs[0]);
        Assert.Equal(["Home » World » South Asia", "Published: March 3, 2019", "By Ahmed Khan, Staff Reporter", "Related:",
            "India, Pakistan trade barbs at UN", "Water dispute explained", "Follow us on Twitter @ExampleTimes",
            "© 2019 The Example Times. All rights reserved."], article.Removed);
    }

    [Fact]
    public void Should_read_a_website_page_with_share_buttons_a_cookie_notice_and_tags()
    {
        // When
        var article = ImportSite.Import(_site.Input, ImportSite.Raw("website-page.txt"),
            new ImportOptions { Url = new Uri("https://daily.example/2020/02/12/russia-turkey-syria") });

        // Then
        Assert.Equal("Russia and Turkey discuss Syria ceasefire", article.Title);
        Assert.Equal(("The Daily Example", "Moscow"), (article.SourceName.Value, article.Dateline.Value));
        Assert.Equal((new PartialDate(2020, 2, 12), "URL path"), (article.Date.Value, article.Date.Reason));
        Assert.Equal("russia turkey syria", ImportSite.Slugs(article, ContentKind.Country));
        Assert.Equal("islamic-state", ImportSite.Slugs(article, ContentKind.Group));
        Assert.Equal("sergey-lavrov", ImportSite.Slugs(article, ContentKind.Person));
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal(9, article.Removed.Count);
        Assert.StartsWith("Russian Foreign Minister Sergey Lavrov and his Turkish counterpart discussed the ceasefire in Syria's Idlib province on Wednesday, the ministry said.", article.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_not_match_a_meeting_of_the_same_series_with_another_number()
    {
        // When
        var article = ImportSite.Import(_site.Input, "Talks\n\nThe fourth meeting of the Afghanistan-Uzbekistan Border Security Commission opened.\n");

        // Then
        Assert.Empty(article.Meetings);
    }

    [Fact]
    public void Should_write_a_draft_that_the_schema_accepts_and_that_keeps_the_page_text_out()
    {
        // Given
        var article = ImportSite.Import(_site.Input, "A *bold* claim\n\nKABUL: Officials said [sic] that <b>nothing</b> changed in the city this week.\n");

        // When
        var text = DraftWriter.Text(article, "schema.json");

        // Then
        Assert.Empty(FrontMatterSchemaTests.Validate("articles/2018/a-bold-claim.md", text.Replace("date: TODO", "date: 2018", StringComparison.Ordinal)));
        Assert.Contains("title: \"A *bold* claim\"", text);
        Assert.EndsWith("---\n\nTODO: write the briefing in your own words. The imported text is in .briefings/sources/a-bold-claim.txt (in the input folder, never published): summarise it, and quote it briefly, in quotation marks.\n", text, StringComparison.Ordinal);
        Assert.Contains("KABUL: Officials said [sic] that <b>nothing</b> changed", DraftFile.SourceText(article));
    }

    [Fact]
    public void Should_suggest_the_site_topics_and_list_the_names_it_does_not_know()
    {
        // Given
        var site = new Support.TestSite()
            .With("site.yml", "title: T\nbase_url: https://example.org/\ntopics:\n  counter-terrorism: Counter-terrorism\n  foreign-fighters: Foreign fighters\n  trade: Trade\n")
            .With("people/sergey-lavrov.md", Files.Person("Sergey Lavrov"));
        using var _ = site;
        const string Raw = """
            Russia and Pakistan step up counter-terrorism talks

            MOSCOW: Foreign Minister Sergey Lavrov met the head of the Pakistan Counter Terrorism Department on Monday to discuss foreign fighters returning from Syria.
            Deputy Minister Oleg Syromolotov said the Counter-Terrorism Committee of the Shanghai Cooperation Organisation would meet in June.
            """;

        // When
        var article = ImportSite.Import(site.Input, Raw);

        // Then
        Assert.Equal(["counter-terrorism", "foreign-fighters"], article.Topics.Select(t => t.Slug));
        Assert.Equal("\"Counter-terrorism\" ×3", article.Topics[0].Reason);
        var draft = DraftWriter.Text(article, "schema.json").Split('\n');
        Assert.Contains("topics: [counter-terrorism, foreign-fighters]", draft);
        Assert.Contains("people: [sergey-lavrov]", draft);
        Assert.Equal(
            [("Pakistan Counter Terrorism Department", "organisation"), ("Oleg Syromolotov", "person"), ("Counter-Terrorism Committee of the Shanghai Cooperation Organisation", "organisation")],
            article.UnknownNames.Select(n => (n.Name, n.Kind)));
        Assert.Equal("briefings new person \"Oleg Syromolotov\"", article.UnknownNames[1].Command);
    }

    [Fact]
    public void Should_not_take_a_caption_or_a_bare_dateline_for_the_summary()
    {
        // Given
        const string Raw = """
            Talks on the river border

            Border guards at the Termez crossing. Photo: File

            TASHKENT, May 17 (Reuters) -

            Uzbek and Afghan officials agreed on Tuesday to run joint patrols along the river border, officials said.
            """;

        // When
        var article = ImportSite.Import(_site.Input, Raw);

        // Then
        Assert.Equal("Uzbek and Afghan officials agreed on Tuesday to run joint patrols along the river border, officials said.", article.Lead);
        Assert.Contains("Border guards at the Termez crossing. Photo: File", article.Removed);
    }

    private static IEnumerable<string> Set(IEnumerable<Ref> refs) => refs.Select(r => r.Slug).Order();

    private static IEnumerable<string> Set(IEnumerable<DetectedEntity> entities) => entities.Select(e => e.Key.Slug).Order();
}
