using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Linking;
using Briefings.Parsing;

namespace Briefings.Advice;

/// <summary>
/// Advise stage: warns when an article or note names a country, group or person (in its title, summary or body)
/// that its front matter does not list. Only warnings: a mention in passing may rightly stay untagged, and
/// <c>ignore_mentions</c> says so. Meetings are left out: their lists name participants, not what they discussed.
/// </summary>
internal sealed class MentionAdvisor(MentionMatcher matcher, Site site, DiagnosticBag diagnostics)
{
    public void Advise()
    {
        var items = site.Articles.Cast<DatedItem>().Concat(site.Notes).ToList();
        // One pair of lists per worker thread, reused item after item: a body's words grow a fresh list a dozen times.
        Parallel.ForEach(items, () => new Scratch(), (item, _, scratch) =>
        {
            Advise(item, scratch);
            return scratch;
        }, _ => { });
    }

    public void Advise(DatedItem item) => Advise(item, new Scratch());

    private void Advise(DatedItem item, Scratch scratch)
    {
        CheckOptOut(item);
        if (item.IgnoreMentions.All)
        {
            return;
        }

        var listed = item.Refs.Countries.Concat(item.Refs.Groups).Concat(item.Refs.People)
            .Select(r => new EntityKey(r.Kind, r.Slug)).ToHashSet();
        var found = new Dictionary<EntityKey, (int Count, SourceLocation First, string Written)>();
        var (tokens, mentions) = (scratch.Tokens, scratch.Mentions);
        var publisher = (item as Article)?.Source.Name;
        foreach (var segment in Segments(item))
        {
            matcher.Find(segment.Text, tokens, mentions);
            foreach (var mention in mentions)
            {
                if (listed.Contains(mention.Entity) || item.IgnoreMentions.Ignores(mention.Entity.Slug)
                    || InPublisherName(segment.Text, mention, publisher)
                    || site.MeantByBrokenReferences.Contains((item.SourcePath, mention.Entity)))
                {
                    continue;
                }

                found[mention.Entity] = found.TryGetValue(mention.Entity, out var seen)
                    ? seen with { Count = seen.Count + 1 }
                    : (1, segment.At(mention.Start), segment.Text.Slice(mention.Start, mention.Length).ToString());
            }
        }

        foreach (var (entity, (count, first, written)) in found)
        {
            var name = site.NameOf(entity);
            var how = written == name ? $"{count}×" : $"{count}×, as '{written}'";
            diagnostics.Warning(first, DiagnosticCodes.UntaggedMention,
                $"mentions {name} ({how}) but '{entity.Kind.Plural()}' does not list '{entity.Slug}'; add it, or add it to '{MentionOptOut.Field}' if the mention is in passing");
        }
    }

    /// <summary>
    /// A word of the article's own publisher's name ("India" in "The Times of India", "Pakistan" in "Pakistan
    /// Today") is where the report comes from, not what it is about.
    /// </summary>
    private static bool InPublisherName(ReadOnlySpan<char> text, MentionAt mention, string? publisher)
    {
        if (string.IsNullOrWhiteSpace(publisher))
        {
            return false;
        }

        for (var from = 0; from <= text.Length - publisher.Length;)
        {
            var at = text[from..].IndexOf(publisher, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            var start = from + at;
            if (mention.Start >= start && mention.Start + mention.Length <= start + publisher.Length)
            {
                return true;
            }

            from = start + 1;
        }

        return false;
    }

    private IEnumerable<ProseSegment> Segments(DatedItem item) =>
        item.Prose.Select(p => new ProseSegment(p.Value, 0, p.Value.Length, p.Location, p.IsSingleLine))
            .Concat(ProseSegments.Of(item.Body, item.SourcePath));

    private void CheckOptOut(DatedItem item)
    {
        foreach (var slug in item.IgnoreMentions.Slugs)
        {
            var kinds = new[] { ContentKind.Country, ContentKind.Group, ContentKind.Person };
            if (!kinds.Any(k => site.Exists(new EntityKey(k, slug.Value))))
            {
                var known = site.Countries.Slugs.Concat(site.Groups.Select(g => g.Slug)).Concat(site.People.Select(p => p.Slug));
                diagnostics.Warning(slug.Location, DiagnosticCodes.UnknownIgnoredMention,
                    $"'{MentionOptOut.Field}' lists '{slug.Value}', which is no country, group or person{Suggest.DidYouMean(slug.Value, known)}");
            }
        }
    }

    private sealed class Scratch
    {
        public List<Token> Tokens { get; } = new(1024);

        public List<MentionAt> Mentions { get; } = [];
    }
}
