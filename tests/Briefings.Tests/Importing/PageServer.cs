using System.Net;
using System.Net.Sockets;

namespace Briefings.Tests.Importing;

/// <summary>
/// A web server on 127.0.0.1 for the import tests: each path answers as a real (or hostile) server would — a page,
/// a 404, a redirect loop, a PDF, 50 MB, or nothing at all. Each request on a thread of its own.
/// </summary>
internal sealed class PageServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, Action<HttpListenerResponse>> _routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _loop;

    public PageServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        BaseUrl = $"http://127.0.0.1:{port}";
        _loop = new Thread(Serve) { IsBackground = true, Name = "page server" };
        _loop.Start();
    }

    public string BaseUrl { get; }

    public CancellationToken Stopping => _stop.Token;

    public PageServer On(string path, Action<HttpListenerResponse> answer)
    {
        _routes[path] = answer;
        return this;
    }

    public PageServer Page(string path, string contentType, byte[] body) => On(path, r =>
    {
        r.ContentType = contentType;
        r.ContentLength64 = body.Length;
        r.OutputStream.Write(body);
    });

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Close();
        _loop.Join(TimeSpan.FromSeconds(5));
        _stop.Dispose();
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

            new Thread(() => Answer(context)) { IsBackground = true }.Start();
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            if (_routes.TryGetValue(context.Request.Url!.AbsolutePath, out var answer))
            {
                answer(response);
            }
            else
            {
                response.StatusCode = 404;
            }

            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The client gave up (a size or time limit): nothing more to send.
        }
    }
}
