using Briefings.Building;
using Briefings.Diagnostics;
using Briefings.Templates;
using Briefings.Tests.Integration;
using Briefings.Tests.Support;

namespace Briefings.Tests.Hostile;

/// <summary>
/// A published site is never lost: whatever goes wrong in a later build — hostile content, a broken theme, an
/// exception in the middle of rendering or writing — the output folder keeps every byte it had.
/// </summary>
public sealed class PreservedOutputTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .With("groups/islamic-state.md", Files.Group("Islamic State"))
        .With("articles/2018/good.md", Files.Article("Good", extra: "groups: [islamic-state]"));

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_keep_every_byte_of_the_previous_site_When_each_failing_hostile_case_is_built_over_it()
    {
        // Given: a published site
        _site.BuildClean();
        var before = ContentErrorTests.Snapshot(_site.Output);
        var failing = 0;

        foreach (var name in HostileCase.All())
        {
            // When: the input is replaced by a hostile case and built into the same output folder
            using var hostile = new HostileCase(name).Prepare();
            var result = new SiteBuilder(new BuildOptions(hostile.Input, _site.Output)).Build();
            if (result.Succeeded)
            {
                _site.BuildClean();
                continue;
            }

            // Then
            failing++;
            Assert.True(before.SequenceEqual(ContentErrorTests.Snapshot(_site.Output)), $"case {name} changed the published site");
            Assert.False(Directory.Exists(_site.Output + ".staging"), $"case {name} left a staging folder");
        }

        Assert.True(failing >= 30, $"only {failing} cases failed to build");
    }

    [Fact]
    public void Should_keep_the_previous_site_When_a_theme_template_fails_while_rendering()
    {
        // Given
        _site.BuildClean();
        var before = ContentErrorTests.Snapshot(_site.Output);
        var theme = CopyOfDefaultTheme();
        File.AppendAllText(Path.Combine(theme, "pages", "article.html"), "{{ page.no_such_field }}");

        // When
        var result = new SiteBuilder(new BuildOptions(_site.Input, _site.Output) { Theme = Theme.FromDirectory(theme) }).Build();

        // Then
        var error = result.Single(DiagnosticCodes.ThemeError);
        Assert.Equal(Path.Combine(theme, "pages/article.html"), error.Location.Path);
        Assert.Equal(before, ContentErrorTests.Snapshot(_site.Output));
    }

    [Fact]
    public void Should_keep_the_previous_site_When_an_exception_is_thrown_in_the_middle_of_the_render_stage()
    {
        // Given: a theme whose stylesheet cannot be read (an I/O failure, not a content problem)
        _site.BuildClean();
        var before = ContentErrorTests.Snapshot(_site.Output);

        // When
        var build = () => new SiteBuilder(new BuildOptions(_site.Input, _site.Output) { Theme = new UnreadableAssets() }).Build();

        // Then
        Assert.Throws<IOException>(build);
        Assert.Equal(before, ContentErrorTests.Snapshot(_site.Output));
    }

    [Theory]
    [InlineData(".staging")]
    [InlineData(".previous")]
    public void Should_keep_the_previous_site_When_the_write_stage_fails(string suffix)
    {
        // Given: a file where the writer needs a folder
        _site.BuildClean();
        var before = ContentErrorTests.Snapshot(_site.Output);
        File.WriteAllText(_site.Output + suffix, "in the way");

        try
        {
            // When
            Assert.ThrowsAny<IOException>(() => _site.Build());

            // Then
            Assert.Equal(before, ContentErrorTests.Snapshot(_site.Output));
        }
        finally
        {
            File.Delete(_site.Output + suffix);
            if (Directory.Exists(_site.Output + ".staging"))
            {
                Directory.Delete(_site.Output + ".staging", recursive: true);
            }
        }
    }

    private string CopyOfDefaultTheme()
    {
        var root = Path.Combine(_site.Root, "theme");
        foreach (var file in Theme.Default.Files)
        {
            var target = Path.Combine(root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, Theme.Default.Read(file));
        }

        return root;
    }

    private sealed class UnreadableAssets : Theme
    {
        public override IReadOnlyList<string> Files => Default.Files;

        public override string Name => "unreadable assets";

        public override byte[] Read(string path) =>
            path.StartsWith("assets/", StringComparison.Ordinal) ? throw new IOException("disk error") : Default.Read(path);
    }
}
