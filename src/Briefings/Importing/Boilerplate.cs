using System.Text.RegularExpressions;

namespace Briefings.Importing;

/// <summary>
/// Recognises the page furniture that scrapers pick up around an article: share and comment buttons, subscribe
/// prompts, "Related"/"Read more" links, advertisements, cookie notices, "Follow us", copyright footers, photo
/// credits, author avatars. Only short lines are candidates, so a paragraph that merely mentions "share" stays.
/// </summary>
internal static partial class Boilerplate
{
    private const int MaxLength = 120;

    /// <summary>Whether a line (already trimmed) is page furniture rather than article text.</summary>
    public static bool IsBoilerplate(string line) => line.Length <= MaxLength && Furniture().IsMatch(line);

    /// <summary>A "Related" or "More on this" heading whose following short lines are links to other stories.</summary>
    public static bool StartsLinkList(string line) => line.Length <= 40 && LinkListHeading().IsMatch(line);

    /// <summary>Reuters-style credits at the end: "Reporting by …; Editing by …".</summary>
    public static bool IsCredit(string line) => Credit().IsMatch(line);

    /// <summary>
    /// A short line at the end of the page that is not a sentence ("A Newspaper company in Kashmir", an author's
    /// name, a tag list): the body ends with its last sentence.
    /// </summary>
    public static bool IsTrailingFragment(string line) =>
        line.Length <= 80 && !EndsSentence(line);

    /// <summary>
    /// A ticker or a strip of headlines: stock or currency moves ("▲ 0.4%"), or short items strung together by bars
    /// or bullets with no sentence among them.
    /// </summary>
    public static bool IsTicker(string line) =>
        line.Length <= 250 && (line.Contains('▲') || line.Contains('▼')
            || (!EndsSentence(line) && Separators().Count(line) >= 2));

    /// <summary>
    /// A photo caption or credit: "Border guards at the crossing. Photo: File", "(AFP Photo)", "— Reuters photo",
    /// "File photo of …", "Image: Getty". Only lines up to 250 characters; a paragraph that mentions a photo stays.
    /// </summary>
    public static bool IsCaption(string line) => line.Length <= 250 && Caption().IsMatch(line);

    /// <summary>Ends like a sentence: with . ! ? or …, perhaps followed by a closing quote or bracket.</summary>
    public static bool EndsSentence(string line) => SentenceEnd().IsMatch(line);

    [GeneratedRegex("""
        ^(
          share(\s+(this|the))?(\s+(article|story|post|page))?(\s+on\s+\w+)?
        | (share|tweet|email|print|whatsapp|facebook|twitter|linkedin|reddit|telegram|pinterest|messenger|copy\s+link)([\s|·•,/]+(share|tweet|email|print|whatsapp|facebook|twitter|x|linkedin|reddit|telegram|pinterest|messenger|copy\s+link))*
        | (share|post|send)\s+(on|via|to|by)\s+\w+(\s+\w+)?(\s*\(opens\s+in\s+(a\s+)?new\s+window\))?
        | click\s+to\s+(share|print|email|tweet)\b.* | (email|print)\s+this(\s+(page|article|story))?
        | \d[\d,.]*k?\s+(shares?|views?|reads?) | comments\s+are\s+closed\.? | be\s+the\s+first\s+to\s+comment\.? | join\s+the\s+(conversation|discussion)\.?
        | (show|hide|load|view)\s+(all\s+)?\d*\s*(comments?|replies)
        | published\s+in\s+.{1,80} | (more|latest|top)\s+(stories|news|headlines)(\s+from\s+.*)? | in\s+other\s+news | (don'?t|do\s+not)\s+miss\b.* | must\s+read | editor'?s\s+choice | what\s+to\s+read\s+next
        | (breaking(\s+news)?|ticker|markets?)\s*[:|]\s*.*
        | (leave|post|add|write)\s+a\s+(comment|reply)
        | \d*\s*comments?
        | view\s+comments | show\s+comments | comments\s+\(\d+\)
        | (subscribe|sign\s+up|newsletter|get\s+the\s+newsletter|join\s+our\s+(newsletter|channel|mailing\s+list))\b.*
        | (related|related\s+(articles?|stories|posts|coverage|news|topics)|more\s+on\s+this(\s+story)?|also\s+read|read\s+also|read\s+more|see\s+also|recommended|you\s+may\s+also\s+like|more\s+from\s+.*|trending(\s+now)?|most\s+read|popular)\s*([:\-–—|]\s*.*)?
        | advertisement(\s*[-–—·|:]?\s*scroll\s+to\s+continue(\s+reading)?)? | sponsored(\s+content)? | ad | ads\s+by\s+\w+
        | .*\bcookies?\b.*\b(use|accept|consent|policy|settings)\b.* | .*\b(accept|manage)\s+cookies\b.*
        | follow\s+(us|@\w+|\w+\s+on)\b.* | .*\bfollow\s+us\s+on\b.*
        | (©|\(c\)|copyright\b).* | .*\ball\s+rights\s+reserved\b.*
        | avatar(\s+of\b.*)? | (file\s+)?photo(\s+credit)?\s*[:|].* | image(\s+credit)?\s*[:|].* | (photo|image)\s*/\s*\w.*
        | (click|tap)\s+here\b.* | download\s+(our|the)\s+app\b.* | listen\s+to\s+(this|the)\s+article\b.*
        | (previous|next)\s+(article|post|story)\b.* | back\s+to\s+top | skip\s+to\s+(main\s+)?content
        | tags?\s*:.* | filed\s+under\s*:?.* | categor(y|ies)\s*:.*
        | (updated|published|posted|last\s+updated)\s*(on|at)?\s*:?\s*$
        | a\s+newspaper\s+company\b.*
        | \d+\s+min(ute)?s?\s+read | our\s+standards\b.* | home\s*[»>›/|].* | (editor'?s\s+picks?|top\s+stories|watch|live|video)
        )$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"^(related|related\s+(articles?|stories|posts|coverage|news)|more\s+on\s+this(\s+story)?|read\s+more|also\s+read|see\s+also|recommended|you\s+may\s+also\s+like|you\s+might\s+also\s+like|most\s+read|most\s+popular|trending(\s+now)?|(more|latest|top)\s+(stories|news|headlines)|in\s+other\s+news|what\s+to\s+read\s+next)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkListHeading();

    [GeneratedRegex(@"^\(?\s*(reporting|writing|additional\s+reporting|editing)\s+by\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    [GeneratedRegex("""
        ^(?:file\s+)?(?:photo|image|picture)\s+(?:of|shows)\b
        | [(|/—–]\s*(?:(?:file|ap|afp|reuters|epa|getty|xinhua|app|pti|ani|anadolu)\s+)?(?:photo|image|picture|pic)s?\b[^.]{0,60}\)?\.?$
        | \b(?:photo|image|picture)(?:\s+credit)?\s*[:/]\s*[^.]{1,60}\.?$
        | \b(?:file|ap|afp|reuters|epa|getty|xinhua|app|pti|ani|anadolu)\s+(?:photo|image|picture)s?\)?\.?$
        | [(|/—–]\s*(?:photo|image|picture)?\s*(?:courtesy|credit)\b[^.]{0,60}\)?$
        | \b(?:getty\s+images|afp\s+via\s+getty\s+images|shutterstock)\s*\)?\.?$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Caption();

    [GeneratedRegex(@"\s[|•·]\s")]
    private static partial Regex Separators();

    [GeneratedRegex("""[.!?…]["'”’)\]]*$""", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
