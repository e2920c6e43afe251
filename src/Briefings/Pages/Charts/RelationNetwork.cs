using System.Globalization;
using System.Text;
using Briefings.Templates;

namespace Briefings.Pages.Charts;

/// <summary>One entity in a relation network: its name, its page, and how it relates to the page's entity.</summary>
internal sealed record NetworkNode(string Name, string Href, string Role);

/// <summary>
/// The neighbourhood of an entity as inline SVG, laid out at build time: the entity on the left, the entities it has
/// relations with in a column on the right in the order given (grouped by relation, so the same input draws the same
/// picture), a spoke to each. Every node is a link to its page. Drawn a phone's width wide (like
/// <see cref="SvgBarChart"/>), with colours from the theme's classes, so it reads at 390 px and in dark mode.
/// </summary>
/// <remarks>
/// A home-made layout, not MSAGL (AutomaticGraphLayout 1.1.12, the maintained graph-layout library NuGet serves):
/// its assembly produces trim warnings (BinaryFormatter in its debug helpers), which fail the Native AOT publish of
/// Briefings.Cli (IL2104; warnings are errors) unless trim warnings are silenced for every assembly. A one-hop
/// neighbourhood is a star, and a fan of spokes into one column lays a star out without crossings or shrunken text.
/// </remarks>
internal static class RelationNetwork
{
    /// <summary>More neighbours than this are listed, not drawn: the text list beside the picture has them all.</summary>
    public const int MaxNodes = 24;

    private const int Width = 340;
    private const int BoxHeight = 36;
    private const int Row = 44;
    private const int CentreWidth = 130;
    private const int ColumnLeft = 176;

    public static TrustedHtml Svg(string id, string title, NetworkNode centre, IReadOnlyList<NetworkNode> nodes)
    {
        var n = Math.Min(nodes.Count, MaxNodes);
        var height = Math.Max(n, 1) * Row + 4;
        var cy = height / 2.0;
        var sb = new StringBuilder(4096)
            .Append(Invariant($"<svg class=\"network-svg\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"group\" aria-labelledby=\"{id}-title\" xmlns=\"http://www.w3.org/2000/svg\">"))
            .Append(Invariant($"<title id=\"{id}-title\">{Html.Escape(title)}</title>"));
        for (var i = 0; i < n; i++)
        {
            var y = 2 + i * Row + Row / 2.0;
            sb.Append(Invariant($"<path class=\"net-edge\" d=\"M{CentreWidth + 1} {cy:0.#} C{(CentreWidth + ColumnLeft) / 2.0:0.#} {cy:0.#} {(CentreWidth + ColumnLeft) / 2.0:0.#} {y:0.#} {ColumnLeft} {y:0.#}\"></path>"));
        }

        Node(sb, centre, 1, cy, CentreWidth, 16, "net-node net-centre");
        for (var i = 0; i < n; i++)
        {
            Node(sb, nodes[i], ColumnLeft, 2 + i * Row + Row / 2.0, Width - ColumnLeft - 1, 21, "net-node");
        }

        return new TrustedHtml(sb.Append("</svg>").ToString());
    }

    private static void Node(StringBuilder sb, NetworkNode node, double left, double y, double w, int chars, string cls)
    {
        var name = Short(node.Name, chars);
        var role = Short(node.Role, chars + 3);
        var middle = role.Length > 0 ? y - 3 : y + 5;
        sb.Append(Invariant($"<a class=\"{cls}\" href=\"{Html.Escape(node.Href)}\"><title>{Html.Escape(node.Name)}{(node.Role.Length > 0 ? " — " + Html.Escape(node.Role) : "")}</title>"))
            .Append(Invariant($"<rect x=\"{left:0.#}\" y=\"{y - BoxHeight / 2.0:0.#}\" width=\"{w:0.#}\" height=\"{BoxHeight}\" rx=\"4\"></rect>"))
            .Append(Invariant($"<text class=\"net-name\" x=\"{left + 7:0.#}\" y=\"{middle:0.#}\">{Html.Escape(name)}</text>"));
        if (role.Length > 0)
        {
            sb.Append(Invariant($"<text class=\"net-role\" x=\"{left + 7:0.#}\" y=\"{y + 12:0.#}\">{Html.Escape(role)}</text>"));
        }

        sb.Append("</a>");
    }

    private static string Short(string text, int max) => text.Length > max ? text[..(max - 1)].TrimEnd() + "…" : text;

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
