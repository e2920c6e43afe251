using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Templates;

/// <summary>
/// The themes' <c>partial "name" value</c> function: renders <c>partials/name.html</c> with the value as <c>model</c>.
/// Written as a statement (<c>{{ partial "cards" page.related }}</c>) the partial renders straight into the page;
/// used as a value (<c>x = partial …</c>) it renders into an output of its own and returns HTML. A model-only partial
/// (<see cref="ModelOnlyPartials"/>) called with a shared model (<see cref="ISharedModel"/>) is rendered once per build.
/// </summary>
internal sealed class PartialFunction(Func<string, Template?> find, IEnumerable<string> modelOnly) : IScriptCustomFunction
{
    private readonly Dictionary<string, ConcurrentDictionary<object, TrustedHtml>> _reused = modelOnly.ToDictionary(
        name => name, _ => new ConcurrentDictionary<object, TrustedHtml>(ReferenceEqualityComparer.Instance), StringComparer.Ordinal);

    public int RequiredParameterCount => 1;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "name") : new ScriptParameterInfo(typeof(object), "model");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count is < 1 or > 2 || arguments[0] is not string name)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, "partial takes a partial's name and a value: partial \"name\" value");
        }

        // A missing partial is reported where it is called (the theme file's line and column), not at the partial.
        var partial = find("partials/" + name)
            ?? throw new ScriptRuntimeException(callerContext?.Span ?? default, $"the theme has no partials/{name}.html");
        var model = arguments.Count > 1 ? arguments[1] : null;
        var html = model is ISharedModel && _reused.TryGetValue(name, out var outputs)
            ? outputs.TryGetValue(model, out var done) ? done : outputs.GetOrAdd(model, RenderToString(context, partial, model))
            : null;
        if (callerContext?.Parent is not ScriptExpressionStatement)
        {
            return html ?? RenderToString(context, partial, model);
        }

        if (html is not null)
        {
            context.Write(callerContext.Span, html);
        }
        else
        {
            RenderInto(context, partial, model);
        }

        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    private static TrustedHtml RenderToString(TemplateContext context, Template partial, object? model)
    {
        var pool = (EscapingTemplateContext)context;
        var output = pool.RentOutput();
        context.PushOutput(output);
        try
        {
            RenderInto(context, partial, model);
            return new TrustedHtml(output.Builder.ToString());
        }
        finally
        {
            context.PopOutput();
            pool.ReturnOutput(output);
        }
    }

    private static void RenderInto(TemplateContext context, Template partial, object? model)
    {
        context.PushGlobal(new ScriptObject(1) { ["model"] = model });
        try
        {
            TemplateEngine.RenderInto(context, partial);
        }
        finally
        {
            context.PopGlobal();
        }
    }
}
