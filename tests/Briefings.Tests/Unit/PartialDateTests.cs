using Briefings.Content;

namespace Briefings.Tests.Unit;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2018-03-22", 2018, 3, 22)]
    [InlineData("2018-03", 2018, 3, null)]
    [InlineData("2018", 2018, null, null)]
    [InlineData("2020-02-29", 2020, 2, 29)]
    [InlineData(" 2018-03 ", 2018, 3, null)]
    public void Should_keep_the_precision_written_When_date_is_valid(string text, int year, int? month, int? day)
    {
        // When
        var parsed = PartialDate.TryParse(text, out var date, out var error);

        // Then
        Assert.True(parsed, error);
        Assert.Equal(new PartialDate(year, month, day), date);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData("2018-02-30", "is not a day of February 2018")]
    [InlineData("2019-02-29", "is not a day of February 2019")]
    [InlineData("2018-03-00", "is not a day of March 2018")]
    [InlineData("0000-00-00", "year 0000")]
    [InlineData("2018-13", "month 13")]
    [InlineData("2018-00", "month 00")]
    [InlineData("18-03-01", "write YYYY-MM-DD, YYYY-MM or YYYY")]
    [InlineData("2018-3-1", "write YYYY-MM-DD, YYYY-MM or YYYY")]
    [InlineData("2018-03-22-01", "write YYYY-MM-DD, YYYY-MM or YYYY")]
    [InlineData("2018/03/22", "write YYYY-MM-DD, YYYY-MM or YYYY")]
    [InlineData("March 2018", "write YYYY-MM-DD, YYYY-MM or YYYY")]
    [InlineData("", "write YYYY-MM-DD, YYYY-MM or YYYY")]
    public void Should_explain_the_problem_When_date_is_invalid(string text, string problem)
    {
        // When
        var parsed = PartialDate.TryParse(text, out _, out var error);

        // Then
        Assert.False(parsed);
        Assert.Contains(problem, error, StringComparison.Ordinal);
        Assert.Contains($"'{text}'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_reject_the_date_When_text_is_null()
    {
        var parsed = PartialDate.TryParse(null, out _, out var error);

        Assert.False(parsed);
        Assert.Contains("is not a date", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2018-03-22", "22 March 2018")]
    [InlineData("2018-03-02", "2 March 2018")]
    [InlineData("2018-12-31", "31 December 2018")]
    [InlineData("2018-03", "March 2018")]
    [InlineData("2018-01", "January 2018")]
    [InlineData("2018", "2018")]
    public void Should_show_only_what_is_known_When_displayed_to_a_reader(string text, string expected)
    {
        Assert.Equal(expected, Parse(text).Display);
    }

    [Theory]
    [InlineData("2018-03-02", "2018-03-02")]
    [InlineData("2018-03", "2018-03")]
    [InlineData("2018", "2018")]
    public void Should_write_iso_form_as_precise_as_known_When_used_in_machine_readable_output(string text, string expected)
    {
        var date = Parse(text);

        Assert.Equal(expected, date.Iso);
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("2017-12-31", "2018")]
    [InlineData("2018", "2018-01")]
    [InlineData("2018", "2018-01-01")]
    [InlineData("2018-03", "2018-03-01")]
    [InlineData("2018-03-31", "2018-04")]
    [InlineData("2018-03-09", "2018-03-10")]
    [InlineData("2018-02", "2018-10")]
    public void Should_order_the_earlier_date_first_When_compared(string earlierText, string laterText)
    {
        // Given
        var earlier = Parse(earlierText);
        var later = Parse(laterText);

        // Then
        Assert.True(earlier.CompareTo(later) < 0);
        Assert.True(later.CompareTo(earlier) > 0);
        Assert.True(earlier < later);
        Assert.True(earlier <= later);
        Assert.True(later > earlier);
        Assert.True(later >= earlier);
        Assert.False(earlier > later);
        Assert.False(earlier >= later);
    }

    [Theory]
    [InlineData("2018-03-22")]
    [InlineData("2018-03")]
    [InlineData("2018")]
    public void Should_be_equal_When_same_date_is_written_with_same_precision(string text)
    {
        var a = Parse(text);
        var b = Parse(text);

        Assert.Equal(0, a.CompareTo(b));
        Assert.True(a == b);
        Assert.True(a <= b);
        Assert.True(a >= b);
        Assert.False(a < b);
    }

    [Fact]
    public void Should_not_equal_a_full_date_When_only_the_month_is_known()
    {
        Assert.NotEqual(Parse("2018-03-01"), Parse("2018-03"));
        Assert.NotEqual(Parse("2018-01"), Parse("2018"));
    }

    [Fact]
    public void Should_sort_mixed_precision_dates_year_then_month_then_day_When_ordered()
    {
        // Given
        string[] written = ["2018-03-22", "2018", "2019", "2018-03", "2017-12-31", "2018-03-01", "2018-02"];

        // When
        var sorted = written.Select(Parse).Order().Select(d => d.Iso);

        // Then
        Assert.Equal(["2017-12-31", "2018", "2018-02", "2018-03", "2018-03-01", "2018-03-22", "2019"], sorted);
    }

    private static PartialDate Parse(string text)
    {
        Assert.True(PartialDate.TryParse(text, out var date, out var error), error);
        return date;
    }
}
