using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Loading;
using Briefings.Parsing;

namespace Briefings.Tests.Unit;

/// <summary>Parses one in-memory content file the way the Parse stage does, keeping the diagnostics it reports.</summary>
internal static class ContentFile
{
    public const string ArticlePath = "articles/2018/pakistan-russia-talks.md";

    public static (ContentItem? Item, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text, string path = ArticlePath)
    {
        var diagnostics = new DiagnosticBag();
        var item = new ContentParser(diagnostics).ParseFile(new InputFile(path, text));
        return (item, diagnostics.Sorted());
    }

    public static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code) =>
        Assert.Single(diagnostics, d => d.Code == code);
}
