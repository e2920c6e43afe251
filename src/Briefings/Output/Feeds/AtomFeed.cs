using System.Runtime.CompilerServices;
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

    /// <summary>How the feed ends: its last element, then the line end every XML file ends with.</summary>
    private static readonly byte[] End = "\n</feed>\n"u8.ToArray();

    /// <summary>
    /// Each entry as it is written inside a feed, made once: an item is an entry of every feed that lists it (its
    /// countries', groups', topics', the site's), so a site has many times more entries in its feeds than items.
    /// </summary>
    private static readonly ConditionalWeakTable<FeedEntry, byte[]> Entries = [];

    public static byte[] Write(string title, string pageUrl, string feedUrl, IReadOnlyList<FeedEntry> entries, PartialDate updated)
    {
        // The feed without entries, then each entry's bytes put before its end tag: the same bytes as writing it whole.
        var head = Xml.Write(w =>
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
            w.WriteEndElement();
        });
        if (!head.AsSpan().EndsWith(End))
        {
            throw new InvalidOperationException("an Atom feed's head does not end with its end tag");
        }

        var parts = entries.Select(e => Entries.GetValue(e, static e => Fragment(e))).ToList();
        var feed = new byte[head.Length + parts.Sum(p => p.Length)];
        var at = head.Length - End.Length;
        head.AsSpan(0, at).CopyTo(feed);
        foreach (var part in parts)
        {
            part.CopyTo(feed, at);
            at += part.Length;
        }

        End.CopyTo(feed, at);
        return feed;
    }

    /// <summary>
    /// An entry's bytes as the writer puts them inside a feed (a line break, the entry indented one level): written
    /// inside a stand-in feed element, then cut out of it.
    /// </summary>
    private static byte[] Fragment(FeedEntry entry)
    {
        var whole = Xml.Write(w =>
        {
            w.WriteStartElement("feed", Ns);
            w.WriteElementString("id", Ns, "");
            WriteEntry(w, entry);
            w.WriteEndElement();
        });
        var marker = whole.AsSpan().IndexOf("<id />"u8);
        if (marker < 0)
        {
            throw new InvalidOperationException("an Atom entry was not written after its stand-in feed's id");
        }

        var start = marker + "<id />".Length;
        return whole.AsSpan(start, whole.Length - End.Length - start).ToArray();
    }

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
