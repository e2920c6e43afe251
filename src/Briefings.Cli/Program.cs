using System.Reflection;
using Briefings.Cli.Commands;
using Briefings.Parsing;

namespace Briefings.Cli;

/// <summary>The <c>briefings</c> program: picks the verb, turns usage mistakes into exit code 2.</summary>
public static class Program
{
    private static readonly ICommand[] Commands = [new BuildCommand(), new CheckCommand(), new ServeCommand(), new NewCommand(), new ImportCommand()];

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(Help());
            return args.Count == 0 ? ExitCodes.UsageError : ExitCodes.Success;
        }

        if (args[0] is "--version" or "-v")
        {
            stdout.WriteLine($"briefings {Version}");
            return ExitCodes.Success;
        }

        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            stderr.WriteLine($"briefings: unknown command '{args[0]}'{Suggest.DidYouMean(args[0], Commands.Select(c => c.Name))}");
            stderr.WriteLine(Help());
            return ExitCodes.UsageError;
        }

        var rest = args.Skip(1).ToList();
        if (rest.Any(a => a is "-h" or "--help"))
        {
            stdout.WriteLine(command.Usage);
            return ExitCodes.Success;
        }

        try
        {
            return command.Run(rest, stdout, stderr);
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"briefings {command.Name}: {e.Message}");
            stderr.WriteLine(command.Usage);
            return ExitCodes.UsageError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"briefings {command.Name}: {e.Message}");
            return ExitCodes.InternalError;
        }
    }

    private static string Version =>
        typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static string Help() =>
        "usage: briefings <command> [options]\n\ncommands:\n"
        + string.Join("\n", Commands.Select(c => $"  {c.Name,-8} {c.Summary}"))
        + "\n\nRun 'briefings <command> --help' for a command's options. Exit codes: 0 success, 1 content errors, 2 usage errors.";
}
