using System.IO.Hashing;
using System.Text;

namespace Briefings.Output;

/// <summary>What a site file was when it was written: its length, modification time and a hash of its bytes.</summary>
internal readonly record struct FileStamp(long Length, long ModifiedTicks, UInt128 Hash)
{
    public static UInt128 HashOf(ReadOnlySpan<byte> bytes) => XxHash128.HashToUInt128(bytes);

    /// <summary>The file's length and modification time now, with <paramref name="hash"/>; null when it is gone.</summary>
    public static FileStamp? Of(string path, UInt128 hash)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks, hash) : null;
    }
}

/// <summary>
/// A site folder's files as they were written, kept beside the folder (never in it: the folder is what gets published),
/// as git's index is kept beside a work tree. The next build that brings this folder to a new site reads it instead of
/// the files: a file whose length and modification time are still as recorded holds the recorded bytes, so a page whose
/// new bytes hash the same is unchanged without being read. Anything else (no manifest, a damaged one, a file touched
/// since) falls back to comparing bytes. Files written in the last moments before the manifest was saved are left out
/// ("racy", as git calls them): a change in the same tick of the file system's clock would not move their time.
/// </summary>
internal sealed class SiteManifest
{
    private const string Magic = "briefings site manifest 1";

    /// <summary>How close to the manifest's saving a file's time may be and still be trusted: FAT keeps 2 s steps.</summary>
    public static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    public static readonly SiteManifest Empty = new(new Dictionary<string, FileStamp>(StringComparer.Ordinal));

    private readonly Dictionary<string, FileStamp> _files;

    private SiteManifest(Dictionary<string, FileStamp> files) => _files = files;

    public int Count => _files.Count;

    /// <summary>The stamp recorded for a file (its path relative to the folder, with '/').</summary>
    public bool TryGet(string path, out FileStamp stamp) => _files.TryGetValue(path, out stamp);

    /// <summary>The manifest saved at <paramref name="path"/>, or an empty one when there is none or it cannot be read.</summary>
    public static SiteManifest Load(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadString() != Magic)
            {
                return Empty;
            }

            var count = reader.ReadInt32();
            if (count < 0 || count > stream.Length / 20)
            {
                return Empty;
            }

            var files = new Dictionary<string, FileStamp>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var name = reader.ReadString();
                var length = reader.ReadInt64();
                var ticks = reader.ReadInt64();
                var hash = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
                files[name] = new FileStamp(length, ticks, hash);
            }

            return stream.Position == stream.Length ? new SiteManifest(files) : Empty;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or DecoderFallbackException)
        {
            return Empty;
        }
    }

    /// <summary>
    /// Saves the stamps of a folder's files at <paramref name="path"/> (written beside it, then renamed over it), leaving
    /// out those modified less than <paramref name="racyWindow"/> before now.
    /// </summary>
    public static void Save(string path, IEnumerable<KeyValuePair<string, FileStamp>> files, TimeSpan racyWindow)
    {
        var trustedBefore = (DateTime.UtcNow - racyWindow).Ticks;
        var kept = files.Where(f => f.Value.ModifiedTicks < trustedBefore).OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
        IgnoredFolder(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new BinaryWriter(stream, new UTF8Encoding(false)))
        {
            writer.Write(Magic);
            writer.Write(kept.Count);
            foreach (var (name, stamp) in kept)
            {
                writer.Write(name);
                writer.Write(stamp.Length);
                writer.Write(stamp.ModifiedTicks);
                writer.Write((ulong)(stamp.Hash >> 64));
                writer.Write((ulong)stamp.Hash);
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// The manifests' folder, made with a <c>.gitignore</c> of its own that ignores all of it (as tools' cache folders
    /// do): git never offers it for a commit, whatever the repository's own <c>.gitignore</c> lists (a content editor
    /// that commits every new file would otherwise commit it).
    /// </summary>
    private static void IgnoredFolder(string folder)
    {
        Directory.CreateDirectory(folder);
        var ignore = Path.Combine(folder, ".gitignore");
        if (!File.Exists(ignore))
        {
            File.WriteAllText(ignore, "# Made by briefings build: which files of the output folders are unchanged. Safe to delete.\n*\n");
        }
    }
}
