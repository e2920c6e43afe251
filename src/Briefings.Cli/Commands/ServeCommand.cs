using System.Globalization;
using System.Runtime.InteropServices;
using Briefings.Building;
using Briefings.Cli.Serving;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings serve</c>: live preview on 127.0.0.1, rebuilt and reloaded on every change, until Ctrl-C.</summary>
internal sealed class ServeCommand : ICommand
{
    private static readonly HashSet<string> Values = ["--input", "--theme", "--port", "--base-url"];
    private static readonly HashSet<string> Flags = ["--drafts", "--verbose"];

    public string Name => "serve";

    public string Summary => "preview the site on 127.0.0.1, rebuilt and reloaded as you edit";

    public string Usage => $"""
        usage: briefings serve [--port N] [--input DIR] [--theme DIR] [--base-url URL] [--drafts] [--verbose]

          --port N          port on 127.0.0.1 (default: 8080; 0 picks a free one)
        {SiteCommandOptions.InputHelp}
        {SiteCommandOptions.ThemeHelp}; its files are watched too
          --base-url URL    serve under this base path instead of base_url from site.yml
          --drafts          include articles and notes with status: draft
          --verbose         after each rebuild, print the time, CPU time, allocations, JIT time and GCs of its steps

        Builds into a temporary folder (never _site/), serves it under the site's base path so links work as
        published, rebuilds when a file in input/ (or the theme) changes and reloads open pages. While the content
        has errors, the browser shows them (path:line:column) instead of the old site. Ctrl-C stops it.
        """;

    public int Run(IReadOnlyList<string> args, Terminal terminal)
    {
        var (stdout, stderr) = (terminal.Out, terminal.Error);
        var a = new ArgReader(args, Values, Flags);
        if (a.Positionals.Count > 0)
        {
            throw new UsageException($"unexpected argument '{a.Positionals[0]}'");
        }

        var port = a.Value("--port") is { } p
            ? int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 65535 ? n : throw new UsageException($"--port must be a number from 0 to 65535, not '{p}'")
            : 8080;
        var input = SiteCommandOptions.InputDirectory(a);
        var themeDirectory = a.Value("--theme");
        SiteCommandOptions.Theme(a);
        var baseUrl = SiteCommandOptions.BaseUrl(a);
        var rebuilder = new IncrementalRebuilder(output => new BuildOptions(input, output)
        {
            BaseUrl = baseUrl,
            IncludeDrafts = a.Flag("--drafts"),
            Theme = themeDirectory is null ? Templates.Theme.Default : Templates.Theme.FromDirectory(themeDirectory), // re-read: it may have changed
            CmsLocalBackend = Output.Cms.CmsConfig.DefaultLocalBackend, // /admin/ on localhost saves through 'npx decap-server', when it runs
        });

        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
        {
            c.Cancel = true;
            stop.Cancel();
        });
        try
        {
            return Serve(new PreviewSession(rebuilder, [input, .. themeDirectory is null ? Array.Empty<string>() : [themeDirectory]], port, stdout,
                d => DiagnosticPrinter.Format(d, input))
            { Verbose = a.Flag("--verbose") }, stdout, stderr, stop.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>Runs a session until <paramref name="stop"/> is cancelled; exit code 0 after a clean stop.</summary>
    internal static int Serve(PreviewSession session, TextWriter stdout, TextWriter stderr, CancellationToken stop)
    {
        try
        {
            session.StartAsync(stop).GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            session.StopAsync().GetAwaiter().GetResult();
            stderr.WriteLine($"briefings serve: cannot listen: {e.Message} (choose another --port, or --port 0)");
            return ExitCodes.UsageError;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Ctrl-C before the server was listening (the first build done, the host still starting): a normal stop
            session.StopAsync().GetAwaiter().GetResult();
            stdout.WriteLine("stopped");
            return ExitCodes.Success;
        }

        stdout.WriteLine($"serving {session.Url} (Ctrl-C to stop)");
        stop.WaitHandle.WaitOne();
        stdout.WriteLine("stopping: removing the preview's temporary folder"); // seconds for a site of 10,000 articles
        session.StopAsync().GetAwaiter().GetResult();
        stdout.WriteLine("stopped");
        return ExitCodes.Success;
    }
}
