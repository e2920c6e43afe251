using Briefings.Bench.Corpus;
using Briefings.Building;
using Briefings.Countries;
using Briefings.Diagnostics;
using Briefings.Linking;
using Briefings.Loading;
using Briefings.Pages;
using Briefings.Parsing;
using Briefings.Templates;
using Briefings.Tests.Support;

namespace Briefings.Tests.Integration;

/// <summary>
/// The render stage reuses one template context per thread and shares Scriban's built-in functions: pages must come
/// out exactly as if each had its own context, and a theme must not be able to change what other pages see.
/// </summary>
public sealed class RenderReuseTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_write_every_page_as_a_fresh_context_renders_it_when_a_generated_corpus_is_built_in_parallel()
    {
        // Given a generated corpus of 200 articles, built as usual (parallel, contexts reused)
        new CorpusGenerator(200, seed: 7).Write(_site.Input);
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);

        // When every page is rendered again, each on a new thread (so with a new context)
        var diagnostics = new DiagnosticBag();
        var content = new ContentParser(diagnostics).Parse(new InputLoader(diagnostics).Load(_site.Input));
        var site = new SiteLinker(diagnostics, CountryCatalog.Default).Link(content, includeDrafts: false);
        var urls = Urls.Create(null, site.Settings.BaseUrl);
        var engine = TemplateEngine.Load(Theme.Default, diagnostics);
        var siteModel = PagePlan.SiteModel(site, urls, searchEnabled: false);
        var context = new PageContext(site, urls);
        var jobs = PagePlan.Jobs(context, Output.PageRenderer.AssetPaths(Theme.Default), diagnostics);
        var meta = new Pages.Meta.PageMetaFactory(context);

        // Then each page equals the built file, byte for byte
        Assert.True(jobs.Count > 500);
        foreach (var job in jobs)
        {
            byte[]? html = null;
            var thread = new Thread(() => html = Output.PageRenderer.Render(job, context, engine, siteModel, meta.For, diagnostics));
            thread.Start();
            thread.Join();
            Assert.Equal(html, File.ReadAllBytes(Path.Combine(_site.Output, Urls.FileOf(job.Path))));
        }

        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void Should_fail_with_the_template_location_when_a_theme_changes_a_builtin_function()
    {
        // Given a theme whose article template changes Scriban's shared date format
        _site.With("articles/2018/a.md", Files.Article("A"));
        var theme = _site.CopyOfDefaultTheme();
        var article = Path.Combine(theme, "pages", "article.html");
        File.WriteAllText(article, "{{ date.format = '%Y' }}" + File.ReadAllText(article));

        // When the site is built
        var result = new SiteBuilder(new BuildOptions(_site.Input, _site.Output) { Theme = Theme.FromDirectory(theme) }).Build();

        // Then the build fails at that line, and the next build with the default theme is as before
        var error = result.Single(DiagnosticCodes.ThemeError);
        Assert.Equal(Path.Combine(theme, "pages/article.html"), error.Location.Path);
        Assert.Equal(1, error.Location.Line);
        _site.BuildClean();
        Assert.Contains("<h1>A</h1>", _site.Page("articles/a/"));
    }

    [Fact]
    public void Should_keep_the_page_around_a_partial_When_a_template_stores_the_partial_in_a_variable()
    {
        // Given an article template that writes text, stores a partial's output, then writes both
        _site.With("articles/2018/a.md", Files.Article("A"));
        var theme = _site.CopyOfDefaultTheme();
        File.WriteAllText(Path.Combine(theme, "partials", "mark.html"), "<b>{{ model }}</b>");
        File.WriteAllText(Path.Combine(theme, "pages", "article.html"), "<p>before</p>{{ x = partial \"mark\" page.title }}<p>after</p>{{ x }}");

        // When the site is built
        var result = new SiteBuilder(new BuildOptions(_site.Input, _site.Output) { Theme = Theme.FromDirectory(theme) }).Build();

        // Then the page text is in order and the partial appears once, where it is written
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<main id=\"main\" class=\"wrap\">\n<p>before</p><p>after</p><b>A</b>\n</main>", _site.Page("articles/a/"));
    }

    [Fact]
    public void Should_render_a_card_partial_per_page_When_the_partial_reads_the_page()
    {
        // Given a card partial that names the page it is on, and two articles that list each other's cards
        _site.With("groups/g.md", Files.Group("G"))
            .With("articles/2018/a.md", Files.Article("A", extra: "groups: [g]"))
            .With("articles/2018/b.md", Files.Article("B", extra: "groups: [g]"));
        var theme = _site.CopyOfDefaultTheme();
        File.WriteAllText(Path.Combine(theme, "partials", "card.html"), "<li>{{ model.title }} seen on {{ page.title }}</li>\n");

        // When the site is built
        var result = new SiteBuilder(new BuildOptions(_site.Input, _site.Output) { Theme = Theme.FromDirectory(theme) }).Build();

        // Then every page shows the card with its own title, not the first page's
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<li>B seen on A</li>", _site.Page("articles/a/"));
        Assert.Contains("<li>A seen on B</li>", _site.Page("articles/b/"));
        Assert.Contains("<li>A seen on G</li>", _site.Page("groups/g/"));
        Assert.Contains("<li>A seen on Articles</li>", _site.Page("articles/"));
    }

    [Fact]
    public void Should_render_every_page_When_one_thread_writes_more_than_the_output_limit_in_all()
    {
        // Given a theme whose search page is 4 MiB characters, and one thread that renders it again and again
        var theme = _site.CopyOfDefaultTheme();
        File.WriteAllText(Path.Combine(theme, "pages", "search.html"), "{{ '' | string.pad_left 4194304 }}");
        var diagnostics = new DiagnosticBag();
        var engine = TemplateEngine.Load(Theme.FromDirectory(theme), diagnostics);
        var site = PagePlan.SiteModel(new SiteLinker(diagnostics, CountryCatalog.Default).Link(new ParsedContent(new Content.SiteSettings(), [], []), false), Urls.Create(null, null), false);
        var meta = new Templates.Models.MetaModel(null, "website", null, null, null);

        // When it renders more than the 256 MiB characters one page may have, in all (a long serve session does)
        var pages = 0;
        var thread = new Thread(() =>
        {
            for (var i = 0; i < 80 && engine.Render("search", new Templates.Models.SearchModel("Search", "x"), site, meta, diagnostics) is not null; i++)
            {
                pages++;
            }
        });
        thread.Start();
        thread.Join();

        // Then every page is rendered: the limit is per page, not per thread
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(80, pages);
    }
}
