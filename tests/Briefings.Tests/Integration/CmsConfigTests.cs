using System.Text.Json.Nodes;
using Briefings.Content;
using Briefings.Tests.Support;

namespace Briefings.Tests.Integration;

/// <summary>
/// The content editor's configuration is made from the kinds and their schemas, and exists only when site.yml turns
/// it on. (The editor itself, in Chromium with Decap's local backend: <c>Browser/CmsEditorTests</c>.)
/// </summary>
public sealed class CmsConfigTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .With("articles/2018/talks.md", Files.Article("Talks in Islamabad", extra: "countries: [pakistan]"));

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_write_no_admin_folder_when_site_yml_does_not_turn_the_editor_on()
    {
        // When
        var result = _site.Build();

        // Then
        Assert.True(result.Succeeded);
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "admin")));
    }

    [Fact]
    public void Should_warn_and_write_no_admin_folder_when_the_editor_is_on_but_Decap_CMS_is_not_installed()
    {
        // Given
        _site.With("site.yml", "title: T\ncms:\n  repo: me/my-briefing\n");

        // When
        var result = _site.Build();

        // Then
        Assert.True(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.ToString().Contains("'cms' is on, but Decap CMS is not installed (run 'npm ci --prefix theme'", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "admin")));
    }

    [Fact]
    public void Should_report_a_cms_repo_that_is_not_owner_slash_name_at_its_place()
    {
        // Given
        _site.With("site.yml", "title: T\ncms:\n  repo: https://github.com/me/site\n");

        // When
        var result = _site.Build();

        // Then
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.ToString().Contains("site.yml:3:9: error BRF401: 'cms.repo' must be a GitHub repository as owner/name", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_make_a_collection_per_kind_with_pickers_selects_and_partial_dates_when_the_editor_is_on()
    {
        // Given: the editor on, and a stand-in for Decap CMS's files where npm puts them, beside input/
        var dist = Path.Combine(_site.Root, "theme", "node_modules", "decap-cms", "dist");
        Directory.CreateDirectory(dist);
        File.WriteAllText(Path.Combine(dist, "decap-cms.js"), "// the CMS");
        File.WriteAllText(Path.Combine(dist, "12.decap-cms.js"), "// a chunk");
        File.WriteAllText(Path.Combine(dist, "decap-cms.js.map"), "{}");
        _site.With("site.yml", "title: T\ntopics:\n  counter-terrorism: Counter-terrorism\ncms:\n  repo: me/my-briefing\n  branch: trunk\n");

        // When
        var result = _site.Build();

        // Then: the page, its policy, the CMS's own script, and the configuration
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = File.ReadAllText(Path.Combine(_site.Output, "admin", "index.html"));
        Assert.Contains("<script src=\"decap-cms.js\"></script>", page, StringComparison.Ordinal);
        Assert.Contains("script-src &#39;self&#39; &#39;unsafe-eval&#39;", page, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_site.Output, "admin", "decap-cms.js")));
        Assert.True(File.Exists(Path.Combine(_site.Output, "admin", "12.decap-cms.js")));
        Assert.False(File.Exists(Path.Combine(_site.Output, "admin", "decap-cms.js.map")));
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(_site.Output, "admin", "config.yml")))!;
        Assert.Equal("me/my-briefing", (string?)config["backend"]!["repo"]);
        Assert.Equal("trunk", (string?)config["backend"]!["branch"]);
        Assert.Equal("editorial_workflow", (string?)config["publish_mode"]);
        Assert.Null(config["local_backend"]); // build never points at a local backend; serve does
        var collections = config["collections"]!.AsArray().ToDictionary(c => (string)c!["name"]!);
        var withFiles = ContentKinds.All.Where(d => d.Folder is not null).Select(d => d.Plural);
        Assert.Equal(withFiles.Order(), collections.Keys.Order());
        Assert.Equal("input/articles", (string?)collections["articles"]!["folder"]);
        Assert.Equal("{{year}}/{{slug}}", (string?)collections["articles"]!["path"]);

        JsonNode Field(string collection, string name) => collections[collection]!["fields"]!.AsArray().Single(f => (string?)f!["name"] == name)!;
        Assert.Equal("relation", (string?)Field("articles", "groups")["widget"]);
        Assert.Equal("groups", (string?)Field("articles", "groups")["collection"]);
        Assert.Equal("articles", (string?)Field("notes", "about")["collection"]);
        Assert.Equal("select", (string?)Field("articles", "countries")["widget"]);
        Assert.Contains(Field("articles", "countries")["options"]!.AsArray(), o => (string?)o!["value"] == "pakistan" && (string?)o["label"] == "Pakistan");
        Assert.Equal(["counter-terrorism"], Field("articles", "topics")["options"]!.AsArray().Select(o => (string)o!["value"]!));
        Assert.Equal(["low", "moderate", "high"], Field("notes", "confidence")["options"]!.AsArray().Select(o => (string)o!));
        Assert.Equal("string", (string?)Field("articles", "date")["widget"]);
        Assert.Matches((string)Field("articles", "date")["pattern"]![0]!, "2018-03");
        Assert.True((bool)Field("articles", "title")["required"]!);
        Assert.False((bool)Field("articles", "dateline")["required"]!);
    }
}
