using Briefings.Output;

namespace Briefings.Tests.Unit;

/// <summary>
/// A folder holding an earlier site is brought to the new site's files: what the new site lacks goes (folders that end
/// up empty too), a file and a folder may trade places, and a rebuild of the same files writes and removes nothing.
/// </summary>
public sealed class FolderSyncTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "briefings-sync-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Should_remove_what_the_new_site_lacks_and_let_files_and_folders_trade_places()
    {
        // Given an earlier site: two pages, a file 'd', and a folder 'e' with a folder and a file inside
        Earlier("a/b/index.html", "c/index.html", "c/deep/more/x.txt", "d", "e/f/g.txt");

        // When the new site has the first page, a page in a folder 'd' and a file 'e'
        var sync = new FolderSync(_root);
        sync.Put("a/b/index.html", "a/b/index.html"u8);
        sync.Put("d/index.html", "new"u8);
        sync.Put("e", "new"u8);
        var report = sync.Finish();

        // Then the folder holds exactly those files, and no folder is left empty
        Assert.Equal(["a/b/index.html", "d/index.html", "e"], Files());
        Assert.Equal(["a", "a/b", "d"], Folders());
        Assert.Equal(new SyncReport(Written: 2, Unchanged: 1, Removed: 5), report);
    }

    [Fact]
    public void Should_write_and_remove_nothing_When_the_new_site_has_the_same_files()
    {
        // Given an earlier site
        Earlier("index.html", "a/b/index.html", "a/c/index.html", "feed.xml");

        // When the same files are put again
        var sync = new FolderSync(_root);
        foreach (var file in Files())
        {
            sync.Put(file, System.Text.Encoding.UTF8.GetBytes(file));
        }

        // Then nothing is written or removed
        Assert.Equal(new SyncReport(Written: 0, Unchanged: 4, Removed: 0), sync.Finish());
        Assert.Equal(["a/b/index.html", "a/c/index.html", "feed.xml", "index.html"], Files());
    }

    [Fact]
    public void Should_remove_a_folder_that_holds_only_empty_folders()
    {
        // Given an earlier site with a page, and a folder holding only an empty folder
        Earlier("index.html");
        Directory.CreateDirectory(Path.Combine(_root, "old", "empty"));

        // When the new site has the page only
        var sync = new FolderSync(_root);
        sync.Put("index.html", "index.html"u8);

        // Then both empty folders go
        Assert.Equal(new SyncReport(Written: 0, Unchanged: 1, Removed: 2), sync.Finish());
        Assert.Empty(Folders());
    }

    /// <summary>Each file holds its own path, so putting the path's bytes again leaves it unchanged.</summary>
    private void Earlier(params string[] files)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(_root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file);
        }
    }

    private List<string> Files() =>
        [.. Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories).Select(Relative).Order(StringComparer.Ordinal)];

    private List<string> Folders() =>
        [.. Directory.EnumerateDirectories(_root, "*", SearchOption.AllDirectories).Select(Relative).Order(StringComparer.Ordinal)];

    private string Relative(string path) => Path.GetRelativePath(_root, path).Replace(Path.DirectorySeparatorChar, '/');
}
