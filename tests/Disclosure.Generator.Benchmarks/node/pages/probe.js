// Injected by the search benchmark into every page before its own scripts run. It records when the last
// input event reached the search box and when, after it, the first result link appeared in
// #search-results li.search-hit a, or #search-status reported data-state none or failed; times are
// performance.now() milliseconds, so they do not depend on the benchmark's round trips to the browser.
// The benchmark waits on window.__benchWait(ms), a promise, rather than polling the page: a poll every
// 10 ms ran a script on the page's main thread while it searched, and slowed what it measured.
window.__bench = { input: null, first: null, done: null, state: null };
const waiting = [];
const finish = (now, state) => {
  const bench = window.__bench;
  bench.done = now;
  bench.state = state;
  if (state === 'found') {
    bench.first = now;
  }
  waiting.splice(0).forEach(resolve => resolve(true));
};
// Resolves true once the query has ended, false when `ms` pass first.
window.__benchWait = ms => new Promise(resolve => {
  if (window.__bench.done !== null) {
    resolve(true);
    return;
  }
  waiting.push(resolve);
  setTimeout(() => resolve(false), ms);
});
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
    finish(now, 'found');
    return;
  }
  const state = document.querySelector('#search-status')?.dataset.state;
  if (state === 'none' || state === 'failed') {
    finish(now, state);
  }
}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
