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

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        TrustedHtml trusted => base.Write(span, trusted.Html),
        string text => base.Write(span, Html.Escape(text)),
        _ => base.Write(span, Html.Escape(ObjectToString(textAsObject) ?? "")),
    };
}
