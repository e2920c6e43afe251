using Briefings.Building;

namespace Briefings.Cli.Commands;

/// <summary>
/// Shows which stage a build is in, on standard error: on an interactive terminal one line redrawn in place and
/// erased when the build ends; elsewhere (CI logs, pipes) one plain line per stage; nothing with <c>--quiet</c>.
/// Only carriage returns and spaces are used to redraw, so it works on any terminal.
/// </summary>
internal sealed class StageProgress(Terminal terminal, bool quiet) : IDisposable
{
    private int _drawn;

    public void Started(StageStart stage)
    {
        if (quiet)
        {
            return;
        }

        var text = $"[{stage.Number}/{stage.Of}] {stage.Stage}{(stage.Work is null ? "" : ": " + stage.Work)}";
        if (!terminal.Interactive)
        {
            terminal.Error.WriteLine(text);
            return;
        }

        text += "…";
        terminal.Error.Write("\r" + text.PadRight(_drawn));
        terminal.Error.Flush();
        _drawn = text.Length;
    }

    /// <summary>Erases the progress line, so that what follows starts on a clean line.</summary>
    public void Dispose()
    {
        if (_drawn > 0)
        {
            terminal.Error.Write("\r" + new string(' ', _drawn) + "\r");
            terminal.Error.Flush();
            _drawn = 0;
        }
    }
}
