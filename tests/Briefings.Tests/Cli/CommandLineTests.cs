using Briefings.Cli;
using Briefings.Tests.Support;

namespace Briefings.Tests.Cli;

/// <summary>The <c>briefings</c> program as a contributor meets it: messages, exit codes 0 / 1 / 2.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .With("groups/islamic-state.md", Files.Group("Islamic State"));

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_exit_0_and_say_what_was_built_When_the_content_is_valid()
    {
        var (code, stdout, _) = Run("build", "--input", _site.Input, "--output", _site.Output, "--base-url", "/briefings/");

        Assert.Equal(0, code);
        Assert.Contains("built ", stdout);
        Assert.True(File.Exists(Path.Combine(_site.Output, "index.html")));
    }

    [Theory]
    [InlineData("build", "user.github.io/briefings/")]
    [InlineData("build", "ftp://example.org/briefings/")]
    [InlineData("build", "javascript:alert(1)")]
    [InlineData("serve", "briefings")]
    public void Should_exit_2_and_say_what_a_base_url_looks_like_When_it_is_neither_a_web_address_nor_a_path(string verb, string baseUrl)
    {
        string[] output = verb == "build" ? ["--output", _site.Output] : [];
        var (code, _, stderr) = Run([verb, "--input", _site.Input, .. output, "--base-url", baseUrl]);

        Assert.Equal(2, code);
        Assert.Contains($"--base-url must be an http or https URL such as https://user.github.io/briefings/ or a path such as /briefings/, not '{baseUrl}'", stderr);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Should_name_the_theme_file_as_typed_When_a_theme_folder_given_with_theme_has_an_error()
    {
        // Given a copy of the theme in a folder of the current folder, with a typo on line 1 of its article template
        using var site = new TestSite(parent: Environment.CurrentDirectory).With("articles/2018/a.md", Files.Article("A"));
        var theme = Path.GetRelativePath(Environment.CurrentDirectory, site.CopyOfDefaultTheme());
        File.WriteAllText(Path.Combine(theme, "pages", "article.html"), "{{ page.titel }}\n" + File.ReadAllText(Path.Combine(theme, "pages", "article.html")));

        // When
        var (code, _, stderr) = Run("build", "--input", site.Input, "--output", site.Output, "--theme", theme);

        // Then the error names that copy (not the repository's theme/ folder) as it was typed
        Assert.Equal(1, code);
        Assert.Contains(stderr.Split('\n'), line => line.StartsWith($"{theme}/pages/article.html:1:", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_exit_1_and_print_path_line_column_code_and_suggestion_When_a_slug_is_misspelt()
    {
        _site.With("articles/2018/typo.md", Files.Article("Typo", extra: "groups: [islamic-stat]"));

        var (code, _, stderr) = Run("build", "--input", _site.Input, "--output", _site.Output);

        Assert.Equal(1, code);
        var expectedPath = Path.Combine(_site.Input, "articles/2018/typo.md");
        Assert.Contains($"{expectedPath}:8:10: error BRF303: 'groups': no group 'islamic-stat'; did you mean 'islamic-state'?", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void Should_print_github_annotations_When_checking_with_format_github()
    {
        _site.With("articles/2018/typo.md", Files.Article("Typo", extra: "groups: [islamic-stat]"));

        var (code, stdout, _) = Run("check", "--input", _site.Input, "--format", "github");

        Assert.Equal(1, code);
        Assert.Matches(@"(?m)^::error file=[^,]+typo\.md,line=8,col=10,title=BRF303::'groups': no group 'islamic-stat'", stdout);
    }

    [Theory]
    [InlineData("bild")]
    [InlineData("build", "--ouput", "x")]
    [InlineData("build", "--input")]
    [InlineData("check", "--format", "xml")]
    [InlineData("build", "--input", "/no/such/folder")]
    [InlineData("serve", "--port", "http")]
    [InlineData("serve", "--port", "70000")]
    [InlineData("serve", "extra")]
    public void Should_exit_2_on_usage_errors(params string[] args)
    {
        var (code, _, stderr) = Run(args);

        Assert.Equal(2, code);
        Assert.Contains("usage:", stderr);
    }

    [Fact]
    public void Should_suggest_the_closest_option_When_an_option_is_misspelt()
    {
        var (_, _, stderr) = Run("build", "--ouput", "x");

        Assert.Contains("did you mean '--output'?", stderr);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("serve")]
    [InlineData("new")]
    [InlineData("import")]
    public void Should_print_each_verbs_usage_and_list_it_in_the_help_When_asked(string verb)
    {
        var (code, stdout, _) = Run(verb, "--help");
        var (helpCode, helpVerb, _) = Run("help", verb);
        var (_, help, _) = Run("--help");

        Assert.Equal((0, 0), (code, helpCode));
        Assert.StartsWith($"usage: briefings {verb} ", stdout, StringComparison.Ordinal);
        Assert.Equal(stdout, helpVerb);
        Assert.Contains($"\n  {verb} ", help);
    }

    [Fact]
    public void Should_print_the_version()
    {
        var (code, stdout, _) = Run("--version");

        Assert.Equal(0, code);
        Assert.Matches(@"^briefings \d+\.\d+\.\d+", stdout);
    }

    [Fact]
    public void Should_exit_2_and_leave_the_input_alone_When_the_output_folder_would_hold_the_input()
    {
        // Given: --output names the folder that holds input/ (as 'build --output .' from the repository would)
        var before = Directory.GetFiles(_site.Input, "*", SearchOption.AllDirectories).Length;

        // When
        var (code, _, stderr) = Run("build", "--input", _site.Input, "--output", _site.Root);

        // Then
        Assert.Equal(2, code);
        Assert.Contains("holds the input folder", stderr);
        Assert.Equal(before, Directory.GetFiles(_site.Input, "*", SearchOption.AllDirectories).Length);
        Assert.False(Directory.Exists(_site.Root + ".staging"));
    }

    [Theory]
    [InlineData("", "the output folder is empty")]
    [InlineData("  ", "the output folder is only spaces")]
    public void Should_exit_2_with_the_reason_When_the_output_folder_is_empty(string output, string reason)
    {
        var (code, _, stderr) = Run("build", "--input", _site.Input, "--output", output);

        Assert.Equal(2, code);
        Assert.Contains(reason, stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
