using System.Text.RegularExpressions;
using Briefings.Advice;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Linking;

namespace Briefings.Tradecraft;

/// <summary>
/// Advise stage, on analyst notes (warnings, each where it was written): a term of another scale than the site's
/// (BRF510), a likelihood term and a confidence statement in one sentence (BRF511: ICD 203 keeps them apart), and a
/// judgement ("we assess") hedged only with vague words (BRF512).
/// </summary>
internal sealed partial class EstimativeAdvisor(Site site, DiagnosticBag diagnostics)
{
    private readonly EstimativeScale _scale = EstimativeScale.Of(site.Settings.EstimativeScale);

    public void Advise()
    {
        foreach (var note in site.Notes)
        {
            Advise(note);
        }
    }

    public void Advise(Note note)
    {
        var mixed = false;
        foreach (var sentence in Sentences(note))
        {
            var text = sentence.Text.ToString();
            var own = _scale.Pattern.Matches(text);
            var others = EstimativeScale.All.Where(s => s != _scale)
                .SelectMany(s => s.Pattern.Matches(text).Select(m => (Scale: s, Match: m)))
                .Where(x => x.Scale.IsOwn(Normal(x.Match.Value)))
                .ToList();
            foreach (var (other, match) in others.Where(_ => !mixed).Take(1))
            {
                mixed = true;
                diagnostics.Warning(sentence.At(match.Index), DiagnosticCodes.MixedEstimativeScales,
                    $"'{match.Value}' is a {other.Name} term, but this site writes {_scale.Name} (estimative_scale in site.yml); use {_scale.Name}'s words so readers get one yardstick ({Words(_scale)})");
            }

            var likelihood = own.Cast<Match>().Concat(others.Select(o => o.Match)).OrderBy(m => m.Index).FirstOrDefault();
            if (likelihood is not null && ConfidencePattern().Match(text) is { Success: true } confidence)
            {
                diagnostics.Warning(sentence.At(likelihood.Index), DiagnosticCodes.LikelihoodWithConfidence,
                    $"'{likelihood.Value}' (likelihood) and '{confidence.Value}' (confidence) are in one sentence; say how likely it is and how sure you are in separate sentences");
            }

            if (likelihood is null && JudgementPattern().Match(text) is { Success: true } judgement && HedgePattern().Match(text) is { Success: true } hedge)
            {
                diagnostics.Warning(sentence.At(judgement.Index), DiagnosticCodes.VagueJudgement,
                    $"'{judgement.Value}' … '{hedge.Value}': a judgement hedged only with a vague word; say how likely with a term of {_scale.Name} ({Words(_scale)})");
            }
        }
    }

    private static string Words(EstimativeScale scale) =>
        string.Join(", ", scale.Terms.Values.DistinctBy(t => t.Range).Select(t => $"{t.Words} {t.Range}"));

    private static string Normal(string words) => Regex.Replace(words.ToLowerInvariant(), @"\s+", " ");

    /// <summary>The sentences of a note's body, each within one run of prose, with where it starts.</summary>
    private static IEnumerable<ProseSegment> Sentences(Note note)
    {
        foreach (var segment in ProseSegments.Of(note.Body, note.SourcePath))
        {
            var text = segment.Text.ToString();
            var start = 0;
            foreach (Match end in SentenceEnd().Matches(text))
            {
                var stop = end.Index + 1;
                yield return segment with { Start = segment.Start + start, Length = stop - start, Location = segment.At(start) };
                start = end.Index + end.Length;
            }

            if (start < text.Length)
            {
                yield return segment with { Start = segment.Start + start, Length = text.Length - start, Location = segment.At(start) };
            }
        }
    }

    [GeneratedRegex(@"[.!?](\s+|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(?:(?:low|moderate|medium|high)[\s-]+confidence|confidence\s+is\s+(?:low|moderate|medium|high)|(?:low|moderate|medium|high)\s+degree\s+of\s+confidence)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConfidencePattern();

    [GeneratedRegex(@"\bwe\s+(?:assess|judge|estimate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex JudgementPattern();

    [GeneratedRegex(@"\b(?:may|might|could|possibly|perhaps)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HedgePattern();
}
