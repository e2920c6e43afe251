// Starts Pagefind's search UI on the search page; ?q=words runs a search straight away, and the address follows what
// is typed, so a search can be shared, bookmarked and reloaded.
window.addEventListener("DOMContentLoaded", function () {
  var container = document.getElementById("search");
  if (typeof PagefindUI === "undefined" || !container) {
    return;
  }
  // Ten results before "Load more"; each shows its kind and date (and a note's confidence): the pages' metadata.
  var ui = new PagefindUI({ element: "#search", showSubResults: true, showImages: false, autofocus: true, pageSize: 10 });
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
    input.addEventListener("input", function () {
      var address = new URL(window.location.href);
      if (input.value.trim()) {
        address.searchParams.set("q", input.value);
      } else {
        address.searchParams.delete("q");
      }
      window.history.replaceState(null, "", address);
    });
  }
  // On a narrow screen the results come first and the filters fold behind one button (CSS shows it there only).
  var drawer = container.querySelector(".pagefind-ui__drawer");
  if (drawer) {
    var toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "search-filters-toggle";
    toggle.textContent = "Filters";
    toggle.setAttribute("aria-expanded", "false");
    toggle.addEventListener("click", function () {
      var open = container.classList.toggle("filters-open");
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
    drawer.parentNode.insertBefore(toggle, drawer); // between the search box and the results
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
