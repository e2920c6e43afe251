using Briefings.Content;
using Briefings.Pages;

namespace Briefings.Kinds;

/// <summary>Topics: free slugs in <c>topics:</c> lists, each with a page; no files (titles may be set in <c>site.yml</c>).</summary>
internal sealed class TopicDescriptor : KindDescriptor
{
    public override ContentKind Kind => ContentKind.Topic;

    public override string Singular => "topic";

    public override PageKind PageKind => PageKind.Topic;

    public override string? Folder => null;

    public override bool NamedByAnySlug => true;

    public override IEnumerable<(string Slug, string Name)> Codebook(SiteSettings settings) =>
        settings.TopicTitles.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, t.Value));
}
