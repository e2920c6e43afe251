using Briefings.Content;
using Briefings.Linking;

namespace Briefings.Building.Incremental;

/// <summary>
/// One item linked as <see cref="SiteLinker"/> links it (its references resolved, its wiki links checked), for a change
/// that keeps every kind and slug of the site as it was, so the previous build's registry still answers.
/// </summary>
internal static class ItemLinker
{
    public static ContentItem Link(ReferenceResolver resolver, ContentItem item)
    {
        foreach (var link in item.Body.WikiLinks)
        {
            resolver.CheckWikiLink(link);
        }

        return item switch
        {
            Article a => a with { Refs = Resolve(resolver, a.Refs) },
            Note n => n with { Refs = Resolve(resolver, n.Refs), About = resolver.Resolve(n.About, "about") },
            Meeting m => m with { Refs = Resolve(resolver, m.Refs), Host = resolver.Resolve(m.Host, "host") },
            Group g => g with { Countries = resolver.Resolve(g.Countries, "countries") },
            Person p => p with { Country = resolver.Resolve(p.Country, "country") },
            _ => item,
        };
    }

    private static EntityRefs Resolve(ReferenceResolver resolver, EntityRefs refs) => new(
        resolver.Resolve(refs.Countries, "countries"),
        resolver.Resolve(refs.Groups, "groups"),
        resolver.Resolve(refs.Meetings, "meetings"),
        resolver.Resolve(refs.People, "people"),
        resolver.Resolve(refs.Topics, "topics"));
}
