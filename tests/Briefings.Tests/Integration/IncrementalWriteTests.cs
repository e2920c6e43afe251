using Briefings.Tests.Support;

namespace Briefings.Tests.Integration;

/// <summary>
/// The write stage keeps the site before the current one as <c>_site.previous</c> and brings that folder up to date
/// instead of writing a new one: only files whose bytes changed are written, and the result is always exactly what a
/// build into an empty folder produces.
/// </summary>
public sealed class IncrementalWriteTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly TestSite _site = new TestSite()
        .With("groups/islamic-state.md", Files.Group("Islamic State"))
        .With("articles/2018/one.md", Files.Article("One", extra: "groups: [islamic-state]"))
        .With("articles/2018/two.md", Files.Article("Two", body: "The first body."));

    public void Dispose() => _site.Dispose();

    private string Previous => _site.Output + ".previous";

    [Fact]
    public void Should_write_only_the_files_whose_bytes_changed_When_one_article_body_is_edited()
    {
        // Given a site built twice (so both buffers exist), with every file's time set far back
        _site.BuildClean();
        _site.BuildClean();
        Touch(_site.Output, LongAgo);
        Touch(Previous, LongAgo);

        // When one article's body changes
        _site.With("articles/2018/two.md", Files.Article("Two", body: "A second, longer body."));
        var result = _site.BuildClean();

        // Then its page is rewritten, and the pages that do not show the body keep their old files
        Assert.Contains("A second, longer body.", _site.Page("articles/two/"));
        Assert.True(File.GetLastWriteTimeUtc(Path.Combine(_site.Output, "articles/two/index.html")) > LongAgo);
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(_site.Output, "countries/pakistan/index.html")));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(_site.Output, "groups/islamic-state/index.html")));
        var changes = Assert.IsType<Output.SyncReport>(result.Changes);
        Assert.InRange(changes.Written, 1, 10);
        Assert.Equal(result.FilesWritten, changes.Written + changes.Unchanged);
    }

    [Fact]
    public void Should_not_read_its_own_output_as_content_When_the_output_folder_is_inside_the_input_folder()
    {
        // Given an output folder inside the input folder, built twice (so the kept previous site is there too)
        var output = Path.Combine(_site.Input, "_site");
        var build = () => new Briefings.Building.SiteBuilder(new Briefings.Building.BuildOptions(_site.Input, output)).Build();
        Assert.True(build().Succeeded);
        Assert.True(build().Succeeded);

        // When it is built again
        var third = build();

        // Then none of its pages is taken for a stray input file, and nothing changed
        Assert.True(third.Succeeded, string.Join("\n", third.Diagnostics));
        Assert.DoesNotContain(third.Diagnostics, d => d.Location.Path.StartsWith("_site", StringComparison.Ordinal));
        Assert.Equal(0, Assert.IsType<Output.SyncReport>(third.Changes).Written);
        Assert.True(Directory.Exists(output + ".previous"));
    }

    [Fact]
    public void Should_keep_the_site_before_the_current_one_When_a_build_stops_on_content_errors()
    {
        // Given a site built twice, so the site before the current one is kept beside it
        _site.BuildClean();
        _site.BuildClean();
        var kept = ContentErrorTests.Snapshot(Previous);

        // When a build stops on a content error (the staging folder is made while the input is read)
        _site.With("articles/2018/broken.md", "---\ntitle: [unclosed\n---\nBody.\n");
        var failed = _site.Build();

        // Then the kept site is still there, as it was, and nothing is left half-made
        Assert.False(failed.Succeeded);
        Assert.Equal(kept, ContentErrorTests.Snapshot(Previous));
        Assert.False(Directory.Exists(_site.Output + ".staging"));

        // And the next good build brings it up to date instead of writing every file
        _site.Without("articles/2018/broken.md");
        var changes = Assert.IsType<Output.SyncReport>(_site.Build().Changes);
        Assert.Equal(0, changes.Written);
    }

    [Fact]
    public void Should_keep_the_site_before_the_current_one_beside_it_When_a_build_succeeds()
    {
        _site.BuildClean();
        var first = ContentErrorTests.Snapshot(_site.Output);

        _site.With("articles/2018/three.md", Files.Article("Three")).BuildClean();

        Assert.Equal(first, ContentErrorTests.Snapshot(Previous));
        Assert.True(_site.HasPage("articles/three/"));
    }

    [Fact]
    public void Should_produce_exactly_what_a_build_into_an_empty_folder_does_When_content_was_removed_and_added()
    {
        // Given two builds, then an article removed and another added
        _site.BuildClean();
        _site.With("articles/2018/three.md", Files.Article("Three")).BuildClean();
        _site.Without("articles/2018/one.md").With("articles/2018/four.md", Files.Article("Four"));

        // When it is built into the reused folder and, separately, into an empty one
        var result = _site.BuildClean();
        using var fresh = new TestSite();
        CopyFolder(_site.Input, fresh.Input);
        fresh.BuildClean();

        // Then the two sites are identical: nothing of the removed article lingers
        Assert.Equal(ContentErrorTests.Snapshot(fresh.Output), ContentErrorTests.Snapshot(_site.Output));
        Assert.False(_site.HasPage("articles/one/"));
        Assert.True(result.Changes!.Removed > 0);
    }

    [Fact]
    public void Should_remove_a_symbolic_link_in_the_previous_folder_without_writing_through_it()
    {
        // Given a previous folder holding a link, where the site has a folder, to a folder outside the site
        _site.BuildClean();
        _site.BuildClean();
        var outside = Path.Combine(_site.Root, "outside");
        Directory.CreateDirectory(outside);
        Directory.Delete(Path.Combine(Previous, "articles"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(Previous, "articles"), outside);

        // When the site is built again
        _site.BuildClean();

        // Then the site is whole and nothing was written outside it
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
        Assert.True(_site.HasPage("articles/one/"));
        Assert.Null(new DirectoryInfo(Path.Combine(_site.Output, "articles")).LinkTarget);
    }

    [Fact]
    public void Should_never_write_into_the_target_When_the_previous_folder_itself_is_a_link()
    {
        _site.BuildClean();
        var outside = Path.Combine(_site.Root, "outside");
        Directory.CreateDirectory(outside);
        Directory.CreateSymbolicLink(Previous, outside);

        _site.BuildClean();

        Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
        Assert.True(_site.HasPage("articles/one/"));
    }

    private static void Touch(string root, DateTime time)
    {
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, time);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
