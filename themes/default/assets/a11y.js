/* Disclosure.Generator default theme — 阅读辅助 (reading aids).
 * Plain script loaded in <head> without `defer`, so a saved mode applies before the first paint
 * (no flash of small text); buttons are wired once the document is parsed. No inline script (CSP).
 * Shows .a11y-tools (rendered `hidden` for no-JS users), wires button[data-a11y]
 * ("large" | "contrast") to toggle html.a11y-<value> and aria-pressed, and
 * remembers the choice in localStorage["disclosure-a11y"] as a JSON array.
 * Also copies the column headings of wide Markdown tables (4+ columns) onto their cells as data-label
 * and marks them .stack-on-phone, so site.css can show each row as a card on a phone; without
 * JavaScript those tables simply scroll sideways. */
(function () {
  'use strict';
  var KEY = 'disclosure-a11y', MODES = ['large', 'contrast'];
  var root = document.documentElement;
  var buttons = [];

  function valid(m) { return MODES.indexOf(m) !== -1; }

  function load() {
    try {
      var v = JSON.parse(window.localStorage.getItem(KEY) || '[]');
      return Array.isArray(v) ? v.filter(valid) : [];
    } catch (e) { return []; }
  }

  function save() {
    var on = MODES.filter(function (m) { return root.classList.contains('a11y-' + m); });
    try { window.localStorage.setItem(KEY, JSON.stringify(on)); } catch (e) { /* storage blocked: session-only */ }
  }

  function sync() {
    for (var j = 0; j < buttons.length; j++) {
      var on = root.classList.contains('a11y-' + buttons[j].getAttribute('data-a11y'));
      buttons[j].setAttribute('aria-pressed', on ? 'true' : 'false');
    }
  }

  function set(list, only) { // add the listed modes; with `only`, also remove the others
    for (var i = 0; i < MODES.length; i++) {
      var on = list.indexOf(MODES[i]) !== -1;
      if (on || only) { root.classList.toggle('a11y-' + MODES[i], on); }
    }
    sync();
  }

  function onClick() {
    var m = this.getAttribute('data-a11y');
    if (!valid(m)) { return; }
    root.classList.toggle('a11y-' + m);
    sync();
    save();
  }

  function labelTables() {
    var tables = document.querySelectorAll('.prose table');
    for (var i = 0; i < tables.length; i++) {
      var heads = tables[i].querySelectorAll('thead th');
      if (heads.length < 4) { continue; }
      var rows = tables[i].querySelectorAll('tbody tr');
      for (var r = 0; r < rows.length; r++) {
        var cells = rows[r].children;
        for (var c = 0; c < cells.length && c < heads.length; c++) {
          cells[c].setAttribute('data-label', heads[c].textContent.replace(/^\s+|\s+$/g, ''));
        }
      }
      tables[i].classList.add('stack-on-phone');
    }
  }

  function wire() {
    buttons = document.querySelectorAll('button[data-a11y]');
    for (var k = 0; k < buttons.length; k++) { buttons[k].addEventListener('click', onClick); }
    var tools = document.querySelectorAll('.a11y-tools');
    for (var t = 0; t < tools.length; t++) { tools[t].removeAttribute('hidden'); }
    sync();
    labelTables();
  }

  set(load(), false);
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', wire); } else { wire(); }
  // Keep other open tabs in step when the choice changes.
  window.addEventListener('storage', function (e) { if (e.key === KEY) { set(load(), true); } });
})();
