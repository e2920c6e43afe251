namespace Briefings.Content;

/// <summary>
/// An Admiralty (NATO) grade of a cited source: how reliable the source is (<c>A</c>–<c>F</c>) and how credible this
/// piece of information is (<c>1</c>–<c>6</c>), written together as <c>B2</c>. Shown with its meaning spelled out.
/// </summary>
internal readonly record struct AdmiraltyGrade(char Reliability, int Credibility)
{
    /// <summary>Source reliability, <c>A</c> to <c>F</c>, in the standard wording.</summary>
    public static readonly IReadOnlyList<(char Code, string Meaning)> Reliabilities =
    [
        ('A', "completely reliable"),
        ('B', "usually reliable"),
        ('C', "fairly reliable"),
        ('D', "not usually reliable"),
        ('E', "unreliable"),
        ('F', "reliability cannot be judged"),
    ];

    /// <summary>Information credibility, <c>1</c> to <c>6</c>, in the standard wording.</summary>
    public static readonly IReadOnlyList<(int Code, string Meaning)> Credibilities =
    [
        (1, "confirmed by other sources"),
        (2, "probably true"),
        (3, "possibly true"),
        (4, "doubtful"),
        (5, "improbable"),
        (6, "truth cannot be judged"),
    ];

    /// <summary>As written: <c>B2</c>.</summary>
    public string Code => $"{Reliability}{Credibility}";

    public string ReliabilityMeaning => Reliabilities[Reliability - 'A'].Meaning;

    public string CredibilityMeaning => Credibilities[Credibility - 1].Meaning;

    /// <summary>"usually reliable, probably true".</summary>
    public string Meaning => $"{ReliabilityMeaning}, {CredibilityMeaning}";

    /// <summary>"B2 — usually reliable, probably true": what a reader sees.</summary>
    public string Label => $"{Code} — {Meaning}";

    /// <summary>Reads <c>B2</c>; <paramref name="error"/> says what is wrong otherwise (a lowercase letter is refused with the fix).</summary>
    public static bool TryParse(string text, out AdmiraltyGrade grade, out string error)
    {
        grade = default;
        error = "";
        var t = text.Trim();
        if (t.Length == 2 && t[0] is >= 'A' and <= 'F' && t[1] is >= '1' and <= '6')
        {
            grade = new AdmiraltyGrade(t[0], t[1] - '0');
            return true;
        }

        var hint = t.Length == 2 && char.ToUpperInvariant(t[0]) is >= 'A' and <= 'F' && t[1] is >= '1' and <= '6'
            ? $"; did you mean '{char.ToUpperInvariant(t[0])}{t[1]}'?"
            : "";
        error = $"'{text}' is not an Admiralty grade: write the source's reliability A–F (A completely reliable … F cannot be judged) " +
            $"then the information's credibility 1–6 (1 confirmed … 6 cannot be judged), for example 'B2'{hint}";
        return false;
    }

    public override string ToString() => Code;
}
