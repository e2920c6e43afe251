using System.Text.RegularExpressions;
using Briefings.Advice;
using Briefings.Content;
using Briefings.Linking;

namespace Briefings.Importing;

/// <summary>
/// Turns a raw scraped article (title line, body, the page's boilerplate) into a draft: title from the first line,
/// page furniture removed, dateline and its country, date and source when the page gives them, the lead for the
/// summary, and the countries, groups, people and meetings the text names — found with the same matcher as mention
/// advice, against the built-in countries and the site's own registries.
/// </summary>
internal sealed partial class ArticleImporter(Site site, MentionMatcher matcher)
{
    private const int LeadLength = 100;

    /// <summary>An article found in an HTML page: the page's own metadata first, then the same rules as for text.</summary>
    public ImportedArticle Import(ExtractedPage page, ImportOptions options)
    {
        var meta = page.Metadata;
        var title = meta.Title.Value ?? (page.Paragraphs.Count > 0 ? page.Paragraphs[0] : "");
        var siteName = options.SourceName ?? meta.SiteName.Value;
        var (cleanTitle, _) = SplitTitle(title, siteName);
        var body = page.Paragraphs.Where(p => !string.Equals(p, cleanTitle, StringComparison.OrdinalIgnoreCase)).ToList();
        var raw = cleanTitle + "\n\n" + string.Join("\n\n", body);
        return Import(raw, options with
        {
            Url = options.Url ?? meta.Canonical ?? options.FetchedFrom,
            Page = meta,
        });
    }

    public ImportedArticle Import(string raw, ImportOptions options)
    {
        var lines = RawText.Lines(raw);
        var removed = new List<string>();
        var start = lines.FindIndex(l => l.Length > 0 && !Boilerplate.IsBoilerplate(l));
        removed.AddRange(lines.Take(Math.Max(start, 0)).Where(l => l.Length > 0));
        var (title, titleSource) = SplitTitle(start < 0 ? "" : lines[start], options.SourceName ?? options.Page?.SiteName.Value);

        PartialDate? pageDate = null;
        string? byline = null;
        var paragraphs = Paragraphs(lines.Skip(start + 1), removed, ref pageDate, ref byline);
        if (options.Page is null)
        {
            // An extracted page's body ends where the extractor found it ends (a tour's dates, a list of items).
            TrimFragments(paragraphs, removed);
        }

        var dateline = paragraphs.Count > 0 ? Dateline.Parse(paragraphs[0]) : null;
        var datelineCountry = dateline is null ? null : CountryOf(dateline);
        if (dateline is { IsCertain: false } && datelineCountry is null)
        {
            dateline = null;
        }

        var page = options.Page;
        var date = options.Date is { } given ? new Detected<PartialDate?>(given, "--date")
            : page?.Date is { Value: not null } metaDate ? metaDate
            : pageDate is { } found ? new Detected<PartialDate?>(found, "date line of the page")
            : DateFinder.FromUrl(options.Url?.AbsoluteUri) is { } fromUrl ? new Detected<PartialDate?>(fromUrl, "URL path")
            : new Detected<PartialDate?>(null, "not found");
        var source = options.SourceName is { } name ? new Detected<string>(name, "--source-name")
            : page?.SiteName is { Value: not null } siteName ? siteName
            : titleSource is not null ? new Detected<string>(titleSource, "after '|' in the title line")
            : dateline?.Agency is { } agency ? new Detected<string>(agency, $"agency in the dateline \"{dateline.Written}\"")
            : new Detected<string>(null, "not found");

        var entities = Entities(title, paragraphs, datelineCountry, dateline);
        var sentences = paragraphs.SelectMany(Sentences.Of).ToList();
        return new ImportedArticle
        {
            Title = title,
            TitleReason = page is null ? "first line" : page.Title.Value is null ? "first paragraph" : page.Title.Reason,
            Slug = SlugOf(title, options),
            Date = date,
            SourceName = source,
            Url = options.Url,
            Dateline = dateline is null ? new(null, "not found") : new(dateline.Place, $"\"{dateline.Written}\" opens the first paragraph"),
            Lead = Lead(paragraphs, dateline),
            Byline = page?.Byline ?? byline,
            Paragraphs = paragraphs,
            Removed = removed,
            Entities = entities,
            Meetings = MeetingFinder.Find(sentences, site.Meetings, date.Value),
            Topics = TopicFinder.Suggest(site, title, paragraphs),
            UnknownNames = NameFinder.Find(matcher, sentences),
        };
    }

    /// <summary>
    /// The slug made from the title; a title with no Latin letters (Japanese, Arabic …) gives none, so then the
    /// last segment of the page's address, then the input's file name.
    /// </summary>
    private static string SlugOf(string title, ImportOptions options)
    {
        var slug = Content.Slug.FromTitle(title);
        if (slug.Length == 0 && title.Length > 0 && options.Url?.Segments is [.., var last])
        {
            slug = Content.Slug.FromTitle(Path.GetFileNameWithoutExtension(Uri.UnescapeDataString(last.Trim('/'))));
        }

        if (slug.Length == 0 && title.Length > 0 && options.NameHint is { } hint)
        {
            slug = Content.Slug.FromTitle(hint);
        }

        return slug;
    }

    /// <summary>
    /// "Title | Publisher" → the title, and the publisher as a hint for the source; "Title - Publisher" too when the
    /// publisher is known from the page.
    /// </summary>
    private static (string Title, string? Source) SplitTitle(string line, string? publisher = null)
    {
        if (publisher is { Length: > 0 })
        {
            foreach (var separator in new[] { " | ", " - ", " – ", " — ", " :: ", " · " })
            {
                if (line.EndsWith(separator + publisher, StringComparison.OrdinalIgnoreCase) && line.Length > separator.Length + publisher.Length)
                {
                    return (line[..^(separator.Length + publisher.Length)].Trim(), publisher);
                }
            }
        }

        var bar = line.LastIndexOf(" | ", StringComparison.Ordinal);
        return bar > 0 && line.Length - bar < 40 ? (line[..bar].Trim(), line[(bar + 3)..].Trim()) : (line, null);
    }

    private static List<string> Paragraphs(IEnumerable<string> lines, List<string> removed, ref PartialDate? date, ref string? byline)
    {
        var paragraphs = new List<string>();
        var inLinkList = false;
        var joinable = false;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                inLinkList = false;
                joinable = false;
                continue;
            }

            if (inLinkList && line.Length <= 120)
            {
                removed.Add(line);
                continue;
            }

            if (Boilerplate.StartsLinkList(line))
            {
                inLinkList = true;
                removed.Add(line);
                continue;
            }

            if (DateFinder.FromDateLine(line) is { } lineDate)
            {
                date ??= lineDate;
                removed.Add(line);
                continue;
            }

            if (Boilerplate.IsBoilerplate(line) || Boilerplate.IsCredit(line) || Boilerplate.IsCaption(line) || Boilerplate.IsTicker(line))
            {
                removed.Add(line);
                continue;
            }

            if (!Boilerplate.EndsSentence(line) && Byline().Match(line) is { Success: true } by)
            {
                byline ??= by.Groups["name"].Value.Trim();
                date ??= DateFinder.Within(line);
                removed.Add(line);
                continue;
            }

            if (joinable && paragraphs.Count > 0)
            {
                paragraphs[^1] += " " + line;
            }
            else
            {
                paragraphs.Add(line);
            }

            // A line that stops mid-sentence was wrapped: the next line of the same block continues it.
            joinable = !Boilerplate.EndsSentence(paragraphs[^1]);
        }

        return paragraphs;
    }

    /// <summary>Short non-sentences after the last sentence ("A Newspaper company in Kashmir") and section labels before the first.</summary>
    private static void TrimFragments(List<string> paragraphs, List<string> removed)
    {
        while (paragraphs.Count > 1 && Boilerplate.IsTrailingFragment(paragraphs[^1]))
        {
            removed.Add(paragraphs[^1]);
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }

        while (paragraphs.Count > 1 && Boilerplate.IsTrailingFragment(paragraphs[0]) && paragraphs[0].Split(' ').Length <= 4)
        {
            removed.Insert(0, paragraphs[0]);
            paragraphs.RemoveAt(0);
        }
    }

    private string? CountryOf(Dateline dateline) =>
        matcher.Find(dateline.Region is null ? dateline.Place : $"{dateline.Place}, {dateline.Region}")
            .FirstOrDefault(m => m.Entity.Kind == ContentKind.Country)?.Entity.Slug;

    private List<DetectedEntity> Entities(string title, IReadOnlyList<string> paragraphs, string? datelineCountry, Dateline? dateline)
    {
        var order = new List<EntityKey>();
        var forms = new Dictionary<EntityKey, Dictionary<string, int>>();
        if (datelineCountry is not null)
        {
            var key = new EntityKey(ContentKind.Country, datelineCountry);
            order.Add(key);
            forms[key] = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        foreach (var mention in new[] { title }.Concat(paragraphs).SelectMany(matcher.Find))
        {
            if (!forms.TryGetValue(mention.Entity, out var counts))
            {
                order.Add(mention.Entity);
                forms[mention.Entity] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            var written = NormaliseCase(mention.Written);
            counts[written] = counts.GetValueOrDefault(written) + 1;
        }

        return [.. order.Select(key => new DetectedEntity(
            key,
            [.. forms[key].OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).Select(f => (f.Key, f.Value))],
            key.Kind == ContentKind.Country && key.Slug == datelineCountry ? $"dateline {dateline!.Place}" : null))];
    }

    /// <summary>"ISLAMABAD" and "Islamabad" count as one form; acronyms stay as written.</summary>
    private static string NormaliseCase(string written) =>
        written.Length > 4 && !written.Any(char.IsLower) ? string.Join(' ', written.Split(' ').Select(w => w[0] + w[1..].ToLowerInvariant())) : written;

    /// <summary>
    /// The first sentence or two of the body, as a starting point for the summary: from the first paragraph that reads
    /// as prose — never a photo caption, a dateline alone or a short label — with the dateline taken off.
    /// </summary>
    private static string Lead(List<string> paragraphs, Dateline? dateline)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var text = i == 0 && dateline is not null ? paragraphs[0][dateline.Written.Length..].Trim() : paragraphs[i];
            if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 8 && Boilerplate.EndsSentence(text) && !Boilerplate.IsCaption(text))
            {
                return Lead(text);
            }
        }

        return paragraphs.Count == 0 ? "" : Lead(paragraphs[0][(dateline?.Written.Length ?? 0)..].Trim());
    }

    private static string Lead(string paragraph)
    {
        var lead = "";
        foreach (var sentence in Sentences.Of(paragraph))
        {
            lead = lead.Length == 0 ? sentence : lead + " " + sentence;
            if (lead.Length >= LeadLength)
            {
                break;
            }
        }

        return lead;
    }

    [GeneratedRegex(@"^(?:By|BY|by|Written by|Words by)\s+(?<name>\p{Lu}[\p{L}.'’\-]+(?:\s+(?:\p{Lu}[\p{L}.'’\-]*|de|van|von|al|bin|and)){0,5})(?:\s*(?:,|\||-|–|—)\s*.{0,60})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();
}
