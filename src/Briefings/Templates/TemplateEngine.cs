using Briefings.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Templates;

/// <summary>
/// The theme's Scriban templates, each parsed once. A page renders its <c>pages/NAME.html</c> template into
/// <c>content</c>, then <c>layouts/base.html</c> around it. Templates see <c>site</c>, <c>page</c>, <c>meta</c> and the
/// <c>partial "name" value</c> function (the value is <c>model</c> inside the partial). Strict: an unknown
/// variable or member fails the build with the template's file, line and column.
/// </summary>
public sealed class TemplateEngine
{
    private const string Layout = "layouts/base";

    private readonly Dictionary<string, Template> _templates;

    private TemplateEngine(Dictionary<string, Template> templates) => _templates = templates;

    public static TemplateEngine Load(Theme theme, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var path in theme.Files.Where(IsTemplate))
        {
            var source = "theme/" + path;
            var template = Template.Parse(theme.ReadText(path), source);
            foreach (var message in template.Messages)
            {
                diagnostics.Error(At(source, message.Span), DiagnosticCodes.ThemeError, $"template: {message.Message}");
            }

            templates[path[..^".html".Length]] = template;
        }

        if (!templates.ContainsKey(Layout))
        {
            diagnostics.Error(SourceLocation.StartOf("theme/" + Layout + ".html"), DiagnosticCodes.ThemeError,
                $"the theme ({theme.Name}) has no {Layout}.html");
        }

        return new TemplateEngine(templates);
    }

    public bool Has(string page) => _templates.ContainsKey("pages/" + page);

    /// <summary>
    /// Renders one page inside the base layout, or as the whole document when <paramref name="standalone"/>;
    /// template failures are reported and yield null.
    /// </summary>
    public string? Render(string page, object model, object site, object meta, DiagnosticBag diagnostics, bool standalone = false)
    {
        var context = new EscapingTemplateContext();
        var globals = new ScriptObject { ["site"] = site, ["page"] = model, ["meta"] = meta };
        globals.Import("partial", new Func<TemplateContext, string, object?, TrustedHtml>(Partial));
        context.PushGlobal(globals);
        try
        {
            var content = Get("pages/" + page).Render(context);
            if (standalone)
            {
                return content;
            }

            globals["content"] = new TrustedHtml(content);
            return Get(Layout).Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error(At(e.Span.FileName, e.Span), DiagnosticCodes.ThemeError, $"template: {e.OriginalMessage}");
            return null;
        }
    }

    private TrustedHtml Partial(TemplateContext context, string name, object? model)
    {
        context.PushGlobal(new ScriptObject { ["model"] = model });
        try
        {
            return new TrustedHtml(Get("partials/" + name).Render(context));
        }
        finally
        {
            context.PopGlobal();
        }
    }

    private Template Get(string name) =>
        _templates.TryGetValue(name, out var template) ? template : throw new ScriptRuntimeException(default, $"the theme has no {name}.html");

    private static bool IsTemplate(string path) =>
        path.EndsWith(".html", StringComparison.Ordinal) && (path.StartsWith("layouts/", StringComparison.Ordinal)
            || path.StartsWith("pages/", StringComparison.Ordinal) || path.StartsWith("partials/", StringComparison.Ordinal));

    private static SourceLocation At(string? file, Scriban.Parsing.SourceSpan span) =>
        new(file ?? "theme", span.Start.Line + 1, span.Start.Column + 1);
}
