using Briefings.Content;
using Briefings.Linking;

namespace Briefings.Tests.Unit;

public sealed class UrlsTests
{
    [Theory]
    [InlineData("", "/")]
    [InlineData("/", "/")]
    [InlineData("//", "/")]
    [InlineData("briefings", "/briefings/")]
    [InlineData("/briefings", "/briefings/")]
    [InlineData("briefings/", "/briefings/")]
    [InlineData("/briefings/", "/briefings/")]
    [InlineData("/org/briefings", "/org/briefings/")]
    public void Should_start_and_end_the_base_path_with_a_slash_When_given_a_path(string basePath, string expected)
    {
        Assert.Equal(expected, new Urls(basePath).BasePath);
    }

    [Theory]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("   ", "/")]
    [InlineData("/", "/")]
    [InlineData("briefings", "/briefings/")]
    [InlineData("/briefings", "/briefings/")]
    [InlineData("https://example.org/briefings/", "/briefings/")]
    [InlineData("https://example.org/briefings", "/briefings/")]
    [InlineData("http://localhost:8080/preview/site", "/preview/site/")]
    [InlineData("https://example.org", "/")]
    [InlineData("https://example.org/", "/")]
    public void Should_take_only_the_path_When_the_base_url_is_a_full_url_or_a_path(string? baseUrl, string expected)
    {
        Assert.Equal(expected, Urls.FromBaseUrl(baseUrl).BasePath);
    }

    [Theory]
    [InlineData(ContentKind.Article, "pakistan-russia-talks", "/briefings/articles/pakistan-russia-talks/")]
    [InlineData(ContentKind.Note, "what-it-means", "/briefings/notes/what-it-means/")]
    [InlineData(ContentKind.Meeting, "pakistan-russia-jwg-ct-7", "/briefings/meetings/pakistan-russia-jwg-ct-7/")]
    [InlineData(ContentKind.Group, "islamic-state", "/briefings/groups/islamic-state/")]
    [InlineData(ContentKind.Person, "sergey-lavrov", "/briefings/people/sergey-lavrov/")]
    [InlineData(ContentKind.Country, "pakistan", "/briefings/countries/pakistan/")]
    [InlineData(ContentKind.Topic, "counter-terrorism", "/briefings/topics/counter-terrorism/")]
    public void Should_link_each_entity_under_its_section_and_the_base_path_When_an_href_is_made(ContentKind kind, string slug, string expected)
    {
        // Given
        var urls = new Urls("/briefings/");

        // Then
        Assert.Equal(expected, urls.Entity(kind, slug));
        Assert.Equal(expected, urls.Entity(new EntityKey(kind, slug)));
    }

    [Theory]
    [InlineData(ContentKind.Article, 1, "/briefings/articles/")]
    [InlineData(ContentKind.Article, 0, "/briefings/articles/")]
    [InlineData(ContentKind.Article, 2, "/briefings/articles/page/2/")]
    [InlineData(ContentKind.Person, 1, "/briefings/people/")]
    [InlineData(ContentKind.Country, 12, "/briefings/countries/page/12/")]
    public void Should_link_the_section_page_When_a_list_is_paginated(ContentKind kind, int page, string expected)
    {
        Assert.Equal(expected, new Urls("/briefings/").Section(kind, page));
    }

    [Fact]
    public void Should_link_home_series_and_assets_under_the_base_path_When_hrefs_are_made()
    {
        // Given
        var urls = new Urls("briefings");

        // Then
        Assert.Equal("/briefings/", urls.Home);
        Assert.Equal("/briefings/meetings/series/pakistan-russia-jwg-ct/", urls.Series("pakistan-russia-jwg-ct"));
        Assert.Equal("/briefings/assets/site.css", urls.Asset("site.css"));
        Assert.Equal("/briefings/feed.xml", urls.Href("feed.xml"));
    }

    [Fact]
    public void Should_link_from_the_root_When_there_is_no_base_path()
    {
        var urls = new Urls("/");

        Assert.Equal("/", urls.Home);
        Assert.Equal("/countries/pakistan/", urls.Entity(ContentKind.Country, "pakistan"));
    }

    [Theory]
    [InlineData("", "index.html")]
    [InlineData("articles/x/", "articles/x/index.html")]
    [InlineData("meetings/series/pakistan-russia-jwg-ct/", "meetings/series/pakistan-russia-jwg-ct/index.html")]
    [InlineData("feed.xml", "feed.xml")]
    [InlineData("404.html", "404.html")]
    [InlineData("assets/site.css", "assets/site.css")]
    public void Should_write_folder_pages_as_index_html_When_mapping_a_path_to_a_file(string path, string expected)
    {
        Assert.Equal(expected, Urls.FileOf(path));
    }

    [Theory]
    [InlineData("old/story/", "old/story/", "old/story/index.html")]
    [InlineData("/old/story/", "old/story/", "old/story/index.html")]
    [InlineData("/old/story", "old/story/", "old/story/index.html")]
    [InlineData("old", "old/", "old/index.html")]
    [InlineData("/2018/03/old-story.html", "2018/03/old-story.html", "2018/03/old-story.html")]
    [InlineData("legacy/Page.HTM", "legacy/Page.HTM", "legacy/Page.HTM")]
    [InlineData("v1.0/notes", "v1.0/notes/", "v1.0/notes/index.html")]
    public void Should_make_an_alias_a_folder_page_unless_it_names_an_html_file_When_mapping_it_to_a_path(string alias, string path, string file)
    {
        Assert.Equal(path, Urls.RedirectPath(alias));
        Assert.Equal(file, Urls.FileOf(Urls.RedirectPath(alias)));
    }
}
