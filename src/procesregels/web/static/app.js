// The workbench's only script: live re-checking while typing, and lighting up a finding's steps.
// Everything works without it (forms are submitted normally); it only makes answers come sooner.
(function () {
  "use strict";
  var DELAY = 300;

  function liveCheck(form) {
    var url = form.getAttribute("data-check");
    var panel = document.getElementById("panel");
    if (!url || !panel) return;
    var timer = null, running = null, again = false;
    function run() {
      if (running) { again = true; return; }
      var data = new FormData(form);
      var token = data.get("csrf");
      var chosen = data.get("ruleset");
      var target = chosen ? url + (url.indexOf("?") < 0 ? "?" : "&") + "ruleset=" + encodeURIComponent(chosen) : url;
      running = fetch(target, {
        method: "POST", body: data, credentials: "same-origin", headers: { "X-CSRF-Token": token || "" }
      }).then(function (response) { return response.json(); }).then(function (answer) {
        if (typeof answer.html === "string") {
          panel.innerHTML = answer.html;  // server-rendered with every text escaped
          panel.setAttribute("data-checked", String(Date.now()));
        }
        Object.keys(answer.ids || {}).forEach(function (name) {  // short names made from titles
          var field = form.elements[name], title = form.elements[name.replace(/-id$/, "-title")];
          // only once the title is no longer being typed: a name made from half a title would stick
          if (field && !field.value && document.activeElement !== field && document.activeElement !== title) {
            field.value = answer.ids[name];
          }
        });
        syncAfter(form);  // a short name just made from a title is offered to the other steps
      }).catch(function () { /* the next change or the form's own buttons will check again */ })
        .then(function () { running = null; if (again) { again = false; run(); } });
    }
    function schedule() { clearTimeout(timer); timer = setTimeout(run, DELAY); }
    form.addEventListener("input", schedule);
    form.addEventListener("change", schedule);
    form.addEventListener("input", function (event) {
      if (/^step-\d+-(id|title)$/.test(event.target.name || "")) syncAfter(form);
    });
  }

  // The steps' "after" lists follow the form while it is being filled in: a step added or given a
  // short name is offered to the other steps at once, by its title, as the server would list it
  // (other steps in form order, then chosen names that are not a step). What was chosen stays
  // chosen; a list that has the keyboard focus is left alone until it loses it.
  function syncAfter(form) {
    var rows = Array.prototype.slice.call(form.querySelectorAll("fieldset.step"));
    function field(row, name) { return form.elements[row.id.replace(/^row-/, "step-") + "-" + name]; }
    var steps = [];
    rows.forEach(function (row) {
      var id = field(row, "id"), title = field(row, "title");
      var name = id ? id.value.trim() : "";
      if (name) steps.push({ id: name, label: (title && title.value.trim()) || name });
    });
    rows.forEach(function (row) {
      var select = field(row, "after"), own = field(row, "id");
      if (!select || select === document.activeElement) return;
      var mine = own ? own.value.trim() : "", chosen = {}, offered = {};
      Array.prototype.forEach.call(select.options, function (o) { if (o.selected) chosen[o.value] = true; });
      var wanted = steps.filter(function (s) { return s.id !== mine; });
      wanted.forEach(function (s) { offered[s.id] = true; });
      Object.keys(chosen).forEach(function (v) { if (!offered[v]) wanted.push({ id: v, label: v }); });
      var same = wanted.length === select.options.length && wanted.every(function (s, i) {
        return select.options[i].value === s.id && select.options[i].text === s.label;
      });
      if (same) return;
      while (select.options.length) select.remove(0);
      wanted.forEach(function (s) { select.add(new Option(s.label, s.id, false, !!chosen[s.id])); });
      select.size = Math.min(Math.max(rows.length - 1, 2), 5);
    });
  }

  function lights(event) {
    var button = event.target.closest ? event.target.closest("button.light") : null;
    if (button) {
      var on = button.getAttribute("aria-pressed") !== "true";
      document.querySelectorAll(".lit").forEach(function (el) { el.classList.remove("lit"); });
      document.querySelectorAll("button.light[aria-pressed=true]").forEach(function (b) { b.setAttribute("aria-pressed", "false"); });
      if (on) {
        (button.getAttribute("data-lights") || "").split(" ").forEach(function (id) {
          var el = id && document.getElementById(id);
          if (el) el.classList.add("lit");
        });
        button.closest(".finding").classList.add("lit");
        button.setAttribute("aria-pressed", "true");
        var picture = document.querySelector(".picture");
        if (picture && picture.scrollIntoView) picture.scrollIntoView({ block: "nearest" });
      }
      return;
    }
    var line = event.target.closest ? event.target.closest("a.line") : null;
    var area = document.getElementById("text");
    if (line && area && area.tagName === "TEXTAREA") {
      event.preventDefault();
      var wanted = parseInt(line.getAttribute("data-line"), 10) || 1;
      var column = parseInt(line.getAttribute("data-column"), 10) || 1;
      var lines = area.value.split("\n"), offset = 0;
      for (var i = 0; i < wanted - 1 && i < lines.length; i++) offset += lines[i].length + 1;
      offset += column - 1;
      area.focus();
      area.setSelectionRange(offset, offset + 1);
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-check]").forEach(liveCheck);
    document.addEventListener("click", lights);
  });
})();
