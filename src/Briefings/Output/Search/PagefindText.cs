using Briefings.Templates;

namespace Briefings.Output.Search;

/// <summary>
/// Text that Pagefind takes from a page and its UI shows as HTML. Pagefind (1.6) decodes character references in a
/// filter value twice — once as HTML, once more of its own — and its UI inserts filter values as markup, so a name
/// such as <c>Meta&lt;meta http-equiv="refresh" …&gt;</c> written as an ordinary link text would become an element on
/// the search page. A filter value is therefore written into an attribute of its own, encoded so that what Pagefind
/// stores is the name escaped once: the UI then shows it as the text it is (<c>HostileSearchTests</c>).
/// </summary>
public static class PagefindText
{
    /// <summary>
    /// The value for a <c>data-pagefind-filter="name[attribute]"</c> attribute, before the template engine escapes it
    /// for HTML (which adds the third encoding Pagefind's two decodings and the UI's markup need).
    /// </summary>
    public static string FilterValue(string text) => Html.Escape(Html.Escape(text));
}
