using Briefings.Content;
using Briefings.Scaffolding;

namespace Briefings.Importing;

/// <summary>
/// Where an imported draft goes (<c>articles/&lt;year&gt;/&lt;slug&gt;.md</c>, or <c>articles/undated/</c> without a date),
/// written only if nothing is there.
/// </summary>
internal static class DraftFile
{
    /// <summary>Where the extracted source texts are kept, in the input folder (the loader skips dot folders; git ignores it).</summary>
    public const string SourcesFolder = ".briefings/sources";

    /// <summary>Where an article's extracted source text is kept, relative to the input folder.</summary>
    public static string SourceTextPath(string slug) => $"{SourcesFolder}/{slug}.txt";

    /// <summary>The source text file: where it came from, then the title and the paragraphs.</summary>
    public static string SourceText(ImportedArticle article) =>
        $"{article.Url?.AbsoluteUri ?? "(no address)"}\n\n{article.Title}\n\n{string.Join("\n\n", article.Paragraphs)}\n";

    /// <summary>The path written, relative to the input folder; or the error when the slug is empty or taken.</summary>
    public static ScaffoldResult Write(string inputDirectory, ImportedArticle article)
    {
        if (article.Slug.Length == 0)
        {
            return new(null, "the first line gives no title to make a file name from");
        }

        // Never the current year by default: an undated draft waits in undated/ until its date is known.
        var relative = article.Date.Value is { } date ? Scaffolder.PathOf(ContentKind.Article, article.Slug, date) : $"articles/{Parsing.ContentPath.UndatedFolder}/{article.Slug}.md";
        var articles = Path.Combine(inputDirectory, "articles");
        var existing = Directory.Exists(articles)
            ? Directory.EnumerateFiles(articles, article.Slug + ".md", SearchOption.AllDirectories).FirstOrDefault()
            : null;
        if (existing is not null)
        {
            return new(null, $"article '{article.Slug}' already exists ({Path.GetRelativePath(inputDirectory, existing).Replace('\\', '/')}); edit it, or remove it to import again");
        }

        var full = Path.Combine(inputDirectory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var text = DraftWriter.Text(article, SchemaLocator.RelativeSchemaPath(inputDirectory, full, ContentKind.Article));
        using (var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(text);
        }

        // The text as extracted, kept out of the published page: check compares the published body with it.
        var source = Path.Combine(inputDirectory, SourceTextPath(article.Slug));
        Directory.CreateDirectory(Path.GetDirectoryName(source)!);
        File.WriteAllText(source, SourceText(article));

        return new(relative, null);
    }
}
