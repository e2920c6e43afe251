using Microsoft.AspNetCore.Http;

namespace Briefings.Cli.Serving;

/// <summary>
/// What the preview server answers at all. It listens on 127.0.0.1 only, but a web page the developer opens elsewhere
/// can still reach it: through DNS rebinding (a name of the attacker's that resolves to 127.0.0.1, sent in the Host
/// header) it could read the preview, drafts included. So only requests for the loopback names at the server's own
/// port are served, only with GET and HEAD, and every answer says <c>nosniff</c>.
/// </summary>
internal static class RequestGuard
{
    private static readonly string[] LoopbackNames = ["127.0.0.1", "localhost", "[::1]"];

    /// <summary>Null when the request may be answered; otherwise the status and the reason to answer with.</summary>
    public static (int Status, string Reason)? Refusal(HttpRequest request, int port)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return (StatusCodes.Status405MethodNotAllowed, "the preview answers GET and HEAD only");
        }

        var host = request.Host;
        if (!host.HasValue || !LoopbackNames.Contains(host.Host, StringComparer.OrdinalIgnoreCase) || (host.Port is { } given && given != port))
        {
            return (StatusCodes.Status421MisdirectedRequest, $"the preview answers requests for 127.0.0.1:{port} or localhost:{port} only");
        }

        return null;
    }

    /// <summary>Headers every answer carries.</summary>
    public static void Secure(HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
    }
}
