namespace Briefings.Cli.Serving;

/// <summary>The Content-Type of each kind of file a built site has; anything else is served as bytes.</summary>
internal static class MimeTypes
{
    public static string Of(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".ico" => "image/x-icon",
        ".woff2" => "font/woff2",
        ".wasm" => "application/wasm",
        ".yml" or ".yaml" => "text/yaml; charset=utf-8", // the content editor's admin/config.yml
        _ => "application/octet-stream",
    };
}
