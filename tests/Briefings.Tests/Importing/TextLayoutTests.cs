using Briefings.Content;
using Briefings.Importing;

namespace Briefings.Tests.Importing;

/// <summary>Raw text pages of more layouts: the common date forms, tickers, captions, share and comment widgets.</summary>
public sealed class TextLayoutTests : IDisposable
{
    private readonly Support.TestSite _site = ImportSite.Create();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_read_a_newspaper_archive_page_with_a_ticker_a_caption_related_stories_and_comments()
    {
        // When
        var article = ImportSite.Import(_site.Input, ImportSite.Raw("newspaper-archive.txt"));

        // Then
        Assert.Equal("Chaman crossing reopens after three-day closure", article.Title);
        Assert.Equal(new PartialDate(2019, 11, 14), article.Date.Value);
        Assert.Equal("Quetta", article.Dateline.Value);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.StartsWith("QUETTA: Pakistan reopened the Chaman border crossing", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal("Pakistan reopened the Chaman border crossing with Afghanistan on Wednesday after a three-day closure, officials said.", article.Lead);
        Assert.Equal(
            ["KSE-100 ▲ 0.4% | Gold ▼ 0.2% | USD/PKR 155.20", "Published in The Example Daily, 14th Nov, 2019", "Traders wait at the Chaman border crossing. — AFP/File photo",
             "Related Stories", "Afghan transit trade talks stall", "Border fencing to finish by next year", "Comments (12)", "Comments are closed."],
            article.Removed);
        Assert.Equal("pakistan afghanistan", ImportSite.Slugs(article, ContentKind.Country));
        Assert.Contains(article.UnknownNames, n => n is { Name: "Frontier Corps", Kind: "organisation" });
    }

    [Fact]
    public void Should_read_a_regional_site_with_a_time_before_a_numeric_date_and_share_links()
    {
        // When
        var article = ImportSite.Import(_site.Input, ImportSite.Raw("regional-site.txt"));

        // Then
        Assert.Equal((new PartialDate(2016, 9, 14), "date line of the page"), (article.Date.Value, article.Date.Reason));
        Assert.Equal("Dushanbe", article.Dateline.Value);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal(
            ["Date: 13:00, 14-09-2016", "Facebook Twitter WhatsApp Email", "Click to share on Twitter (Opens in new window)",
             "Click to share on Facebook (Opens in new window)", "Tags: Tajikistan, Afghanistan, trade"],
            article.Removed);
        Assert.Equal("tajikistan afghanistan", ImportSite.Slugs(article, ContentKind.Country));
        Assert.Contains(article.UnknownNames, n => n is { Name: "Rahim Saidov", Kind: "person", Command: "briefings new person \"Rahim Saidov\"" });
    }

    [Fact]
    public void Should_read_a_magazine_page_with_a_dated_byline_and_a_photo_credit()
    {
        // When
        var article = ImportSite.Import(_site.Input, ImportSite.Raw("magazine-page.txt"));

        // Then
        Assert.Equal((new PartialDate(2017, 9, 25), "Sam Writer"), (article.Date.Value, article.Byline));
        Assert.Null(article.Dateline.Value);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.StartsWith("The dispute over the rivers of the Indus basin", article.Lead, StringComparison.Ordinal);
        Assert.Equal(
            ["By Sam Writer | September 25, 2017", "Photo: Reuters", "You may also like", "How the treaty was signed",
             "The dams at the heart of the dispute", "Be the first to comment"],
            article.Removed);
    }

    [Fact]
    public void Should_read_a_wire_brief_with_a_bare_short_date()
    {
        // When
        var article = ImportSite.Import(_site.Input, ImportSite.Raw("wire-brief.txt"));

        // Then
        Assert.Equal(new PartialDate(2021, 7, 14), article.Date.Value);
        Assert.Equal(("Astana", "Reuters"), (article.Dateline.Value, article.SourceName.Value));
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal(["14 Jul 2021", "4 min read", "Share via Email"], article.Removed);
    }

    [Theory]
    [InlineData("14th Nov, 2019", "2019-11-14")]
    [InlineData("14 Jul 2021", "2021-07-14")]
    [InlineData("September 25, 2017", "2017-09-25")]
    [InlineData("Date: 13:00, 14-09-2016", "2016-09-14")]
    [InlineData("Published: March 21, 2018", "2018-03-21")]
    [InlineData("Updated on Tuesday 14 July 2021 at 09:00 BST", "2021-07-14")]
    [InlineData("Published in The Example Daily, May 17th, 2022", "2022-05-17")]
    [InlineData("09/14/2016", "2016-09-14")]
    [InlineData("Mar 21, 2018 10:32 AM", "2018-03-21")]
    [InlineData("2018-03-21", "2018-03-21")]
    public void Should_read_the_common_date_lines(string line, string iso)
    {
        Assert.Equal(iso, DateFinder.FromDateLine(line)?.Iso);
    }

    [Theory]
    [InlineData("The talks began on 14 Jul 2021 and ended two days later with an agreement on patrols.")]
    [InlineData("Officials met in Tashkent.")]
    [InlineData("Posted to Kabul in May 2019, he led the talks.")]
    public void Should_not_take_a_sentence_for_a_date_line(string line)
    {
        Assert.Null(DateFinder.FromDateLine(line));
    }
}
