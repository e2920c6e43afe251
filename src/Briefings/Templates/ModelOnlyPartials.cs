using Scriban;
using Scriban.Syntax;

namespace Briefings.Templates;

/// <summary>
/// Decides which partials are a function of their <c>model</c> alone: they read no variable but <c>model</c>, their
/// own loop variables and Scriban's built-in objects, assign nothing, call no other partial and ask for no clock or
/// random value. The output of such a partial for a model that is shared by many pages (<see cref="ISharedModel"/>)
/// can be rendered once and reused.
/// </summary>
internal static class ModelOnlyPartials
{
    private static readonly HashSet<string> Unsteady = ["now", "random", "uuid"];

    public static bool IsModelOnly(Template template, IEnumerable<string> builtins)
    {
        var allowed = new HashSet<string>(builtins, StringComparer.Ordinal) { "model", "for", "while", "tablerow" }; // loop state: for.index
        var nodes = All(template.Page).ToList();
        foreach (var loop in nodes.OfType<ScriptForStatement>())
        {
            if (loop.Variable is ScriptVariable variable)
            {
                allowed.Add(variable.Name);
            }
        }

        return nodes.All(node => node switch
        {
            ScriptAssignExpression or ScriptCaptureStatement or ScriptImportStatement or ScriptWithStatement => false,
            ScriptVariableGlobal global => allowed.Contains(global.Name),
            ScriptMemberExpression { Member: ScriptVariable member } => !Unsteady.Contains(member.Name),
            _ => true,
        });
    }

    private static IEnumerable<ScriptNode> All(ScriptNode? root)
    {
        var pending = new Stack<ScriptNode>();
        if (root is not null)
        {
            pending.Push(root);
        }

        while (pending.TryPop(out var node))
        {
            yield return node;
            if (node is ScriptMemberExpression member)
            {
                pending.Push(member.Target!); // the member's name is not a variable
                continue;
            }

            for (var i = 0; i < node.ChildrenCount; i++)
            {
                if (node.GetChildren(i) is { } child)
                {
                    pending.Push(child);
                }
            }
        }
    }
}
