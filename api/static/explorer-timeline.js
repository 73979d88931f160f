// Timeline filters in the page: choosing a state, treaty or body hides the events not related to
// it at once, and keeps the address in step so the filtered view can be shared or reloaded.
(function () {
  "use strict";
  var form = document.getElementById("timeline-filters");
  var list = document.getElementById("timeline");
  var count = document.getElementById("timeline-count");
  if (!form || !list) return;
  var selects = form.querySelectorAll("select[data-filter]");
  // The server already left out events that fail its filters; widening one of those needs a reload.
  var initial = {};
  selects.forEach(function (s) { initial[s.name] = s.value; });

  function address() {
    var params = new URLSearchParams(new FormData(form));
    selects.forEach(function (s) { if (!s.value) params.delete(s.name); });
    return "/timeline?" + params.toString();
  }

  function apply() {
    var widened = false;
    selects.forEach(function (s) { if (initial[s.name] && s.value !== initial[s.name]) widened = true; });
    if (widened) { window.location.assign(address()); return; }
    var wanted = [];
    selects.forEach(function (s) { if (s.value) wanted.push(s.value); });
    var shown = 0;
    list.querySelectorAll("li.event").forEach(function (li) {
      var related = (li.getAttribute("data-related") || "").split(" ");
      var ok = wanted.every(function (iri) { return related.indexOf(iri) >= 0; });
      li.hidden = !ok;
      if (ok) shown += 1;
    });
    if (count) count.textContent = shown + " events shown.";
    history.replaceState(null, "", address());
  }
  selects.forEach(function (s) { s.addEventListener("change", apply); });
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
})();
