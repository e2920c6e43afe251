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
                topics[key.Value] = title.Value.Trim();
            }
            else
            {
                f.Diagnostics.Error(value.Location, DiagnosticCodes.WrongType, $"topic '{key.Value}' needs a title, e.g. '{key.Value}: Counter-terrorism'");
            }
        }

        return topics;
    }
}
