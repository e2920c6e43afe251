using System.Reflection;
using Briefings.Cli.Commands;
using Briefings.Parsing;

namespace Briefings.Cli;

/// <summary>The <c>briefings</c> program: picks the verb, turns usage mistakes into exit code 2.</summary>
public static class Program
{
    private static readonly ICommand[] Commands = [new BuildCommand(), new CheckCommand(), new ServeCommand(), new NewCommand(), new ImportCommand(), new DiffCommand(), new InitCommand()];

    public static int Main(string[] args)
    {
        var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // The first Ctrl-C asks the build to stop cleanly (the output is left as it was); a second one ends the
            // process at once, and the next build puts back whatever the interrupted swap left behind.
            e.Cancel = !cancel.IsCancellationRequested;
            cancel.Cancel();
        };
        return Run(args, new Terminal(Console.Out, Console.Error, Interactive: !Console.IsErrorRedirected, cancel.Token));
    }

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr) => Run(args, new Terminal(stdout, stderr));

    internal static int Run(IReadOnlyList<string> args, Terminal terminal)
    {
        var (stdout, stderr) = (terminal.Out, terminal.Error);
        if (args is ["help", var topic, ..] && Commands.FirstOrDefault(c => c.Name == topic) is { } about)
        {
            stdout.WriteLine(about.Usage);
            return ExitCodes.Success;
        }

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
            return command.Run(rest, terminal);
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"briefings {command.Name}: {e.Message}");
            stderr.WriteLine(command.Usage);
            return ExitCodes.UsageError;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine($"briefings {command.Name}: cancelled");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"briefings {command.Name}: {e.Message}");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>This tool's package version, without build metadata: "0.1.0" (what <c>init</c> pins).</summary>
    internal static string Version =>
        typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static string Help() =>
        "usage: briefings <command> [options]\n\ncommands:\n"
        + string.Join("\n", Commands.Select(c => $"  {c.Name,-8} {c.Summary}"))
        + "\n\nRun 'briefings <command> --help' for a command's options. Exit codes: 0 success, 1 content errors, 2 usage errors.";
}
