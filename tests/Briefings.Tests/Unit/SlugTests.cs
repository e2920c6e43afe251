using Briefings.Content;

namespace Briefings.Tests.Unit;

public sealed class SlugTests
{
    [Theory]
    [InlineData("pakistan")]
    [InlineData("pakistan-russia-jwg-ct-7")]
    [InlineData("islamic-state")]
    [InlineData("2018")]
    [InlineData("a")]
    [InlineData("g20")]
    public void Should_accept_the_slug_When_it_is_lowercase_ascii_letters_digits_and_single_hyphens(string slug)
    {
        Assert.True(Slug.IsValid(slug));
    }

    [Theory]
    [InlineData("Pakistan")]
    [InlineData("PAKISTAN")]
    [InlineData("pakistan--russia")]
    [InlineData("-pakistan")]
    [InlineData("pakistan-")]
    [InlineData("-")]
    [InlineData("pakistán")]
    [InlineData("côte-divoire")]
    [InlineData("../x")]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("%2e%2e")]
    [InlineData("a b")]
    [InlineData("a_b")]
    [InlineData("pakistan.md")]
    [InlineData("")]
    [InlineData(null)]
    public void Should_reject_the_slug_When_it_is_not_lowercase_ascii_with_single_hyphens(string? slug)
    {
        Assert.False(Slug.IsValid(slug));
    }

    [Fact]
    public void Should_accept_the_slug_When_it_is_exactly_the_maximum_length()
    {
        Assert.True(Slug.IsValid(new string('a', Slug.MaxLength)));
    }

    [Fact]
    public void Should_reject_the_slug_When_it_is_longer_than_100_characters()
    {
        Assert.Equal(100, Slug.MaxLength);
        Assert.False(Slug.IsValid(new string('a', 101)));
    }

    [Theory]
    [InlineData("Pakistan, Russia concerned over growing IS threat", "pakistan-russia-concerned-over-growing-is-threat")]
    [InlineData("Pakistan’s view", "pakistans-view")]
    [InlineData("7th Pakistan–Russia JWG on CT", "7th-pakistan-russia-jwg-on-ct")]
    [InlineData("  --Hello,   World!--  ", "hello-world")]
    [InlineData("Islamic State (IS/ISIS/ISIL)", "islamic-state-is-isis-isil")]
    public void Should_make_a_readable_slug_When_given_a_title(string title, string expected)
    {
        // When
        var slug = Slug.FromTitle(title);

        // Then
        Assert.Equal(expected, slug);
        Assert.True(Slug.IsValid(slug));
    }

    [Theory]
    [InlineData("Côte d'Ivoire", "cote-divoire")]
    [InlineData("Côte d’Ivoire", "cote-divoire")]
    [InlineData("São Tomé and Príncipe", "sao-tome-and-principe")]
    [InlineData("Türkiye", "turkiye")]
    public void Should_strip_accents_and_keep_the_letters_When_title_has_accented_letters(string title, string expected)
    {
        Assert.Equal(expected, Slug.FromTitle(title));
    }

    [Fact]
    public void Should_cut_at_the_maximum_length_without_a_trailing_hyphen_When_title_is_very_long()
    {
        // Given: a hyphen falls exactly on the cut
        var title = string.Join(" ", Enumerable.Repeat("abcdefghi", 20));

        // When
        var slug = Slug.FromTitle(title);

        // Then
        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.False(slug.EndsWith('-'));
        Assert.True(Slug.IsValid(slug));
        Assert.StartsWith("abcdefghi-abcdefghi-", slug, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_suggest_a_valid_slug_When_explaining_an_invalid_one()
    {
        // When
        var explanation = Slug.Explain("Pakistan Russia");

        // Then
        Assert.Contains("'Pakistan Russia' is not a valid slug", explanation, StringComparison.Ordinal);
        Assert.Contains("'pakistan-russia'", explanation, StringComparison.Ordinal);
    }
}
