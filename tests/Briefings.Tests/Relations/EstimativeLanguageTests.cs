using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Relations;

/// <summary>Estimative language in analyst notes: terms marked up with their range, and advice on how judgements are worded.</summary>
public sealed class EstimativeLanguageTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private TestSite WithNote(string body) => _site.With("notes/n.md", Files.Note("A note", body: body));

    [Fact]
    public void Should_mark_up_the_sites_scale_terms_with_their_range_for_hover_focus_and_screen_readers()
    {
        WithNote("We judge it very likely that talks resume; a ceasefire is unlikely. See [likely](https://example.org) and `likely`.").BuildClean();

        var page = _site.Page("notes/n/");
        Assert.Contains("<abbr class=\"estimative\" title=\"ICD 203: 80–95%\" data-range=\"80–95%\" tabindex=\"0\">very likely<span class=\"visually-hidden\"> (80 to 95 percent)</span></abbr>", page);
        Assert.Contains("title=\"ICD 203: 20–45%\" data-range=\"20–45%\" tabindex=\"0\">unlikely<", page);
        Assert.Contains("<a href=\"https://example.org\">likely</a>", page);
        Assert.Contains("<code>likely</code>", page);
        Assert.Contains("moderate", page);
    }

    [Fact]
    public void Should_list_a_notes_graded_sources_with_each_grade_spelled_out_and_locate_a_bad_grade()
    {
        // Given a note that rests on two graded sources, one of them alone
        const string sources = "sources:\n  - {name: Dawn, url: \"https://www.dawn.com/news/1\", date: 2018-07-13, grade: B2}\n  - {name: Lone Wire, url: \"https://example.com/wire\", grade: C3}";
        _site.With("notes/n.md", Files.Note("A note", extra: sources)).BuildClean();

        // Then the note's page names them, linked, with what each grade means in words
        var page = _site.Page("notes/n/");
        Assert.Contains("<h2 id=\"sources\">Sources</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.dawn.com/news/1\">Dawn</a>", page, StringComparison.Ordinal);
        Assert.Contains("B2</span> — usually reliable, probably true", page, StringComparison.Ordinal);
        Assert.Contains("C3</span> — fairly reliable, possibly true", page, StringComparison.Ordinal);

        // And a grade outside the Admiralty code is an error at its place
        _site.With("notes/n.md", Files.Note("A note", extra: "sources:\n  - {name: Dawn, grade: G9}"));
        var error = _site.Build().Single(DiagnosticCodes.InvalidGrade);
        Assert.Equal(("notes/n.md", 8), (error.Location.Path, error.Location.Line));
    }

    [Fact]
    public void Should_use_the_phia_yardstick_when_site_yml_says_so()
    {
        _site.With("site.yml", "title: T\nbase_url: https://example.org/base/\nestimative_scale: phia\n");
        WithNote("It is a realistic possibility and highly likely.").BuildClean();

        var page = _site.Page("notes/n/");
        Assert.Contains("title=\"PHIA: 40–50%\" data-range=\"40–50%\" tabindex=\"0\">realistic possibility<", page);
        Assert.Contains("title=\"PHIA: 80–90%\" data-range=\"80–90%\" tabindex=\"0\">highly likely<", page);
    }

    [Fact]
    public void Should_reject_an_unknown_scale_in_site_yml_with_the_choices()
    {
        _site.With("site.yml", "title: T\nestimative_scale: icd-203\n");

        var error = _site.Build().Single(DiagnosticCodes.InvalidValue);

        Assert.Equal(new SourceLocation("site.yml", 2, 19), error.Location);
        Assert.Contains("did you mean 'icd203'?", error.Message);
    }

    [Fact]
    public void Should_advise_on_a_term_of_another_scale_at_its_place()
    {
        // Line 9 is the body's first line
        var result = WithNote("We judge it likely. It is a realistic possibility that talks resume.").BuildClean();

        var warning = result.Single(DiagnosticCodes.MixedEstimativeScales);
        Assert.Equal(new SourceLocation("notes/n.md", 9, 29), warning.Location);
        Assert.Contains("'realistic possibility' is a PHIA term, but this site writes ICD 203", warning.Message);
    }

    [Fact]
    public void Should_advise_on_likelihood_and_confidence_in_one_sentence()
    {
        var result = WithNote("Talks resume.\n\nWe assess with high confidence that the group is very likely to split.").BuildClean();

        var warning = result.Single(DiagnosticCodes.LikelihoodWithConfidence);
        Assert.Equal(new SourceLocation("notes/n.md", 11, 50), warning.Location);
        Assert.Contains("'very likely' (likelihood) and 'high confidence' (confidence)", warning.Message);
    }

    [Fact]
    public void Should_advise_on_a_judgement_hedged_only_with_vague_words_and_not_on_one_with_a_term()
    {
        var result = WithNote("Talks resumed. We assess the group may split.\n\nWe assess the group will likely split, though it could hold.").BuildClean();

        var warning = result.Single(DiagnosticCodes.VagueJudgement);
        Assert.Equal(new SourceLocation("notes/n.md", 9, 16), warning.Location);
        Assert.Contains("'We assess' … 'may'", warning.Message);
    }
}
