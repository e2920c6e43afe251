namespace Briefings.Cli.Commands;

/// <summary>A verb of the <c>briefings</c> program.</summary>
internal interface ICommand
{
    string Name { get; }

    string Summary { get; }

    string Usage { get; }

    int Run(IReadOnlyList<string> args, Terminal terminal);
}
