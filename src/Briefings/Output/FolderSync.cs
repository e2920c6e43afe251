using System.Buffers;
using System.Collections.Frozen;
using System.IO.Enumeration;

namespace Briefings.Output;

/// <summary>How a folder was brought to a site's file set: files written, files already right, entries removed.</summary>
public sealed record SyncReport(int Written, int Unchanged, int Removed);

/// <summary>
/// Makes a folder hold exactly a set of files: everything not in the set is removed (symbolic links included, never
/// followed), and a file is written only when its bytes differ from what is on disk. Rewriting a site of thousands of
/// pages where a few changed therefore costs reads, not writes, and unchanged files keep their modification times.
/// </summary>
internal static class FolderSync
{
    private const int ChunkSize = 64 * 1024;

    public static SyncReport Sync(string folder, IReadOnlyList<OutputFile> files, CancellationToken cancellation)
    {
        Directory.CreateDirectory(folder);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        var targets = files.Select(f => Target(root, f.Path)).ToArray();
        var (removed, existing) = Prune(root, targets);
        cancellation.ThrowIfCancellationRequested();

        var present = existing.ToFrozenSet(StringComparer.Ordinal);
        var written = 0;
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellation }, i =>
        {
            var bytes = files[i].Bytes;
            var parent = Path.GetDirectoryName(targets[i])!;
            if (!present.Contains(parent))
            {
                Directory.CreateDirectory(parent);
            }

            if (!HoldsBytes(targets[i], bytes))
            {
                File.WriteAllBytes(targets[i], bytes);
                Interlocked.Increment(ref written);
            }
        });
        return new SyncReport(written, files.Count - written, removed);
    }

    /// <summary>The full path of a site file, refusing any that would land outside the folder.</summary>
    private static string Target(string root, string relative)
    {
        var target = Path.GetFullPath(Path.Combine(root, relative));
        return target.StartsWith(root, StringComparison.Ordinal) && target.Length > root.Length
            ? target
            : throw new InvalidOperationException($"refusing to write '{relative}' outside the output folder");
    }

    /// <summary>
    /// Deletes every entry that is neither one of <paramref name="targets"/> nor a folder holding one; returns how many
    /// were deleted and the folders that are already there.
    /// </summary>
    private static (int Removed, List<string> Existing) Prune(string root, string[] targets)
    {
        var keepFiles = targets.ToHashSet(StringComparer.Ordinal);
        var keepFolders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            for (var parent = Path.GetDirectoryName(target)!; parent.Length >= root.Length && keepFolders.Add(parent);)
            {
                parent = Path.GetDirectoryName(parent)!;
            }
        }

        var existing = new List<string> { Path.TrimEndingDirectorySeparator(root) };
        var doomed = new FileSystemEnumerable<(string Path, bool IsFolder)>(
            root, (ref FileSystemEntry e) => (e.ToFullPath(), e.IsDirectory && !IsLink(e)),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !Keep(ref e, keepFiles, keepFolders),
            ShouldRecursePredicate = (ref FileSystemEntry e) => Keep(ref e, keepFiles, keepFolders) && Add(existing, e.ToFullPath()),
        }.ToList();

        foreach (var (path, isFolder) in doomed)
        {
            if (isFolder)
            {
                Directory.Delete(path, recursive: true);
            }
            else
            {
                File.Delete(path);
            }
        }

        return (doomed.Count, existing);
    }

    private static bool Add(List<string> list, string item)
    {
        list.Add(item);
        return true;
    }

    private static bool Keep(ref FileSystemEntry entry, HashSet<string> keepFiles, HashSet<string> keepFolders)
    {
        if (IsLink(entry))
        {
            return false;
        }

        var path = entry.ToFullPath();
        return entry.IsDirectory ? keepFolders.Contains(path) : keepFiles.Contains(path);
    }

    private static bool IsLink(in FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;

    /// <summary>Whether the file at <paramref name="path"/> exists and holds exactly <paramref name="bytes"/>.</summary>
    internal static bool HoldsBytes(string path, byte[] bytes)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (RandomAccess.GetLength(handle) != bytes.Length)
            {
                return false;
            }

            var chunk = ArrayPool<byte>.Shared.Rent(Math.Min(ChunkSize, Math.Max(bytes.Length, 1)));
            try
            {
                for (long offset = 0; offset < bytes.Length;)
                {
                    var read = RandomAccess.Read(handle, chunk.AsSpan(0, (int)Math.Min(chunk.Length, bytes.Length - offset)), offset);
                    if (read == 0 || !chunk.AsSpan(0, read).SequenceEqual(bytes.AsSpan((int)offset, read)))
                    {
                        return false;
                    }

                    offset += read;
                }

                return true;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
