using System.Text;

namespace Briefings.Scaffolding;

/// <summary>Writes values into generated front matter safely: double-quoted, with YAML escapes.</summary>
internal static class YamlText
{
    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => sb.Append("\\\""),
                '\\' => sb.Append("\\\\"),
                '\n' or '\r' or '\t' => sb.Append(' '),
                _ when char.IsControl(c) => sb,
                _ => sb.Append(c),
            };
        }

        return sb.Append('"').ToString();
    }

    public static string List(IEnumerable<string> slugs) => "[" + string.Join(", ", slugs) + "]";
}
