using Briefings.Content;
using Briefings.Linking;

namespace Briefings.Building.Incremental;

/// <summary>
/// Which pages show a wiki link to each entity: a link without a label shows the target's name, so those pages change
/// when it does. Kept per input path so one file's links can be replaced.
/// </summary>
internal sealed class WikiLinkIndex
{
    private readonly Dictionary<EntityKey, HashSet<string>> _pagesLinking = [];
    private readonly Dictionary<string, (string Page, EntityKey[] Targets)> _byFile = new(StringComparer.Ordinal);

    public void Set(ContentItem item)
    {
        Remove(item.SourcePath);
        var targets = item.Body.WikiLinks
            .Select(l => l.Kind is { } kind ? new EntityKey(kind, l.Slug) : (EntityKey?)null)
            .OfType<EntityKey>()
            .Distinct()
            .ToArray();
        if (targets.Length == 0)
        {
            return;
        }

        var page = PageOf(item);
        _byFile[item.SourcePath] = (page, targets);
        foreach (var target in targets)
        {
            (_pagesLinking.TryGetValue(target, out var pages) ? pages : _pagesLinking[target] = new(StringComparer.Ordinal)).Add(page);
        }
    }

    public IEnumerable<string> PagesLinking(EntityKey key) => _pagesLinking.TryGetValue(key, out var pages) ? pages : [];

    /// <summary>The page an item's body is shown on: its own, or for a country profile the country's.</summary>
    public static string PageOf(ContentItem item) => Urls.EntityPath(item.Kind, item.Slug);

    private void Remove(string path)
    {
        if (!_byFile.Remove(path, out var old))
        {
            return;
        }

        foreach (var target in old.Targets)
        {
            _pagesLinking[target].Remove(old.Page);
        }
    }
}
