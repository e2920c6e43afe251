using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Markdown;

/// <summary>A wiki link as written in a body, kept for the Link stage to resolve.</summary>
internal sealed record WikiLinkUse(string KindWord, string Slug, SourceLocation Location)
{
    /// <summary>The kind <see cref="KindWord"/> names, decided when the body is parsed; null when it names none (an error of the link stage).</summary>
    public ContentKind? Kind { get; } = ContentKinds.FromSingular(KindWord);
}

/// <summary>
/// A run of text a reader sees in a body: <paramref name="Length"/> characters of <paramref name="Source"/> from
/// <paramref name="Start"/>, written at file line <paramref name="Line"/>, column <paramref name="Column"/>.
/// </summary>
internal readonly record struct ProseRun(string Source, int Start, int Length, int Line, int Column);

/// <summary>
/// A Markdown body parsed once and rendered at once: its HTML with the <see cref="BodySlot"/>s a page fills in, the
/// file line its first line is on, its wiki links, and the prose a reader sees (for the mention advice).
/// </summary>
internal sealed record ParsedBody(string Html, IReadOnlyList<BodySlot> Slots, int FirstLine, IReadOnlyList<WikiLinkUse> WikiLinks)
{
    public static ParsedBody Empty(int firstLine) => new("", [], firstLine, []);

    private string _text = "";
    private IReadOnlyList<ProseRun> _prose = [];

    /// <summary>
    /// The text parsed (LF line endings): the body, or the whole file when parsed in place (front matter left out of
    /// the document). Node spans are offsets into it. Empty once <see cref="ReleaseSource"/> was called.
    /// </summary>
    public string Text { get => _text; init => _text = value; }

    /// <summary>Where the body starts in <see cref="Text"/>: 0, or after the front matter when parsed in place.</summary>
    public int BodyStart { get; init; }

    /// <summary>The lines of <see cref="Text"/> before the body: 0, or the front matter's when parsed in place.</summary>
    public int SkippedLines { get; init; }

    /// <summary>Paragraphs, headings, list items, table cells, link labels: not code, URLs or wiki links.</summary>
    public IReadOnlyList<ProseRun> Prose { get => _prose; init => _prose = value; }

    /// <summary>
    /// The file line of a node's (0-based) line in <see cref="Text"/>. A node Markdig left on line 0 (such as a
    /// bracket that opened no link) is on the body's first line, as it is when the body is parsed by itself.
    /// </summary>
    public int FileLine(int nodeLine) => FirstLine + Math.Max(0, nodeLine - SkippedLines);

    public bool IsEmpty => Html.Length == 0;

    /// <summary>
    /// Lets go of <see cref="Text"/> and <see cref="Prose"/>, which only the parse and advise stages read: a build
    /// calls it once advice is given, so the file's text (twice its size in memory) is not held while pages render.
    /// serve never does (it advises again after an edit).
    /// </summary>
    internal void ReleaseSource()
    {
        _text = "";
        _prose = [];
    }
}
