using Briefings.Content;
using Briefings.Countries;

namespace Briefings.Tests.Unit;

public sealed class CountryCatalogTests
{
    private static readonly CountryCatalog Catalog = CountryCatalog.Default;

    [Fact]
    public void Should_hold_every_iso_3166_country_When_loaded()
    {
        Assert.Equal(249, Catalog.All.Count());
        Assert.Equal(249, Catalog.All.Select(c => c.Iso2).Distinct().Count());
        Assert.Equal(249, Catalog.All.Select(c => c.Iso3).Distinct().Count());
    }

    [Fact]
    public void Should_give_every_country_a_valid_slug_When_loaded()
    {
        Assert.All(Catalog.Slugs, slug => Assert.True(Slug.IsValid(slug), $"'{slug}' is not a valid slug"));
    }

    [Fact]
    public void Should_list_countries_in_slug_order_When_all_are_listed()
    {
        var slugs = Catalog.All.Select(c => c.Slug).ToList();

        Assert.Equal(slugs.Order(StringComparer.Ordinal), slugs);
    }

    [Fact]
    public void Should_know_pakistan_with_its_codes_capital_and_demonym_When_looked_up()
    {
        // When
        var pakistan = Catalog.Find("pakistan");

        // Then
        Assert.NotNull(pakistan);
        Assert.Equal("Pakistan", pakistan.Name);
        Assert.Equal("PK", pakistan.Iso2);
        Assert.Equal("PAK", pakistan.Iso3);
        Assert.Equal(["Islamabad"], pakistan.Capitals);
        Assert.Contains("Pakistani", pakistan.Demonyms);
    }

    [Fact]
    public void Should_know_the_common_short_names_When_looking_up_the_united_states()
    {
        // When
        var unitedStates = Catalog.Find("united-states");

        // Then
        Assert.NotNull(unitedStates);
        Assert.Equal("US", unitedStates.Iso2);
        Assert.Contains("US", unitedStates.Aliases);
        Assert.Contains("USA", unitedStates.Aliases);
        Assert.Contains("America", unitedStates.Aliases);
    }

    [Theory]
    [InlineData("pakistan", "\U0001F1F5\U0001F1F0")]
    [InlineData("russia", "\U0001F1F7\U0001F1FA")]
    [InlineData("afghanistan", "\U0001F1E6\U0001F1EB")]
    public void Should_show_the_flag_as_two_regional_indicators_When_a_country_is_displayed(string slug, string flag)
    {
        Assert.Equal(flag, Catalog.Find(slug)!.Flag);
    }

    [Theory]
    [InlineData("narnia")]
    [InlineData("Pakistan")]
    [InlineData("PK")]
    [InlineData("")]
    public void Should_find_nothing_When_the_slug_is_not_a_country_slug(string slug)
    {
        Assert.Null(Catalog.Find(slug));
    }
}
