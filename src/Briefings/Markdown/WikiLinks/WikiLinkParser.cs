using Markdig.Helpers;
using Markdig.Parsers;

namespace Briefings.Markdown.WikiLinks;

/// <summary>Parses <c>[[kind:slug]]</c> and <c>[[kind:slug|label]]</c> on one line.</summary>
internal sealed class WikiLinkParser : InlineParser
{
    private const int MaxLength = 300;

    public WikiLinkParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '[')
        {
            return false;
        }

        var text = slice.Text;
        var start = slice.Start;
        var close = text.IndexOf("]]", start + 2, Math.Min(MaxLength, slice.End - start - 1), StringComparison.Ordinal);
        if (close < 0)
        {
            return false;
        }

        var inner = text[(start + 2)..close];
        var pipe = inner.IndexOf('|', StringComparison.Ordinal);
        var target = pipe < 0 ? inner : inner[..pipe];
        var colon = target.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || inner.Contains('\n', StringComparison.Ordinal) || inner.Contains('[', StringComparison.Ordinal))
        {
            return false;
        }

        var label = pipe < 0 ? null : inner[(pipe + 1)..].Trim();
        var link = new WikiLinkInline(target[..colon].Trim(), target[(colon + 1)..].Trim(), string.IsNullOrEmpty(label) ? null : label)
        {
            Span = new(processor.GetSourcePosition(start, out var line, out var column), close + 1),
            Line = line,
            Column = column,
        };
        processor.Inline = link;
        slice.Start = close + 2;
        return true;
    }
}
