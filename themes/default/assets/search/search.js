// The search page (templates/search.liquid): reads the query and filters from the address, answers them,
// and keeps the address in step, so a shared link reproduces the search and Back/Forward step through
// searches. Typing searches after a short pause (a paste or an input method's commit at once) and rewrites
// the current history entry; submitting, choosing a filter and following a page link settle it. Typing after
// a settled search first adds an entry, so Back returns to that search rather than to a half-typed one.
// Without JavaScript the form is a plain GET form.

import { SearchIndex } from './index.js';
import { runQuery, PAGE_SIZE } from './query.js';
import { queryTerms } from './tokenizer.js';
import { showStatus, statusText, renderHits, renderPager, renderFacet } from './results.js';

const TYPING_PAUSE_MS = 200;
// Under this, results replace the old ones with no "searching" flash in the live region.
const LOADING_NOTICE_MS = 400;
const FACETS = ['kind', 'agency', 'category', 'year', 'status'];
const WHOLE_INPUTS = new Set(['insertFromPaste', 'insertFromDrop', 'insertReplacementText']);

// An input event that delivers a finished word rather than one keystroke of it (see the input listener).
function finished(event) {
  if (WHOLE_INPUTS.has(event.inputType)) return true;
  const inserted = event.inputType === 'insertText' || event.inputType === 'insertCompositionText';
  return inserted && [...(event.data ?? '')].length >= 2;
}

const app = document.getElementById('search-app');
if (app !== null) start(app);

function start(app) {
  const form = app.querySelector('#search-form');
  const input = form.querySelector('#search-q');
  const status = app.querySelector('#search-status');
  const list = app.querySelector('#search-results');
  const pager = app.querySelector('#search-pager');
  const root = app.dataset.root ?? '';
  const select = name => form.elements.namedItem(name);
  let opening = null;
  let ticket = 0;
  let typing = 0;
  let composed = null; // the box's value when a composition ended, searched then

  // The index opens on first use; a failure is retried by the next search.
  const index = () => {
    opening ??= SearchIndex.open(new URL(app.dataset.index, document.baseURI).href).catch(error => {
      opening = null;
      throw error;
    });
    return opening;
  };

  const stateFromUrl = () => {
    const params = new URLSearchParams(location.search);
    const page = Number.parseInt(params.get('page') ?? '1', 10);
    return {
      q: params.get('q') ?? '',
      filters: Object.fromEntries(FACETS.map(name => [name, params.get(name) ?? ''])),
      page: Number.isFinite(page) && page > 0 ? page : 1,
    };
  };

  const stateFromForm = () => ({
    q: input.value,
    filters: Object.fromEntries(FACETS.map(name => [name, select(name)?.value ?? ''])),
    page: 1,
  });

  const href = state => {
    const params = new URLSearchParams();
    if (state.q !== '') params.set('q', state.q);
    for (const name of FACETS) if (state.filters[name] !== '') params.set(name, state.filters[name]);
    if (state.page > 1) params.set('page', String(state.page));
    const query = params.toString();
    return location.pathname + (query === '' ? '' : `?${query}`);
  };

  // history.state.search: 'typing' for an entry typing may rewrite, 'settled' for a search to come back to.
  // The entry the page opened on is settled when its address holds a query (a shared link).
  const settled = () => (history.state?.search ?? (new URLSearchParams(location.search).get('q') ? 'settled' : 'typing')) === 'settled';
  const remember = (state, how) => {
    const target = href(state);
    const same = target === location.pathname + location.search;
    if (how === 'typing') {
      if (same) return;
      if (settled()) history.pushState({ search: 'typing' }, '', target);
      else history.replaceState({ search: 'typing' }, '', target);
    } else if (settled() && !same) {
      history.pushState({ search: 'settled' }, '', target);
    } else {
      history.replaceState({ search: 'settled' }, '', target);
    }
  };

  const fillForm = state => {
    input.value = state.q;
    // A filter in the address is shown, not left folded away in the closed "more" section.
    const more = app.querySelector('details');
    if (more !== null && FACETS.some(name => state.filters[name] !== '')) more.open = true;
    for (const name of FACETS) {
      const s = select(name);
      if (s === null) continue;
      // An option the index has not listed yet: add it so the select can show it until the facets arrive.
      const value = state.filters[name];
      if (value !== '' && ![...s.options].some(o => o.value === value)) s.append(new Option(value, value));
      s.value = value;
    }
  };

  const showFacets = (manifest, counts, state) => {
    manifest.facets.forEach((name, f) => {
      const s = select(name);
      if (s !== null) renderFacet(s, manifest.facetValues[f], counts === null ? null : counts[f], state.filters[name]);
    });
  };

  const search = async (state, { focus = false } = {}) => {
    const mine = ++ticket;
    const q = state.q.trim();
    const current = () => mine === ticket;
    if (q === '') {
      list.replaceChildren();
      renderPager(pager, { page: 1, pages: 0 });
      list.removeAttribute('aria-busy');
      showStatus(status, 'empty', status.dataset.empty);
      // Someone who opened the search page is about to search: fetch the facet runs now, not on the first query.
      index().then(i => {
        if (current()) showFacets(i.manifest, null, state);
        i.loadFacets().catch(() => {});
      }, () => {});
      if (focus) status.focus();
      return;
    }
    showStatus(status, 'loading');
    list.setAttribute('aria-busy', 'true');
    const notice = setTimeout(() => { if (current()) status.textContent = status.dataset.loading; }, LOADING_NOTICE_MS);
    try {
      const opened = await index();
      const filters = Object.fromEntries(FACETS.map(name => [name, [state.filters[name]]]));
      const result = await runQuery(opened, { q, filters, page: state.page });
      // The page's records together, so neighbours in document order share a request.
      const pending = opened.eachRecord(result.hits.map(hit => hit.doc));
      const shown = {
        root,
        facetValues: opened.manifest.facetValues,
        marks: [...new Set(queryTerms(q).map(t => t.text))],
        first: (result.page - 1) * PAGE_SIZE + 1,
      };
      // A browser sends six requests to a host at a time, so on HTTP/1.1 the last records of a page come a
      // round trip after the first: show the leading results that have arrived, in rank order, meanwhile. The
      // list stays aria-busy and the status silent until the page is complete.
      if (pending.length > 0) {
        const arrived = pending.map(() => null);
        pending.forEach((p, i) => p.then(record => { arrived[i] = record; }, () => {}));
        await pending[0];
        const ready = arrived.findIndex(record => record === null);
        if (!current()) return;
        if (ready > 0) renderHits(list, result.hits.slice(0, ready).map((hit, i) => ({ ...hit, record: arrived[i] })), shown);
      }
      const records = await Promise.all(pending);
      const hits = result.hits.map((hit, i) => ({ ...hit, record: records[i] }));
      if (!current()) return;
      // A page past the last (an old link) shows the last page; the address says which.
      if (result.page !== state.page && result.pages > 0) history.replaceState(history.state, '', href({ ...state, page: result.page }));
      renderHits(list, hits, shown);
      renderPager(pager, result, page => href({ ...state, page }), status.dataset);
      showFacets(opened.manifest, result.counts, state);
      showStatus(status, result.total > 0 ? 'found' : 'none', statusText(status, q, result));
    } catch (error) {
      if (!current()) return;
      console.error(error);
      list.replaceChildren();
      renderPager(pager, { page: 1, pages: 0 });
      showStatus(status, 'failed', status.dataset.failed);
    } finally {
      clearTimeout(notice);
      if (current()) list.removeAttribute('aria-busy');
    }
    if (focus && current()) status.focus();
  };

  // The status can take focus after a submit, so a screen reader reads the count next.
  if (!status.hasAttribute('tabindex')) status.tabIndex = -1;

  const typed = () => {
    clearTimeout(typing);
    const state = stateFromForm();
    search(state);
    // The address follows once the search's first reads are on their way: a history update holds the main
    // thread for a while (20 ms of a cold search measured), which the answer need not wait for. A newer search
    // by then remembers its own state.
    const mine = ticket;
    setTimeout(() => { if (mine === ticket) remember(state, 'typing'); }, 0);
  };

  // Chinese is mostly typed through an input method: while a word is being composed, the box holds pinyin
  // or candidates that are not a query yet, and the word the visitor picks arrives whole at compositionend.
  // That, a paste, a drop, an autocorrection and any one input event that brings two or more characters at
  // once (how an input method's commit or a paste arrives where composition events are not sent) are
  // finished words: search now, as waiting would only delay the answer. A single typed key or a deletion is
  // likely followed by another, so it waits for a pause. A newer search still supersedes one in flight.
  input.addEventListener('input', event => {
    if (event.isComposing) return;
    // Safari sends the commit's input event after compositionend, which has searched it already.
    const echo = composed === input.value;
    composed = null;
    if (echo) return;
    clearTimeout(typing);
    if (finished(event)) typed();
    else typing = setTimeout(typed, TYPING_PAUSE_MS);
  });

  input.addEventListener('compositionend', () => {
    composed = input.value;
    typed();
  });

  form.addEventListener('change', event => {
    if (event.target === input) return;
    clearTimeout(typing);
    const state = stateFromForm();
    remember(state, 'settled');
    search(state);
  });

  form.addEventListener('submit', event => {
    event.preventDefault();
    clearTimeout(typing);
    const state = stateFromForm();
    remember(state, 'settled');
    search(state, { focus: true });
  });

  // Plain clicks on page links stay on the page; other clicks (new tab, save link) go to the browser.
  pager.addEventListener('click', event => {
    const link = event.target.closest('a[href]');
    if (link === null || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    history.pushState({ search: 'settled' }, '', link.getAttribute('href'));
    const state = stateFromUrl();
    fillForm(state);
    search(state, { focus: true });
  });

  window.addEventListener('popstate', () => {
    clearTimeout(typing);
    const state = stateFromUrl();
    fillForm(state);
    search(state);
  });

  const initial = stateFromUrl();
  fillForm(initial);
  search(initial);
}
