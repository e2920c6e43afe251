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
internal sealed class TemplateEngine
{
    private const string Layout = "layouts/base";
    private const string PartialsFolder = "partials/";

    private static readonly ScriptObject Builtins = Frozen(new BuiltinFunctions());

    /// <summary>This thread's context, idle between two pages; null while one renders or after a failed render.</summary>
    [ThreadStatic]
    private static EscapingTemplateContext? t_idle;

    private readonly Dictionary<string, Template> _templates;
    private readonly ScriptObject _functions = new();

    private TemplateEngine(Dictionary<string, Template> templates)
    {
        _templates = templates;
        var modelOnly = templates
            .Where(t => t.Key.StartsWith(PartialsFolder, StringComparison.Ordinal) && ModelOnlyPartials.IsModelOnly(t.Value, Builtins.Keys))
            .Select(t => t.Key[PartialsFolder.Length..]);
        _functions.SetValue("partial", new PartialFunction(name => _templates.GetValueOrDefault(name), modelOnly), readOnly: true);
        _functions.IsReadOnly = true;
    }

    public static TemplateEngine Load(Theme theme, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var link in theme.Links)
        {
            diagnostics.Error(SourceLocation.StartOf(theme.SourcePath(link)), DiagnosticCodes.ThemeError,
                "is a symbolic link; a theme's files are read and copied into the site as they are, so each must be a file of the theme folder itself (copy the file in instead)");
        }

        foreach (var path in theme.Files.Where(IsTemplate))
        {
            var source = theme.SourcePath(path);
            var text = theme.ReadText(path);
            var template = Template.Parse(path.StartsWith("partials/", StringComparison.Ordinal) ? WithoutFinalNewline(text) : text, source);
            foreach (var message in template.Messages)
            {
                diagnostics.Error(At(source, message.Span), DiagnosticCodes.ThemeError, $"template: {message.Message}");
            }

            templates[path[..^".html".Length]] = template;
        }

        if (!templates.ContainsKey(Layout))
        {
            diagnostics.Error(SourceLocation.StartOf(theme.SourcePath(Layout + ".html")), DiagnosticCodes.ThemeError,
                $"the theme ({theme.Name}) has no {Layout}.html");
        }

        return new TemplateEngine(templates);
    }

    public bool Has(string page) => _templates.ContainsKey("pages/" + page);

    /// <summary>
    /// Renders one page inside the base layout, or as the whole document when <paramref name="standalone"/>, as UTF-8;
    /// template failures are reported and yield null.
    /// </summary>
    public byte[]? Render(string page, object model, object site, object meta, DiagnosticBag diagnostics, bool standalone = false) =>
        RenderShared(page, model, site, meta, diagnostics, standalone)?.ToArray();

    /// <summary>
    /// <see cref="Render"/> without a copy: the bytes are this thread's buffer, valid until the thread renders again
    /// (a build writes each page before it renders the next; nothing that keeps pages may use this).
    /// </summary>
    public ReadOnlyMemory<byte>? RenderShared(string page, object model, object site, object meta, DiagnosticBag diagnostics, bool standalone = false)
    {
        var context = t_idle ?? new EscapingTemplateContext(Builtins);
        t_idle = null;
        var globals = new ScriptObject(4) { ["site"] = site, ["page"] = model, ["meta"] = meta };
        context.PushGlobal(_functions);
        context.PushGlobal(globals);
        var output = context.RentOutput();
        try
        {
            context.PushOutput(output);
            RenderInto(context, Get("pages/" + page));
            context.PopOutput();
            if (!standalone)
            {
                // The page goes into the layout as it is, chunk by chunk: no string of it is made.
                var body = output;
                globals["content"] = new RenderedContent(body.Builder);
                output = context.RentOutput();
                context.PushOutput(output);
                RenderInto(context, Get(Layout));
                context.PopOutput();
                globals["content"] = null;
                context.ReturnOutput(body);
            }

            var bytes = context.Utf8(output.Builder);
            context.ReturnOutput(output);
            context.PopGlobal();
            context.PopGlobal();
            context.Rendered(2 * bytes.Length); // the page's content is written twice: into the page, then into the layout
            t_idle = context;
            return bytes;
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error(At(e.Span.FileName, e.Span), DiagnosticCodes.ThemeError, $"template: {e.OriginalMessage}");
            return null;
        }
    }

    /// <summary>Evaluates a template into the context's current output (what <c>Template.Render</c> does, minus the copy).</summary>
    internal static void RenderInto(TemplateContext context, Template template)
    {
        if (template.Page is null)
        {
            return; // an empty file
        }

        context.PushSourceFile(template.SourceFilePath ?? "theme");
        try
        {
            if (context.Evaluate(template.Page) is { } result)
            {
                context.Write(template.Page.Span, result);
            }
        }
        finally
        {
            context.PopSourceFile();
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

    /// <summary>A partial's file ends with a newline; its output does not (as in Jinja), so partials can be laid out freely.</summary>
    private static string WithoutFinalNewline(string text) =>
        text.EndsWith("\r\n", StringComparison.Ordinal) ? text[..^2] : text.EndsWith('\n') ? text[..^1] : text;

    private static bool IsTemplate(string path) =>
        path.EndsWith(".html", StringComparison.Ordinal) && (path.StartsWith("layouts/", StringComparison.Ordinal)
            || path.StartsWith("pages/", StringComparison.Ordinal) || path.StartsWith("partials/", StringComparison.Ordinal));

    private static SourceLocation At(string? file, Scriban.Parsing.SourceSpan span) =>
        new(file ?? "theme", span.Start.Line + 1, span.Start.Column + 1);
}
