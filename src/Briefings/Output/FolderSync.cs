using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Enumeration;

namespace Briefings.Output;

/// <summary>How a folder was brought to a site's file set: files written, files already right, entries removed.</summary>
public sealed record SyncReport(int Written, int Unchanged, int Removed);

/// <summary>
/// Brings a folder that holds an earlier site to a new site's file set, file by file as they come: a file is written
/// only when its bytes differ from what is on disk, and <see cref="Finish"/> removes everything the new site does not
/// have. Symbolic links found in the folder are removed before anything is written, so nothing is written through one.
/// Rewriting a site of thousands of pages where a few changed costs reads, not writes, and unchanged files keep their
/// modification times. Given the earlier site's <see cref="SiteManifest"/>, a file still as it was recorded is not even
/// read: the new bytes' hash is compared with the recorded one. <see cref="Put"/> may be called from several threads at
/// once.
/// </summary>
internal sealed class FolderSync
{
    private const int ChunkSize = 64 * 1024;

    private readonly string _root;
    private readonly HashSet<string> _existingFiles = new(StringComparer.Ordinal);
    /// <summary>The earlier site's folders, numbered: <see cref="_kept"/> says which hold a file of the new site.</summary>
    private readonly Dictionary<string, int> _existingFolders = new(StringComparer.Ordinal);
    /// <summary>Each file put (full path) with its stamp when a manifest is kept, else a default one.</summary>
    private readonly ConcurrentDictionary<string, FileStamp> _put = new(StringComparer.Ordinal);
    private readonly bool[] _kept;
    private readonly SiteManifest? _earlier;
    private int _existingPut;
    private int _written;
    private int _removed;
    private int _compared;

    /// <summary>
    /// Brings <paramref name="folder"/> to a new site. With <paramref name="earlier"/> (the folder's manifest, empty when
    /// it has none) the files put are stamped for the next build's manifest (<see cref="Stamps"/>).
    /// </summary>
    public FolderSync(string folder, SiteManifest? earlier = null)
    {
        Directory.CreateDirectory(folder);
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        _earlier = earlier;
        Survey();
        _kept = new bool[_existingFolders.Count];
    }

    /// <summary>How many files of the earlier site were read to compare them with the new bytes.</summary>
    public int Compared => _compared;

    /// <summary>The files put so far, by path relative to the folder (with '/'), as they now are on disk.</summary>
    public IEnumerable<KeyValuePair<string, FileStamp>> Stamps =>
        _put.Where(p => p.Value != default).Select(p => KeyValuePair.Create(Relative(p.Key), p.Value));

    /// <summary>Whether nothing was put yet: the folder still holds the earlier site (without any links it had).</summary>
    public bool Untouched => _put.IsEmpty;

    /// <summary>Writes one file of the new site unless the folder already holds exactly these bytes there.</summary>
    public void Put(string path, ReadOnlySpan<byte> bytes)
    {
        var target = Target(path);
        if (!_put.TryAdd(target, default))
        {
            throw new InvalidOperationException($"two files of the site are both written to '{path}'");
        }

        var hash = _earlier is null ? default : FileStamp.HashOf(bytes);

        // Only a file the earlier site had can already hold these bytes: a new one is written without a look (a
        // build into an empty folder would otherwise try, and fail, to open every file first).
        if (_existingFiles.Contains(target))
        {
            Interlocked.Increment(ref _existingPut);
            if (_earlier is not null && _earlier.TryGet(Relative(target), out var recorded) && recorded.Length == bytes.Length &&
                recorded.Hash == hash && FileStamp.Of(target, hash) == recorded)
            {
                _put[target] = recorded;
                return;
            }

            Interlocked.Increment(ref _compared);
            if (HoldsBytes(target, bytes))
            {
                Stamp(target, hash);
                return;
            }
        }

        var folder = Path.GetDirectoryName(target)!;
        if (!_existingFolders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllBytes(target, bytes);
        Interlocked.Increment(ref _written);
        Stamp(target, hash);
    }

    private void Stamp(string target, UInt128 hash)
    {
        if (_earlier is not null && FileStamp.Of(target, hash) is { } stamp)
        {
            _put[target] = stamp;
        }
    }

    private string Relative(string target) => target[_root.Length..].Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>Removes every file and folder of the earlier site that the new site did not put; says what changed.</summary>
    public SyncReport Finish()
    {
        // Every earlier file put again (a rebuild with the same pages): none to remove, and no path looked up again. A
        // file of the earlier site where the new one has a folder was removed when the folder's first file was put.
        if (_existingPut < _existingFiles.Count)
        {
            foreach (var file in _existingFiles.Where(f => !_put.ContainsKey(f) && File.Exists(f)))
            {
                File.Delete(file);
                _removed++;
            }
        }

        // The folders no file of the new site went into (marked as files were put), deepest first, so a folder is empty
        // of removed entries when its turn comes.
        foreach (var folder in _existingFolders.Where(f => !_kept[f.Value]).Select(f => f.Key).OrderByDescending(f => f.Length))
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
                _removed++;
            }
        }

        return new SyncReport(_written, _put.Count - _written, _removed);
    }

    /// <summary>Lists what the folder holds and removes the symbolic links in it (without following them).</summary>
    private void Survey()
    {
        var links = new List<(string Path, bool IsFolder)>();
        var entries = new FileSystemEnumerable<(string Path, bool IsFolder, bool IsLink)>(
            _root, (ref FileSystemEntry e) => (e.ToFullPath(), e.IsDirectory, (e.Attributes & FileAttributes.ReparsePoint) != 0),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldRecursePredicate = (ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        foreach (var (path, isFolder, isLink) in entries)
        {
            if (isLink)
            {
                links.Add((path, isFolder));
            }
            else if (isFolder)
            {
                _existingFolders[path] = _existingFolders.Count;
            }
            else
            {
                _existingFiles.Add(path);
            }
        }

        foreach (var (path, isFolder) in links)
        {
            if (isFolder)
            {
                Directory.Delete(path); // removes the link, never what it points to
            }
            else
            {
                File.Delete(path);
            }

            _removed++;
        }
    }

    /// <summary>The full path of a site file, refusing any that would land outside the folder; clears what is in its way.</summary>
    private string Target(string relative)
    {
        var target = Path.GetFullPath(Path.Combine(_root, relative));
        if (!target.StartsWith(_root, StringComparison.Ordinal) || target.Length == _root.Length)
        {
            throw new InvalidOperationException($"refusing to write '{relative}' outside the output folder");
        }

        ClearWay(target);
        return target;
    }

    /// <summary>
    /// An earlier site may hold a folder where this file goes, or a file where one of its folders goes. The earlier
    /// site's folders this file goes into are marked kept.
    /// </summary>
    private void ClearWay(string target)
    {
        if (_existingFolders.ContainsKey(target) && Directory.Exists(target))
        {
            lock (_existingFolders)
            {
                if (Directory.Exists(target))
                {
                    Directory.Delete(target, recursive: true);
                }
            }
        }

        for (var parent = Path.GetDirectoryName(target)!; parent.Length > _root.Length; parent = Path.GetDirectoryName(parent)!)
        {
            // An earlier folder: so are the ones above it (no file in the way there). Once one is marked, so are they.
            if (_existingFolders.TryGetValue(parent, out var at))
            {
                if (_kept[at])
                {
                    break;
                }

                _kept[at] = true;
                continue;
            }

            if (_existingFiles.Contains(parent) && File.Exists(parent))
            {
                lock (_existingFiles)
                {
                    if (File.Exists(parent))
                    {
                        File.Delete(parent);
                    }
                }
            }
        }
    }

    /// <summary>Whether the file at <paramref name="path"/> exists and holds exactly <paramref name="bytes"/>.</summary>
    internal static bool HoldsBytes(string path, ReadOnlySpan<byte> bytes)
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
                    if (read == 0 || !chunk.AsSpan(0, read).SequenceEqual(bytes.Slice((int)offset, read)))
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
