// Starts Pagefind's search UI on the search page; ?q=words runs a search straight away.
window.addEventListener("DOMContentLoaded", function () {
  var container = document.getElementById("search");
  if (typeof PagefindUI === "undefined" || !container) {
    return;
  }
  var ui = new PagefindUI({ element: "#search", showSubResults: true, showImages: false, autofocus: true });
  // The UI finds its bundle next to its own script; so does this page.
  var script = document.querySelector("script[src*='pagefind-ui.js']");
  var bundle = script ? script.src.replace(/pagefind-ui\.js.*$/, "") : "/pagefind/";
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
  // Pagefind's UI lists the filters of the first search's results, and those count only the filter files loaded by
  // then: a search that finishes before every filter file has arrived (a slow connection, ?q= on opening) would show
  // one filter of six for good. So ?q= waits for all of them, and a search typed meanwhile runs again (with the filters
  // ticked so far) once they are in.
  var query = new URLSearchParams(window.location.search).get("q");
  import(bundle + "pagefind.js")
    .then(function (pagefind) { return pagefind.filters(); })
    .catch(function () {})
    .then(function () {
      if (input && input.value) {
        ui.triggerFilters(ticked());
      } else if (query) {
        ui.triggerSearch(query);
      }
    });

  function ticked() {
    var filters = {};
    container.querySelectorAll("input[type=checkbox]:checked").forEach(function (box) {
      (filters[box.name] = filters[box.name] || []).push(box.value);
    });
    return filters;
  }
});
