using System.Text;

namespace Briefings.Content;

/// <summary>Slugs: lowercase ASCII letters, digits and single hyphens, e.g. <c>pakistan-russia-jwg-ct-7</c>.</summary>
public static class Slug
{
    public const int MaxLength = 100;

    public static bool IsValid(string? slug)
    {
        if (string.IsNullOrEmpty(slug) || slug.Length > MaxLength || slug[0] == '-' || slug[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < slug.Length; i++)
        {
            var c = slug[i];
            var ok = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && slug[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Why a slug is invalid, in words a contributor can act on.</summary>
    public static string Explain(string slug) =>
        $"'{slug}' is not a valid slug: use lowercase ASCII letters, digits and single hyphens (for example '{FromTitle(slug)}')";

    /// <summary>Makes a slug from any title: accents dropped, everything else becomes single hyphens.</summary>
    public static string FromTitle(string title)
    {
        var sb = new StringBuilder(title.Length);
        foreach (var c in title)
        {
            if (c is '\'' or '\u2019')
            {
                continue;
            }

            var ascii = Transliteration.ToAscii(c);
            if (!string.IsNullOrEmpty(ascii))
            {
                sb.Append(ascii);
            }
            else if (ascii is null && sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().Trim('-');
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }
}
