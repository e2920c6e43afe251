namespace Briefings.Diagnostics;

/// <summary>Every diagnostic code the tool emits. Codes are stable: contributors search for them.</summary>
internal static class DiagnosticCodes
{
    // Files and encoding (BRF1xx)
    public const string NotUtf8 = "BRF101";
    public const string EmptyFile = "BRF102";
    public const string FileTooLarge = "BRF103";
    public const string UnexpectedFile = "BRF104";
    public const string BadFileName = "BRF105";
    public const string SymbolicLink = "BRF106";

    // Front matter and YAML (BRF2xx)
    public const string MissingFrontMatter = "BRF201";
    public const string UnclosedFrontMatter = "BRF202";
    public const string InvalidYaml = "BRF203";
    public const string DuplicateKey = "BRF204";
    public const string WrongType = "BRF205";
    public const string MissingField = "BRF206";
    public const string UnknownField = "BRF207";
    public const string InvalidValue = "BRF208";
    public const string InvalidDate = "BRF209";
    public const string InvalidUrl = "BRF210";
    public const string YamlAliasNotAllowed = "BRF211";
    public const string MarkdownTooComplex = "BRF212";
    public const string Placeholder = "BRF213";
    public const string InvalidGrade = "BRF214";
    public const string InvalidCoordinates = "BRF215";
    public const string InvalidCount = "BRF216";

    // Slugs and references (BRF3xx)
    public const string InvalidSlug = "BRF301";
    public const string DuplicateSlug = "BRF302";
    public const string UnknownReference = "BRF303";
    public const string UnknownWikiLink = "BRF304";
    public const string SelfReference = "BRF305";
    public const string BadWikiLink = "BRF306";
    public const string DuplicateReference = "BRF307";
    public const string InvalidAlias = "BRF308";
    public const string AliasClash = "BRF309";
    public const string NotMilitant = "BRF310";

    // Relations and trends (BRF32x)
    public const string RelationToItself = "BRF320";
    public const string RelationDates = "BRF321";
    public const string DuplicateRelation = "BRF322";
    public const string BadMonthFile = "BRF323";

    // Site settings and theme (BRF4xx)
    public const string SiteConfig = "BRF401";
    public const string ThemeError = "BRF402";
    public const string UnsafeLink = "BRF403";
    public const string SearchIndex = "BRF404";

    // Advice (BRF5xx): warnings only, never errors
    public const string UntaggedMention = "BRF501";
    public const string UnknownIgnoredMention = "BRF502";
    public const string CopiedSource = "BRF503";

    // Estimative language (BRF51x): advice on analyst notes
    public const string MixedEstimativeScales = "BRF510";
    public const string LikelihoodWithConfidence = "BRF511";
    public const string VagueJudgement = "BRF512";
}
