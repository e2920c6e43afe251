using Briefings.Building;
using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Integration;

/// <summary>
/// A symbolic link could bring any file of the machine into a public site. In a theme folder it is refused; in the
/// input folder it is skipped, each with a warning at the link.
/// </summary>
public sealed class SymbolicLinkTests : IDisposable
{
    private readonly TestSite _site = new TestSite().With("articles/2018/talks.md", Files.Article("Talks"));
    private readonly string _outside = Directory.CreateTempSubdirectory("briefings-outside-").FullName;

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    [Fact]
    public void Should_refuse_the_theme_at_each_link_and_copy_nothing_of_it_When_a_theme_file_or_folder_is_a_symbolic_link()
    {
        // Given a theme whose assets link to a secret file and a folder outside it
        var secret = Path.Combine(_outside, "secret.txt");
        File.WriteAllText(secret, "secret-token-123");
        var theme = _site.CopyOfDefaultTheme();
        File.CreateSymbolicLink(Path.Combine(theme, "assets", "passwd.txt"), secret);
        Directory.CreateSymbolicLink(Path.Combine(theme, "assets", "more"), _outside);

        // When
        var result = new SiteBuilder(new BuildOptions(_site.Input, _site.Output) { Theme = Templates.Theme.FromDirectory(theme) }).Build();

        // Then
        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.ThemeError).ToList();
        Assert.Equal(
            [Path.Combine(theme, "assets", "more").Replace('\\', '/'), Path.Combine(theme, "assets", "passwd.txt").Replace('\\', '/')],
            errors.Select(d => d.Location.Path));
        Assert.All(errors, d => Assert.Contains("is a symbolic link", d.Message));
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Should_build_without_the_linked_files_and_warn_at_each_link_When_the_input_has_symbolic_links()
    {
        // Given an article file and a folder of notes that are links to files outside the input folder
        var article = Path.Combine(_outside, "linked.md");
        File.WriteAllText(article, Files.Article("Linked from elsewhere"));
        Directory.CreateDirectory(Path.Combine(_outside, "notes"));
        File.WriteAllText(Path.Combine(_outside, "notes", "n.md"), Files.Note("Linked note"));
        File.CreateSymbolicLink(Path.Combine(_site.Input, "articles", "2018", "linked.md"), article);
        Directory.CreateSymbolicLink(Path.Combine(_site.Input, "notes"), Path.Combine(_outside, "notes"));

        // When
        var result = _site.BuildClean();

        // Then
        var warnings = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.SymbolicLink).ToList();
        Assert.Equal([new SourceLocation("articles/2018/linked.md", 1, 1), new SourceLocation("notes", 1, 1)], warnings.Select(d => d.Location));
        Assert.All(warnings, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.True(_site.HasPage("articles/talks/"));
        Assert.False(_site.HasPage("articles/linked/"));
        Assert.False(_site.HasPage("notes/n/"));
    }
}
