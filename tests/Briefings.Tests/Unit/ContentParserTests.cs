using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Tests.Unit;

public sealed class ContentParserTests
{
    private const string Path = ContentFile.ArticlePath;

    private const string ValidArticle = """
        ---
        title: Pakistan, Russia concerned over growing IS threat
        date: 2018-03
        summary: The two countries agreed to share intelligence.
        dateline: Islamabad
        source:
          name: Dawn
          url: https://www.dawn.com/news/1397466
        countries: [pakistan, russia]
        groups:
          - islamic-state
        topics: [counter-terrorism]
        ---
        The 7th meeting of the [[meeting:pakistan-russia-jwg-ct-7|joint working group]] met in Islamabad.
        """;

    [Fact]
    public void Should_read_every_field_of_an_article_When_front_matter_is_valid()
    {
        // When
        var (item, diagnostics) = ContentFile.Parse(ValidArticle);

        // Then
        Assert.Empty(diagnostics);
        var article = Assert.IsType<Article>(item);
        Assert.Equal("pakistan-russia-talks", article.Slug);
        Assert.Equal(Path, article.SourcePath);
        Assert.Equal("Pakistan, Russia concerned over growing IS threat", article.Title);
        Assert.Equal(new PartialDate(2018, 3, null), article.Date);
        Assert.Equal("March 2018", article.Date.Display);
        Assert.Equal("The two countries agreed to share intelligence.", article.Summary);
        Assert.Equal("Islamabad", article.Dateline);
        Assert.Equal(new SourceInfo("Dawn", new Uri("https://www.dawn.com/news/1397466")), article.Source);
        Assert.False(article.IsDraft);
    }

    [Fact]
    public void Should_keep_each_reference_with_its_kind_and_place_When_an_article_tags_entities()
    {
        // When
        var (item, _) = ContentFile.Parse(ValidArticle);

        // Then
        var refs = Assert.IsType<Article>(item).Refs;
        Assert.Equal(
            [
                new Ref(ContentKind.Country, "pakistan", new SourceLocation(Path, 9, 13)),
                new Ref(ContentKind.Country, "russia", new SourceLocation(Path, 9, 23)),
            ],
            refs.Countries);
        Assert.Equal([new Ref(ContentKind.Group, "islamic-state", new SourceLocation(Path, 11, 5))], refs.Groups);
        Assert.Equal([new Ref(ContentKind.Topic, "counter-terrorism", new SourceLocation(Path, 12, 10))], refs.Topics);
        Assert.Empty(refs.Meetings);
        Assert.Empty(refs.People);
    }

    [Fact]
    public void Should_locate_body_wiki_links_on_file_lines_When_the_body_follows_front_matter()
    {
        // When
        var (item, _) = ContentFile.Parse(ValidArticle);

        // Then
        var body = Assert.IsType<Article>(item).Body;
        Assert.Equal(14, body.FirstLine);
        var link = Assert.Single(body.WikiLinks);
        Assert.Equal("meeting", link.KindWord);
        Assert.Equal("pakistan-russia-jwg-ct-7", link.Slug);
        Assert.Equal(new SourceLocation(Path, 14, 24), link.Location);
    }

    [Theory]
    [InlineData("2018-03-22", 2018, 3, 22)]
    [InlineData("2018", 2018, null, null)]
    [InlineData("\"2018-03\"", 2018, 3, null)]
    public void Should_keep_the_date_precision_When_an_article_is_dated(string written, int year, int? month, int? day)
    {
        // Given
        var text = ValidArticle.Replace("date: 2018-03", "date: " + written, StringComparison.Ordinal);

        // When
        var (item, diagnostics) = ContentFile.Parse(text);

        // Then
        Assert.Empty(diagnostics);
        Assert.Equal(new PartialDate(year, month, day), Assert.IsType<Article>(item).Date);
    }

    [Fact]
    public void Should_mark_the_article_as_draft_When_status_is_draft()
    {
        var (item, diagnostics) = ContentFile.Parse(ValidArticle.Replace("dateline: Islamabad", "status: draft", StringComparison.Ordinal));

        Assert.Empty(diagnostics);
        Assert.True(Assert.IsType<Article>(item).IsDraft);
    }

    [Fact]
    public void Should_read_a_note_with_its_confidence_and_about_When_front_matter_is_valid()
    {
        // Given
        const string text = """
            ---
            title: What the talks mean
            date: 2018-04
            author: A. Analyst
            summary: A cautious reading.
            confidence: moderate
            about: [pakistan-russia-talks]
            ---
            Body.
            """;

        // When
        var (item, diagnostics) = ContentFile.Parse(text, "notes/what-the-talks-mean.md");

        // Then
        Assert.Empty(diagnostics);
        var note = Assert.IsType<Note>(item);
        Assert.Equal("A. Analyst", note.Author);
        Assert.Equal(Confidence.Moderate, note.Confidence);
        Assert.Equal(["pakistan-russia-talks"], note.About.Select(r => r.Slug));
        Assert.Equal(ContentKind.Article, Assert.Single(note.About).Kind);
    }

    [Fact]
    public void Should_report_the_file_name_When_the_slug_in_the_path_is_invalid()
    {
        // When
        var (item, diagnostics) = ContentFile.Parse(ValidArticle, "articles/2018/Pakistan_Talks.md");

        // Then
        Assert.Null(item);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.BadFileName, error.Code);
        Assert.Equal(new SourceLocation("articles/2018/Pakistan_Talks.md", 1, 1), error.Location);
    }
}
