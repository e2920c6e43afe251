using Briefings.Cli;

namespace Briefings.Tests.Support;

/// <summary>Runs the <c>briefings</c> program in-process, as a contributor would from a shell.</summary>
internal static class Cli
{
    public static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
