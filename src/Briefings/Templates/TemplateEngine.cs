using Briefings.Diagnostics;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Templates;

/// <summary>
/// The theme's Scriban templates, each parsed once. A page renders its <c>pages/NAME.html</c> template into
/// <c>content</c>, then <c>layouts/base.html</c> around it. Templates see <c>site</c>, <c>page</c>, <c>meta</c> and the
/// <c>partial "name" value</c> function (the value is <c>model</c> inside the partial). Strict: an unknown
/// variable or member fails the build with the template's file, line and column.
/// </summary>
/// <remarks>
/// Rendering is the hot loop of a build, so nothing is made per page that can be made once: Scriban's built-in
/// functions are cloned once and frozen (shared by every page and thread; a theme that tries to change one, e.g.
/// <c>date.format = …</c>, gets a located error instead of a change that would leak into other pages), the
/// <c>partial</c> function is bound once per engine, and each thread reuses one context (with its cache of model
/// accessors) for page after page. A page's own variables live in a fresh global object popped after the page.
/// </remarks>
public sealed class TemplateEngine
{
    private const string Layout = "layouts/base";

    private static readonly ScriptObject Builtins = Frozen(new BuiltinFunctions());

    /// <summary>This thread's context, idle between two pages; null while one renders or after a failed render.</summary>
    [ThreadStatic]
    private static EscapingTemplateContext? t_idle;

    private readonly Dictionary<string, Template> _templates;
    private readonly ScriptObject _functions = new();

    private TemplateEngine(Dictionary<string, Template> templates)
    {
        _templates = templates;
        _functions.Import("partial", new Func<TemplateContext, string, object?, TrustedHtml>(Partial));
        _functions.IsReadOnly = true;
    }

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
        var context = t_idle ?? new EscapingTemplateContext(Builtins);
        t_idle = null;
        var globals = new ScriptObject { ["site"] = site, ["page"] = model, ["meta"] = meta };
        context.PushGlobal(_functions);
        context.PushGlobal(globals);
        try
        {
            var content = Get("pages/" + page).Render(context);
            if (standalone)
            {
                context.PopGlobal();
                context.PopGlobal();
                t_idle = context;
                return content;
            }

            globals["content"] = new TrustedHtml(content);
            var html = Get(Layout).Render(context);
            context.PopGlobal();
            context.PopGlobal();
            t_idle = context;
            return html;
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error(At(e.Span.FileName, e.Span), DiagnosticCodes.ThemeError, $"template: {e.OriginalMessage}");
            return null;
        }
    }

    private TrustedHtml Partial(TemplateContext context, string name, object? model)
    {
        // A partial renders into an output of its own: Template.Render returns (and clears) the whole current output,
        // which inside a page would copy the page so far at every partial call.
        context.PushGlobal(new ScriptObject { ["model"] = model });
        context.PushOutput();
        try
        {
            return new TrustedHtml(Get("partials/" + name).Render(context));
        }
        finally
        {
            context.PopOutput();
            context.PopGlobal();
        }
    }

    private Template Get(string name) =>
        _templates.TryGetValue(name, out var template) ? template : throw new ScriptRuntimeException(default, $"the theme has no {name}.html");

    /// <summary>Makes a Scriban object and every object inside it read-only.</summary>
    private static ScriptObject Frozen(ScriptObject root)
    {
        var pending = new Stack<ScriptObject>([root]);
        var seen = new HashSet<ScriptObject>(ReferenceEqualityComparer.Instance);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current))
            {
                continue;
            }

            foreach (var key in current.Keys)
            {
                if (current[key] is ScriptObject inner)
                {
                    pending.Push(inner);
                }
            }

            current.IsReadOnly = true;
        }

        return root;
    }

    private static bool IsTemplate(string path) =>
        path.EndsWith(".html", StringComparison.Ordinal) && (path.StartsWith("layouts/", StringComparison.Ordinal)
            || path.StartsWith("pages/", StringComparison.Ordinal) || path.StartsWith("partials/", StringComparison.Ordinal));

    private static SourceLocation At(string? file, Scriban.Parsing.SourceSpan span) =>
        new(file ?? "theme", span.Start.Line + 1, span.Start.Column + 1);
}
