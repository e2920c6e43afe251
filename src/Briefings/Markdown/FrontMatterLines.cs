using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Briefings.Markdown;

/// <summary>
/// Lets a whole file be parsed in place, without copying its body out: the file's first lines (the front matter,
/// fences included, as many as the parse context says) become one block of their own, which
/// <see cref="MarkdownParser"/> removes. Every later line is parsed as if the body were a document by itself.
/// </summary>
internal sealed class FrontMatterLines : BlockParser
{
    private static readonly object Key = new();

    /// <summary>First among the parsers of '-', the first character of every front matter.</summary>
    public FrontMatterLines() => OpeningCharacters = ['-'];

    /// <summary>A parse context that makes the first <paramref name="lines"/> lines (at least one) front matter.</summary>
    public static MarkdownParserContext Skipping(int lines) => new() { Properties = { [Key] = lines } };

    public static bool IsFrontMatter(Block block) => block is FrontMatterBlock;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.LineIndex != 0 || processor.Context?.Properties.GetValueOrDefault(Key) is not int lines)
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(new FrontMatterBlock(this, lines));
        return lines == 1 ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block) =>
        processor.LineIndex < ((FrontMatterBlock)block).LineCount - 1 ? BlockState.ContinueDiscard : BlockState.BreakDiscard;

    /// <summary>The skipped lines; it holds none of their text.</summary>
    private sealed class FrontMatterBlock(BlockParser parser, int lines) : LeafBlock(parser)
    {
        public int LineCount { get; } = lines;
    }
}
