// The SPARQL editor: CodeMirror (bundled in codemirror.js) over the form's textarea, example
// buttons, and results fetched from /sparql shown as a table whose IRIs link to their pages.
// Downloads fetch the same query again in the chosen format.
(function () {
  "use strict";
  var root = document.getElementById("editor");
  var form = document.getElementById("query-form");
  var textarea = document.getElementById("query-text");
  var results = document.getElementById("results");
  var status = document.getElementById("results-status");
  var downloads = document.getElementById("downloads");
  if (!root || !form || !textarea) return;
  var base = root.getAttribute("data-base") || "";
  var view = null;

  var SELECT_FORMATS = [["JSON", "application/sparql-results+json", "json"], ["XML", "application/sparql-results+xml", "xml"],
    ["CSV", "text/csv", "csv"], ["TSV", "text/tab-separated-values", "tsv"]];
  var GRAPH_FORMATS = [["Turtle", "text/turtle", "ttl"], ["N-Triples", "application/n-triples", "nt"],
    ["JSON-LD", "application/ld+json", "jsonld"], ["RDF/XML", "application/rdf+xml", "rdf"]];

  function text() { return view ? view.state.doc.toString() : textarea.value; }
  function setText(value) {
    if (view) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value } });
    else textarea.value = value;
  }
  if (window.TGEditor) {
    var E = window.TGEditor;
    view = new E.EditorView({
      doc: textarea.value,
      extensions: [E.basicSetup, E.sparqlLanguage,
        E.keymap.of([{ key: "Mod-Enter", run: function () { run(); return true; } }]),
        E.EditorView.contentAttributes.of({ "aria-label": "SPARQL query" })],
    });
    textarea.hidden = true;
    textarea.parentNode.insertBefore(view.dom, textarea);
  }

  function post(accept) {
    return fetch("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: accept },
      body: new URLSearchParams({ query: text() }),
    });
  }
  function link(iri) {
    var a = document.createElement("a");
    a.href = iri.indexOf(base) === 0 && iri.length > base.length ? "/id/" + iri.slice(base.length) : iri;
    a.textContent = iri.indexOf(base) === 0 ? iri.slice(base.length) : iri;
    a.title = iri;
    return a;
  }
  function cell(term) {
    var td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") td.appendChild(link(term.value));
    else td.textContent = term.value;
    if (term.datatype && !/#string$/.test(term.datatype)) {
      var dt = document.createElement("span"); dt.className = "datatype"; dt.textContent = " (" + term.datatype.replace(/^.*[#\/]/, "") + ")";
      td.appendChild(dt);
    }
    return td;
  }
  function table(head, rows) {
    var t = document.createElement("table"), thead = document.createElement("thead"), tr = document.createElement("tr");
    head.forEach(function (h) { var th = document.createElement("th"); th.scope = "col"; th.textContent = h; tr.appendChild(th); });
    thead.appendChild(tr); t.appendChild(thead);
    var body = document.createElement("tbody");
    rows.forEach(function (r) { var row = document.createElement("tr"); r.forEach(function (c) { row.appendChild(cell(c)); }); body.appendChild(row); });
    t.appendChild(body);
    results.innerHTML = ""; results.appendChild(t);
  }
  function nTriples(body) {
    var term = /<([^>]*)>|_:(\S+)|"((?:[^"\\]|\\.)*)"(?:\^\^<([^>]*)>|@([\w-]+))?/g;
    return body.split("\n").filter(function (l) { return l.trim(); }).map(function (line) {
      var out = [], m;
      term.lastIndex = 0;
      while ((m = term.exec(line)) && out.length < 3) {
        if (m[1] !== undefined) out.push({ type: "uri", value: m[1] });
        else if (m[2] !== undefined) out.push({ type: "bnode", value: "_:" + m[2] });
        else out.push({ type: "literal", value: JSON.parse('"' + m[3] + '"'), datatype: m[4] });
      }
      return out;
    });
  }
  function offerDownloads(formats) {
    downloads.innerHTML = "";
    var label = document.createElement("span"); label.textContent = "Download:"; downloads.appendChild(label);
    formats.forEach(function (f) {
      var b = document.createElement("button");
      b.type = "button"; b.className = "secondary"; b.textContent = f[0];
      b.setAttribute("aria-label", "Download the results as " + f[0]);
      b.addEventListener("click", function () {
        post(f[1]).then(function (r) { return r.blob(); }).then(function (blob) {
          var a = document.createElement("a");
          a.href = URL.createObjectURL(blob); a.download = "results." + f[2];
          document.body.appendChild(a); a.click(); a.remove();
          setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
        });
      });
      downloads.appendChild(b);
    });
    downloads.hidden = false;
  }
  // A syntax error starts "line L, column C:": put the cursor there.
  function showPlace(message) {
    var at = /^line (\d+), column (\d+):/.exec(message);
    if (!at || !view) return;
    var doc = view.state.doc, line = doc.line(Math.min(Math.max(+at[1], 1), doc.lines));
    var pos = Math.min(line.from + Math.max(+at[2] - 1, 0), line.to);
    view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
    view.focus();
  }
  function run() {
    status.textContent = "Running…";
    var started = performance.now();
    post("application/sparql-results+json, application/n-triples;q=0.9")
      .then(function (r) {
        return r.text().then(function (body) { return { ok: r.ok, type: r.headers.get("content-type") || "", body: body }; });
      })
      .then(function (answer) {
        var ms = Math.round(performance.now() - started);
        if (!answer.ok) {
          results.innerHTML = ""; var pre = document.createElement("pre"); pre.className = "error"; pre.textContent = answer.body;
          results.appendChild(pre); downloads.hidden = true; status.textContent = "The query failed."; showPlace(answer.body); return;
        }
        if (answer.type.indexOf("application/n-triples") === 0) {
          var triples = nTriples(answer.body);
          table(["subject", "predicate", "object"], triples);
          offerDownloads(GRAPH_FORMATS);
          status.textContent = triples.length + " triples in " + ms + " ms.";
          return;
        }
        var json = JSON.parse(answer.body);
        if (typeof json.boolean === "boolean") {
          results.innerHTML = ""; var p = document.createElement("p"); p.textContent = "Answer: " + json.boolean; results.appendChild(p);
          offerDownloads(SELECT_FORMATS); status.textContent = "Answered in " + ms + " ms."; return;
        }
        var vars = json.head.vars;
        table(vars, json.results.bindings.map(function (b) { return vars.map(function (v) { return b[v]; }); }));
        offerDownloads(SELECT_FORMATS);
        status.textContent = json.results.bindings.length + " rows in " + ms + " ms.";
      })
      .catch(function (err) { status.textContent = "The query could not be sent: " + err.message; });
  }
  form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
  document.querySelectorAll("button.example").forEach(function (b) {
    b.addEventListener("click", function () { setText(b.getAttribute("data-query")); run(); });
  });
})();
