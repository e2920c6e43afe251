namespace Briefings.Content;

/// <summary>The kinds of page-bearing content. Each has a folder in <c>input/</c> and a section in the site.</summary>
public enum ContentKind
{
    Article,
    Note,
    Meeting,
    Group,
    Person,
    Country,
    Topic,
}

public static class ContentKinds
{
    /// <summary>The word used in wiki links (<c>[[country:pakistan]]</c>) and error messages.</summary>
    public static string Singular(this ContentKind kind) => kind switch
    {
        ContentKind.Article => "article",
        ContentKind.Note => "note",
        ContentKind.Meeting => "meeting",
        ContentKind.Group => "group",
        ContentKind.Person => "person",
        ContentKind.Country => "country",
        ContentKind.Topic => "topic",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The section folder and URL segment (<c>people</c>, <c>countries</c>).</summary>
    public static string Plural(this ContentKind kind) => kind switch
    {
        ContentKind.Person => "people",
        ContentKind.Country => "countries",
        _ => kind.Singular() + "s",
    };

    /// <summary>Reader-facing section title.</summary>
    public static string Title(this ContentKind kind) => kind switch
    {
        ContentKind.Note => "Analyst notes",
        _ => char.ToUpperInvariant(kind.Plural()[0]) + kind.Plural()[1..],
    };

    public static bool TryParseSingular(string word, out ContentKind kind)
    {
        foreach (var k in Enum.GetValues<ContentKind>())
        {
            if (k.Singular() == word)
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
