using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Briefings.Importing;

/// <summary>
/// Fetches an article's page for <c>import</c>, defensively: the server is not trusted. At most
/// <see cref="MaxRedirects"/> redirects (each to http or https), <see cref="ImportSource.MaxBytes"/> of body, one
/// time limit for the whole exchange, and only HTML, XHTML or plain text. Every failure is one sentence and no page.
/// The handler is injectable so tests talk to a server on 127.0.0.1.
/// </summary>
internal sealed class PageFetcher(HttpMessageHandler? handler = null, TimeSpan? timeout = null)
{
    public const int MaxRedirects = 5;

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    private static readonly string[] Accepted = ["text/html", "application/xhtml+xml", "text/plain"];

    public (ImportInput? Page, string? Error) Fetch(Uri url)
    {
        var limit = timeout ?? DefaultTimeout;
        using var cts = new CancellationTokenSource(limit);
        using var client = new HttpClient(handler ?? new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All }, disposeHandler: handler is null)
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        try
        {
            return FetchAsync(client, url, cts.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"no complete answer within {limit.TotalSeconds:0.#} seconds"));
        }
        catch (HttpRequestException e)
        {
            return (null, $"could not fetch the page: {e.Message}");
        }
        catch (IOException e)
        {
            return (null, $"the connection failed: {e.Message}");
        }
    }

    private static async Task<(ImportInput?, string?)> FetchAsync(HttpClient client, Uri url, CancellationToken cancel)
    {
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8");
            request.Headers.UserAgent.ParseAdd("briefings-import/1.0");
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                if (redirects >= MaxRedirects)
                {
                    return (null, $"more than {MaxRedirects} redirects");
                }

                current = location.IsAbsoluteUri ? location : new Uri(current, location);
                if (current.Scheme is not ("http" or "https"))
                {
                    return (null, $"redirected to a {current.Scheme}: address, which is not a web page");
                }

                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                return (null, $"the server answered {status} {response.ReasonPhrase}".TrimEnd());
            }

            var type = response.Content.Headers.ContentType;
            if (type?.MediaType is not { } media || !Accepted.Contains(media, StringComparer.OrdinalIgnoreCase))
            {
                return (null, $"the server sent {type?.MediaType ?? "no content type"}, not a web page (HTML or text)");
            }

            if (response.Content.Headers.ContentLength > ImportSource.MaxBytes)
            {
                return (null, $"the page is larger than {ImportSource.MaxBytes / (1024 * 1024)} MB");
            }

            var bytes = await ReadLimited(response.Content, cancel);
            if (bytes is null)
            {
                return (null, $"the page is larger than {ImportSource.MaxBytes / (1024 * 1024)} MB");
            }

            var page = ImportSource.FromBytes(url.AbsoluteUri, bytes, Header(type), !media.Equals("text/plain", StringComparison.OrdinalIgnoreCase), current, out var error);
            return (page, page is null ? error : null);
        }
    }

    private static string Header(MediaTypeHeaderValue type) => type.CharSet is { } charset ? $"{type.MediaType}; charset={charset}" : type.MediaType!;

    private static async Task<byte[]?> ReadLimited(HttpContent content, CancellationToken cancel)
    {
        await using var stream = await content.ReadAsStreamAsync(cancel);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + read > ImportSource.MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
