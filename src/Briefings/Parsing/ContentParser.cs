using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Loading;
using Briefings.Markdown;

namespace Briefings.Parsing;

/// <summary>Parse stage: each file → front matter (typed, located) + parsed Markdown body. Files are independent, so this runs in parallel.</summary>
internal sealed class ContentParser(DiagnosticBag diagnostics)
{
    public ParsedContent Parse(IReadOnlyList<InputFile> files)
    {
        var settingsFile = files.FirstOrDefault(f => f.Path == ContentPath.SiteSettingsFile);
        var settings = settingsFile is null ? new SiteSettings() : SiteSettingsReader.Read(settingsFile, diagnostics);
        var items = new ContentItem?[files.Count];
        var places = new ContentPath?[files.Count];
        Parallel.For(0, files.Count, i => items[i] = files[i] == settingsFile ? null : Parse(files[i], out places[i]));
        var unreadable = Enumerable.Range(0, files.Count)
            .Where(i => items[i] is null && places[i] is not null)
            .Select(i => new UnreadableFile(files[i].Path, places[i]!))
            .ToList();
        return new ParsedContent(settings, [.. items.OfType<ContentItem>()], unreadable);
    }

    public ContentItem? ParseFile(InputFile file) => Parse(file, out _);

    /// <param name="place">Where the file's path puts it, when that is valid, even if its content is not.</param>
    private ContentItem? Parse(InputFile file, out ContentPath? place)
    {
        place = ContentPath.Classify(file.Path, diagnostics);
        if (place is not { } at || FrontMatter.Split(file, diagnostics) is not { } split)
        {
            return null;
        }

        var yaml = new YamlReader(diagnostics, file.Path, split.YamlFirstLine).Read(split.Yaml);
        if (yaml is not YMapping map)
        {
            if (yaml is not null)
            {
                diagnostics.Error(yaml.Location, DiagnosticCodes.InvalidYaml, $"front matter must be 'key: value' fields, found {yaml.Describe}");
            }

            return null;
        }

        var fields = new FieldReader(map, diagnostics);
        var body = MarkdownParser.ParseInPlace(split.Text, split.BodyStart, file.Path, split.BodyFirstLine, diagnostics);
        var item = ContentReaders.Read(at, file.Path, fields, body);
        fields.ReportUnknownFields(at.Kind.Singular());
        fields.ReportPlaceholders(isDraft: item?.IsDraft == true || (item is null && IsMarkedDraft(map)));
        return item;
    }

    /// <summary>A file that failed to read still counts as a draft when it says so.</summary>
    private static bool IsMarkedDraft(YMapping map) => map["status"] is YScalar { Value: "draft" };
}
