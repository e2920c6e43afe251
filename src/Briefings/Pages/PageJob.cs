using Briefings.Templates.Models;

namespace Briefings.Pages;

/// <summary>One page to render: where it goes, which template, and how to make its model (made lazily, in parallel).</summary>
public sealed record PageJob(string Path, string Template, Func<PageModel> Model);
