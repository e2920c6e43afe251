using BenchmarkDotNet.Attributes;
using Briefings.Diagnostics;
using Briefings.Output;
using Briefings.Pages;
using Briefings.Parsing;
using Briefings.Templates.Models;

namespace Briefings.Benchmarks;

/// <summary>One item through each hot stage of a build: parse, page model, Markdown render, template render.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private SiteFixture _site = null!;
    private FrontMatter _split = null!;
    private PageJob _articleJob = null!;
    private PageModel _articleModel = null!;
    private PageJob _countryJob = null!;
    private PageModel _countryModel = null!;

    [GlobalSetup]
    public void Setup()
    {
        _site = SiteFixture.Create();
        _split = FrontMatter.Split(_site.ArticleFile, new DiagnosticBag())!;
        _articleJob = _site.Job($"articles/{_site.Article.Slug}/");
        _articleModel = _articleJob.Model(_site.Context, _articleJob);
        _countryJob = _site.Job("countries/india/");
        _countryModel = _countryJob.Model(_site.Context, _countryJob);
    }

    /// <summary>Front matter only: split at the fences, YAML events → located nodes.</summary>
    [Benchmark]
    public object? FrontMatterParse() => new YamlReader(new DiagnosticBag(), _site.ArticleFile.Path, _split.YamlFirstLine).Read(_split.Yaml);

    /// <summary>A whole article file: front matter, typed fields, Markdown parsed once and rendered to HTML with slots.</summary>
    [Benchmark]
    public object? ParseArticleFile() => new ContentParser(new DiagnosticBag()).ParseFile(_site.ArticleFile);

    /// <summary>A parsed body's HTML for its page: its slots (wiki links, the base path of root-relative links) filled in.</summary>
    [Benchmark]
    public string MarkdownRender() => _site.Context.Body(_site.Article).Html;

    [Benchmark]
    public PageModel ArticleModel() => _articleJob.Model(_site.Context, _articleJob);

    /// <summary>The article page template (with its partials and the layout) from a ready model.</summary>
    [Benchmark]
    public byte[]? ArticleTemplate() => _site.Engine.Render("article", _articleModel, _site.SiteModel, _site.Meta(_articleJob, _articleModel), new DiagnosticBag());

    /// <summary>A country page: a long coverage timeline of cards.</summary>
    [Benchmark]
    public byte[]? CountryTemplate() => _site.Engine.Render("entity", _countryModel, _site.SiteModel, _site.Meta(_countryJob, _countryModel), new DiagnosticBag());

    /// <summary>Model, Markdown and template of one article page, as the render stage does it (without the write).</summary>
    [Benchmark]
    public byte[]? ArticlePage() => PageRenderer.Render(_articleJob, _site.Context, _site.Engine, _site.SiteModel, _site.Meta, new DiagnosticBag());
}
