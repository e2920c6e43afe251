namespace Briefings.Cli;

/// <summary>
/// Where a command writes, and what it knows about the console it runs in: whether standard error is an interactive
/// terminal (progress is redrawn in place there, and written as plain lines in CI logs) and the Ctrl-C token.
/// </summary>
internal sealed record Terminal(TextWriter Out, TextWriter Error, bool Interactive = false, CancellationToken Cancellation = default);
