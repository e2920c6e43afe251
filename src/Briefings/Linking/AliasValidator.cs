using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Linking;

/// <summary>
/// Checks <c>aliases</c> — old paths of an article or note that must redirect to its page — and turns them into
/// <see cref="Redirect"/>s. An alias is a path on this site, below the base path: <c>old/path/</c>, <c>/old/path</c> or
/// <c>/2018/03/old-story.html</c>. Names are ASCII letters, digits, '.', '_' and '-', separated by '/'; a name may not
/// start with '.'; no URL, '%', '\', '?', '#', '..' or empty name, and nothing in the search index's folder
/// (<see cref="Urls.SearchBundlePath"/>). Two aliases may not claim the same path; clashes
/// with the site's own pages are found when the pages are planned (<see cref="Pages.RedirectPages"/>).
/// </summary>
internal static class AliasValidator
{
    public const int MaxLength = 200;

    private static readonly System.Buffers.SearchValues<char> SchemeChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-");

    public static IReadOnlyList<Redirect> Validate(
        IEnumerable<(EntityKey Target, IReadOnlyList<Located<string>> Aliases)> items, DiagnosticBag diagnostics)
    {
        var claims = new PathClaims();
        var redirects = new List<Redirect>();
        foreach (var (target, aliases) in items)
        {
            foreach (var alias in aliases)
            {
                if (Problem(alias.Value) is { } problem)
                {
                    diagnostics.Error(alias.Location, DiagnosticCodes.InvalidAlias, $"alias '{alias.Value}' {problem}");
                    continue;
                }

                var path = Urls.RedirectPath(alias.Value);
                if (!claims.TryClaim(Urls.FileOf(path), $"the alias '{alias.Value}' in {alias.Location}", out var clash))
                {
                    diagnostics.Error(alias.Location, DiagnosticCodes.AliasClash,
                        $"alias '{alias.Value}' clashes with another alias: {clash}; an old path can redirect to one page only");
                    continue;
                }

                redirects.Add(new Redirect(alias.Value, path, target, alias.Location));
            }
        }

        return redirects;
    }

    /// <summary>What is wrong with an alias, in words a contributor can act on; null when it is a valid path.</summary>
    internal static string? Problem(string alias)
    {
        if (alias.Length > MaxLength)
        {
            return $"is longer than {MaxLength} characters";
        }

        if (alias.StartsWith("//", StringComparison.Ordinal) || HasScheme(alias))
        {
            return "is a URL; an alias is a path on this site, such as 'old/path/' or '/2018/03/old-story.html'";
        }

        if (alias.Contains('\\', StringComparison.Ordinal))
        {
            return "has '\\'; separate folders with '/'";
        }

        if (alias.Contains('%', StringComparison.Ordinal))
        {
            return "is percent-encoded ('%'); write the path itself, with ASCII letters, digits, '.', '_' and '-'";
        }

        if (alias.AsSpan().IndexOfAny('?', '#') >= 0)
        {
            return "has a query or fragment ('?' or '#'); a redirect page stands at a path, nothing more";
        }

        var path = alias.StartsWith('/') ? alias[1..] : alias;
        if (path.Length == 0)
        {
            return "is the home page; an alias is an old path that now redirects to this page";
        }

        if ((path + "/").StartsWith(Urls.SearchBundlePath, StringComparison.OrdinalIgnoreCase))
        {
            return $"is inside '{Urls.SearchBundlePath}', where the search index is written; an alias cannot replace its files";
        }

        foreach (var name in (path.EndsWith('/') ? path[..^1] : path).Split('/'))
        {
            if (NameProblem(name) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? NameProblem(string name)
    {
        if (name.Length == 0)
        {
            return "has an empty folder name ('//')";
        }

        if (name is "." or "..")
        {
            return $"has '{name}'; an alias names a path below the site's root and cannot climb out of it";
        }

        if (name[0] == '.')
        {
            return $"has the hidden name '{name}'; GitHub Pages does not publish names that start with '.'";
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or '-'))
            {
                return $"has '{c}'; use ASCII letters, digits, '.', '_' and '-' in names, and '/' between them";
            }
        }

        return null;
    }

    /// <summary><c>https:</c>, <c>javascript:</c>, <c>mailto:</c>…: a scheme before any '/'.</summary>
    private static bool HasScheme(string alias)
    {
        var colon = alias.IndexOf(':', StringComparison.Ordinal);
        var slash = alias.IndexOf('/', StringComparison.Ordinal);
        return colon > 0 && (slash < 0 || colon < slash) && char.IsAsciiLetter(alias[0]) && !alias.AsSpan(0, colon).ContainsAnyExcept(SchemeChars);
    }
}
