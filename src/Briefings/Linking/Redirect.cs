using Briefings.Diagnostics;

namespace Briefings.Linking;

/// <summary>
/// An old path that must send readers to a page: an <c>aliases</c> entry as written, already validated, and its page
/// path as <see cref="Urls.RedirectPath"/> makes it (<c>old/path/</c> or <c>2018/03/old-story.html</c>).
/// </summary>
internal sealed record Redirect(string Alias, string Path, EntityKey Target, SourceLocation Location);
