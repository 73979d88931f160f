// The network picture: nodes and edges in SVG, laid out by a small force simulation (repulsion
// between nodes, springs along edges, a pull to the centre, and a collision pass that keeps the
// labels' boxes apart). Clicking a node fetches its neighbours from /api/neighbours and adds
// them; double-clicking opens its page. Dragging a node moves it, dragging the background pans,
// the wheel (or the +/- buttons) zooms. The page lists the same links as text.
(function () {
  "use strict";
  var svg = document.getElementById("network");
  if (!svg) return;
  var NS = "http://www.w3.org/2000/svg";
  var LINE = 13, CHARS = 26, CLICK_SLOP = 4, DOUBLE_MS = 400, STEPS_PER_FRAME = 4;
  var nodes = {}, edges = {}, expanded = {};
  var viewport = document.createElementNS(NS, "g");
  var edgeLayer = document.createElementNS(NS, "g"), nodeLayer = document.createElementNS(NS, "g");
  viewport.setAttribute("class", "viewport");
  viewport.appendChild(edgeLayer); viewport.appendChild(nodeLayer); svg.appendChild(viewport);
  var status = document.getElementById("network-status"), list = document.getElementById("network-list");
  var width = 800, height = 600, running = 0;
  var view = { x: 0, y: 0, k: 1 };
  var gesture = null, lastClick = { iri: null, at: 0 };
  var focus = svg.getAttribute("data-focus");

  function size() {
    var box = svg.getBoundingClientRect();
    width = Math.max(box.width, 300); height = Math.max(box.height, 300);
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
  }
  function applyView() {
    viewport.setAttribute("transform", "translate(" + view.x.toFixed(1) + "," + view.y.toFixed(1) + ") scale(" + view.k.toFixed(3) + ")");
    svg.setAttribute("data-zoom", view.k.toFixed(3));
  }
  // Screen point -> the layout's coordinates (undoing the viewBox scale, then pan and zoom).
  function toWorld(clientX, clientY) {
    var box = svg.getBoundingClientRect();
    var sx = (clientX - box.left) * width / box.width, sy = (clientY - box.top) * height / box.height;
    return { x: (sx - view.x) / view.k, y: (sy - view.y) / view.k, sx: sx, sy: sy };
  }
  function zoomAt(sx, sy, factor) {
    var k = Math.max(0.25, Math.min(4, view.k * factor));
    view.x = sx - (sx - view.x) * k / view.k; view.y = sy - (sy - view.y) * k / view.k; view.k = k;
    applyView();
  }
  // A node's first position comes from its IRI, so one page draws the same picture every time.
  function spread(iri, salt) {
    var h = 2166136261 ^ salt;
    for (var i = 0; i < iri.length; i++) { h ^= iri.charCodeAt(i); h = Math.imul(h, 16777619); }
    return (h >>> 0) / 4294967296;
  }
  // Whole words on at most three lines, so a label is read, not guessed from a cut.
  function wrap(label) {
    var words = label.split(/\s+/), lines = [], line = "";
    words.forEach(function (w) {
      if (line && (line + " " + w).length > CHARS) { lines.push(line); line = w; } else line = line ? line + " " + w : w;
    });
    if (line) lines.push(line);
    if (lines.length > 3) {
      lines = lines.slice(0, 3); lines[2] = lines[2].replace(/\s*\S*$/, "") + " …";
      // a bracket left open by the cut is closed, so the shown words still read as a phrase
      var shown = lines.join(" ");
      if ((shown.match(/\(/g) || []).length > (shown.match(/\)/g) || []).length) lines[2] += ")";
    }
    return lines;
  }
  function addNode(data, near) {
    var node = nodes[data.iri];
    if (node) { if (!node.group && data.group) { node.group = data.group; node.el.setAttribute("class", "node group-" + data.group); } return node; }
    var angle = spread(data.iri, 1) * 2 * Math.PI, r = 60 + spread(data.iri, 2) * 60;
    var cx = near ? near.x : width / 2, cy = near ? near.y : height / 2;
    node = nodes[data.iri] = { iri: data.iri, label: data.label, group: data.group, href: data.href,
      x: cx + Math.cos(angle) * r, y: cy + Math.sin(angle) * r, vx: 0, vy: 0 };
    var g = document.createElementNS(NS, "g");
    g.setAttribute("class", "node group-" + (data.group || "other")); g.setAttribute("tabindex", "0"); g.setAttribute("role", "button");
    g.setAttribute("aria-label", data.label + ": Enter shows its neighbours, O opens its page");
    g.setAttribute("data-iri", data.iri);
    var c = document.createElementNS(NS, "circle");
    c.setAttribute("r", 9);
    var t = document.createElementNS(NS, "text");
    var lines = wrap(data.label);
    lines.forEach(function (l, i) {
      var span = document.createElementNS(NS, "tspan");
      span.setAttribute("x", 13); span.setAttribute("y", 4 + (i - (lines.length - 1) / 2) * LINE);
      span.textContent = i < lines.length - 1 ? l + " " : l; // spaced, so the text reads as words
      t.appendChild(span);
    });
    var title = document.createElementNS(NS, "title"); title.textContent = data.label;
    g.appendChild(title); g.appendChild(c); g.appendChild(t); nodeLayer.appendChild(g);
    node.el = g; node.text = t;
    // The box the collision pass keeps apart: circle plus label, measured once drawn.
    node.w = 13 + 6.4 * Math.max.apply(null, lines.map(function (l) { return l.length; }));
    node.h = Math.max(20, lines.length * LINE + 4);
    g.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); expand(node.iri); }
      else if (e.key === "o" || e.key === "O") { window.location = node.href; }
    });
    g.addEventListener("pointerdown", function (e) {
      if (e.button !== 0) return;
      e.stopPropagation(); e.preventDefault();
      var p = toWorld(e.clientX, e.clientY);
      gesture = { kind: "node", node: node, startX: e.clientX, startY: e.clientY, dx: node.x - p.x, dy: node.y - p.y, moved: false };
      svg.setPointerCapture(e.pointerId);
      g.focus({ preventScroll: true });
    });
    return node;
  }
  function measure(node) {
    try { var box = node.text.getBBox(); if (box.width) node.w = 13 + box.width + 4; } catch (err) { /* not rendered yet */ }
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
        Object.keys(nodes).forEach(function (k) { measure(nodes[k]); });
        status.textContent = Object.keys(nodes).length + " entities, " + Object.keys(edges).length + " links.";
        svg.setAttribute("data-expanded", Object.keys(expanded).length);
        kick();
      })
      .catch(function (err) { status.textContent = "Could not load neighbours: " + err.message; expanded[iri] = false; });
  }
  function all() { return Object.keys(nodes).map(function (k) { return nodes[k]; }); }
  function step() {
    var list = all();
    for (var i = 0; i < list.length; i++) {
      for (var j = i + 1; j < list.length; j++) {
        var a = list[i], b = list[j], dx = b.x - a.x, dy = b.y - a.y;
        var d2 = dx * dx + dy * dy + 0.01, f = 5200 / d2, d = Math.sqrt(d2);
        a.vx -= f * dx / d; a.vy -= f * dy / d; b.vx += f * dx / d; b.vy += f * dy / d;
      }
    }
    Object.keys(edges).forEach(function (k) {
      var e = edges[k], dx = e.target.x - e.source.x, dy = e.target.y - e.source.y;
      var d = Math.sqrt(dx * dx + dy * dy) + 0.01, f = (d - 170) * 0.02;
      e.source.vx += f * dx / d; e.source.vy += f * dy / d; e.target.vx -= f * dx / d; e.target.vy -= f * dy / d;
    });
    var moved = 0;
    list.forEach(function (n) {
      n.vx += (width / 2 - n.x) * 0.004; n.vy += (height / 2 - n.y) * 0.004;
      if (!n.fixed) {
        var dx = Math.max(-20, Math.min(20, n.vx)), dy = Math.max(-20, Math.min(20, n.vy));
        n.x += dx; n.y += dy; moved = Math.max(moved, Math.abs(dx) + Math.abs(dy));
      }
      n.vx *= 0.6; n.vy *= 0.6;
    });
    collide(list);
    return moved;
  }
  // Labels sit to the right of their circle: two boxes that overlap are pushed apart along the
  // axis where they overlap least (usually up and down, which keeps the layout's shape).
  function collide(list) {
    var overlapping = 0;
    for (var i = 0; i < list.length; i++) {
      for (var j = i + 1; j < list.length; j++) {
        var a = list[i], b = list[j];
        var ox = Math.min(a.x - 10 + a.w, b.x - 10 + b.w) - Math.max(a.x - 10, b.x - 10);
        var oy = Math.min(a.y + a.h / 2, b.y + b.h / 2) - Math.max(a.y - a.h / 2, b.y - b.h / 2);
        if (ox <= 0 || oy <= 0) continue;
        overlapping++;
        var wa = a.fixed ? 0 : (b.fixed ? 1 : 0.5), wb = 1 - wa;
        if (oy < ox) { var sy = b.y >= a.y ? 1 : -1; a.y -= sy * oy * wa * 0.6; b.y += sy * oy * wb * 0.6; }
        else { var sx = b.x >= a.x ? 1 : -1; a.x -= sx * ox * wa * 0.6; b.x += sx * ox * wb * 0.6; }
      }
    }
    return overlapping;
  }
  function draw() {
    all().forEach(function (n) { n.el.setAttribute("transform", "translate(" + n.x.toFixed(1) + "," + n.y.toFixed(1) + ")"); });
    Object.keys(edges).forEach(function (k) {
      var e = edges[k];
      e.el.setAttribute("x1", e.source.x.toFixed(1)); e.el.setAttribute("y1", e.source.y.toFixed(1));
      e.el.setAttribute("x2", e.target.x.toFixed(1)); e.el.setAttribute("y2", e.target.y.toFixed(1));
    });
  }
  function kick() {
    var already = running > 0;
    running = 90;
    svg.setAttribute("data-settled", "false");
    if (already) return;
    var still = 0;
    (function frame() {
      // several steps a frame, so a layout settles in a second or two; stop early once nothing
      // moves more than a fraction of a pixel a step
      var moved = 0;
      for (var i = 0; i < STEPS_PER_FRAME; i++) moved = Math.max(moved, step());
      still = moved < 0.3 ? still + 1 : 0;
      draw();
      running = still > 4 ? 0 : running - 1;
      if (running > 0) requestAnimationFrame(frame);
      else {
        // the forces leave labels close; pushing apart until none overlap (or a bound is reached)
        // is what makes a settled drawing readable on every run
        for (var pass = 0; pass < 60 && collide(all()) > 0; pass++);
        draw(); svg.setAttribute("data-settled", "true");
      }
    })();
  }
  svg.addEventListener("pointerdown", function (e) {
    if (e.button !== 0 || gesture) return;
    gesture = { kind: "pan", startX: e.clientX, startY: e.clientY, x: view.x, y: view.y };
    svg.setPointerCapture(e.pointerId);
    svg.classList.add("panning");
  });
  svg.addEventListener("pointermove", function (e) {
    if (!gesture) return;
    var far = Math.abs(e.clientX - gesture.startX) + Math.abs(e.clientY - gesture.startY) > CLICK_SLOP;
    if (gesture.kind === "node") {
      if (!far && !gesture.moved) return;
      gesture.moved = true;
      var p = toWorld(e.clientX, e.clientY);
      gesture.node.fixed = true; gesture.node.x = p.x + gesture.dx; gesture.node.y = p.y + gesture.dy;
      kick();
    } else {
      var box = svg.getBoundingClientRect();
      view.x = gesture.x + (e.clientX - gesture.startX) * width / box.width;
      view.y = gesture.y + (e.clientY - gesture.startY) * height / box.height;
      applyView();
    }
  });
  function release() {
    if (!gesture) return;
    if (gesture.kind === "node") {
      var node = gesture.node;
      if (!gesture.moved) {
        var now = Date.now();
        if (lastClick.iri === node.iri && now - lastClick.at < DOUBLE_MS) { window.location = node.href; }
        else { lastClick = { iri: node.iri, at: now }; expand(node.iri); }
      }
      // a dragged node stays where it was put, so the reader's arrangement survives new nodes
    }
    svg.classList.remove("panning");
    gesture = null;
  }
  svg.addEventListener("pointerup", release);
  svg.addEventListener("pointercancel", release);
  svg.addEventListener("wheel", function (e) {
    e.preventDefault();
    var p = toWorld(e.clientX, e.clientY);
    zoomAt(p.sx, p.sy, Math.exp(-e.deltaY * 0.0015));
  }, { passive: false });
  document.querySelectorAll("[data-zoom-step]").forEach(function (b) {
    b.addEventListener("click", function () {
      var step = b.getAttribute("data-zoom-step");
      if (step === "reset") { view = { x: 0, y: 0, k: 1 }; applyView(); } else zoomAt(width / 2, height / 2, parseFloat(step));
    });
  });
  size(); applyView();
  window.addEventListener("resize", function () { size(); kick(); });
  expand(focus);
})();
