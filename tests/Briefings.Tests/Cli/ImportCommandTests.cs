using Briefings.Tests.Importing;

namespace Briefings.Tests.Cli;

/// <summary><c>briefings import</c>: writes a draft, reports what it detected and why, and leaves check something to say.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly Support.TestSite _site = ImportSite.Create();
    private readonly string _raw = Path.Combine(AppContext.BaseDirectory, "Importing", "Data", "wire-story.txt");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_write_a_draft_and_report_each_detection_with_its_reason()
    {
        // When
        var (code, stdout, _) = Support.Cli.Run("import", _raw, "--input", _site.Input, "--date", "2022-05-17");

        // Then
        Assert.Equal(0, code);
        var path = Path.Combine(_site.Input, "articles/2022/afghan-and-uzbek-officials-agree-to-tighten-border-checks.md");
        Assert.Contains($"created {path} (draft)", stdout);
        Assert.Contains("  date:      2022-05-17 (--date)", stdout);
        Assert.Contains("  source:    Reuters (agency in the dateline \"KABUL (Reuters) -\")", stdout);
        Assert.Contains("  dateline:  Kabul (\"KABUL (Reuters) -\" opens the first paragraph)", stdout);
        Assert.Contains("  countries: afghanistan (dateline Kabul, Afghan ×3, Afghanistan ×2, Kabul ×2), uzbekistan (Uzbekistan ×2)", stdout);
        Assert.Contains("  meetings:  afghanistan-uzbekistan-bsc-3 (\"The agreement was reached at the third meeting", stdout);
        var text = File.ReadAllText(path);
        Assert.Contains("status: draft", text);
        Assert.Contains("meetings: [afghanistan-uzbekistan-bsc-3]", text);

        var (checkCode, _, stderr) = Support.Cli.Run("check", "--input", _site.Input, "--drafts");
        Assert.Equal(0, checkCode);
        Assert.Contains("warning BRF213: 'summary' is still a placeholder", stderr);
    }

    [Fact]
    public void Should_leave_the_date_for_check_to_report_When_the_text_has_none()
    {
        // Given
        var seed = Path.Combine(AppContext.BaseDirectory, "Importing", "Data", "pakistan-russia-is-threat.txt");

        // When
        var (code, stdout, _) = Support.Cli.Run("import", seed, "--input", _site.Input, "--source-name", "The Kashmir Monitor");

        // Then
        Assert.Equal(0, code);
        Assert.Contains("  date:      not found: set 'date'", stdout);
        Assert.Contains($"created {Path.Combine(_site.Input, "articles/undated/pakistan-russia-concerned-over-growing-is-threat.md")} (draft)", stdout);
        Assert.False(Directory.Exists(Path.Combine(_site.Input, "articles", DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Contains("  source:    The Kashmir Monitor (--source-name)", stdout);
        var (checkCode, _, stderr) = Support.Cli.Run("check", "--input", _site.Input);
        Assert.Equal(1, checkCode);
        Assert.Contains(":4:7: error BRF209: 'date': 'TODO' is not a date", stderr);
    }

    [Fact]
    public void Should_keep_the_page_text_out_of_the_draft_and_warn_When_a_published_body_repeats_40_words_of_it()
    {
        // Given: a page imported, then published with the source pasted in as its body
        var page = Path.Combine(AppContext.BaseDirectory, "Importing", "Data", "html", "news-page.html");
        var (code, stdout, _) = Support.Cli.Run("import", page, "--input", _site.Input);
        Assert.Equal(0, code);
        Assert.Contains("  topics:    none suggested", stdout);
        const string Slug = "uzbek-and-afghan-officials-agree-on-border-patrols";
        var draft = Path.Combine(_site.Input, "articles/2022", Slug + ".md");
        var source = File.ReadAllText(Path.Combine(_site.Input, ".briefings/sources", Slug + ".txt"));
        Assert.Contains("Officials said the patrols were meant to stop smuggling", source);
        Assert.DoesNotContain("Officials said the patrols were meant to stop smuggling", File.ReadAllText(draft));
        var frontMatter = File.ReadAllText(draft).Split("\n---\n")[0]
            .Replace("status: draft", "", StringComparison.Ordinal)
            .Replace("TODO: put the lead in your own words: ", "", StringComparison.Ordinal);
        var copied = string.Join("\n\n", source.Split("\n\n").Skip(2));

        // When
        File.WriteAllText(draft, frontMatter + "\n---\n\n" + copied);
        var (_, _, copiedErr) = Support.Cli.Run("check", "--input", _site.Input);
        File.WriteAllText(draft, frontMatter + "\n---\n\nThe two countries agreed on joint river patrols; the Uzbek side said the commission \"will meet again next year in Termez\".\n");
        var (_, _, quotedErr) = Support.Cli.Run("check", "--input", _site.Input);

        // Then
        Assert.Contains($"{Slug}.md:18:1: warning BRF503", copiedErr);
        Assert.Contains("warning BRF503: the body repeats 136 consecutive words of its imported source (.briefings/sources/" + Slug + ".txt), from \"kabul afghanistan and uzbekistan agreed on …\"", copiedErr);
        Assert.DoesNotContain("BRF503", quotedErr);
    }

    [Fact]
    public void Should_refuse_to_overwrite_an_article_with_the_same_slug()
    {
        // Given
        Support.Cli.Run("import", _raw, "--input", _site.Input, "--date", "2022");

        // When
        var (code, _, stderr) = Support.Cli.Run("import", _raw, "--input", _site.Input, "--date", "2023");

        // Then
        Assert.Equal(1, code);
        Assert.Contains("already exists (articles/2022/afghan-and-uzbek-officials-agree-to-tighten-border-checks.md)", stderr);
    }

    [Fact]
    public void Should_refuse_a_file_that_is_not_utf8_and_say_where_When_importing()
    {
        // Given a raw article saved as Latin-1 ("Café" with é as the single byte 0xE9)
        var raw = Path.Combine(_site.Root, "latin1.txt");
        File.WriteAllBytes(raw, [.. "Caf"u8, 0xE9, .. " talks in Islamabad\nText about Pakistan.\n"u8]);

        // When
        var (code, _, stderr) = Support.Cli.Run("import", raw, "--input", _site.Input);

        // Then: no draft with a replacement character, but the loader's own error
        Assert.Equal(1, code);
        Assert.Contains($"{raw}:1:4: error BRF101: file is not valid UTF-8 (byte 0xE9 at offset 3); save it as UTF-8", stderr);
        Assert.False(Directory.Exists(Path.Combine(_site.Input, "articles", DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import", "/no/such/file.txt")]
    [InlineData("import", "FILE", "--url", "ftp://example.com/x")]
    public void Should_exit_2_with_usage_When_the_command_line_is_wrong(params string[] args)
    {
        // When
        var (code, _, stderr) = Support.Cli.Run([.. args.Select(a => a == "FILE" ? _raw : a), "--input", _site.Input]);

        // Then
        Assert.Equal(2, code);
        Assert.Contains("usage: briefings import", stderr);
    }
}
