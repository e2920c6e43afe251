using System.Text.RegularExpressions;

namespace Briefings.Tests.Support;

/// <summary>Finds every internal href/src in a built site and checks it resolves to a file, as a link checker would.</summary>
internal static partial class SiteLinks
{
    public static IEnumerable<string> Hrefs(string html) =>
        LinkAttribute().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[2].Value));

    /// <summary>Internal links that do not resolve to a file, as "page → href".</summary>
    public static IReadOnlyList<string> Broken(string siteRoot, string basePath)
    {
        var broken = new List<string>();
        foreach (var file in Directory.EnumerateFiles(siteRoot, "*.html", SearchOption.AllDirectories))
        {
            foreach (var href in Hrefs(File.ReadAllText(file)))
            {
                if (href.StartsWith("http:", StringComparison.Ordinal) || href.StartsWith("https:", StringComparison.Ordinal)
                    || href.StartsWith("mailto:", StringComparison.Ordinal) || href.StartsWith('#'))
                {
                    continue;
                }

                if (!href.StartsWith(basePath, StringComparison.Ordinal) || !Resolves(siteRoot, href[basePath.Length..]))
                {
                    broken.Add($"{Path.GetRelativePath(siteRoot, file)} → {href}");
                }
            }
        }

        return broken;
    }

    private static bool Resolves(string siteRoot, string path)
    {
        path = path.Split('#', '?')[0];
        var file = Path.Combine(siteRoot, Uri.UnescapeDataString(path));
        return path.Length == 0 || path.EndsWith('/') ? File.Exists(Path.Combine(file, "index.html")) : File.Exists(file);
    }

    [GeneratedRegex("\\s(href|src)=\"([^\"]*)\"")]
    private static partial Regex LinkAttribute();
}
