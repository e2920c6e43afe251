using System.Text.RegularExpressions;
using Briefings.Linking;

namespace Briefings.Importing;

/// <summary>
/// Suggests the site's topics for an imported article: a topic whose title (or slug, read as words) the text
/// names — "counter-terrorism", "Counter terrorism", "foreign fighters" for <c>foreign-fighter</c>. Words are compared
/// lowercased and lightly stemmed, so plural and hyphenated forms agree. Only suggestions: the contributor keeps those
/// the article is about.
/// </summary>
internal static partial class TopicFinder
{
    public static IReadOnlyList<TopicSuggestion> Suggest(Site site, string title, IEnumerable<string> paragraphs)
    {
        var topics = site.Topics.ToDictionary(t => t.Slug, t => t.Title, StringComparer.Ordinal);
        foreach (var (slug, topicTitle) in site.Settings.TopicTitles)
        {
            topics.TryAdd(slug, topicTitle);
        }

        var words = Words(string.Join("\n", paragraphs.Prepend(title)));
        var found = new List<(int First, TopicSuggestion Topic)>();
        foreach (var (slug, topicTitle) in topics.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var phrases = new[] { Words(topicTitle), Words(slug.Replace('-', ' ')) }.Where(p => p.Count > 0).ToList();
            var (first, count) = (int.MaxValue, 0);
            for (var i = 0; i < words.Count; i++)
            {
                if (phrases.Any(p => i + p.Count <= words.Count && p.Select((w, k) => words[i + k] == w).All(x => x)))
                {
                    first = Math.Min(first, i);
                    count++;
                }
            }

            if (count > 0)
            {
                found.Add((first, new TopicSuggestion(slug, $"\"{topicTitle}\" ×{count}")));
            }
        }

        return [.. found.OrderBy(f => f.First).Select(f => f.Topic)];
    }

    private static List<string> Words(string text) =>
        [.. Word().Matches(text.ToLowerInvariant()).Select(m => m.Value.Length > 3 && m.Value.EndsWith('s') && !m.Value.EndsWith("ss", StringComparison.Ordinal) ? m.Value[..^1] : m.Value)];

    [GeneratedRegex(@"[\p{L}\d]+")]
    private static partial Regex Word();
}
