namespace Briefings.Importing;

/// <summary>Scraped text made regular: no BOM, LF line endings, no non-breaking or zero-width spaces, lines trimmed.</summary>
internal static class RawText
{
    public static List<string> Lines(string text)
    {
        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n')
            .Replace('\u00A0', ' ').Replace("\u200B", "").Replace("\u2009", " ").Replace('\t', ' ');
        return [.. text.Split('\n').Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries)))];
    }
}
