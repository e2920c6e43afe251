using Briefings.Content;
using Briefings.Linking;
using Briefings.Markdown;
using Briefings.Pages;
using Briefings.Pages.Meta;
using Briefings.Parsing;

namespace Briefings.Kinds;

/// <summary>People: <c>people/&lt;slug&gt;.md</c>.</summary>
internal sealed class PersonDescriptor : KindDescriptor<Person>
{
    public override ContentKind Kind => ContentKind.Person;

    public override string Singular => "person";

    public override string Plural => "people";

    public override PageKind PageKind => PageKind.Person;

    public override bool TaggedByImport => true;

    public override double RelatedWeight => 2;

    public override string SchemaType => "Person";

    public override ContentItem? Read(string slug, string path, FieldReader f, ParsedBody body)
    {
        var name = f.String("name", required: true);
        var person = new Person
        {
            Slug = slug,
            SourcePath = path,
            Body = body,
            Name = name ?? "",
            Aliases = f.Strings("aliases"),
            Country = f.Reference("country", ContentKind.Country),
            Role = f.String("role"),
            Summary = f.String("summary"),
            Relations = ContentReaders.Relations(f, ContentKind.Person, slug),
        };
        return name is null ? null : person;
    }

    public override IReadOnlyList<string> Scaffold(string quotedTitle, PartialDate date) =>
    [
        $"name: {quotedTitle}",
        "aliases: []",
        "# country: pakistan",
        "# role: Foreign Minister of Pakistan (as reported in February 2018)",
        "# summary: Who they are, in one sentence.",
    ];

    protected override Person Resolve(Person item, ReferenceResolver resolver) => item with { Country = resolver.Resolve(item.Country, "country") };

    public override LdObject JsonLd(PageContext ctx, EntityKey key, string? canonical, string? description)
    {
        if (ctx.Site.Find<Person>(key) is not { } p)
        {
            return base.JsonLd(ctx, key, canonical, description);
        }

        var person = Pages.Meta.JsonLd.Thing("Person", p.Name, canonical, description);
        if (p.Role is not null)
        {
            person["jobTitle"] = p.Role;
        }

        if (p.Country is { } nationality)
        {
            person["nationality"] = Pages.Meta.JsonLd.Thing("Country", ctx.Site.NameOf(new EntityKey(ContentKind.Country, nationality.Slug)), null);
        }

        return person;
    }
}
