using System.Text.RegularExpressions;
using Briefings.Building;
using Briefings.Tests.Support;

namespace Briefings.Tests.Cli;

/// <summary><c>briefings check</c>: what build validates, without writing; annotations GitHub can parse.</summary>
public sealed partial class CheckCommandTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .With("groups/islamic-state.md", Files.Group("Islamic State", extra: "aliases: [IS]"))
        .With("articles/2018/typo.md", Files.Article("Typo", extra: "groups: [islamic-stat]\ntitel: x"))
        .With("articles/2018/mention.md", Files.Article("Pakistan talks", extra: "countries: [pakistan]", body: "IS is a threat in Afghanistan."))
        .With("notes/bad-date.md", Files.Note("Bad date", date: "2018-13"));

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_report_exactly_what_build_reports_without_writing_anything()
    {
        // When
        var check = new SiteBuilder(new BuildOptions(_site.Input, _site.Output)).Check();
        var build = new SiteBuilder(new BuildOptions(_site.Input, _site.Output)).Build();

        // Then
        Assert.Equal(build.Diagnostics, check.Diagnostics);
        Assert.Contains(check.Diagnostics, d => d.Code == "BRF207" && d.Message.EndsWith("did you mean 'title'?", StringComparison.Ordinal));
        Assert.Contains(check.Diagnostics, d => d.Code == "BRF501");
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Should_print_one_parseable_github_annotation_per_diagnostic_with_properties_escaped()
    {
        // Given: a path with a comma and a message with a percent sign and a colon
        _site.With("articles/2018/a,b.md", Files.Article("A, B")).With("articles/2018/percent.md", Files.Article("Percent", extra: "ti%tle: x"));

        // When
        var (code, stdout, stderr) = Support.Cli.Run("check", "--input", _site.Input, "--format", "github");

        // Then
        Assert.Equal(1, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var annotations = lines.Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        Assert.Equal(lines.Length, annotations.Count);
        Assert.All(annotations, a => Assert.Matches(Annotation(), a));
        Assert.Contains(annotations, a => a.StartsWith("::error file=", StringComparison.Ordinal) && a.Contains("a%2Cb.md,line=1,col=1,title=BRF105::", StringComparison.Ordinal));
        Assert.Contains(annotations, a => a.Contains("title=BRF207::unknown field 'ti%25tle' for article", StringComparison.Ordinal));
        Assert.Contains(annotations, a => a.StartsWith("::warning file=", StringComparison.Ordinal) && a.Contains("title=BRF501::mentions Afghanistan", StringComparison.Ordinal));
        Assert.StartsWith("check failed:", stderr, StringComparison.Ordinal);
    }

    /// <summary>GitHub's workflow command: properties free of raw ',' ':' '%' and line breaks, then '::' and the message.</summary>
    [GeneratedRegex(@"^::(error|warning) file=([^,:%\r\n]|%2C|%3A|%25|%0D|%0A)+,line=\d+,col=\d+,title=BRF\d{3}::([^%\r\n]|%25|%0D|%0A)*$")]
    private static partial Regex Annotation();
}
