namespace Briefings.Templates;

/// <summary>HTML the engine produced itself (rendered Markdown, a rendered partial): written to a page unescaped.</summary>
public sealed record TrustedHtml(string Html)
{
    public override string ToString() => Html;
}
