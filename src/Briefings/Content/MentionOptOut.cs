namespace Briefings.Content;

/// <summary>
/// <c>ignore_mentions</c> in an article's or note's front matter: entities whose mentions in the text need no tag
/// (<c>ignore_mentions: [india]</c>), or <c>ignore_mentions: all</c> to turn mention advice off for the file.
/// </summary>
internal sealed record MentionOptOut(bool All, IReadOnlyList<Located<string>> Slugs)
{
    public const string Field = "ignore_mentions";

    public static readonly MentionOptOut None = new(false, []);

    public bool Ignores(string slug) => All || Slugs.Any(s => s.Value == slug);
}
