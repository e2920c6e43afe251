using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace Briefings.Output;

/// <summary>
/// Write stage: pages go into a staging folder beside the output as soon as they are rendered (from any thread),
/// and <see cref="Commit"/> swaps it in. A failed or interrupted build never leaves a half-written site (disposing
/// an uncommitted writer deletes the staging folder), and files of removed content never linger.
/// </summary>
public sealed class SiteWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _output;
    private readonly string _staging;
    private readonly string _root;
    private readonly ConcurrentDictionary<string, byte> _directories = new(StringComparer.Ordinal);
    private int _files;
    private bool _committed;

    private SiteWriter(string outputDirectory)
    {
        _output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        _staging = _output + ".staging";
        _root = _staging + Path.DirectorySeparatorChar;
        DeleteTree(_staging);
        Directory.CreateDirectory(_staging);
    }

    /// <summary>How many files have been written.</summary>
    public int Files => _files;

    /// <summary>Starts a new staging folder for <paramref name="outputDirectory"/>, replacing a stale one.</summary>
    public static SiteWriter Begin(string outputDirectory) => new(outputDirectory);

    /// <summary>Writes the whole site and swaps it in.</summary>
    public static void Write(string outputDirectory, IEnumerable<OutputFile> files)
    {
        using var writer = Begin(outputDirectory);
        Parallel.ForEach(files, file => writer.Write(file.Path, file.Bytes));
        writer.Commit();
    }

    /// <summary>Writes text as UTF-8 (no BOM) through a pooled buffer. Thread-safe.</summary>
    public void Write(string path, string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            var length = Utf8.GetBytes(text, buffer);
            Write(path, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes one file at a site-relative path. Thread-safe.</summary>
    public void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var target = Path.GetFullPath(Path.Combine(_staging, path));
        if (!target.StartsWith(_root, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write '{path}' outside the output folder");
        }

        var directory = Path.GetDirectoryName(target)!;
        if (!_directories.ContainsKey(directory))
        {
            Directory.CreateDirectory(directory);
            _directories.TryAdd(directory, 0);
        }

        // Open (create or truncate), one positional write, close: no preallocation, seek or size syscalls.
        using (var handle = File.OpenHandle(target, FileMode.Create, FileAccess.Write))
        {
            RandomAccess.Write(handle, bytes, 0);
        }

        Interlocked.Increment(ref _files);
    }

    /// <summary>Swaps the staging folder in for the output folder, then deletes the previous site.</summary>
    public void Commit()
    {
        var previous = _output + ".previous";
        DeleteTree(previous);
        if (Directory.Exists(_output))
        {
            Directory.Move(_output, previous);
        }

        Directory.Move(_staging, _output);
        _committed = true;
        DeleteTree(previous);
    }

    /// <summary>Deletes the staging folder unless it was committed: the output folder stays as it was.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            DeleteTree(_staging);
        }
    }

    /// <summary>Deletes a folder; a site's page folders (two levels down) are deleted in parallel.</summary>
    private static void DeleteTree(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        var pages = Directory.GetDirectories(directory).SelectMany(Directory.GetDirectories).ToList();
        Parallel.ForEach(pages, Delete);
        Delete(directory);
    }

    /// <summary>
    /// Empties a folder in one pass over its entries, then removes it: <see cref="Directory.Delete(string, bool)"/>
    /// first tries to remove every folder as if it were empty, a failed system call per page folder. Links are
    /// removed, never followed.
    /// </summary>
    private static void Delete(string directory)
    {
        foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo && !entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                Delete(entry.FullName);
            }
            else
            {
                File.Delete(entry.FullName);
            }
        }

        Directory.Delete(directory);
    }
}
