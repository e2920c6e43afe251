using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefings.Templates;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, except <see cref="TrustedHtml"/>.
/// Theme authors cannot forget to escape contributor text; content is never evaluated as a template.
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    public EscapingTemplateContext(ScriptObject builtins)
        : base(builtins)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        LoopLimit = 10_000_000;
        RecursiveLimit = 100;
        AutoIndent = false;

        // Scriban's defaults cut any page past 1 MiB characters short without a word (a long article, a country
        // with thousands of items). The limits here only guard against runaway themes, and fail loudly.
        LimitToString = MaxChars;
        OutputLimit = MaxChars;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OnOutputLimit = ScriptLimitBehavior.Throw;
    }

    /// <summary>The most characters one page may have: far beyond any real page, so only a broken theme reaches it.</summary>
    public const int MaxChars = 256 * 1024 * 1024;

    private readonly Stack<StringBuilderOutput> _outputs = new();
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private byte[] _bytes = new byte[256 * 1024];

    private long _writtenSinceReset;

    /// <summary>
    /// Counts a finished page of <paramref name="chars"/> characters. Scriban adds up every character a context writes
    /// against <see cref="TemplateContext.OutputLimit"/> and only <see cref="TemplateContext.Reset"/> clears the sum, so a
    /// context reused page after page (for a whole serve session) is reset long before the pages it wrote reach it.
    /// </summary>
    public void Rendered(int chars)
    {
        _writtenSinceReset += chars;
        if (_writtenSinceReset > MaxChars / 16)
        {
            Reset();
            _writtenSinceReset = 0;
        }
    }

    /// <summary>An empty output for a page or a partial; outputs are reused, page after page, by this thread.</summary>
    public StringBuilderOutput RentOutput() => _outputs.TryPop(out var output) ? output : new StringBuilderOutput(new StringBuilder(4096));

    public void ReturnOutput(StringBuilderOutput output)
    {
        output.Builder.Clear();
        _outputs.Push(output);
    }

    /// <summary>
    /// The text of <paramref name="text"/> as UTF-8, without making a string of it first, in this context's buffer:
    /// valid until the context encodes again.
    /// </summary>
    public ReadOnlyMemory<byte> Utf8(StringBuilder text)
    {
        var most = (long)text.Length * 3;
        if (_bytes.Length < most)
        {
            _bytes = new byte[Math.Max(most, _bytes.Length * 2L)];
        }

        _encoder.Reset();
        var written = 0;
        foreach (var chunk in text.GetChunks())
        {
            written += _encoder.GetBytes(chunk.Span, _bytes.AsSpan(written), flush: false);
        }

        written += _encoder.GetBytes([], _bytes.AsSpan(written), flush: true);
        return _bytes.AsMemory(0, written);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        TrustedHtml trusted => base.Write(span, trusted.Html),
        RenderedContent content when Output is StringBuilderOutput output && EnableOutput => Append(output, content),
        RenderedContent content => base.Write(span, content.ToString()),
        string text => base.Write(span, Html.Escape(text)),
        _ => base.Write(span, Html.Escape(ObjectToString(textAsObject) ?? "")),
    };

    private EscapingTemplateContext Append(StringBuilderOutput output, RenderedContent content)
    {
        output.Builder.Append(content.Builder);
        return this;
    }
}
