namespace Briefings.Content;

/// <summary>The tag lists shared by articles, notes and meetings.</summary>
internal sealed record EntityRefs(
    IReadOnlyList<Ref> Countries,
    IReadOnlyList<Ref> Groups,
    IReadOnlyList<Ref> Meetings,
    IReadOnlyList<Ref> People,
    IReadOnlyList<Ref> Topics)
{
    public static readonly EntityRefs None = new([], [], [], [], []);

    public IEnumerable<Ref> All => Countries.Concat(Groups).Concat(Meetings).Concat(People).Concat(Topics);
}
