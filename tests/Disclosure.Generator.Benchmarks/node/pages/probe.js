// Injected by the search benchmark into every page before its own scripts run. It records when the last
// input event reached the search box and when, after it, the first result link appeared in
// #search-results li.search-hit a, or #search-status reported data-state none or failed; times are
// performance.now() milliseconds, so they do not depend on the benchmark's round trips to the browser.
window.__bench = { input: null, first: null, done: null, state: null };
document.addEventListener('input', () => {
  window.__bench.input = performance.now();
  window.__bench.first = null;
  window.__bench.done = null;
  window.__bench.state = null;
}, true);
new MutationObserver(() => {
  const bench = window.__bench;
  if (bench.input === null || bench.done !== null) {
    return;
  }
  const now = performance.now();
  if (document.querySelector('#search-results li.search-hit a')) {
    bench.first = now;
    bench.done = now;
    bench.state = 'found';
    return;
  }
  const state = document.querySelector('#search-status')?.dataset.state;
  if (state === 'none' || state === 'failed') {
    bench.done = now;
    bench.state = state;
  }
}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
