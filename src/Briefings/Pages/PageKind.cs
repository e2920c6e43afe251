using Briefings.Content;

namespace Briefings.Pages;

/// <summary>What a page is, as the build summary counts them ("12 articles", "1 redirect"), in the summary's order.</summary>
public enum PageKind
{
    Article,
    Note,
    Meeting,
    Event,
    Country,
    Group,
    Person,
    Topic,
    Series,
    Month,

    /// <summary>The home page, the paginated lists and the directories of countries, groups, people and topics.</summary>
    Index,
    Redirect,
}

public static class PageKinds
{
    /// <summary>"1 article", "249 countries", "3 index pages", "2 meeting series".</summary>
    public static string Count(this PageKind kind, int n)
    {
        var (one, many) = kind == PageKind.Month ? ("monthly briefing", "monthly briefings")
            : ContentKinds.All.FirstOrDefault(d => d.PageKind == kind) is { } content
            ? (content.Singular, content.Plural)
            : kind switch
            {
                PageKind.Series => ("meeting series", "meeting series"),
                PageKind.Redirect => ("redirect", "redirects"),
                _ => ("index page", "index pages"),
            };
        return $"{n} {(n == 1 ? one : many)}";
    }
}
