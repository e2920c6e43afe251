using System.Text.RegularExpressions;
using Briefings.Bench.Corpus;
using Briefings.Building;
using Briefings.Building.Incremental;
using Briefings.Linking;
using Briefings.Tests.Support;

namespace Briefings.Tests.Integration;

/// <summary>
/// serve's incremental engine: after every edit, what it has in its folder must be byte for byte what a full build of
/// the same input writes, with the same diagnostics; edits it knows how to apply in place must be applied in place.
/// </summary>
public sealed partial class IncrementalBuildTests : IDisposable
{
    private readonly TestSite _site = new();

    /// <summary>Coverage entries an article reads for related-article candidates; small, lists are read in part.</summary>
    private int _budget = RelatedArticles.CandidateBudget;

    public void Dispose() => _site.Dispose();

    private string Incremental => Path.Combine(_site.Root, "incremental");

    private string Full => Path.Combine(_site.Root, "full");

    [Theory]
    [InlineData(RelatedArticles.CandidateBudget)]
    [InlineData(25)]
    public void Should_write_what_a_full_build_writes_after_every_edit_When_a_generated_corpus_is_edited_in_place(int relatedBudget)
    {
        // Given a generated corpus (Zipf-distributed countries, notes about articles with wiki links), built by the engine;
        // with a small budget, related articles come from the newest part of the most covered entities' lists only
        _budget = relatedBudget;
        new CorpusGenerator(300, seed: 11).Write(_site.Input);
        var engine = new IncrementalBuilder(new BuildOptions(_site.Input, Incremental) { Search = false, RelatedBudget = _budget });
        AssertSame(engine.Build());

        // When each kind of edit is made, Then the folder equals a full build after each one
        RunEdits(engine);
    }

    [Fact]
    public void Should_write_what_a_full_build_writes_after_every_edit_When_dates_and_titles_tie()
    {
        // Given an input with many equal dates and repeated titles (ties decide orders), built by the engine
        GeneratedInput.Write(_site);
        var engine = new IncrementalBuilder(new BuildOptions(_site.Input, Incremental) { Search = false });
        AssertSame(engine.Build());

        // When each kind of edit is made, Then the folder equals a full build after each one
        RunEdits(engine);
    }

    [Theory]
    [InlineData(false, RelatedArticles.CandidateBudget)]
    [InlineData(true, RelatedArticles.CandidateBudget)]
    [InlineData(true, 25)]
    [InlineData(false, 4)]
    public void Should_write_what_a_full_build_writes_after_every_edit_When_random_edits_make_ties(bool generatedCorpus, int relatedBudget)
    {
        _budget = relatedBudget;
        // Given the tie-heavy input (or a generated corpus, whose most covered countries have pages of older coverage),
        // built by the engine, and a seeded sequence of front-matter and body edits whose values come from small sets
        // (so dates, titles and shared countries keep colliding)
        if (generatedCorpus)
        {
            new CorpusGenerator(300, seed: 3).Write(_site.Input);
        }
        else
        {
            GeneratedInput.Write(_site);
        }

        var engine = new IncrementalBuilder(new BuildOptions(_site.Input, Incremental) { Search = false, RelatedBudget = _budget });
        AssertSame(engine.Build());
        var random = new Random(5);
        var files = Files("articles").Concat(Files("notes")).ToList();
        string[] dates = ["2011", "2011-03", "2011-03-04", "2012-07-01", "2030-01-01"];
        string[] countries = ["[pakistan]", "[pakistan, russia]", "[russia, pakistan]", "[china, india, iran]", "[france]"];

        // When each edit is made, Then the folder equals a full build after each one
        for (var i = 0; i < 16; i++)
        {
            var path = files[random.Next(files.Count)];
            var edit = random.Next(5);
            Edit(engine, path, edit switch
            {
                0 => t => Field(t, "date", dates[random.Next(dates.Length)]),
                1 => t => Field(t, "title", $"\"Story {random.Next(3)}\""),
                2 => t => Field(t, "countries", countries[random.Next(countries.Length)]),
                3 => t => Field(t, "summary", $"\"Summary {random.Next(3)}\""),
                _ => t => t + $"\nParagraph {i}.\n",
            }, incremental: edit == 0 ? null : true); // a new date can give a month its first item (a page more): a full build

        }
    }

    private void RunEdits(IncrementalBuilder engine)
    {
        var articles = Files("articles");
        var note = Files("notes").First(n => Read(n).Contains("about: [", StringComparison.Ordinal) || Read(n).Contains("about:\n", StringComparison.Ordinal));
        var aboutSlug = AboutRegex().Match(Read(note)).Groups[1].Value;
        var linked = articles.FirstOrDefault(a => Path.GetFileNameWithoutExtension(a) == aboutSlug) ?? articles[1];
        var article = articles[articles.Count / 2];

        Edit(engine, article, t => t + "\nOne more paragraph, added at the end.\n", incremental: true);
        Edit(engine, linked, t => Field(t, "title", "\"A new title for the linked article\""), incremental: true);
        Edit(engine, article, t => Field(t, "summary", "\"A summary written again\""), incremental: true);
        Edit(engine, article, t => Field(t, "countries", "[tuvalu, pakistan, chad]"), incremental: true);
        Edit(engine, article, t => Field(t, "countries", "[pakistan]"), incremental: true);
        // A date in a month with no content yet gives /monthly/ a page more: a full build, unless the month has one
        Edit(engine, article, t => Field(t, "date", "2026-01-02"), incremental: null);
        Edit(engine, articles[0], t => Field(t, "date", "2001-05"), incremental: null);
        Edit(engine, note, t => Field(t, "title", "\"The note, retitled\""), incremental: true);
        Edit(engine, note, t => t.Replace("about: [", "about: [" + Path.GetFileNameWithoutExtension(article) + ", ", StringComparison.Ordinal), incremental: true);
        Edit(engine, Files("meetings")[0], t => t + "\nMinutes to follow.\n", incremental: true);
        Edit(engine, Files("groups")[0], t => t + "\nA new paragraph about the group.\n", incremental: true);
        Edit(engine, article, t => t, incremental: true);

        // An editor's atomic save (or sed -i): the new text goes to a temporary file that is renamed over the article;
        // the watcher reports both names, and the one that came and went is no reason for a full build
        var temporary = Path.Combine(Path.GetDirectoryName(article)!, "sedX1a2b3");
        Write(temporary, Field(Read(article), "title", "\"Saved by a rename\""));
        File.Move(Path.Combine(_site.Input, temporary), Path.Combine(_site.Input, article), overwrite: true);
        Update(engine, [temporary, article], incremental: true);
        Edit(engine, Files("meetings")[1], t => Field(t, "title", "\"A meeting, renamed\""), incremental: false);

        // Several files at once, a new file, a deleted file, a broken file and its fix
        Write(articles[3], Field(Read(articles[3]), "title", "\"Third, retitled\""));
        Write(articles[4], Read(articles[4]) + "\nAnd a fourth body edit.\n");
        Update(engine, [articles[3], articles[4]], incremental: true);
        Write("articles/2020/a-new-one.md", Support.Files.Article("A new article"));
        Update(engine, ["articles/2020/a-new-one.md"], incremental: false);
        File.Delete(Path.Combine(_site.Input, "articles/2020/a-new-one.md"));
        Update(engine, ["articles/2020/a-new-one.md"], incremental: false);
        var before = Read(articles[6]);
        Write(articles[6], before.Replace("title:", "title: [unclosed", StringComparison.Ordinal));
        Assert.False(engine.Update([articles[6]]).Succeeded);
        Write(articles[6], before);
        Update(engine, [articles[6]], incremental: false);
        Edit(engine, articles[7], t => Field(t, "title", "\"Back in place\""), incremental: true);

        // Warnings come and go with the edits that make them; a draft left out changes only its diagnostics
        Edit(engine, articles[8], t => Field(t, "countries", "[pakistan, india, pakistan]") + "\nWritten in Pakistan.\n", incremental: true);
        Edit(engine, articles[8], t => Field(t, "mood", "calm"), incremental: true);
        Write("articles/2020/a-draft.md", Support.Files.Article("A draft", extra: "status: draft\ncountries: [pakistan]"));
        Update(engine, ["articles/2020/a-draft.md"], incremental: false);
        Edit(engine, "articles/2020/a-draft.md", t => Field(t, "title", "\"TODO\"") + "\nMore of the draft about India.\n", incremental: true);
    }

    [Fact]
    public void Should_warn_as_a_full_build_does_When_an_edit_copies_the_imported_source_text()
    {
        // Given an article whose imported page text is kept beside the input
        var source = string.Join(' ', Enumerable.Range(1, 60).Select(i => $"word{i}"));
        Write(".briefings/sources/copied.txt", source);
        Write("articles/2020/copied.md", Support.Files.Article("Copied", body: "Our own summary."));
        var engine = new IncrementalBuilder(new BuildOptions(_site.Input, Incremental) { Search = false });
        AssertSame(engine.Build());

        // When its body is edited to repeat the source (the warning comes, in place), then back to a summary
        Write("articles/2020/copied.md", Read("articles/2020/copied.md").Replace("Our own summary.", source, StringComparison.Ordinal));
        var copied = engine.Update(["articles/2020/copied.md"]);
        Assert.True(engine.LastWasIncremental);
        Assert.Contains(copied.Diagnostics, d => d.Code == Diagnostics.DiagnosticCodes.CopiedSource);
        AssertSame(copied);
        Edit(engine, "articles/2020/copied.md", t => t.Replace(source, "Our own summary again.", StringComparison.Ordinal), incremental: true);
    }

    private void Edit(IncrementalBuilder engine, string path, Func<string, string> change, bool? incremental)
    {
        Write(path, change(Read(path)));
        Update(engine, [path], incremental);
    }

    private void Update(IncrementalBuilder engine, IReadOnlyCollection<string> paths, bool? incremental)
    {
        var result = engine.Update(paths);
        if (incremental is { } expected)
        {
            Assert.Equal(expected, engine.LastWasIncremental);
        }

        AssertSame(result);
    }

    private void AssertSame(BuildResult incremental)
    {
        var full = new SiteBuilder(new BuildOptions(_site.Input, Full) { Search = false, RelatedBudget = _budget }).Build();
        Assert.True(full.Succeeded, string.Join("\n", full.Diagnostics));
        Assert.Equal(full.Diagnostics, incremental.Diagnostics);
        var expected = Tree(Full);
        var actual = Tree(Incremental);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected)
        {
            if (!bytes.AsSpan().SequenceEqual(actual[path]))
            {
                Assert.Fail($"{path} differs from a full build: {Difference(bytes, actual[path])}");
            }
        }
    }

    private static string Difference(byte[] expected, byte[] actual)
    {
        var at = expected.AsSpan().CommonPrefixLength(actual);
        string Around(byte[] b) => System.Text.Encoding.UTF8.GetString(b, Math.Max(0, at - 200), Math.Min(b.Length, at + 200) - Math.Max(0, at - 200));
        return $"at byte {at}, expected …{Around(expected)}… but found …{Around(actual)}…";
    }

    private static Dictionary<string, byte[]> Tree(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes, StringComparer.Ordinal);

    private List<string> Files(string folder) =>
        [.. Directory.EnumerateFiles(Path.Combine(_site.Input, folder), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_site.Input, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    private string Read(string path) => File.ReadAllText(Path.Combine(_site.Input, path));

    private void Write(string path, string text) => _site.With(path, text);

    /// <summary>The front matter with one field's value replaced, or added when it is missing.</summary>
    private static string Field(string text, string field, string value)
    {
        var line = new Regex($"^{field}:.*$", RegexOptions.Multiline);
        return line.IsMatch(text) ? line.Replace(text, $"{field}: {value}", 1) : text.Replace("---\n", $"---\n{field}: {value}\n", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"about: \[([a-z0-9-]+)")]
    private static partial Regex AboutRegex();
}
