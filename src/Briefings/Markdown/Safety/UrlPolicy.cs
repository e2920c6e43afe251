namespace Briefings.Markdown.Safety;

/// <summary>Which link and image URLs contributor Markdown may use: http, https, mailto and relative ones only.</summary>
internal static class UrlPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var cleaned = new string([.. url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }

        var end = cleaned.IndexOfAny(['/', '?', '#']);
        if (end >= 0 && end < colon)
        {
            return true;
        }

        var scheme = cleaned[..colon].ToLowerInvariant();
        return AllowedSchemes.Contains(scheme);
    }
}
