using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Briefings.Tests.Browser;

/// <summary>Serves a built site on 127.0.0.1 under a base path, as GitHub Pages serves a project site.</summary>
internal sealed class StaticServer : IDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css",
        [".js"] = "text/javascript",
        [".json"] = "application/json",
        [".xml"] = "application/xml",
        [".wasm"] = "application/wasm",
        [".txt"] = "text/plain",
    };

    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly string _basePath;
    private readonly Thread _loop;
    private readonly ConcurrentQueue<ServedRequest> _log = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public StaticServer(string root, string basePath)
    {
        _root = root;
        _basePath = basePath;
        var port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        BaseUrl = $"http://127.0.0.1:{port}{basePath}";
        // Threads of its own, not the thread pool: other tests running alongside (parallel builds, processes waited
        // on) can keep the pool busy for seconds, and a page whose stylesheet waits for a pool thread never fires 'load'.
        _loop = new Thread(Serve) { IsBackground = true, Name = "static server" };
        _loop.Start();
    }

    public string BaseUrl { get; }

    /// <summary>Where the served requests' log stands now: pass it to <see cref="LogSince"/> later.</summary>
    public int LogPosition => _log.Count;

    /// <summary>Every request answered (or failed) since <paramref name="position"/>.</summary>
    public IEnumerable<ServedRequest> LogSince(int position) => _log.Skip(position);

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Join(TimeSpan.FromSeconds(5));
    }

    private void Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = _listener.GetContext();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            new Thread(() =>
            {
                var path = context.Request.Url!.AbsolutePath;
                try
                {
                    Respond(context);
                }
                catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
                {
                    // The browser went away mid-response (a navigation cancelled it): nothing to answer, but a test
                    // that fails afterwards shows it (BrowserSite.Report).
                    _log.Enqueue(new(_clock.Elapsed, path, 0, 0, $"{e.GetType().Name}: {e.Message}"));
                }
            })
            { IsBackground = true }.Start();
        }
    }

    private void Respond(HttpListenerContext context)
    {
        using var response = context.Response;
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        var file = path.StartsWith(_basePath, StringComparison.Ordinal) ? Path.Combine(_root, path[_basePath.Length..]) : null;
        if (file is not null && Directory.Exists(file))
        {
            file = Path.Combine(file, "index.html");
        }

        var found = file is not null && File.Exists(file) && Path.GetFullPath(file).StartsWith(_root, StringComparison.Ordinal);
        if (!found)
        {
            file = Path.Combine(_root, "404.html");
            response.StatusCode = 404;
        }

        var bytes = File.ReadAllBytes(file!);
        response.ContentType = Types.GetValueOrDefault(Path.GetExtension(file!), "application/octet-stream");
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
        _log.Enqueue(new(_clock.Elapsed, path, response.StatusCode, bytes.Length, null));
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}

/// <summary>One request the <see cref="StaticServer"/> answered, or failed to answer (<see cref="Error"/>).</summary>
internal sealed record ServedRequest(TimeSpan At, string Path, int Status, long Bytes, string? Error)
{
    public override string ToString() =>
        $"{At.TotalSeconds,7:0.000}s {Path} " + (Error is null ? $"{Status} {Bytes} bytes" : $"failed: {Error}");
}
