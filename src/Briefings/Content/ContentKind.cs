using Briefings.Kinds;

namespace Briefings.Content;

/// <summary>
/// The kinds of page-bearing content, in the order lists of mixed kinds sort them. What each kind is — its words,
/// folder, reader, references, pages, card, feed and scaffold — is its <see cref="KindDescriptor"/>.
/// </summary>
public enum ContentKind
{
    Article,
    Note,
    Meeting,
    Event,
    Group,
    Person,
    Country,
    Topic,
    Month,
}

/// <summary>The one registry of kinds: every stage that needs to know a kind asks here.</summary>
public static class ContentKinds
{
    private static readonly KindDescriptor[] Descriptors = Registered(
        new ArticleDescriptor(),
        new NoteDescriptor(),
        new MeetingDescriptor(),
        new EventDescriptor(),
        new GroupDescriptor(),
        new PersonDescriptor(),
        new CountryDescriptor(),
        new TopicDescriptor(),
        new MonthDescriptor());

    private static readonly Dictionary<string, KindDescriptor> BySingular =
        Descriptors.ToDictionary(d => d.Singular, StringComparer.Ordinal);

    /// <summary>Every kind's descriptor, in <see cref="ContentKind"/> order.</summary>
    internal static IReadOnlyList<KindDescriptor> All => Descriptors;

    internal static KindDescriptor Of(ContentKind kind) => Descriptors[(int)kind];

    /// <summary>The word used in wiki links (<c>[[country:pakistan]]</c>) and error messages.</summary>
    public static string Singular(this ContentKind kind) => Of(kind).Singular;

    /// <summary>The section folder and URL segment (<c>people</c>, <c>countries</c>).</summary>
    public static string Plural(this ContentKind kind) => Of(kind).Plural;

    /// <summary>Reader-facing section title.</summary>
    public static string Title(this ContentKind kind) => Of(kind).Title;

    /// <summary>The kind a wiki link's word names (<c>country</c>), or null when none does.</summary>
    public static ContentKind? FromSingular(string word) => BySingular.TryGetValue(word, out var descriptor) ? descriptor.Kind : null;

    public static bool TryParseSingular(string word, out ContentKind kind)
    {
        kind = BySingular.TryGetValue(word, out var descriptor) ? descriptor.Kind : default;
        return descriptor is not null;
    }

    /// <summary>The descriptors, checked to be one per kind and in the enum's order (so <see cref="Of"/> is an index).</summary>
    private static KindDescriptor[] Registered(params KindDescriptor[] descriptors)
    {
        var kinds = Enum.GetValues<ContentKind>();
        if (descriptors.Length != kinds.Length || descriptors.Where((d, i) => d.Kind != kinds[i]).Any())
        {
            throw new InvalidOperationException("ContentKinds: register one descriptor per ContentKind, in the enum's order");
        }

        return descriptors;
    }
}
