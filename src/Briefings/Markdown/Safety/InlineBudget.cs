using Markdig.Parsers;
using Markdig.Syntax;

namespace Briefings.Markdown.Safety;

/// <summary>
/// Keeps Markdown parsing time proportional to the file's size. Markdig matches brackets and emphasis markers
/// within one paragraph or heading in time that grows with the square of their number (and throws past ~10,000),
/// so a block with more markers than any real text needs is not parsed for inlines; <see cref="MarkdownParser"/>
/// reports it at the block's line.
/// </summary>
internal static class InlineBudget
{
    /// <summary>Link brackets and emphasis markers allowed in one paragraph, heading or table.</summary>
    public const int MaxMarkers = 500;

    private static readonly object Key = new();

    private static readonly System.Buffers.SearchValues<char> Markers = System.Buffers.SearchValues.Create("[*_~^+=");

    public static void Watch(BlockParser parser) => parser.Closed += Check;

    /// <summary>The number of markers when <paramref name="block"/> was over budget and left unparsed, else null.</summary>
    public static int? Exceeded(LeafBlock block) => block.GetData(Key) as int?;

    private static void Check(BlockProcessor processor, Block block)
    {
        if (block is not LeafBlock { ProcessInlines: true } leaf)
        {
            return;
        }

        var markers = 0;
        for (var i = 0; i < leaf.Lines.Count; i++)
        {
            // Vectorised: the text between markers is skipped, not read a character at a time.
            var line = leaf.Lines.Lines[i].Slice.AsSpan();
            for (var at = line.IndexOfAny(Markers); at >= 0; at = line.IndexOfAny(Markers))
            {
                markers++;
                line = line[(at + 1)..];
            }
        }

        if (markers > MaxMarkers)
        {
            leaf.ProcessInlines = false;
            leaf.SetData(Key, markers);
        }
    }
}
