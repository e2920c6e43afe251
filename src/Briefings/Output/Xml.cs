using System.Text;
using System.Xml;

namespace Briefings.Output;

/// <summary>Writes XML files the same way every time: UTF-8 without BOM, LF, two-space indent.</summary>
internal static class Xml
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    // Each thread writes its files into one stream, emptied before each: a site has hundreds of feeds.
    [ThreadStatic]
    private static MemoryStream? t_stream;

    public static byte[] Write(Action<XmlWriter> write)
    {
        var stream = t_stream ?? new MemoryStream(64 * 1024);
        t_stream = null;
        stream.SetLength(0);
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        var bytes = stream.ToArray();
        t_stream = stream.Capacity <= 16 * 1024 * 1024 ? stream : null;
        return bytes;
    }
}
