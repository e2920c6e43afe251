using Briefings.Pages;

namespace Briefings.Output;

/// <summary><c>sitemap.xml</c> (sitemaps.org 0.9) and <c>robots.txt</c> pointing to it.</summary>
internal static class SitemapFile
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>
    /// Every page (paths ending in '/'), with <c>lastmod</c> from the content's date when it is known to the day: the
    /// schema takes only full dates, and a month-precision date is not padded with an invented day.
    /// </summary>
    public static OutputFile Sitemap(Urls urls, IEnumerable<PageJob> jobs) => new(Urls.SitemapPath, Xml.Write(w =>
    {
        w.WriteStartElement("urlset", Ns);
        foreach (var job in jobs.Where(j => j.Path.Length == 0 || j.Path.EndsWith('/')))
        {
            w.WriteStartElement("url", Ns);
            w.WriteElementString("loc", Ns, urls.Absolute(job.Path));
            if (job.Date is { Day: not null } date)
            {
                w.WriteElementString("lastmod", Ns, date.Iso);
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }));

    public static OutputFile Robots(Urls urls) => new("robots.txt", System.Text.Encoding.UTF8.GetBytes(
        "User-agent: *\nAllow: /\n" + (urls.SiteUrl is null ? "" : $"Sitemap: {urls.Absolute(Urls.SitemapPath)}\n")));
}
