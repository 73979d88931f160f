// The network picture: nodes and edges in SVG, laid out by a small force simulation (repulsion
// between nodes, springs along edges, a pull to the centre). Clicking a node fetches its
// neighbours from /api/neighbours and adds them; the page lists the same links as text.
(function () {
  "use strict";
  var svg = document.getElementById("network");
  if (!svg) return;
  var NS = "http://www.w3.org/2000/svg";
  var COLOURS = { treaties: "#1f5fa8", states: "#b5462b", bodies: "#2b7a3d", people: "#7a3d9a",
    organisations: "#a07800", events: "#4a6d7c", places: "#8a5a44", documents: "#666" };
  var nodes = {}, edges = {}, expanded = {};
  var edgeLayer = document.createElementNS(NS, "g"), nodeLayer = document.createElementNS(NS, "g");
  svg.appendChild(edgeLayer); svg.appendChild(nodeLayer);
  var status = document.getElementById("network-status"), list = document.getElementById("network-list");
  var width = 800, height = 600, running = 0, dragging = null;
  var focus = svg.getAttribute("data-focus");

  function size() {
    var box = svg.getBoundingClientRect();
    width = Math.max(box.width, 300); height = Math.max(box.height, 300);
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
  }
  function addNode(data, near) {
    var node = nodes[data.iri];
    if (node) { if (!node.group && data.group) node.group = data.group; return node; }
    var angle = Math.random() * 2 * Math.PI, r = 40 + Math.random() * 40;
    node = nodes[data.iri] = { iri: data.iri, label: data.label, group: data.group, href: data.href,
      x: (near ? near.x : width / 2) + Math.cos(angle) * r, y: (near ? near.y : height / 2) + Math.sin(angle) * r, vx: 0, vy: 0 };
    var g = document.createElementNS(NS, "g");
    g.setAttribute("class", "node"); g.setAttribute("tabindex", "0"); g.setAttribute("role", "button");
    g.setAttribute("aria-label", data.label + ": show its neighbours");
    var c = document.createElementNS(NS, "circle");
    c.setAttribute("r", 9); c.setAttribute("fill", COLOURS[data.group] || "#888");
    var t = document.createElementNS(NS, "text");
    t.setAttribute("x", 12); t.setAttribute("y", 4);
    t.textContent = data.label.length > 38 ? data.label.slice(0, 36) + "…" : data.label;
    var title = document.createElementNS(NS, "title"); title.textContent = data.label;
    g.appendChild(title); g.appendChild(c); g.appendChild(t); nodeLayer.appendChild(g);
    node.el = g;
    g.addEventListener("click", function () { expand(node.iri); });
    g.addEventListener("dblclick", function () { window.location = node.href; });
    g.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); expand(node.iri); } });
    g.addEventListener("pointerdown", function (e) { dragging = node; node.fixed = true; svg.setPointerCapture(e.pointerId); });
    return node;
  }
  function addEdge(data) {
    var key = data.source + " " + data.target + " " + data.property;
    if (edges[key] || !nodes[data.source] || !nodes[data.target]) return;
    var line = document.createElementNS(NS, "line");
    line.setAttribute("class", "edge");
    var title = document.createElementNS(NS, "title");
    title.textContent = nodes[data.source].label + " — " + data.label + " — " + nodes[data.target].label;
    line.appendChild(title); edgeLayer.appendChild(line);
    edges[key] = { source: nodes[data.source], target: nodes[data.target], label: data.label, el: line };
    var li = document.createElement("li");
    var a1 = document.createElement("a"); a1.href = nodes[data.source].href; a1.textContent = nodes[data.source].label;
    var a2 = document.createElement("a"); a2.href = nodes[data.target].href; a2.textContent = nodes[data.target].label;
    li.appendChild(a1); li.appendChild(document.createTextNode(" — " + data.label + " — ")); li.appendChild(a2);
    list.appendChild(li);
  }
  function expand(iri) {
    if (expanded[iri]) return;
    expanded[iri] = true;
    status.textContent = "Loading neighbours…";
    fetch("/api/neighbours?iri=" + encodeURIComponent(iri), { headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
      .then(function (data) {
        var centre = addNode(data.node, null);
        centre.el.classList.add("expanded");
        if (iri === focus) centre.el.classList.add("focus");
        data.neighbours.forEach(function (n) { addNode(n, centre); });
        data.edges.forEach(addEdge);
        status.textContent = Object.keys(nodes).length + " entities, " + Object.keys(edges).length + " links.";
        kick();
      })
      .catch(function (err) { status.textContent = "Could not load neighbours: " + err.message; expanded[iri] = false; });
  }
  function step() {
    var list = Object.keys(nodes).map(function (k) { return nodes[k]; });
    for (var i = 0; i < list.length; i++) {
      for (var j = i + 1; j < list.length; j++) {
        var a = list[i], b = list[j], dx = b.x - a.x, dy = b.y - a.y;
        var d2 = dx * dx + dy * dy + 0.01, f = 5200 / d2, d = Math.sqrt(d2);
        a.vx -= f * dx / d; a.vy -= f * dy / d; b.vx += f * dx / d; b.vy += f * dy / d;
      }
    }
    Object.keys(edges).forEach(function (k) {
      var e = edges[k], dx = e.target.x - e.source.x, dy = e.target.y - e.source.y;
      var d = Math.sqrt(dx * dx + dy * dy) + 0.01, f = (d - 150) * 0.02;
      e.source.vx += f * dx / d; e.source.vy += f * dy / d; e.target.vx -= f * dx / d; e.target.vy -= f * dy / d;
    });
    list.forEach(function (n) {
      n.vx += (width / 2 - n.x) * 0.004; n.vy += (height / 2 - n.y) * 0.004;
      if (!n.fixed) { n.x += Math.max(-20, Math.min(20, n.vx)); n.y += Math.max(-20, Math.min(20, n.vy)); }
      n.vx *= 0.6; n.vy *= 0.6;
      n.x = Math.max(12, Math.min(width - 12, n.x)); n.y = Math.max(12, Math.min(height - 12, n.y));
    });
  }
  function draw() {
    Object.keys(nodes).forEach(function (k) { var n = nodes[k]; n.el.setAttribute("transform", "translate(" + n.x.toFixed(1) + "," + n.y.toFixed(1) + ")"); });
    Object.keys(edges).forEach(function (k) {
      var e = edges[k];
      e.el.setAttribute("x1", e.source.x.toFixed(1)); e.el.setAttribute("y1", e.source.y.toFixed(1));
      e.el.setAttribute("x2", e.target.x.toFixed(1)); e.el.setAttribute("y2", e.target.y.toFixed(1));
    });
  }
  function kick() {
    var already = running > 0;
    running = 240;
    if (already) return;
    (function frame() {
      step(); draw();
      running -= 1;
      if (running > 0) requestAnimationFrame(frame);
    })();
  }
  svg.addEventListener("pointermove", function (e) {
    if (!dragging) return;
    var box = svg.getBoundingClientRect();
    dragging.x = (e.clientX - box.left) * width / box.width; dragging.y = (e.clientY - box.top) * height / box.height;
    kick();
  });
  svg.addEventListener("pointerup", function () { if (dragging) { dragging.fixed = false; dragging = null; } });
  size();
  window.addEventListener("resize", function () { size(); kick(); });
  expand(focus);
})();
