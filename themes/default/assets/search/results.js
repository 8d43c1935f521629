// Draws a query's answer into the page's DOM contract (templates/search.liquid): the status line, the hits,
// the pager and the facet options. Every string comes from the page's data attributes, so an English build
// needs no change here; all content goes in through textContent, never as HTML.

import { excerpt } from './highlight.js';

const SNIPPET_WIDTH = 120;

// A data-* template with {name} placeholders filled in.
export function format(template, values) {
  return (template ?? '').replace(/\{(\w+)\}/g, (all, name) => (name in values ? String(values[name]) : all));
}

export function showStatus(status, state, text) {
  status.dataset.state = state;
  if (text !== undefined) status.textContent = text;
}

// The found / none message for a settled query.
export function statusText(status, q, result) {
  if (result.total === 0) return format(status.dataset.none, { query: q });
  const found = format(status.dataset.found, { count: result.total });
  // The page string carries its own separator ("，第 2 页…", ", page 2 of …").
  return result.pages > 1 ? found + format(status.dataset.page, { page: result.page, pages: result.pages }) : found;
}

function marked(parent, segments) {
  for (const { text, mark } of segments) {
    if (mark) parent.append(element('mark', text)); else parent.append(text);
  }
  return parent;
}

function element(name, text, className) {
  const node = document.createElement(name);
  if (text !== undefined) node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
}

// hits: [{ record, facets }]; facetValues from the manifest; marks: the query's term texts.
export function renderHits(list, hits, { root, facetValues, marks, first }) {
  list.replaceChildren(...hits.map(({ record, facets }) => {
    const item = element('li', undefined, 'search-hit');
    const link = element('a');
    link.href = root + record.url;
    const heading = element('h2');
    heading.append(marked(link, excerpt(record.title, marks)));
    item.append(heading);
    // kind · agency · year, from the document's facet values (category and status are in the filters).
    const meta = [0, 1, 3].map(f => facetValues[f][facets[f]]).filter(v => v !== undefined && v !== '');
    if (meta.length > 0) item.append(element('p', meta.join(' · '), 'search-meta'));
    item.append(marked(element('p', undefined, 'search-snippet'), excerpt(record.snippet, marks, SNIPPET_WIDTH)));
    return item;
  }));
  // The numbers of an ordered list continue from the previous page.
  if (first > 1) list.start = first; else list.removeAttribute('start');
}

// Previous, numbered and next links, each a real address (hrefFor(page)) so it opens, bookmarks and
// middle-clicks like any link; search.js takes over plain clicks.
// labels: { previous, next } from the template.
export function renderPager(nav, { page, pages }, hrefFor, labels = {}) {
  if (pages <= 1) {
    nav.replaceChildren();
    nav.hidden = true;
    return;
  }
  const list = element('ul');
  const link = (number, text, rel) => {
    const a = element('a', text);
    a.href = hrefFor(number);
    if (rel) a.rel = rel;
    if (number === page && !rel) a.setAttribute('aria-current', 'page');
    return a;
  };
  const step = (number, text, rel) => {
    const li = element('li', undefined, 'pager-step');
    li.append(link(number, text, rel));
    list.append(li);
  };
  // The arrows only if the template gives no labels.
  if (page > 1) step(page - 1, labels.previous || '‹', 'prev');
  let last = 0;
  for (const number of shownPages(page, pages)) {
    if (number > last + 1) {
      const gap = element('li', undefined, 'pager-gap');
      gap.setAttribute('aria-hidden', 'true');
      gap.append(element('span', '…'));
      list.append(gap);
    }
    const li = element('li');
    li.append(link(number, String(number)));
    list.append(li);
    last = number;
  }
  if (page < pages) step(page + 1, labels.next || '›', 'next');
  nav.replaceChildren(list);
  nav.hidden = false;
}

// The first and last page, and two either side of the current one.
function shownPages(page, pages) {
  const shown = new Set([1, pages]);
  for (let n = page - 2; n <= page + 2; n++) if (n >= 1 && n <= pages) shown.add(n);
  return [...shown].sort((a, b) => a - b);
}

// A facet select's options: "all" (the template's first option) and each value found, with its count;
// the selected value stays even when the current query has none of it. counts null: no query, all values.
export function renderFacet(select, values, counts, selected) {
  const all = select.options[0];
  const options = [];
  values.forEach((value, i) => {
    const count = counts === null ? null : counts[i];
    if (count === 0 && value !== selected) return;
    options.push(new Option(count === null ? value : `${value} (${count})`, value, false, value === selected));
  });
  if (selected !== '' && !values.includes(selected)) options.push(new Option(selected, selected, false, true));
  select.replaceChildren(all, ...options);
  select.value = selected;
}
