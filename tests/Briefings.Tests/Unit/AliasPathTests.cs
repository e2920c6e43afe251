using Briefings.Content;

namespace Briefings.Tests.Unit;

public sealed class AliasPathTests
{
    [Theory]
    [InlineData("old-story")]
    [InlineData("/old-story/")]
    [InlineData("2018/03/old-story")]
    [InlineData("/articles/2018/old-story/")]
    public void Should_accept_a_site_path_When_it_is_lowercase_segments_between_single_slashes(string alias)
    {
        Assert.True(AliasPath.IsValid(alias));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("../../etc/passwd")]
    [InlineData("articles/../../x")]
    [InlineData("./x")]
    [InlineData("%2e%2e/%2e%2e/x")]
    [InlineData("..%2fx")]
    [InlineData("//evil.example/x")]
    [InlineData("x//y")]
    [InlineData("https://evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/etc/passwd\u0000")]
    [InlineData("C:\\Windows\\x")]
    [InlineData("old story")]
    [InlineData("Old-Story")]
    [InlineData("старая-статья")]
    [InlineData("old.html")]
    public void Should_refuse_an_alias_When_it_could_leave_the_site_or_is_not_a_plain_path(string alias)
    {
        Assert.False(AliasPath.IsValid(alias));
    }

    [Fact]
    public void Should_refuse_an_alias_When_it_is_longer_than_the_limit()
    {
        Assert.False(AliasPath.IsValid(string.Join('/', Enumerable.Repeat("abcdefghi", 31))));
    }
}
