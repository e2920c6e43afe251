using System.Text.RegularExpressions;

namespace Briefings.Tradecraft;

/// <summary>Which yardstick of estimative language a site writes in (<c>site.yml</c>: <c>estimative_scale</c>).</summary>
internal enum EstimativeScaleKind
{
    /// <summary>US Intelligence Community Directive 203, Analytic Standards (2015), its table of likelihood terms.</summary>
    Icd203,

    /// <summary>The UK Professional Head of Intelligence Analysis (PHIA) probability yardstick.</summary>
    Phia,
}

/// <summary>One term of a scale and the probability range it stands for.</summary>
internal sealed record EstimativeTerm(string Words, string Range, string Spoken);

/// <summary>
/// The terms of each scale with their ranges. ICD 203 gives two words for most of its seven bands ("very likely" or
/// "highly probable", 80–95%); PHIA's yardstick has seven bands with gaps between them.
/// </summary>
internal sealed class EstimativeScale
{
    public static readonly EstimativeScale Icd203 = new(EstimativeScaleKind.Icd203, "ICD 203",
    [
        T("almost no chance", 1, 5),
        T("very unlikely", 5, 20), T("highly improbable", 5, 20),
        T("unlikely", 20, 45), T("improbable", 20, 45), T("improbably", 20, 45),
        T("roughly even chance", 45, 55), T("roughly even odds", 45, 55),
        T("likely", 55, 80), T("probable", 55, 80), T("probably", 55, 80),
        T("very likely", 80, 95), T("highly probable", 80, 95),
        T("almost certain", 95, 99), T("almost certainly", 95, 99), T("nearly certain", 95, 99),
    ]);

    public static readonly EstimativeScale Phia = new(EstimativeScaleKind.Phia, "PHIA",
    [
        T("remote chance", 0, 5),
        T("highly unlikely", 10, 20),
        T("unlikely", 25, 35),
        T("realistic possibility", 40, 50),
        T("likely", 55, 75), T("probably", 55, 75), T("probable", 55, 75),
        T("highly likely", 80, 90),
        T("almost certain", 95, 100), T("almost certainly", 95, 100),
    ]);

    private EstimativeScale(EstimativeScaleKind kind, string name, IReadOnlyList<EstimativeTerm> terms)
    {
        Kind = kind;
        Name = name;
        Terms = terms.ToDictionary(t => t.Words, StringComparer.OrdinalIgnoreCase);
        // Longest first, so "very likely" is one term and not "likely" after "very".
        Pattern = new Regex(@"\b(?:" + string.Join("|", terms.Select(t => t.Words).OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal))) + @")\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public EstimativeScaleKind Kind { get; }

    /// <summary>"ICD 203", "PHIA".</summary>
    public string Name { get; }

    public IReadOnlyDictionary<string, EstimativeTerm> Terms { get; }

    /// <summary>Finds the scale's terms in text, whole words, any case, longest first.</summary>
    public Regex Pattern { get; }

    public static EstimativeScale Of(EstimativeScaleKind kind) => kind == EstimativeScaleKind.Phia ? Phia : Icd203;

    public static IReadOnlyList<EstimativeScale> All { get; } = [Icd203, Phia];

    /// <summary>The term a match stands for (its words with any run of spaces as one).</summary>
    public EstimativeTerm TermOf(string match) => Terms[Regex.Replace(match, @"\s+", " ")];

    /// <summary>Whether <paramref name="words"/> is a term of this scale and of no other.</summary>
    public bool IsOwn(string words) => Terms.ContainsKey(words) && All.Where(s => s != this).All(s => !s.Terms.ContainsKey(words));

    private static EstimativeTerm T(string words, int from, int to) => new(words, $"{from}–{to}%", $"{from} to {to} percent");
}
