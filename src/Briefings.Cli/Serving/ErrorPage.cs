using System.Net;
using Briefings.Diagnostics;

namespace Briefings.Cli.Serving;

/// <summary>What the browser shows while the content does not build: every problem, each with its place.</summary>
internal static class ErrorPage
{
    public static string Html(IReadOnlyList<Diagnostic> diagnostics, Func<Diagnostic, string> format)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var items = string.Concat(diagnostics.OrderBy(d => d.IsError ? 0 : 1).Select(d =>
            $"<li class=\"{(d.IsError ? "error" : "warning")}\"><code>{WebUtility.HtmlEncode(format(d))}</code></li>\n"));
        return $$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <link rel="icon" href="data:,">
            <title>Build failed: {{errors}} error{{(errors == 1 ? "" : "s")}} · briefings serve</title>
            <style>
            body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #1a1a1a; }
            h1 { color: #a30000; } ul { padding: 0; list-style: none; }
            li { margin: .4rem 0; padding: .5rem .75rem; border-left: 4px solid #a30000; background: #fdf0f0; }
            li.warning { border-color: #8a5a00; background: #fdf8ec; } code { white-space: pre-wrap; word-break: break-word; }
            </style>
            </head>
            <body>
            <h1>The site did not build</h1>
            <p>Fix these and save: the page reloads by itself. The last good build is not shown, so nothing here is stale.</p>
            <ul>
            {{items}}</ul>
            </body>
            </html>
            """;
    }
}
