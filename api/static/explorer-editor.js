// The SPARQL editor: CodeMirror (bundled in codemirror.js) over the form's textarea, example
// buttons, results fetched from /sparql shown as a table whose IRIs link to their pages, and a
// chart beside it when the results suit one (a date column on a timeline, counts as bars).
// Completion offers prefixes, the classes and properties the server publishes at /def and
// /shapes, and entities by name after "<" (from /api/search). Each run puts the query in the
// page's address (?query=...), so the address reproduces it, and keeps it among the recent
// queries in this browser (localStorage). Downloads fetch the same query again in the chosen
// format and save it as results.<extension>.
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
  var known = JSON.parse(root.getAttribute("data-prefixes") || "{}");
  var view = null;
  var RECENT_KEY = "treatygraph.recentQueries", RECENT_MAX = 10;
  var RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  var XSD = "http://www.w3.org/2001/XMLSchema#";

  var SELECT_FORMATS = [["JSON", "application/sparql-results+json", "json"], ["XML", "application/sparql-results+xml", "xml"],
    ["CSV", "text/csv", "csv"], ["TSV", "text/tab-separated-values", "tsv"]];
  var GRAPH_FORMATS = [["Turtle", "text/turtle", "ttl"], ["N-Triples", "application/n-triples", "nt"],
    ["JSON-LD", "application/ld+json", "jsonld"], ["RDF/XML", "application/rdf+xml", "rdf"]];
  var KEYWORDS = ["SELECT", "DISTINCT", "WHERE", "OPTIONAL", "FILTER", "UNION", "MINUS", "GRAPH", "BIND", "VALUES",
    "ORDER BY", "GROUP BY", "HAVING", "LIMIT", "OFFSET", "CONSTRUCT", "ASK", "DESCRIBE", "PREFIX", "COUNT", "SAMPLE",
    "NOT EXISTS", "EXISTS", "STRSTARTS", "CONTAINS", "LCASE", "LANG", "LANGMATCHES", "REGEX", "YEAR", "STR", "BOUND", "IF"];

  function text() { return view ? view.state.doc.toString() : textarea.value; }
  function setText(value) {
    if (view) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value } });
    else textarea.value = value;
  }

  // --- completion ---------------------------------------------------------------------------
  var vocabularyPromise = null;
  function nTriples(body) {
    var term = /<([^>]*)>|_:(\S+)|"((?:[^"\\]|\\.)*)"(?:\^\^<([^>]*)>|@([\w-]+))?/g;
    return body.split("\n").filter(function (l) { return l.trim(); }).map(function (line) {
      var out = [], m;
      term.lastIndex = 0;
      while ((m = term.exec(line)) && out.length < 3) {
        if (m[1] !== undefined) out.push({ type: "uri", value: m[1] });
        else if (m[2] !== undefined) out.push({ type: "bnode", value: "_:" + m[2] });
        else out.push({ type: "literal", value: JSON.parse('"' + m[3] + '"'), datatype: m[4], lang: m[5] });
      }
      return out;
    });
  }
  // Classes and properties: what /def declares, and what /shapes targets, constrains or paths.
  function vocabulary() {
    if (vocabularyPromise) return vocabularyPromise;
    var get = function (path) {
      return fetch(path, { headers: { Accept: "application/n-triples" } }).then(function (r) { return r.ok ? r.text() : ""; })
        .catch(function () { return ""; });
    };
    vocabularyPromise = Promise.all([get("/def"), get("/shapes")]).then(function (bodies) {
      var terms = {};
      function note(iri, kind) { if (!terms[iri]) terms[iri] = { iri: iri, kind: kind, label: "", info: "" }; else if (kind === "class") terms[iri].kind = kind; }
      var triples = nTriples(bodies[0] + "\n" + bodies[1]);
      triples.forEach(function (t) {
        if (t.length < 3 || t[0].type !== "uri" && t[1].value.indexOf("shacl#") < 0) return;
        var p = t[1].value, o = t[2];
        if (p === RDF_TYPE && /(owl#Class|rdf-schema#Class)$/.test(o.value)) note(t[0].value, "class");
        else if (p === RDF_TYPE && /(ObjectProperty|DatatypeProperty|AnnotationProperty|rdf-syntax-ns#Property)$/.test(o.value)) note(t[0].value, "property");
        else if (/shacl#(targetClass|class)$/.test(p) && o.type === "uri") note(o.value, "class");
        else if (/shacl#path$/.test(p) && o.type === "uri") note(o.value, "property");
      });
      triples.forEach(function (t) {
        if (t.length < 3 || !terms[t[0].value] || t[2].type !== "literal") return;
        if (t[2].lang && t[2].lang !== "en") return;
        if (/rdf-schema#label$/.test(t[1].value) && !terms[t[0].value].label) terms[t[0].value].label = t[2].value;
        if (/(core#definition|rdf-schema#comment)$/.test(t[1].value) && !terms[t[0].value].info) terms[t[0].value].info = t[2].value;
      });
      return Object.keys(terms).map(function (k) { return terms[k]; });
    });
    return vocabularyPromise;
  }
  function declared(doc) {
    var found = {}, re = /PREFIX\s+([\w-]*):\s*<([^>]*)>/gi, m;
    while ((m = re.exec(doc))) found[m[1]] = m[2];
    return found;
  }
  // Insert the chosen name, and a PREFIX line for its prefix when the query lacks one.
  function withPrefix(name, prefix, iri) {
    return function (v, completion, from, to) {
      var changes = [{ from: from, to: to, insert: name }];
      if (prefix !== null && !declared(v.state.doc.toString())[prefix]) changes.push({ from: 0, to: 0, insert: "PREFIX " + prefix + ": <" + iri + ">\n" });
      v.dispatch({ changes: changes, selection: { anchor: from + name.length + (changes.length > 1 ? ("PREFIX " + prefix + ": <" + iri + ">\n").length : 0) } });
    };
  }
  function complete(ctx) {
    var iri = ctx.matchBefore(/<[^<>\s"{}|^`\\]*$/);
    if (iri) {
      var typed = iri.text.slice(1);
      if (typed.length < 2 || /^[a-z][a-z0-9+.-]*:/i.test(typed)) return null;
      return fetch("/api/search?limit=10&q=" + encodeURIComponent(typed), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (data) {
          return { from: iri.from, filter: false, options: data.results.map(function (h) {
            return { label: "<" + h.iri + ">", displayLabel: h.label, detail: h.type, info: h.iri, type: "variable", apply: "<" + h.iri + ">" };
          }) };
        })
        .catch(function () { return null; });
    }
    var word = ctx.matchBefore(/[A-Za-z_][\w-]*:?[\w.-]*$/);
    if (!word) { if (!ctx.explicit) return null; word = { from: ctx.pos, to: ctx.pos, text: "" }; }
    var before = ctx.state.sliceDoc(Math.max(0, word.from - 1), word.from);
    if (before === "?" || before === "$") return null;
    var lineStart = ctx.state.doc.lineAt(ctx.pos).from;
    var doc = ctx.state.doc.toString();
    var prefixes = Object.assign({}, known, declared(doc));
    if (/PREFIX\s+$/i.test(ctx.state.sliceDoc(lineStart, word.from))) {
      return { from: word.from, options: Object.keys(prefixes).map(function (p) {
        return { label: p + ": <" + prefixes[p] + ">", type: "namespace" };
      }) };
    }
    var afterA = /(^|\s)a\s+$/.test(ctx.state.sliceDoc(lineStart, word.from));
    return vocabulary().then(function (terms) {
      var options = [];
      Object.keys(prefixes).forEach(function (p) {
        options.push({ label: p + ":", type: "namespace", detail: prefixes[p], apply: withPrefix(p + ":", p, prefixes[p]), boost: -1 });
      });
      terms.forEach(function (t) {
        var p = Object.keys(prefixes).filter(function (k) { return t.iri.indexOf(prefixes[k]) === 0; })
          .sort(function (a, b) { return prefixes[b].length - prefixes[a].length; })[0];
        if (p === undefined) return;
        var local = t.iri.slice(prefixes[p].length);
        if (!/^[\w-]+$/.test(local)) return;
        var name = p + ":" + local;
        options.push({ label: name, type: t.kind, detail: t.label ? t.kind + ": " + t.label : t.kind, info: t.info || t.iri,
          apply: withPrefix(name, p, prefixes[p]), boost: afterA === (t.kind === "class") ? 2 : 0 });
      });
      if (word.text.indexOf(":") < 0) KEYWORDS.forEach(function (k) { options.push({ label: k, type: "keyword", boost: -2 }); });
      return { from: word.from, options: options, validFor: /^[\w-]*:?[\w.-]*$/ };
    });
  }

  if (window.TGEditor) {
    var E = window.TGEditor;
    var extensions = [E.basicSetup, E.sparqlLanguage,
      E.keymap.of([{ key: "Mod-Enter", run: function () { run(); return true; } }]),
      E.EditorView.contentAttributes.of({ "aria-label": "SPARQL query" })];
    if (E.sparqlLanguage && E.sparqlLanguage.data) extensions.push(E.sparqlLanguage.data.of({ autocomplete: complete }));
    view = new E.EditorView({ doc: textarea.value, extensions: extensions });
    // The scroller gets keyboard focus too, so a query wider than the box can be scrolled by keys.
    view.scrollDOM.setAttribute("tabindex", "0");
    textarea.hidden = true;
    textarea.parentNode.insertBefore(view.dom, textarea);
  }

  // --- results ------------------------------------------------------------------------------
  function post(accept) {
    return fetch("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: accept },
      body: new URLSearchParams({ query: text() }),
    });
  }
  // Dataset IRIs by their key (state/rus), vocabulary IRIs by prefixed name (tg:Ratification).
  function shortIri(iri) {
    if (iri.indexOf(base) === 0 && iri.length > base.length) return iri.slice(base.length);
    var p = Object.keys(known).filter(function (k) { return iri.indexOf(known[k]) === 0 && /^[\w-]+$/.test(iri.slice(known[k].length)); })[0];
    return p === undefined ? iri : p + ":" + iri.slice(known[p].length);
  }
  function link(iri) {
    var a = document.createElement("a");
    a.href = iri.indexOf(base) === 0 && iri.length > base.length ? "/id/" + iri.slice(base.length) : iri;
    a.textContent = shortIri(iri);
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

  // --- chart --------------------------------------------------------------------------------
  var chartBox = document.getElementById("results-chart"), chart = document.getElementById("chart");
  var caption = document.getElementById("chart-caption");
  var NS = "http://www.w3.org/2000/svg";
  var DATE = /^(-?\d{4})(?:-(\d\d)(?:-(\d\d))?)?/;
  var NUMERIC = /#(integer|decimal|double|float|long|int|short|nonNegativeInteger|positiveInteger)$/;
  function dateOf(term) {
    if (!term || term.type === "uri") return null;
    var temporal = term.datatype && /#(date|dateTime|gYear|gYearMonth)$/.test(term.datatype);
    var m = DATE.exec(term.value);
    if (!m || (!temporal && !/^\d{4}-\d\d(-\d\d)?$/.test(term.value))) return null;
    return Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1);
  }
  function numberOf(term) {
    if (!term || term.type === "uri" || !term.datatype || !NUMERIC.test(term.datatype)) return null;
    var n = parseFloat(term.value);
    return isFinite(n) ? n : null;
  }
  function name(term) { return !term ? "" : term.type === "uri" ? shortIri(term.value) : term.value; }
  // The column that names a row: the first whose values are mostly not dates nor numbers.
  function labelColumn(vars, rows, skip) {
    var best = null;
    vars.forEach(function (v) {
      if (best !== null || v === skip) return;
      var literal = rows.filter(function (r) { return r[v] && r[v].type !== "uri" && dateOf(r[v]) === null && numberOf(r[v]) === null; }).length;
      if (literal * 2 >= rows.length) best = v;
    });
    if (best === null) vars.forEach(function (v) { if (best === null && v !== skip) best = v; });
    return best;
  }
  function svgEl(tag, attrs, parent) {
    var el = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(el);
    return el;
  }
  function clip(s, n) { return s.length > n ? s.slice(0, n - 1) + "…" : s; }
  function drawChart(vars, rows) {
    chartBox.hidden = true; chart.innerHTML = ""; chartBox.removeAttribute("data-kind");
    if (!rows.length || rows.length > 200) return;
    var dateVar = null, numVar = null;
    vars.forEach(function (v) {
      var filled = rows.filter(function (r) { return r[v]; });
      if (!filled.length) return;
      if (dateVar === null && filled.every(function (r) { return dateOf(r[v]) !== null; })) dateVar = v;
      else if (numVar === null && filled.every(function (r) { return numberOf(r[v]) !== null; })) numVar = v;
    });
    if (dateVar !== null) timeline(vars, rows, dateVar);
    else if (numVar !== null) bars(vars, rows, numVar);
  }
  function timeline(vars, rows, dateVar) {
    var labelVar = labelColumn(vars, rows, dateVar);
    var points = rows.filter(function (r) { return r[dateVar]; }).map(function (r) {
      return { at: dateOf(r[dateVar]), when: r[dateVar].value, label: name(r[labelVar]) };
    }).sort(function (a, b) { return a.at - b.at; }).slice(0, 60);
    if (!points.length) return;
    var lo = points[0].at, hi = points[points.length - 1].at;
    if (hi === lo) { lo -= 365 * 864e5; hi += 365 * 864e5; }
    var W = 460, row = 18, top = 28, H = top + points.length * row + 10, left = 12, right = W - 12;
    var x = function (t) { return left + (right - left) * (t - lo) / (hi - lo); };
    var svg = svgEl("svg", { viewBox: "0 0 " + W + " " + H, width: "100%", role: "img", "aria-labelledby": "chart-caption" });
    var y0 = new Date(lo).getUTCFullYear(), y1 = new Date(hi).getUTCFullYear(), stepY = Math.max(1, Math.ceil((y1 - y0 + 1) / 6));
    for (var y = y0; y <= y1 + 1; y += stepY) {
      var tx = x(Date.UTC(y, 0, 1));
      if (tx < left || tx > right) continue;
      svgEl("line", { x1: tx, x2: tx, y1: top - 6, y2: H - 6, class: "grid" }, svg);
      svgEl("text", { x: tx, y: 14, "text-anchor": "middle", class: "tick" }, svg).textContent = y;
    }
    points.forEach(function (p, i) {
      var cy = top + i * row + row / 2, cx = x(p.at);
      var dot = svgEl("circle", { cx: cx, cy: cy, r: 4, class: "point" }, svg);
      svgEl("title", {}, dot).textContent = p.label + " — " + p.when;
      var onRight = cx < W / 2;
      svgEl("text", { x: onRight ? cx + 8 : cx - 8, y: cy + 4, "text-anchor": onRight ? "start" : "end", class: "label" }, svg)
        .textContent = clip(p.label + " (" + p.when + ")", 48);
    });
    chart.appendChild(svg);
    caption.textContent = "Timeline: " + labelVar + " by " + dateVar + " (" + points.length + " rows)";
    chartBox.setAttribute("data-kind", "timeline"); chartBox.hidden = false;
  }
  function bars(vars, rows, numVar) {
    var labelVar = labelColumn(vars, rows, numVar);
    var items = rows.filter(function (r) { return r[numVar]; }).map(function (r) {
      return { n: numberOf(r[numVar]), label: name(r[labelVar]) };
    }).slice(0, 40);
    var max = Math.max.apply(null, items.map(function (i) { return i.n; }).concat([0]));
    if (!items.length || max <= 0) return;
    var W = 460, row = 20, labelW = 190, H = items.length * row + 8;
    var svg = svgEl("svg", { viewBox: "0 0 " + W + " " + H, width: "100%", role: "img", "aria-labelledby": "chart-caption" });
    items.forEach(function (it, i) {
      var y = 4 + i * row, w = Math.max(1, (W - labelW - 50) * Math.max(0, it.n) / max);
      svgEl("text", { x: labelW - 6, y: y + 13, "text-anchor": "end", class: "label" }, svg).textContent = clip(it.label, 30);
      var bar = svgEl("rect", { x: labelW, y: y + 2, width: w, height: row - 6, class: "bar" }, svg);
      svgEl("title", {}, bar).textContent = it.label + ": " + it.n;
      svgEl("text", { x: labelW + w + 4, y: y + 13, class: "value" }, svg).textContent = String(it.n);
    });
    chart.appendChild(svg);
    caption.textContent = "Bars: " + numVar + " for each " + labelVar + " (" + items.length + " rows)";
    chartBox.setAttribute("data-kind", "bars"); chartBox.hidden = false;
  }

  // --- downloads, sharing, recent queries -------------------------------------------------------
  function offerDownloads(formats) {
    downloads.innerHTML = "";
    var label = document.createElement("span"); label.textContent = "Download:"; downloads.appendChild(label);
    formats.forEach(function (f) {
      var b = document.createElement("button");
      b.type = "button"; b.className = "secondary"; b.textContent = f[0];
      b.setAttribute("aria-label", "Download the results as " + f[0] + " (results." + f[2] + ")");
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
  var share = document.getElementById("share"), shareLink = document.getElementById("share-link");
  function shareUrl() { return location.origin + location.pathname + "?query=" + encodeURIComponent(text()); }
  function remember(rowsSeen) {
    var url = shareUrl();
    history.replaceState(null, "", url);
    shareLink.href = url; share.hidden = false;
    var list = recent().filter(function (r) { return r.query !== text(); });
    list.unshift({ query: text(), at: new Date().toISOString(), rows: rowsSeen });
    try { localStorage.setItem(RECENT_KEY, JSON.stringify(list.slice(0, RECENT_MAX))); } catch (err) { /* storage full or off */ }
    showRecent();
  }
  function recent() {
    try { var stored = JSON.parse(localStorage.getItem(RECENT_KEY) || "[]"); return Array.isArray(stored) ? stored : []; }
    catch (err) { return []; }
  }
  // A recent query is named by its first line that is not a PREFIX.
  function summary(query) {
    var line = query.split("\n").map(function (l) { return l.trim(); }).filter(function (l) { return l && !/^PREFIX\s/i.test(l); })[0] || query;
    return clip(line, 70);
  }
  function showRecent() {
    var list = document.getElementById("recent"), empty = document.getElementById("recent-empty");
    if (!list) return;
    list.innerHTML = "";
    var items = recent();
    empty.hidden = items.length > 0;
    items.forEach(function (item) {
      var li = document.createElement("li"), b = document.createElement("button");
      b.type = "button"; b.className = "secondary recent"; b.textContent = summary(item.query);
      b.title = item.query;
      b.addEventListener("click", function () { setText(item.query); run(); });
      li.appendChild(b); list.appendChild(li);
    });
  }
  document.getElementById("copy-link").addEventListener("click", function () {
    var done = function () { status.textContent = "Link copied."; };
    if (navigator.clipboard) navigator.clipboard.writeText(shareLink.href).then(done, function () { status.textContent = "Copy the link from the address bar."; });
  });

  function fail(message) {
    results.innerHTML = ""; var pre = document.createElement("pre"); pre.className = "error"; pre.textContent = message;
    results.appendChild(pre); downloads.hidden = true; chartBox.hidden = true;
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
        if (!answer.ok) { fail(answer.body); status.textContent = "The query failed."; showPlace(answer.body); return; }
        if (answer.type.indexOf("application/n-triples") === 0) {
          var triples = nTriples(answer.body);
          table(["subject", "predicate", "object"], triples);
          chartBox.hidden = true;
          offerDownloads(GRAPH_FORMATS);
          status.textContent = triples.length + " triples in " + ms + " ms.";
          remember(triples.length);
          return;
        }
        var json = JSON.parse(answer.body);
        if (typeof json.boolean === "boolean") {
          results.innerHTML = ""; var p = document.createElement("p"); p.textContent = "Answer: " + json.boolean; results.appendChild(p);
          chartBox.hidden = true;
          offerDownloads(SELECT_FORMATS); status.textContent = "Answered in " + ms + " ms."; remember(1); return;
        }
        var vars = json.head.vars, bindings = json.results.bindings;
        table(vars, bindings.map(function (b) { return vars.map(function (v) { return b[v]; }); }));
        drawChart(vars, bindings);
        offerDownloads(SELECT_FORMATS);
        status.textContent = bindings.length + " rows in " + ms + " ms.";
        remember(bindings.length);
      })
      .catch(function (err) { status.textContent = "The query could not be sent: " + err.message; });
  }
  form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
  document.querySelectorAll("button.example").forEach(function (b) {
    b.addEventListener("click", function () { setText(b.getAttribute("data-query")); run(); });
  });
  showRecent();
  if (root.getAttribute("data-run-on-load") === "true") run();
})();
