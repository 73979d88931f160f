// Search suggestions for the box in every page's header: ask /api/search as the user types and
// offer the best entities; arrow keys move, Enter opens, Escape closes.
(function () {
  "use strict";
  var input = document.getElementById("site-search");
  var list = document.getElementById("site-search-suggestions");
  if (!input || !list) return;
  var timer = null, active = -1, lastQuery = "", controller = null;

  function close() {
    list.hidden = true; list.innerHTML = ""; active = -1;
    input.setAttribute("aria-expanded", "false"); input.removeAttribute("aria-activedescendant");
  }
  function mark(index) {
    var items = list.querySelectorAll("li");
    items.forEach(function (li, i) { li.setAttribute("aria-selected", i === index ? "true" : "false"); });
    active = index;
    if (index >= 0 && items[index]) input.setAttribute("aria-activedescendant", items[index].id);
  }
  function show(results) {
    list.innerHTML = "";
    if (!results.length) { close(); return; }
    results.forEach(function (hit, i) {
      var li = document.createElement("li");
      li.id = "suggestion-" + i; li.setAttribute("role", "option"); li.setAttribute("aria-selected", "false");
      var a = document.createElement("a");
      a.href = hit.href; a.textContent = hit.label;
      if (hit.type) {
        var kind = document.createElement("span");
        kind.className = "type"; kind.textContent = " · " + hit.type;
        a.appendChild(kind);
      }
      if (hit.context) {
        var said = document.createElement("span");
        said.className = "context";
        said.textContent = "“" + (hit.context.length > 110 ? hit.context.slice(0, 108) + "…" : hit.context) + "”";
        a.appendChild(said);
      }
      li.appendChild(a); list.appendChild(li);
    });
    list.hidden = false; input.setAttribute("aria-expanded", "true"); active = -1;
  }
  function ask() {
    var q = input.value.trim();
    if (q.length < 2) { close(); return; }
    if (q === lastQuery) return;
    lastQuery = q;
    if (controller) controller.abort();
    controller = new AbortController();
    fetch("/api/search?limit=8&q=" + encodeURIComponent(q), { headers: { Accept: "application/json" }, signal: controller.signal })
      .then(function (r) { return r.ok ? r.json() : { results: [] }; })
      .then(function (body) { if (input.value.trim() === q) show(body.results); })
      .catch(function () { /* aborted or offline: keep the old list */ });
  }
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(ask, 150); });
  input.addEventListener("keydown", function (e) {
    var items = list.querySelectorAll("li");
    if (e.key === "ArrowDown" && items.length) { e.preventDefault(); mark((active + 1) % items.length); }
    else if (e.key === "ArrowUp" && items.length) { e.preventDefault(); mark((active - 1 + items.length) % items.length); }
    else if (e.key === "Enter" && active >= 0 && items[active]) { e.preventDefault(); window.location = items[active].querySelector("a").href; }
    else if (e.key === "Escape") { close(); }
  });
  input.addEventListener("focus", function () { lastQuery = ""; ask(); });
  document.addEventListener("click", function (e) { if (!input.form.contains(e.target)) close(); });
})();
