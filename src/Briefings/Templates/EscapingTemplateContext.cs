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
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        TrustedHtml trusted => base.Write(span, trusted.Html),
        string text => base.Write(span, Html.Escape(text)),
        _ => base.Write(span, Html.Escape(ObjectToString(textAsObject) ?? "")),
    };
}
