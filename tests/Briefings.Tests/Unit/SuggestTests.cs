using Briefings.Parsing;

namespace Briefings.Tests.Unit;

public sealed class SuggestTests
{
    private static readonly string[] Groups =
        ["islamic-state", "al-qaeda", "taliban", "tehrik-i-taliban-pakistan", "lashkar-e-taiba", "jaish-e-mohammed"];

    [Theory]
    [InlineData("islamic-state", "islamic-state", 0)]
    [InlineData("islamic-stat", "islamic-state", 1)]
    [InlineData("islamc-state", "islamic-state", 1)]
    [InlineData("islamic-statf", "islamic-state", 1)]
    [InlineData("titel", "title", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    public void Should_count_edits_with_transpositions_as_one_When_measuring_distance(string a, string b, int expected)
    {
        Assert.Equal(expected, Suggest.Distance(a, b));
        Assert.Equal(expected, Suggest.Distance(b, a));
    }

    [Theory]
    [InlineData("islamic-stat")]
    [InlineData("islamc-state")]
    [InlineData("islamic-sate")]
    [InlineData("islmaic-state")]
    public void Should_suggest_islamic_state_When_slug_is_a_typo_of_it(string typo)
    {
        Assert.Equal(["islamic-state"], Suggest.Closest(typo, Groups));
    }

    [Theory]
    [InlineData("hezbollah")]
    [InlineData("boko-haram")]
    [InlineData("xyz")]
    public void Should_suggest_nothing_When_no_candidate_is_close(string unrelated)
    {
        Assert.Empty(Suggest.Closest(unrelated, Groups));
    }

    [Fact]
    public void Should_suggest_only_the_closest_candidate_When_one_is_closer_than_the_others()
    {
        // Given: "taliban" matches exactly; "tehrik-i-taliban-pakistan" only contains it
        var closest = Suggest.Closest("taliban", Groups);

        // Then
        Assert.Equal(["taliban"], closest);
    }

    [Fact]
    public void Should_suggest_a_longer_slug_containing_the_word_When_nothing_is_a_near_typo()
    {
        Assert.Equal(["tehrik-i-taliban-pakistan"], Suggest.Closest("pakistan", Groups));
    }

    [Fact]
    public void Should_suggest_at_most_three_candidates_When_many_are_close()
    {
        string[] candidates = ["group-a", "group-b", "group-c", "group-d", "group-e"];

        Assert.Equal(3, Suggest.Closest("group", candidates).Count);
    }

    [Fact]
    public void Should_ask_did_you_mean_When_one_candidate_is_close()
    {
        Assert.Equal("; did you mean 'islamic-state'?", Suggest.DidYouMean("islamic-stat", Groups));
    }

    [Fact]
    public void Should_offer_each_candidate_in_order_When_several_are_equally_close()
    {
        Assert.Equal("; did you mean 'niger' or 'nigeria'?", Suggest.DidYouMean("nigeri", ["nigeria", "niger", "algeria"]));
    }

    [Fact]
    public void Should_add_nothing_When_no_candidate_is_close()
    {
        Assert.Equal("", Suggest.DidYouMean("hezbollah", Groups));
    }
}
