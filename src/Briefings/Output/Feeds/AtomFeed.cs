using System.Xml;
using Briefings.Content;

namespace Briefings.Output.Feeds;

/// <summary>One entry of an Atom feed.</summary>
internal sealed record FeedEntry(string Id, string Title, string Url, PartialDate Date, string? Summary, string Author, IReadOnlyList<string> Categories);

/// <summary>
/// An Atom 1.0 feed (RFC 4287). Ids are the entries' absolute page URLs, so they never change; <c>updated</c>
/// comes from the content's dates, never the clock. A partial date is given as its first day.
/// </summary>
internal static class AtomFeed
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    public static byte[] Write(string title, string pageUrl, string feedUrl, IReadOnlyList<FeedEntry> entries, PartialDate updated) =>
        Xml.Write(w =>
        {
            w.WriteStartElement("feed", Ns);
            w.WriteElementString("title", Ns, title);
            w.WriteElementString("id", Ns, pageUrl);
            w.WriteElementString("updated", Ns, Timestamp(updated));
            Link(w, "alternate", pageUrl, "text/html");
            Link(w, "self", feedUrl, "application/atom+xml");
            w.WriteStartElement("generator", Ns);
            w.WriteString("Briefings");
            w.WriteEndElement();
            foreach (var entry in entries)
            {
                WriteEntry(w, entry);
            }

            w.WriteEndElement();
        });

    /// <summary>RFC 3339 for a partial date: <c>2018-03</c> → <c>2018-03-01T00:00:00Z</c>.</summary>
    public static string Timestamp(PartialDate date) => $"{date.Year:0000}-{date.Month ?? 1:00}-{date.Day ?? 1:00}T00:00:00Z";

    private static void WriteEntry(XmlWriter w, FeedEntry entry)
    {
        w.WriteStartElement("entry", Ns);
        w.WriteElementString("title", Ns, entry.Title);
        w.WriteElementString("id", Ns, entry.Id);
        Link(w, "alternate", entry.Url, "text/html");
        w.WriteElementString("published", Ns, Timestamp(entry.Date));
        w.WriteElementString("updated", Ns, Timestamp(entry.Date));
        w.WriteStartElement("author", Ns);
        w.WriteElementString("name", Ns, entry.Author);
        w.WriteEndElement();
        foreach (var category in entry.Categories)
        {
            w.WriteStartElement("category", Ns);
            w.WriteAttributeString("term", category);
            w.WriteEndElement();
        }

        if (entry.Summary is not null)
        {
            w.WriteStartElement("summary", Ns);
            w.WriteAttributeString("type", "text");
            w.WriteString(entry.Summary);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void Link(XmlWriter w, string rel, string href, string type)
    {
        w.WriteStartElement("link", Ns);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }
}
