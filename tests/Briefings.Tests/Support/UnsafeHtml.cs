using System.Net;
using System.Text.RegularExpressions;

namespace Briefings.Tests.Support;

/// <summary>
/// What a browser could execute in built HTML: script-capable elements, <c>on*</c> event-handler attributes, and
/// <c>javascript:</c>, <c>data:</c> or <c>vbscript:</c> URLs in any URL attribute (after entity decoding and with the
/// tabs and newlines browsers ignore removed). The theme's own elements are recognised exactly and allowed: the CSP
/// meta, a redirect's same-site refresh, JSON-LD data blocks, the search page's two scripts and the chart SVGs.
/// </summary>
internal static partial class UnsafeHtml
{
    private static readonly string[] DangerousElements = ["script", "iframe", "frame", "object", "embed", "svg", "math", "style", "base", "form", "applet"];
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "background", "data", "ping"];
    private static readonly string[] BadSchemes = ["javascript:", "data:", "vbscript:"];

    /// <summary>Every finding in every file under <paramref name="root"/>, as "file: finding".</summary>
    public static IReadOnlyList<string> Scan(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal))
            .SelectMany(f => Find(File.ReadAllText(f)).Select(x => $"{Path.GetRelativePath(root, f)}: {x}"))];

    public static IEnumerable<string> Find(string html)
    {
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            var attributes = Attribute().Matches(tag.Groups["attrs"].Value)
                .ToDictionary(a => a.Groups["name"].Value.ToLowerInvariant(), a => Normalize(a.Groups["value"].Value));
            if (DangerousElements.Contains(name) && !IsThemeElement(name, attributes))
            {
                yield return $"<{name}> element";
            }

            foreach (var (attr, value) in attributes)
            {
                if (attr == "http-equiv" && !IsThemeElement(name, attributes))
                {
                    yield return $"<{name} http-equiv>";
                }
                else if (attr.StartsWith("on", StringComparison.Ordinal))
                {
                    yield return $"event handler {attr}= on <{name}>";
                }
                else if (UrlAttributes.Contains(attr) && BadSchemes.Any(s => value.StartsWith(s, StringComparison.Ordinal)))
                {
                    yield return $"{attr}=\"{value}\" on <{name}>";
                }
            }
        }
    }

    private static bool IsThemeElement(string name, Dictionary<string, string> a) => name switch
    {
        "meta" => a.GetValueOrDefault("http-equiv") == "content-security-policy"
            || (a.GetValueOrDefault("http-equiv") == "refresh" && RefreshTarget(a.GetValueOrDefault("content")) is { } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)),
        "script" => a.GetValueOrDefault("type") == "application/ld+json"
            || (a.TryGetValue("src", out var src) && src.StartsWith('/') && (src.EndsWith("/assets/search.js", StringComparison.Ordinal) || src.EndsWith("/pagefind/pagefind-ui.js", StringComparison.Ordinal))),
        "svg" => (a.GetValueOrDefault("class") == "chart-svg" && a.GetValueOrDefault("role") == "img")
            || (a.GetValueOrDefault("class") == "map-svg" && a.GetValueOrDefault("role") is "img" or "group"),
        _ => false,
    };

    private static string? RefreshTarget(string? content) =>
        content?.IndexOf("url=", StringComparison.Ordinal) is int i and >= 0 ? content[(i + 4)..].Trim() : null;

    /// <summary>The URL as a browser reads it: entities decoded, ASCII tab/newline removed, leading spaces and controls trimmed, lowercased.</summary>
    private static string Normalize(string value)
    {
        var decoded = WebUtility.HtmlDecode(value);
        var cleaned = new string([.. decoded.Where(c => c is not ('\t' or '\n' or '\r'))]);
        return cleaned.TrimStart([.. Enumerable.Range(0, 0x21).Select(i => (char)i)]).ToLowerInvariant();
    }

    [GeneratedRegex(@"<(?<name>[a-zA-Z][a-zA-Z0-9:-]*)(?<attrs>[^>]*)>")]
    private static partial Regex Tag();

    [GeneratedRegex("""(?<name>[^\s"'>/=]+)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s>]+))""")]
    private static partial Regex Attribute();
}
