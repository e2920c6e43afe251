using System.Buffers;
using System.Globalization;
using System.IO.Enumeration;
using System.Text;
using System.Text.Unicode;
using Briefings.Diagnostics;

namespace Briefings.Loading;

/// <summary>Load stage: enumerates <c>input/</c>, reads every file once and refuses what is not UTF-8 text.</summary>
internal sealed class InputLoader(DiagnosticBag diagnostics)
{
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>How many files are read at once.</summary>
    private static readonly int Readers = Math.Max(16, 4 * Environment.ProcessorCount);

    /// <summary>
    /// Reads every file of <paramref name="inputDirectory"/>, except hidden ones and those in <paramref name="skip"/>
    /// (the build's own output folders: inside the input folder they are not content). Neither is walked.
    /// </summary>
    public IReadOnlyList<InputFile> Load(string inputDirectory, IEnumerable<string>? skip = null)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputDirectory));
        var skipped = (skip ?? []).Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f))).ToHashSet(StringComparer.Ordinal);
        // Symbolic links are listed, never followed: content is the input folder's own files (a link could bring any file
        // of the machine into the site), and each one skipped is a warning rather than a silent gap.
        var entries = new FileSystemEnumerable<(string Path, bool IsLink)>(root,
            (ref FileSystemEntry e) => (e.ToFullPath(), (e.Attributes & FileAttributes.ReparsePoint) != 0),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.FileName.StartsWith('.') && (!e.IsDirectory || (e.Attributes & FileAttributes.ReparsePoint) != 0),
            ShouldRecursePredicate = (ref FileSystemEntry e) =>
                !e.FileName.StartsWith('.') && (e.Attributes & FileAttributes.ReparsePoint) == 0 && !skipped.Contains(e.ToFullPath()),
        };
        var all = entries
            .Select(e => (Path: Path.GetRelativePath(root, e.Path).Replace('\\', '/'), e.IsLink))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
        foreach (var link in all.Where(e => e.IsLink && !skipped.Contains(Path.Combine(root, e.Path))))
        {
            diagnostics.Warning(SourceLocation.StartOf(link.Path), DiagnosticCodes.SymbolicLink,
                "is a symbolic link and was skipped: content must be files of the input folder itself (copy the file in instead)");
        }

        var paths = all.Where(e => !e.IsLink).Select(e => e.Path).ToList();

        // Reading is mostly waiting on the disk when the files are not in the page cache (a big archive after a
        // checkout, or after a build wrote gigabytes): more reads in flight than cores keep the disk busy.
        var files = new InputFile?[paths.Count];
        var next = -1;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failed = null;
        var readers = Enumerable.Range(0, Math.Min(Readers, Math.Max(1, paths.Count / 64))).Select(_ => new Thread(() =>
        {
            try
            {
                for (var i = Interlocked.Increment(ref next); i < paths.Count && failed is null; i = Interlocked.Increment(ref next))
                {
                    files[i] = Read(root, paths[i]);
                }
            }
            catch (Exception e)
            {
                // A file that went away or cannot be opened: the caller gets the exception itself (serve says so and goes on)
                Interlocked.CompareExchange(ref failed, System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e), null);
            }
        })
        { IsBackground = true }).ToList();
        readers.ForEach(t => t.Start());
        readers.ForEach(t => t.Join());
        failed?.Throw();
        return [.. files.OfType<InputFile>()];
    }

    /// <summary>One file of the input folder, or null (with a diagnostic) when it is too large or not UTF-8.</summary>
    internal InputFile? Read(string root, string relative)
    {
        // One open, one size query on the open file, one read: no separate stat of the path.
        using var handle = File.OpenHandle(Path.Combine(root, relative));
        var length = RandomAccess.GetLength(handle);
        if (length > MaxFileBytes)
        {
            diagnostics.Error(SourceLocation.StartOf(relative), DiagnosticCodes.FileTooLarge, string.Create(CultureInfo.InvariantCulture,
                $"file is {length:N0} bytes; the limit is {MaxFileBytes:N0} bytes (1 MiB) per file (split it, or move large data elsewhere)"));
            return null;
        }

        // The bytes are only needed until the text is decoded: a pooled buffer, not a new array per file.
        var buffer = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            var read = 0;
            while (read < length && RandomAccess.Read(handle, buffer.AsSpan(read, (int)length - read), read) is var n and > 0)
            {
                read += n;
            }

            var bytes = buffer.AsSpan(0, read);
            var text = Decode(relative, bytes);
            return text is null ? null : new InputFile(relative, text);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Where the first bad byte is: after <paramref name="valid"/>, counting LF, CRLF and CR as line breaks and columns in characters.</summary>
    private static SourceLocation Locate(string path, ReadOnlySpan<byte> valid)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < valid.Length; i++)
        {
            if (valid[i] == '\n' || (valid[i] == '\r' && (i + 1 >= valid.Length || valid[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(path, line, Encoding.UTF8.GetCharCount(valid[lineStart..]) + 1);
    }

    /// <summary>Strict UTF-8 with an optional BOM; line endings normalised to LF.</summary>
    internal string? Decode(string path, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (Utf8.IsValid(bytes))
        {
            // Valid, the common case: decoded straight into the string.
            var text = Encoding.UTF8.GetString(bytes);
            return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
        }

        var chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false);
            diagnostics.Error(Locate(path, bytes[..read]), DiagnosticCodes.NotUtf8,
                $"file is not valid UTF-8 (byte 0x{bytes[read]:X2} at offset {read}); save it as UTF-8");
            return null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
