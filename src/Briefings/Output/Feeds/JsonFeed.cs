using System.Text.Encodings.Web;
using System.Text.Json;

namespace Briefings.Output.Feeds;

/// <summary>
/// A JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with the same entries as the Atom feed beside it: ids are
/// absolute page URLs, dates come from the content (a partial date as its first day), never the clock.
/// </summary>
internal static class JsonFeed
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    public static byte[] Write(string title, string pageUrl, string feedUrl, string language, IReadOnlyList<FeedEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("version", Version);
            w.WriteString("title", title);
            w.WriteString("home_page_url", pageUrl);
            w.WriteString("feed_url", feedUrl);
            w.WriteString("language", language);
            w.WriteStartArray("items");
            foreach (var e in entries)
            {
                w.WriteStartObject();
                w.WriteString("id", e.Id);
                w.WriteString("url", e.Url);
                w.WriteString("title", e.Title);
                w.WriteString("content_text", e.Summary ?? e.Title);
                w.WriteString("date_published", AtomFeed.Timestamp(e.Date));
                w.WriteStartArray("authors");
                w.WriteStartObject();
                w.WriteString("name", e.Author);
                w.WriteEndObject();
                w.WriteEndArray();
                if (e.Categories.Count > 0)
                {
                    w.WriteStartArray("tags");
                    foreach (var c in e.Categories)
                    {
                        w.WriteStringValue(c);
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
