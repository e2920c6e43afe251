using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Briefings.Importing;

/// <summary>One input of <c>import</c>, read and decoded: an HTML page or raw text, and where it came from.</summary>
internal sealed record ImportInput(string Name, string Text, bool IsHtml, Uri? Url);

/// <summary>
/// Reads what a contributor hands to <c>import</c> — a saved page, a text file, or the bytes a server sent — and
/// refuses what is not a page: binary files, PDFs, empty files, anything over <see cref="MaxBytes"/>. HTML is decoded
/// by its byte-order mark, else the charset of the Content-Type header, else its <c>&lt;meta charset&gt;</c>, else UTF-8
/// when it is valid, else windows-1252 (what browsers assume); raw text must be UTF-8, as the content is.
/// </summary>
internal static partial class ImportSource
{
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>The error for raw text that is not UTF-8 (the caller can say where, as the loader does).</summary>
    public const string NotUtf8 = "the text is not valid UTF-8 and says nothing of its encoding: save it as UTF-8";

    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"];

    static ImportSource() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static ImportInput? ReadFile(string path, out string error)
    {
        error = "";
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            error = Directory.Exists(path) ? "is a folder, not a page" : "no such file";
            return null;
        }

        if (info.Length > MaxBytes)
        {
            error = $"the file is {Megabytes(info.Length)}, more than the {Megabytes(MaxBytes)} a page may be";
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        var html = HtmlExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase) ? true
            : string.Equals(Path.GetExtension(path), ".txt", StringComparison.OrdinalIgnoreCase) ? false : (bool?)null;
        return FromBytes(path, bytes, null, html, null, out error);
    }

    /// <summary>
    /// Decoded bytes, or null with the reason. <paramref name="isHtml"/> null means: look at the bytes;
    /// <paramref name="contentType"/> is the server's header, when there was one.
    /// </summary>
    public static ImportInput? FromBytes(string name, byte[] bytes, string? contentType, bool? isHtml, Uri? url, out string error)
    {
        error = "";
        if (Binary(bytes) is { } kind)
        {
            error = $"{kind}, not a web page or text: save the article as HTML or text";
            return null;
        }

        var bom = Bom(bytes, out var bomLength);
        var declared = bom ?? Charset(contentType) ?? (isHtml != false ? MetaCharset(bytes) : null);
        var html = isHtml ?? LooksLikeHtml(bytes);
        string text;
        if (declared is not null)
        {
            text = declared.GetString(bytes, bomLength, bytes.Length - bomLength);
        }
        else if (Utf8.IsValid(bytes))
        {
            text = Encoding.UTF8.GetString(bytes);
        }
        else if (html)
        {
            text = Encoding.GetEncoding(1252).GetString(bytes);
        }
        else
        {
            error = NotUtf8;
            return null;
        }

        if (text.Replace("\uFEFF", "").Trim().Length == 0)
        {
            error = "the page is empty";
            return null;
        }

        return new ImportInput(name, text.TrimStart('\uFEFF'), html, url);
    }

    /// <summary>What a binary file is, roughly; null for text.</summary>
    private static string? Binary(byte[] bytes)
    {
        ReadOnlySpan<byte> head = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        if (head.StartsWith("%PDF-"u8))
        {
            return "a PDF";
        }

        if (head.StartsWith((byte[])[0xFF, 0xFE]) || head.StartsWith((byte[])[0xFE, 0xFF]))
        {
            return null; // UTF-16 with a byte-order mark: text, with zero bytes in it
        }

        if (head.StartsWith((byte[])[0x89, (byte)'P', (byte)'N', (byte)'G']) || head.StartsWith((byte[])[0xFF, 0xD8, 0xFF]) || head.StartsWith("GIF8"u8))
        {
            return "an image";
        }

        if (head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith((byte[])[0x1F, 0x8B]))
        {
            return "an archive";
        }

        var control = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return "a binary file";
            }

            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                control++;
            }
        }

        return control > head.Length / 100 + 2 ? "a binary file" : null;
    }

    private static Encoding? Bom(byte[] bytes, out int length)
    {
        (length, var encoding) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (3, new UTF8Encoding(false)),
            [0xFF, 0xFE, ..] => (2, Encoding.Unicode),
            [0xFE, 0xFF, ..] => (2, Encoding.BigEndianUnicode),
            _ => (0, (Encoding?)null),
        };
        return encoding;
    }

    /// <summary>The encoding a charset label names, the WHATWG way for the Latin-1 labels (they mean windows-1252).</summary>
    internal static Encoding? EncodingOf(string? label)
    {
        label = label?.Trim().Trim('"', '\'').ToLowerInvariant();
        if (string.IsNullOrEmpty(label))
        {
            return null;
        }

        if (label is "iso-8859-1" or "latin1" or "latin-1" or "l1" or "us-ascii" or "ascii" or "iso8859-1" or "cp1252")
        {
            label = "windows-1252";
        }

        try
        {
            return Encoding.GetEncoding(label, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding? Charset(string? contentType) =>
        contentType is null ? null : CharsetParameter().Match(contentType) is { Success: true } m ? EncodingOf(m.Groups[1].Value) : null;

    /// <summary>The charset a page declares in its first 4 KB: <c>&lt;meta charset&gt;</c> or the http-equiv Content-Type.</summary>
    private static Encoding? MetaCharset(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        return MetaCharsetTag().Match(head) is { Success: true } m ? EncodingOf(m.Groups[1].Value) : null;
    }

    private static bool LooksLikeHtml(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 2048));
        return HtmlStart().IsMatch(head);
    }

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB");

    [GeneratedRegex(@"charset\s*=\s*[""']?([\w.:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([\w.:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetTag();

    [GeneratedRegex(@"<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|title>)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlStart();
}
