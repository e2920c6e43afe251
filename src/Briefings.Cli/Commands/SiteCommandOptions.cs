namespace Briefings.Cli.Commands;

/// <summary>Options shared by the verbs that read <c>input/</c>.</summary>
internal static class SiteCommandOptions
{
    public static readonly string InputHelp = InputHelpIn(18);

    /// <summary><see cref="InputHelp"/> for a usage whose option column is <paramref name="width"/> wide.</summary>
    public static string InputHelpIn(int width) => "  " + "--input DIR".PadRight(width) + "content folder (default: input)";
    public const string ThemeHelp = "  --theme DIR       a theme folder: its files replace the built-in theme's of the same path";

    public static string InputDirectory(ArgReader args)
    {
        var input = args.Value("--input") ?? "input";
        return Directory.Exists(input) ? input : throw new UsageException($"input folder '{input}' does not exist (use --input DIR)");
    }

    public static string? BaseUrl(ArgReader args)
    {
        var given = args.Value("--base-url");
        return given is not null && Urls.BaseUrlProblem(given) is { } problem ? throw new UsageException(problem) : given;
    }

    public static Templates.Theme Theme(ArgReader args)
    {
        var theme = args.Value("--theme");
        if (theme is null)
        {
            return Templates.Theme.Default;
        }

        return Directory.Exists(theme) ? Templates.Theme.FromDirectory(theme) : throw new UsageException($"theme folder '{theme}' does not exist");
    }
}
