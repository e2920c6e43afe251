using Briefings.Content;

namespace Briefings.Pages;

/// <summary>What a page is, as the build summary counts them ("12 articles", "1 redirect"), in the summary's order.</summary>
public enum PageKind
{
    Article,
    Note,
    Meeting,
    Country,
    Group,
    Person,
    Topic,
    Series,

    /// <summary>The home page, the paginated lists and the directories of countries, groups, people and topics.</summary>
    Index,
    Redirect,
}

public static class PageKinds
{
    public static PageKind Of(ContentKind kind) => kind switch
    {
        ContentKind.Article => PageKind.Article,
        ContentKind.Note => PageKind.Note,
        ContentKind.Meeting => PageKind.Meeting,
        ContentKind.Country => PageKind.Country,
        ContentKind.Group => PageKind.Group,
        ContentKind.Person => PageKind.Person,
        ContentKind.Topic => PageKind.Topic,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>"1 article", "249 countries", "3 index pages", "2 meeting series".</summary>
    public static string Count(this PageKind kind, int n)
    {
        var (one, many) = kind switch
        {
            PageKind.Index => ("index page", "index pages"),
            PageKind.Series => ("meeting series", "meeting series"),
            PageKind.Redirect => ("redirect", "redirects"),
            _ => (Content(kind).Singular(), Content(kind).Plural()),
        };
        return $"{n} {(n == 1 ? one : many)}";
    }

    private static ContentKind Content(PageKind kind) => kind switch
    {
        PageKind.Article => ContentKind.Article,
        PageKind.Note => ContentKind.Note,
        PageKind.Meeting => ContentKind.Meeting,
        PageKind.Country => ContentKind.Country,
        PageKind.Group => ContentKind.Group,
        PageKind.Person => ContentKind.Person,
        _ => ContentKind.Topic,
    };
}
