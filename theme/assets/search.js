// Starts Pagefind's search UI on the search page; ?q=words runs a search straight away.
window.addEventListener("DOMContentLoaded", function () {
  var container = document.getElementById("search");
  if (typeof PagefindUI === "undefined" || !container) {
    return;
  }
  var ui = new PagefindUI({ element: "#search", showSubResults: true, showImages: false, autofocus: true });
  // Pagefind labels its input with a title only; give it a visible label (WCAG 2.5.3, 3.3.2).
  var input = container.querySelector("input[type=text], input[type=search]");
  if (input) {
    input.id = input.id || "search-input";
    var label = document.createElement("label");
    label.htmlFor = input.id;
    label.className = "search-label";
    label.textContent = "Search articles, notes, meetings and profiles";
    container.insertBefore(label, container.firstChild);
  }
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
  }
});
