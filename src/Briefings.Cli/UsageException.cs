namespace Briefings.Cli;

/// <summary>The command line is wrong: printed with the verb's usage, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
