using System.Buffers;

namespace Briefings.Content;

/// <summary>
/// An old path that should lead to a page (<c>aliases:</c> of articles and notes), e.g. <c>2018/03/old-story/</c>.
/// Only site-relative paths of lowercase ASCII letters, digits and hyphens between single slashes: nothing that can
/// leave the site or the output folder (no <c>..</c>, no scheme, no <c>%</c>-escapes, no backslashes).
/// </summary>
public static class AliasPath
{
    public const int MaxLength = 300;

    private static readonly SearchValues<char> SegmentChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    public static bool IsValid(string? alias)
    {
        if (string.IsNullOrEmpty(alias) || alias.Length > MaxLength)
        {
            return false;
        }

        var path = alias.AsSpan();
        path = path.StartsWith('/') ? path[1..] : path;
        path = path.EndsWith('/') ? path[..^1] : path;
        if (path.Length == 0)
        {
            return false;
        }

        foreach (var range in path.Split('/'))
        {
            var segment = path[range];
            if (segment.Length == 0 || segment.ContainsAnyExcept(SegmentChars))
            {
                return false;
            }
        }

        return true;
    }

    public static string Explain(string alias) =>
        $"alias '{alias}' is not a site path: write an old path of the site such as '2018/03/old-story/', using lowercase ASCII letters, digits, hyphens and single slashes (no '..', scheme, '%' or '\\')";
}
