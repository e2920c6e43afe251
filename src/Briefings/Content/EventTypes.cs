namespace Briefings.Content;

/// <summary>One type of the event codebook: its slug (as written in <c>type:</c>), title and one-line definition.</summary>
internal sealed record EventType(string Slug, string Title, string Definition);

/// <summary>The event codebook: the built-in types, then those a site adds in <c>site.yml</c> (<c>event_types:</c>).</summary>
internal static class EventTypes
{
    public static readonly IReadOnlyList<EventType> BuiltIn =
    [
        new("attack", "Attack", "Armed violence by an organised group against people or property: bombings, shootings, raids, assassinations."),
        new("clash", "Clash", "Armed fighting between two or more armed sides, such as security forces and a militant group."),
        new("arrest", "Arrest", "The detention, capture or extradition of a person by state authorities."),
        new("exercise", "Exercise", "A military or security exercise or drill, joint or national."),
        new("agreement", "Agreement", "A treaty, memorandum, accord or other agreement signed or announced."),
        new("statement", "Statement", "A public statement, declaration or claim by a government, organisation or group."),
        new("sanction", "Sanction", "A sanction, designation or listing imposed or lifted."),
        new("visit", "Visit", "An official visit by a head of state or government, minister or delegation."),
        new("other", "Other", "An event that fits none of the other types."),
    ];

    /// <summary>Every type of the site: the built-in ones, then the site's own, in the order written.</summary>
    public static IReadOnlyList<EventType> Of(SiteSettings settings) =>
        settings.EventTypes.Count == 0 ? BuiltIn : [.. BuiltIn, .. settings.EventTypes];

    /// <summary>The type with <paramref name="slug"/>, or a plain one made from the slug (never for a checked site).</summary>
    public static EventType Find(SiteSettings settings, string slug) =>
        Of(settings).FirstOrDefault(t => t.Slug == slug) ?? new EventType(slug, slug, "");
}
