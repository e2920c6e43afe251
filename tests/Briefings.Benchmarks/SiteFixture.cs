using Briefings.Bench.Corpus;
using Briefings.Countries;
using Briefings.Diagnostics;
using Briefings.Linking;
using Briefings.Loading;
using Briefings.Pages;
using Briefings.Parsing;
using Briefings.Templates;
using Briefings.Templates.Models;

namespace Briefings.Benchmarks;

/// <summary>A generated corpus (seed 1), loaded, parsed and linked once per benchmark process: what the stages work on.</summary>
internal sealed class SiteFixture
{
    private SiteFixture(int articles)
    {
        Input = Path.Combine(Path.GetTempPath(), $"briefings-benchmarks-{articles}");
        if (!File.Exists(Path.Combine(Input, "site.yml")))
        {
            new CorpusGenerator(articles, seed: 1).Write(Input);
        }

        var diagnostics = new DiagnosticBag();
        Files = new InputLoader(diagnostics).Load(Input);
        var content = new ContentParser(diagnostics).Parse(Files);
        Site = new SiteLinker(diagnostics, CountryCatalog.Default).Link(content, includeDrafts: false);
        Urls = Urls.Create(null, Site.Settings.BaseUrl);
        Context = new PageContext(Site, Urls);
        Jobs = PagePlan.Jobs(Context, [], diagnostics);
        SiteModel = PagePlan.SiteModel(Site, Urls, searchEnabled: false);
        Meta = new Pages.Meta.PageMetaFactory(Context).For;
        Engine = TemplateEngine.Load(Theme.Default, diagnostics);
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException("the benchmark corpus does not build:\n" + string.Join("\n", diagnostics.Sorted()));
        }
    }

    public string Input { get; }

    public IReadOnlyList<InputFile> Files { get; }

    public Site Site { get; }

    public Urls Urls { get; }

    public PageContext Context { get; }

    public IReadOnlyList<PageJob> Jobs { get; }

    public SiteModel SiteModel { get; }


    public Func<PageJob, PageModel, MetaModel> Meta { get; private set; } = null!;

    public TemplateEngine Engine { get; }

    /// <summary>A typical article: the middle one, newest first.</summary>
    public Content.Article Article => Site.Articles[Site.Articles.Count / 2];

    public InputFile ArticleFile => Files.First(f => f.Path == Article.SourcePath);

    public PageJob Job(string path) => Jobs.First(j => j.Path == path);

    public static SiteFixture Create(int articles = 1000) => new(articles);
}
