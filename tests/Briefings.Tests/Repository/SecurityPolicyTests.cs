using System.Text.RegularExpressions;
using Briefings.Tests.Integration;

namespace Briefings.Tests.Repository;

/// <summary>SECURITY.md says where each defence lives: every file and folder it names is there.</summary>
public sealed partial class SecurityPolicyTests
{
    [Fact]
    public void Should_name_only_files_that_exist_When_SECURITY_md_says_where_a_defence_lives()
    {
        var root = RealInputTests.RepoRoot();
        var text = File.ReadAllText(Path.Combine(root, ".github", "SECURITY.md"));

        var named = RepositoryPath().Matches(text).Select(m => m.Groups["path"].Value).Distinct().ToList();

        Assert.True(named.Count >= 15, $"only {named.Count} paths found: {string.Join(", ", named)}");
        Assert.All(named, path => Assert.True(Path.Exists(Path.Combine(root, path)), $"SECURITY.md names {path}, which does not exist"));
    }

    /// <summary>A backticked path from the repository's root: <c>`src/…`</c>, <c>`theme/…`</c>, <c>`tests/…`</c>, <c>`.github/…`</c>.</summary>
    [GeneratedRegex(@"`(?<path>(?:src|theme|tests|\.github|\.ci)/[^`\s]*)`")]
    private static partial Regex RepositoryPath();
}
