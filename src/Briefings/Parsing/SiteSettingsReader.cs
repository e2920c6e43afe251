using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Loading;

namespace Briefings.Parsing;

/// <summary>Reads <c>site.yml</c>.</summary>
internal static class SiteSettingsReader
{
    public static SiteSettings Read(InputFile file, DiagnosticBag diagnostics)
    {
        var node = new YamlReader(diagnostics, file.Path, 1).Read(file.Text);
        if (node is not YMapping map)
        {
            if (node is not null)
            {
                diagnostics.Error(node.Location, DiagnosticCodes.SiteConfig, "site.yml must be 'key: value' settings");
            }

            return new SiteSettings();
        }

        var f = new FieldReader(map, diagnostics);
        var defaults = new SiteSettings();
        var settings = new SiteSettings
        {
            Title = f.String("title") ?? defaults.Title,
            Description = f.String("description") ?? "",
            BaseUrl = f.Url("base_url") is { } url ? WithTrailingSlash(url) : null,
            Language = f.String("language") ?? defaults.Language,
            Author = f.String("author"),
            Copyright = f.String("copyright"),
            TopicTitles = ReadTopics(f),
            EventTypes = ReadEventTypes(f),
            Cms = ReadCms(f),
            EstimativeScale = f.Choice("estimative_scale", Scales) ?? defaults.EstimativeScale,
        };
        f.ReportUnknownFields("site.yml");
        return settings;
    }

    private static readonly Dictionary<string, Tradecraft.EstimativeScaleKind> Scales = new()
    {
        ["icd203"] = Tradecraft.EstimativeScaleKind.Icd203,
        ["phia"] = Tradecraft.EstimativeScaleKind.Phia,
    };

    public static Uri WithTrailingSlash(Uri url) =>
        url.AbsolutePath.EndsWith('/') ? url : new Uri(url.GetLeftPart(UriPartial.Path) + "/");

    /// <summary><c>event_types: {kidnapping: {title: Kidnapping, definition: "…"}}</c>: each a slug with a title and a one-line definition.</summary>
    private static List<EventType> ReadEventTypes(FieldReader f)
    {
        var types = new List<EventType>();
        if (f.Mapping("event_types") is not { } map)
        {
            return types;
        }

        foreach (var (key, value) in map.Entries)
        {
            if (!Slug.IsValid(key.Value))
            {
                f.Diagnostics.Error(key.Location, DiagnosticCodes.InvalidSlug, $"'event_types': {Slug.Explain(key.Value)}");
                continue;
            }

            if (EventTypes.BuiltIn.Any(t => t.Slug == key.Value))
            {
                f.Diagnostics.Error(key.Location, DiagnosticCodes.SiteConfig, $"'event_types': '{key.Value}' is a built-in event type; give the site's own type another name");
                continue;
            }

            if (value is not YMapping fields)
            {
                f.Diagnostics.Error(value.Location, DiagnosticCodes.WrongType,
                    $"event type '{key.Value}' needs a title and a definition, e.g. '{key.Value}: {{title: Kidnapping, definition: A person is abducted.}}'");
                continue;
            }

            var type = f.Child("event_types", fields);
            var title = type.String("title", required: true);
            var definition = type.String("definition", required: true);
            type.ReportUnknownFields($"event type '{key.Value}'");
            if (title is not null && definition is not null)
            {
                types.Add(new EventType(key.Value, title, definition));
            }
        }

        return types;
    }

    private static CmsSettings? ReadCms(FieldReader f)
    {
        if (f.Mapping("cms") is not { } map)
        {
            return null;
        }

        var cms = f.Child("cms", map);
        var repository = cms.LocatedString("repo", required: true);
        var branch = cms.String("branch") ?? "main";
        var auth = cms.Url("auth_url");
        cms.ReportUnknownFields("cms");
        if (repository is null)
        {
            return null;
        }

        var parts = repository.Value.Split('/');
        if (parts.Length != 2 || parts.Any(p => p.Length == 0 || !p.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            f.Diagnostics.Error(repository.Location, DiagnosticCodes.SiteConfig,
                $"'cms.repo' must be a GitHub repository as owner/name (e.g. my-org/my-briefing), not '{repository.Value}'");
            return null;
        }

        return new CmsSettings(repository.Value, branch, auth);
    }

    private static Dictionary<string, string> ReadTopics(FieldReader f)
    {
        var topics = new Dictionary<string, string>(StringComparer.Ordinal);
        if (f.Mapping("topics") is not { } map)
        {
            return topics;
        }

        foreach (var (key, value) in map.Entries)
        {
            if (!Slug.IsValid(key.Value))
            {
                f.Diagnostics.Error(key.Location, DiagnosticCodes.InvalidSlug, $"'topics': {Slug.Explain(key.Value)}");
            }
            else if (value is YScalar { IsNull: false } title)
            {
                if (f.IsPrintable($"topics.{key.Value}", title.Location, title.Value))
                {
                    topics[key.Value] = title.Value.Trim();
                }
            }
            else
            {
                f.Diagnostics.Error(value.Location, DiagnosticCodes.WrongType, $"topic '{key.Value}' needs a title, e.g. '{key.Value}: Counter-terrorism'");
            }
        }

        return topics;
    }
}
