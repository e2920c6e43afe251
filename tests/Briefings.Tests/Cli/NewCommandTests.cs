using Briefings.Tests.Support;
using Briefings.Tests.Unit;

namespace Briefings.Tests.Cli;

/// <summary><c>briefings new</c>: a file at the right path that <c>check</c> accepts, pointing editors at its schema.</summary>
public sealed class NewCommandTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_write_a_draft_article_under_its_year_that_check_passes_with_placeholder_warnings()
    {
        // When
        var (code, stdout, _) = Support.Cli.Run("new", "article", "Pakistan, Russia hold talks", "--input", _site.Input, "--date", "2018-03-21");

        // Then
        Assert.Equal(0, code);
        var file = Path.Combine(_site.Input, "articles/2018/pakistan-russia-hold-talks.md");
        Assert.Contains($"created {file}", stdout);
        var lines = File.ReadAllLines(file);
        Assert.Equal("---", lines[0]);
        Assert.Equal("# yaml-language-server: $schema=../../.schemas/article.schema.json", lines[1]);
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(file)!, "../../.schemas/article.schema.json")));
        Assert.Contains("date: 2018-03-21", lines[3]);
        Assert.Contains("status: draft", File.ReadAllText(file));

        var (checkCode, _, stderr) = Support.Cli.Run("check", "--input", _site.Input);
        Assert.Equal(0, checkCode);
        Assert.Contains("8:10: warning BRF213: 'summary' is still a placeholder", stderr);
        Assert.Contains("6:9: warning BRF213: 'source.name' is still a placeholder", stderr);
        Assert.DoesNotContain("error", stderr);
    }

    [Theory]
    [InlineData("article", "articles/2018/talks-in-moscow.md")]
    [InlineData("note", "notes/talks-in-moscow.md")]
    [InlineData("meeting", "meetings/talks-in-moscow.md")]
    [InlineData("group", "groups/talks-in-moscow.md")]
    [InlineData("person", "people/talks-in-moscow.md")]
    public void Should_write_front_matter_that_check_and_the_schema_accept_When_making_any_kind(string kind, string path)
    {
        // When
        var (code, _, _) = Support.Cli.Run("new", kind, "Talks in Moscow", "--input", _site.Input, "--date", "2018-03");

        // Then
        Assert.Equal(0, code);
        var text = File.ReadAllText(Path.Combine(_site.Input, path));
        Assert.Empty(FrontMatterSchemaTests.Validate(path, text));
        var (checkCode, _, stderr) = Support.Cli.Run("check", "--input", _site.Input, "--drafts");
        Assert.Equal(0, checkCode);
        Assert.DoesNotContain(": error ", stderr);
    }

    [Fact]
    public void Should_refuse_to_overwrite_When_the_slug_is_taken_in_any_year()
    {
        // Given
        _site.With("articles/2017/talks.md", "original");

        // When
        var (code, stdout, stderr) = Support.Cli.Run("new", "article", "Talks", "--input", _site.Input, "--date", "2018");

        // Then
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains("briefings new: article 'talks' already exists (articles/2017/talks.md); edit it, or choose another title", stderr);
        Assert.Equal("original", File.ReadAllText(Path.Combine(_site.Input, "articles/2017/talks.md")));
        Assert.False(File.Exists(Path.Combine(_site.Input, "articles/2018/talks.md")));
    }

    [Fact]
    public void Should_point_at_the_repository_schema_When_the_input_folder_is_inside_a_checkout()
    {
        // Given
        var schemas = Path.Combine(_site.Root, "src/Briefings/Schemas");
        Directory.CreateDirectory(schemas);
        File.WriteAllText(Path.Combine(schemas, "person.schema.json"), "{}");

        // When
        Support.Cli.Run("new", "person", "Ilya Rogachev", "--input", _site.Input);

        // Then
        var lines = File.ReadAllLines(Path.Combine(_site.Input, "people/ilya-rogachev.md"));
        Assert.Equal("# yaml-language-server: $schema=../../src/Briefings/Schemas/person.schema.json", lines[1]);
        Assert.Equal("name: \"Ilya Rogachev\"", lines[2]);
        Assert.False(Directory.Exists(Path.Combine(_site.Input, ".schemas")));
    }

    [Theory]
    [InlineData("new", "ntoe", "Title")]
    [InlineData("new", "article")]
    [InlineData("new", "article", "Title", "--date", "March 2018")]
    [InlineData("new", "article", "")]
    [InlineData("new", "article", "!!!")]
    [InlineData("new", "article", "Title", "--slug", "Not A Slug")]
    public void Should_exit_2_with_usage_When_the_command_line_is_wrong(params string[] args)
    {
        // When
        var (code, _, stderr) = Support.Cli.Run([.. args, "--input", _site.Input]);

        // Then
        Assert.Equal(2, code);
        Assert.Contains("usage: briefings new", stderr);
    }

    [Fact]
    public void Should_suggest_the_kind_When_it_is_misspelt()
    {
        // When
        var (_, _, stderr) = Support.Cli.Run("new", "ntoe", "Title", "--input", _site.Input);

        // Then
        Assert.Contains("cannot make a new 'ntoe'; did you mean 'note'?", stderr);
    }

    [Fact]
    public void Should_ask_for_a_slug_and_take_one_When_a_title_has_no_ascii_letters()
    {
        // When a title gives no slug
        var (code, _, stderr) = Support.Cli.Run("new", "meeting", "日本語の会議", "--input", _site.Input);

        // Then it says how to give one
        Assert.Equal(2, code);
        Assert.Contains("'日本語の会議' gives no slug (it is made of the title's ASCII letters and digits); give one with --slug", stderr);

        // When one is given
        (code, _, _) = Support.Cli.Run("new", "meeting", "日本語の会議", "--slug", "tokyo-talks", "--input", _site.Input);

        // Then the file has that name and the title as written
        Assert.Equal(0, code);
        Assert.Contains("title: \"日本語の会議\"", File.ReadAllText(Path.Combine(_site.Input, "meetings/tokyo-talks.md")));
    }
}
