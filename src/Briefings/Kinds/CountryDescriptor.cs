using Briefings.Content;
using Briefings.Linking;
using Briefings.Markdown;
using Briefings.Pages;
using Briefings.Pages.Meta;
using Briefings.Parsing;

namespace Briefings.Kinds;

/// <summary>Countries: built in (<see cref="Countries.CountryCatalog"/>); <c>countries/&lt;slug&gt;.md</c> adds a profile to one.</summary>
internal sealed class CountryDescriptor : KindDescriptor<CountryProfile>
{
    public override ContentKind Kind => ContentKind.Country;

    public override string Singular => "country";

    public override string Plural => "countries";

    public override PageKind PageKind => PageKind.Country;

    public override bool TaggedByImport => true;

    public override string SchemaType => "Country";

    /// <summary>Profiles are kept by country (<see cref="Site.CountryProfiles"/>), not in a list.</summary>
    protected override bool HasList => false;

    public override IEnumerable<(string Slug, string Name)> Codebook(SiteSettings settings) =>
        Countries.CountryCatalog.Default.All.Select(c => (c.Slug, c.Name));

    public override ContentItem? Read(string slug, string path, FieldReader f, ParsedBody body) =>
        new CountryProfile
        {
            Slug = slug,
            SourcePath = path,
            Body = body,
            Aliases = f.Strings("aliases"),
            Summary = f.String("summary"),
            Relations = ContentReaders.Relations(f, ContentKind.Country, slug),
        };

    public override LdObject JsonLd(PageContext ctx, EntityKey key, string? canonical, string? description)
    {
        if (ctx.Site.Countries.Find(key.Slug) is not { } c)
        {
            return base.JsonLd(ctx, key, canonical, description);
        }

        var country = Pages.Meta.JsonLd.Thing("Country", c.Name, canonical, description);
        country["identifier"] = c.Iso2;
        country["alternateName"] = Pages.Meta.JsonLd.Array(c.Aliases.Select(x => (LdValue)x));
        return country;
    }
}
