using System.Text.RegularExpressions;
using Briefings.Advice;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Linking;

namespace Briefings.Importing;

/// <summary>
/// Advise stage: warns when a published article's body repeats <see cref="MinWords"/> or more consecutive words of the
/// source text <c>import</c> kept for it (<c>input/.briefings/sources/&lt;slug&gt;.txt</c>). A public briefing summarises
/// and quotes briefly; it does not republish. Words are compared lowercased, without punctuation, so Markdown
/// escapes and emphasis do not hide a copy. Drafts are not checked: an imported draft starts as the source.
/// </summary>
internal sealed partial class SourceCopyAdvisor(string inputDirectory, Site site, DiagnosticBag diagnostics)
{
    public const int MinWords = 40;

    public void Advise()
    {
        var sources = Path.Combine(inputDirectory, DraftFile.SourcesFolder);
        if (!Directory.Exists(sources))
        {
            return;
        }

        foreach (var article in site.Articles)
        {
            Advise(article);
        }
    }

    /// <summary>One article (serve's incremental rebuild advises the articles that changed).</summary>
    public void Advise(Article article)
    {
        var path = Path.Combine(inputDirectory, DraftFile.SourcesFolder, article.Slug + ".txt");
        if (!article.IsDraft && File.Exists(path))
        {
            Advise(article, File.ReadAllText(path));
        }
    }

    private void Advise(Article article, string source)
    {
        var sourceWords = Word().Matches(source.ToLowerInvariant()).Select(m => m.Value).ToList();
        if (sourceWords.Count < MinWords)
        {
            return;
        }

        var shingles = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + MinWords <= sourceWords.Count; i++)
        {
            shingles.Add(string.Join(' ', sourceWords.GetRange(i, MinWords)));
        }

        var body = new List<(string Word, SourceLocation At)>();
        foreach (var segment in ProseSegments.Of(article.Body, article.SourcePath))
        {
            var text = segment.Text.ToString();
            body.AddRange(Word().Matches(text.ToLowerInvariant()).Select(m => (m.Value, segment.At(m.Index))));
        }

        for (var i = 0; i + MinWords <= body.Count; i++)
        {
            if (shingles.Contains(string.Join(' ', body.GetRange(i, MinWords).Select(w => w.Word))))
            {
                var end = i + MinWords;
                while (end < body.Count && end - i < sourceWords.Count && shingles.Contains(string.Join(' ', body.GetRange(end - MinWords + 1, MinWords).Select(w => w.Word))))
                {
                    end++;
                }

                diagnostics.Warning(body[i].At, DiagnosticCodes.CopiedSource,
                    $"the body repeats {end - i} consecutive words of its imported source ({DraftFile.SourcesFolder}/{article.Slug}.txt), from \"{string.Join(' ', body.GetRange(i, 6).Select(w => w.Word))} …\"; summarise in your own words and quote briefly");
                return;
            }
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
