using Briefings.Content;

namespace Briefings.Linking;

/// <summary>Identifies any page-bearing thing in the site: its kind and slug.</summary>
internal readonly record struct EntityKey(ContentKind Kind, string Slug)
{
    public override string ToString() => $"{Kind.Singular()}:{Slug}";
}

/// <summary>A topic: a free slug that gets its own page.</summary>
internal sealed record Topic(string Slug, string Title);

/// <summary>A recurring mechanism (e.g. a joint working group) and its meetings in order.</summary>
internal sealed record MeetingSeries(string Slug, string Title, IReadOnlyList<Meeting> Meetings);

/// <summary>Another entity covered together with this one, and how often.</summary>
internal sealed record CoMention(EntityKey Entity, int Count);
