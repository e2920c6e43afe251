using System.Security.Cryptography;
using System.Text;

namespace Briefings.Bench;

/// <summary>The SHA-256 of every file of a folder, as <c>sha256sum</c> lines in ordinal path order, and one digest of them all.</summary>
internal static class SiteHash
{
    public static IReadOnlyList<string> Lines(string root)
    {
        var full = Path.GetFullPath(root);
        return [.. Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(full, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(p => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(full, p)))) + "  " + p)];
    }

    public static string Digest(IReadOnlyList<string> lines) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
}
