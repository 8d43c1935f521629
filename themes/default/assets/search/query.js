// Answers a query from the index exactly as INDEX-FORMAT.md's "Query" section and the generator's
// SearchQuery.cs do, so a visitor sees the same results and order as the C# reference: all distinct terms
// or any exact key must match; score = BM25 from stored impacts + phrase bonus + exact-key boost; filters
// within a facet are alternatives; counts are over the filtered matches; score descending, then document.

import { queryTerms } from './tokenizer.js';
import { queryKeys } from './keys.js';

export const PAGE_SIZE = 10;

// request: { q, filters: { facetName: [values] }, page, pageSize (default 10) } → { total, page, pages, hits, counts }
// hits: [{ doc, score, facets }] for the page; counts: per facet, per value index, matches holding it.
export async function runQuery(index, request) {
  const { manifest } = index;
  const terms = queryTerms(request.q);
  const distinct = [...new Set(terms.map(t => t.text))];
  const keys = queryKeys(request.q);
  const empty = { total: 0, page: 1, pages: 0, hits: [], counts: manifest.facetValues.map(v => v.map(() => 0)) };
  if (distinct.length === 0 && keys.length === 0) return empty;

  const [runs, blocks, keyBlocks] = await Promise.all([
    index.loadFacets(),
    Promise.all(distinct.map(t => index.block(t))),
    Promise.all(keys.map(k => index.block(k))),
  ]);
  const byTerm = new Map(distinct.map((t, i) => [t, blocks[i]]));
  const termDocs = blocks.includes(null) ? [] : intersect(blocks.map(b => b.docs));
  const keyDocs = new Set(keyBlocks.flatMap(b => (b === null ? [] : Array.from(b.docs))));
  const scorer = termDocs.length > 0 ? new Scorer(manifest, terms, distinct, byTerm) : null;

  const scores = new Map();
  for (const doc of termDocs) scores.set(doc, scorer.score(doc) + (keyDocs.has(doc) ? manifest.ranking.exactBoost : 0));
  for (const doc of keyDocs) if (!scores.has(doc)) scores.set(doc, manifest.ranking.exactBoost);

  const allowed = allowedValues(manifest, request.filters);
  const counts = empty.counts;
  const matches = [];
  for (const [doc, score] of scores) {
    const facets = index.facetsOf(runs, doc);
    if (!allowed.every((values, f) => values === null || values.has(facets[f]))) continue;
    facets.forEach((v, f) => { if (v >= 0) counts[f][v]++; });
    matches.push({ doc, score, facets });
  }
  matches.sort((a, b) => b.score - a.score || a.doc - b.doc);

  const size = request.pageSize ?? PAGE_SIZE;
  const pages = Math.ceil(matches.length / size);
  const page = Math.min(Math.max(1, request.page || 1), Math.max(1, pages));
  const hits = matches.slice((page - 1) * size, page * size);
  return { total: matches.length, page, pages, hits, counts };
}

// Per facet, the set of value indexes a filter allows, or null when the facet is not filtered. A value the
// manifest does not list allows nothing, so a stale link shows no results rather than all of them.
function allowedValues(manifest, filters) {
  return manifest.facets.map((name, f) => {
    const wanted = (filters?.[name] ?? []).filter(v => v !== '');
    return wanted.length === 0 ? null : new Set(wanted.map(v => manifest.facetValues[f].indexOf(v)));
  });
}

// Sorted document lists, smallest first, merged two at a time.
function intersect(lists) {
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let result = Array.from(sorted[0]);
  for (const list of sorted.slice(1)) {
    const next = [];
    let j = 0;
    for (const doc of result) {
      while (j < list.length && list[j] < doc) j++;
      if (j < list.length && list[j] === doc) next.push(doc);
    }
    result = next;
  }
  return result;
}

class Scorer {
  constructor(manifest, terms, distinct, blocks) {
    this.ranking = manifest.ranking;
    this.terms = terms;
    this.distinct = distinct;
    this.blocks = blocks;
    const n = manifest.documents;
    this.idf = new Map(distinct.map(t => {
      const df = blocks.get(t).df;
      return [t, Math.log(1 + (n - df + 0.5) / (df + 0.5))];
    }));
  }

  // Σ idf × (k1 + 1) × impact / 255 over distinct terms (a champion's own impact, else the tail's), then the
  // phrase bonus for each neighbouring pair of query terms found at the same distance in the document.
  score(doc) {
    const { k1, phraseWeight } = this.ranking;
    let score = 0;
    for (const term of this.distinct) {
      const block = this.blocks.get(term);
      const impact = block.champions.get(doc)?.impact ?? block.tailImpact;
      score += this.idf.get(term) * (k1 + 1) * impact / 255;
    }
    for (let i = 0; i + 1 < this.terms.length; i++) {
      const first = this.terms[i];
      const second = this.terms[i + 1];
      const a = this.blocks.get(first.text).champions.get(doc);
      const b = this.blocks.get(second.text).champions.get(doc);
      const d = second.position - first.position;
      if (a !== undefined && b !== undefined && a.positions.some(p => b.positions.includes(p + d))) {
        score += phraseWeight * (this.idf.get(first.text) + this.idf.get(second.text)) / 2;
      }
    }
    return score;
  }
}
