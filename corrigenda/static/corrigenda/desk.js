// The desk's keyboard and live queue. No inline handlers: the pages run under a strict CSP.
(function () {
  "use strict";
  var REFRESH_MS = 5000; // new reports show up within seconds without hammering the server
  var typing = function (el) {
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  };

  function rows() { return Array.prototype.slice.call(document.querySelectorAll("tr.row")); }

  function move(step) {
    var all = rows();
    if (!all.length) return;
    var at = all.findIndex(function (row) { return row.classList.contains("current"); });
    var next = all[Math.max(0, Math.min(all.length - 1, at + step))];
    all.forEach(function (row) { row.classList.remove("current"); });
    next.classList.add("current");
    next.querySelector("a").focus();
  }

  function keyed(key) {
    var target = document.querySelector('[data-key="' + key + '"]');
    if (!target) return false;
    if (target.tagName === "BUTTON") {
      var field = target.form.querySelector("textarea, input:not([type=hidden])");
      if (field && !field.value && field.required) { field.focus(); return true; }
      if (target.dataset.confirm && !window.confirm(target.dataset.confirm)) return true;
      target.form.requestSubmit(target);
    } else {
      target.click();
    }
    return true;
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    var handled = event.key === "j" ? (move(1), true)
      : event.key === "k" ? (move(-1), true)
      : keyed(event.key);
    if (handled) event.preventDefault();
  });

  document.addEventListener("click", function (event) {
    var row = event.target.closest && event.target.closest("tr.row");
    if (row && !event.target.closest("a")) window.location = row.dataset.href;
    var button = event.target.closest && event.target.closest("button[data-confirm]");
    if (button && event.detail && !window.confirm(button.dataset.confirm)) event.preventDefault();
  });

  // The public note follows the chosen disposition and final text until the editor edits it.
  var accept = document.querySelector("form.accept");
  var templates = document.getElementById("note-templates");
  if (accept && templates) {
    var notes = JSON.parse(templates.textContent);
    var note = accept.querySelector("#note");
    var edited = false;
    var draft = function () {
      if (edited) return;
      var template = notes[accept.querySelector("#disposition").value] || "";
      note.value = template.replace("{before}", accept.dataset.before)
        .replace("{after}", accept.querySelector("#final_text").value.trim());
      note.disabled = !template;
    };
    note.addEventListener("input", function () { edited = true; });
    accept.addEventListener("input", function (event) { if (event.target !== note) draft(); });
    accept.addEventListener("change", draft);
    draft();
  }

  var queue = document.getElementById("queue");
  if (queue) {
    setInterval(function () {
      if (document.hidden) return;
      var url = new URL(queue.dataset.refresh, window.location.href);
      url.searchParams.set("partial", "1");
      fetch(url, { credentials: "same-origin" }).then(function (response) {
        return response.ok ? response.text() : null;
      }).then(function (html) {
        if (html === null) return;
        var current = document.querySelector("tr.row.current");
        var href = current && current.dataset.href;
        queue.innerHTML = html;
        var again = href && queue.querySelector('tr.row[data-href="' + href + '"]');
        if (again) again.classList.add("current");
      }).catch(function () { /* offline: the next tick tries again */ });
    }, REFRESH_MS);
  }
})();
