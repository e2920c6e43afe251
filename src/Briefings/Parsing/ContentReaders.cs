using Briefings.Content;
using Briefings.Markdown;

namespace Briefings.Parsing;

/// <summary>Front matter → typed records, one method per kind. Field names here are the documented contract.</summary>
internal static class ContentReaders
{
    private static readonly Dictionary<string, bool> Statuses = new() { ["published"] = false, ["draft"] = true };

    private static readonly Dictionary<string, Confidence> Confidences = new()
    {
        ["low"] = Confidence.Low,
        ["moderate"] = Confidence.Moderate,
        ["high"] = Confidence.High,
    };

    private static readonly Dictionary<string, GroupKind> GroupKinds = new()
    {
        ["militant"] = GroupKind.Militant,
        ["alliance"] = GroupKind.Alliance,
        ["international-organization"] = GroupKind.InternationalOrganization,
        ["government-body"] = GroupKind.GovernmentBody,
        ["other"] = GroupKind.Other,
    };

    public static ContentItem? Read(ContentPath at, string path, FieldReader f, ParsedBody body) => at.Kind switch
    {
        ContentKind.Article => ReadArticle(at.Slug, path, f, body),
        ContentKind.Note => ReadNote(at.Slug, path, f, body),
        ContentKind.Meeting => ReadMeeting(at.Slug, path, f, body),
        ContentKind.Group => ReadGroup(at.Slug, path, f, body),
        ContentKind.Person => ReadPerson(at.Slug, path, f, body),
        ContentKind.Country => new CountryProfile { Slug = at.Slug, SourcePath = path, Body = body, Aliases = f.Strings("aliases"), Summary = f.String("summary") },
        _ => null,
    };

    private static Article? ReadArticle(string slug, string path, FieldReader f, ParsedBody body)
    {
        var title = f.LocatedString("title", required: true);
        var date = f.Date("date", required: true);
        var summary = f.LocatedString("summary", required: true);
        var source = f.Mapping("source", required: true) is { } map ? ReadSource(f.Child("source", map)) : null;
        var article = new Article
        {
            Slug = slug,
            SourcePath = path,
            Body = body,
            Title = title?.Value ?? "",
            Date = date ?? default,
            Summary = summary?.Value,
            Prose = Prose(title, summary),
            Source = source ?? new SourceInfo("", null),
            Dateline = f.String("dateline"),
            Refs = ReadRefs(f),
            IsDraft = f.Choice("status", Statuses) ?? false,
            Aliases = f.LocatedStrings("aliases"),
            IgnoreMentions = f.MentionOptOut(MentionOptOut.Field),
        };
        return title is null || date is null || summary is null || source is null ? null : article;
    }

    private static SourceInfo? ReadSource(FieldReader source)
    {
        var name = source.String("name", required: true);
        var url = source.Url("url");
        source.ReportUnknownFields("source");
        return name is null ? null : new SourceInfo(name, url);
    }

    private static Note? ReadNote(string slug, string path, FieldReader f, ParsedBody body)
    {
        var title = f.LocatedString("title", required: true);
        var date = f.Date("date", required: true);
        var author = f.String("author", required: true);
        var summary = f.LocatedString("summary", required: true);
        var note = new Note
        {
            Slug = slug,
            SourcePath = path,
            Body = body,
            Title = title?.Value ?? "",
            Date = date ?? default,
            Author = author ?? "",
            Summary = summary?.Value,
            Prose = Prose(title, summary),
            IgnoreMentions = f.MentionOptOut(MentionOptOut.Field),
            About = f.References("about", ContentKind.Article),
            Refs = ReadRefs(f),
            Confidence = f.Choice("confidence", Confidences),
            IsDraft = f.Choice("status", Statuses) ?? false,
            Aliases = f.LocatedStrings("aliases"),
        };
        return title is null || date is null || author is null || summary is null ? null : note;
    }

    private static Meeting? ReadMeeting(string slug, string path, FieldReader f, ParsedBody body)
    {
        var title = f.String("title", required: true);
        var date = f.Date("date", required: true);
        var series = f.String("series");
        var meeting = new Meeting
        {
            Slug = slug,
            SourcePath = path,
            Body = body,
            Title = title ?? "",
            Date = date ?? default,
            Summary = f.String("summary"),
            Place = f.String("location"),
            Host = f.Reference("host", ContentKind.Country),
            Series = series is null ? null : ReadSeries(f, series),
            SeriesTitle = f.String("series_title"),
            Number = f.Int("number", 1, 100_000),
            Refs = new EntityRefs(
                f.References("countries", ContentKind.Country),
                f.References("groups", ContentKind.Group),
                [],
                f.References("people", ContentKind.Person),
                f.References("topics", ContentKind.Topic)),
        };
        return title is null || date is null ? null : meeting;
    }

    private static Located<string>? ReadSeries(FieldReader f, string series)
    {
        var reference = f.Reference("series", ContentKind.Meeting);
        return reference is null ? null : new Located<string>(series, reference.Location);
    }

    private static Group? ReadGroup(string slug, string path, FieldReader f, ParsedBody body)
    {
        var name = f.String("name", required: true);
        var kind = f.Choice("kind", GroupKinds, required: true);
        var group = new Group
        {
            Slug = slug,
            SourcePath = path,
            Body = body,
            Name = name ?? "",
            GroupKind = kind ?? GroupKind.Other,
            Aliases = f.Strings("aliases"),
            Countries = f.References("countries", ContentKind.Country),
            Summary = f.String("summary"),
        };
        return name is null || kind is null ? null : group;
    }

    private static Person? ReadPerson(string slug, string path, FieldReader f, ParsedBody body)
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
        };
        return name is null ? null : person;
    }

    private static Located<string>[] Prose(params Located<string>?[] fields) => [.. fields.OfType<Located<string>>()];

    private static EntityRefs ReadRefs(FieldReader f) => new(
        f.References("countries", ContentKind.Country),
        f.References("groups", ContentKind.Group),
        f.References("meetings", ContentKind.Meeting),
        f.References("people", ContentKind.Person),
        f.References("topics", ContentKind.Topic));
}
