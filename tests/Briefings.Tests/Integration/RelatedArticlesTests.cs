using System.Text.RegularExpressions;
using Briefings.Bench.Corpus;
using Briefings.Building;
using Briefings.Linking;
using Briefings.Tests.Support;

namespace Briefings.Tests.Integration;

/// <summary>
/// Related articles read a bounded number of coverage entries per article, rarest entities first: on a small site
/// that is every entry (the exact lists), and a country in every article does not crowd out a shared rare entity.
/// </summary>
public sealed partial class RelatedArticlesTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_relate_two_articles_by_the_person_they_share_When_a_country_is_in_every_article_and_the_budget_is_small()
    {
        // Given two old articles that share a person, and 40 newer ones that share only the country all of them have
        _site.With("people/sergey-lavrov.md", Files.Person("Sergey Lavrov", "country: russia\nrole: Foreign Minister"))
            .With("articles/2012/first-talks.md", Files.Article("First talks", "2012-01-05", "countries: [pakistan]\npeople: [sergey-lavrov]"))
            .With("articles/2012/second-talks.md", Files.Article("Second talks", "2012-02-05", "countries: [pakistan]\npeople: [sergey-lavrov]"));
        for (var i = 0; i < 40; i++)
        {
            _site.With($"articles/2020/story-{i:00}.md", Files.Article($"Story {i:00}", $"2020-01-{i % 28 + 1:00}", "countries: [pakistan]"));
        }

        // When it is built reading at most 10 coverage entries per article (fewer than the country's 42)
        var result = new SiteBuilder(new BuildOptions(_site.Input, _site.Output) { Search = false, RelatedBudget = 10 }).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        // Then the article that shares the person comes first, then the newest that share the country, as the exact method has them
        var related = Related("articles/first-talks/");
        Assert.Equal(["second-talks", "story-27", "story-26", "story-25", "story-24"], related);
        Assert.Equal(["first-talks", "story-27", "story-26", "story-25", "story-24"], Related("articles/second-talks/"));
    }

    [Fact]
    public void Should_give_the_exact_related_articles_When_every_coverage_list_fits_in_the_budget()
    {
        // Given a generated site of 400 articles (Zipf-skewed countries, groups, people, meetings and topics)
        new CorpusGenerator(400, seed: 7).Write(_site.Input);
        var site = new SiteBuilder(new BuildOptions(_site.Input, _site.Output)).Read(out var read);
        Assert.DoesNotContain(read.Diagnostics, d => d.IsError);

        // When related articles are computed with the default budget, with none, and with the records' version
        var coverage = site.Coverage;
        var exact = new CoverageIndex([.. site.AllDated], int.MaxValue).Related;
        var bounded = new CoverageIndex([.. site.AllDated]).Related;
        var small = new CoverageIndex([.. site.AllDated], 30).Related;

        // Then the default gives the exact lists, and a small budget the same lists over the records as over indexes
        foreach (var article in site.Articles)
        {
            Assert.Equal(exact[article.Slug], bounded[article.Slug]);
            Assert.Equal(small[article.Slug], RelatedArticles.For(article, coverage.KeysOf(article), coverage.Items, coverage.KeysOf, 30));
        }

        Assert.Contains(site.Articles, a => !small[a.Slug].SequenceEqual(exact[a.Slug]));
    }

    [Fact]
    public void Should_read_the_rarest_lists_whole_and_stop_at_the_budget()
    {
        // Given an article's entities: a common country (weight 1/log2(1001)), a person (2/log2(21)) and a meeting (3/log2(6))
        int[] sizes = [1000, 20, 5];
        double[] weights = [1 / Math.Log2(1001), 2 / Math.Log2(21), 3 / Math.Log2(6)];
        var takes = new int[3];

        // When 100 entries may be read
        RelatedArticles.Takes(sizes, weights, 100, takes);

        // Then the meeting and the person are read whole, and the newest 75 of the country's
        Assert.Equal([75, 20, 5], takes);
    }

    private List<string> Related(string page)
    {
        var html = _site.Page(page);
        html = html[html.IndexOf("Related articles", StringComparison.Ordinal)..];
        html = html[..html.IndexOf("</section>", StringComparison.Ordinal)];
        return [.. ArticleLink().Matches(html).Select(m => m.Groups[1].Value).Distinct()];
    }

    [GeneratedRegex("href=\"/[^\"]*articles/([a-z0-9-]+)/\"")]
    private static partial Regex ArticleLink();
}
