// Answers a query from the index exactly as INDEX-FORMAT.md's "Query" section and the generator's
// SearchQuery.cs do, so a visitor sees the same results and order as the C# reference: all distinct terms
// or any exact key must match; score = BM25 from stored impacts + phrase bonus + exact-key boost; filters
// within a facet are alternatives; counts are over the filtered matches; score descending, then document.
//
// A common word matches a quarter of the corpus, so the matches stay in typed arrays in ascending document
// order from start to end: one walk filters them, counts their facet values and scores them, with cursors
// over the facet runs and the champions (both in document order), and only the requested page is sorted out.

import { queryTerms } from './tokenizer.js';
import { queryKeys } from './keys.js';

export const PAGE_SIZE = 10;

// Values per facet run: kind, agency, category, year, status (INDEX-FORMAT.md, "Facet runs").
const WIDTH = 5;

// Up to this many hits (the page's last rank), a heap picks the page; past it, sorting everything is as quick.
const MAX_HEAP = 1024;

const NONE = new Uint32Array(0);

// request: { q, filters: { facetName: [values] }, page, pageSize (default 10) } → { total, page, pages, hits, counts }
// hits: [{ doc, score, facets }] for the page; counts: per facet, per value index, matches holding it.
export async function runQuery(index, request) {
  const { manifest } = index;
  const terms = queryTerms(request.q);
  const distinct = [...new Set(terms.map(t => t.text))];
  const keys = queryKeys(request.q);
  const counts = manifest.facetValues.map(v => v.map(() => 0));
  const empty = { total: 0, page: 1, pages: 0, hits: [], counts };
  if (distinct.length === 0 && keys.length === 0) return empty;

  const [runs, blocks, keyLists] = await Promise.all([
    index.loadFacets(),
    termBlocks(index, distinct),
    Promise.all(keys.map(k => index.keyDocs(k))),
  ]);
  const termDocs = blocks === null || blocks.length === 0 ? NONE : intersect(blocks.map(b => b.docs));
  const keyDocs = union(keyLists);
  const scorer = termDocs.length > 0 ? new Scorer(manifest, terms, distinct, blocks) : null;
  const { exactBoost } = manifest.ranking;

  // Term matches and key matches merged in document order; each run of the facet file is judged once, and
  // counted once when the walk leaves it.
  const allowed = allowedValues(manifest, request.filters);
  const { ends, values } = runs;
  const matches = new Uint32Array(termDocs.length + keyDocs.length);
  const scores = new Float64Array(matches.length);
  let total = 0;
  let run = -1;
  let runEnd = 0;
  let passes = false;
  let inRun = 0;
  const leaveRun = () => {
    if (inRun === 0) return;
    for (let f = 0; f < WIDTH; f++) {
      const v = values[run * WIDTH + f];
      if (v > 0) counts[f][v - 1] += inRun;
    }
    inRun = 0;
  };
  for (let i = 0, j = 0; i < termDocs.length || j < keyDocs.length;) {
    const t = i < termDocs.length ? termDocs[i] : Infinity;
    const k = j < keyDocs.length ? keyDocs[j] : Infinity;
    const doc = t < k ? t : k;
    if (t === doc) i++;
    if (k === doc) j++;
    if (doc >= runEnd) {
      leaveRun();
      run = runOf(ends, run + 1, doc);
      runEnd = ends[run];
      passes = allowed.every((a, f) => a === null || a[values[run * WIDTH + f]] === 1);
    }
    if (!passes) continue;
    inRun++;
    matches[total] = doc;
    // As SearchScorer: a term match's score, plus exactBoost when it also holds a key; a key-only match exactBoost.
    scores[total] = t !== doc ? exactBoost : k === doc ? scorer.score(doc) + exactBoost : scorer.score(doc);
    total++;
  }
  leaveRun();

  const size = request.pageSize ?? PAGE_SIZE;
  const pages = Math.ceil(total / size);
  const page = Math.min(Math.max(1, request.page || 1), Math.max(1, pages));
  const ranked = rankedPage(scores, total, (page - 1) * size, Math.min(page * size, total));
  const hits = Array.from(ranked, m => ({ doc: matches[m], score: scores[m], facets: index.facetsOf(runs, matches[m]) }));
  return { total, page, pages, hits, counts };
}

// Each distinct term's posting block, or null when a term is absent from its shard: then the terms match
// nothing, and the blocks of the others are not fetched.
async function termBlocks(index, distinct) {
  const entries = await Promise.all(distinct.map(t => index.entry(t)));
  if (entries.includes(null)) return null;
  return Promise.all(distinct.map(t => index.block(t)));
}

// Per facet, a table indexed by stored value (value index + 1, 0 for none) marking those a filter allows, or
// null when the facet is not filtered. A value the manifest does not list allows nothing, so a stale link
// shows no results rather than all of them; a document without a value never passes a filter on it.
function allowedValues(manifest, filters) {
  return manifest.facets.map((name, f) => {
    const wanted = (filters?.[name] ?? []).filter(v => v !== '');
    if (wanted.length === 0) return null;
    const table = new Uint8Array(manifest.facetValues[f].length + 1);
    for (const v of wanted) {
      const i = manifest.facetValues[f].indexOf(v);
      if (i >= 0) table[i + 1] = 1;
    }
    return table;
  });
}

// The run holding doc, searching from run `from` on (the walk only moves forward).
function runOf(ends, from, doc) {
  let low = from;
  let high = ends.length;
  // Usually the next run: try it before searching.
  if (low < high && ends[low] > doc) return low;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ends[mid] > doc) high = mid; else low = mid + 1;
  }
  if (low === ends.length) throw new Error(`document ${doc} is beyond the facet runs`);
  return low;
}

// The documents in every set (postings.js DocSet): the smallest set listed, then tested against each other
// set in turn, smallest first, so a common term's bitmap or runs are only probed, never listed.
function intersect(sets) {
  const sorted = [...sets].sort((a, b) => a.length - b.length);
  let result = sorted[0].toArray();
  for (let l = 1; l < sorted.length && result.length > 0; l++) {
    const set = sorted[l];
    const next = new Uint32Array(result.length);
    let n = 0;
    for (let i = 0; i < result.length; i++) {
      const doc = result[i];
      if (set.has(doc)) next[n++] = doc;
    }
    result = next.subarray(0, n);
  }
  return result;
}

// The documents of the keys found (null: not in the index), ascending, each once.
function union(lists) {
  const found = lists.filter(l => l !== null && l.length > 0);
  if (found.length === 0) return NONE;
  if (found.length === 1) return found[0];
  const all = new Uint32Array(found.reduce((sum, l) => sum + l.length, 0));
  let n = 0;
  for (const l of found) {
    all.set(l, n);
    n += l.length;
  }
  all.sort();
  let unique = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[unique++] = all[i];
  return all.subarray(0, unique);
}

// The indexes of ranks [from, to) among the first `total` scores, in order: score descending, then index
// ascending (the matches are in document order, so that is document ascending).
function rankedPage(scores, total, from, to) {
  if (to <= from) return [];
  const better = (a, b) => scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
  let best;
  if (to <= MAX_HEAP && to < total) {
    // The `to` best in a heap with the worst of them on top.
    const heap = new Uint32Array(to);
    let size = 0;
    for (let m = 0; m < total; m++) {
      if (size < to) {
        let at = size++;
        while (at > 0) {
          const parent = (at - 1) >> 1;
          if (!better(heap[parent], m)) break;
          heap[at] = heap[parent];
          at = parent;
        }
        heap[at] = m;
      } else if (better(m, heap[0])) {
        let at = 0;
        for (;;) {
          const left = 2 * at + 1;
          if (left >= size) break;
          const right = left + 1;
          const worse = right < size && better(heap[left], heap[right]) ? right : left;
          if (!better(m, heap[worse])) break;
          heap[at] = heap[worse];
          at = worse;
        }
        heap[at] = m;
      }
    }
    best = heap;
  } else {
    best = new Uint32Array(total);
    for (let m = 0; m < total; m++) best[m] = m;
  }
  best.sort((a, b) => scores[b] - scores[a] || a - b);
  return best.subarray(from, to);
}

// Scores term matches, visited in ascending document order: a cursor per term over its champions (in
// document order too) says whether the document is one and where its impact and positions are. The
// arithmetic is SearchScorer's, operation for operation, so both sides give the very same doubles.
class Scorer {
  constructor(manifest, terms, distinct, blocks) {
    const { k1, phraseWeight } = manifest.ranking;
    const n = manifest.documents;
    this.phraseWeight = phraseWeight;
    this.blocks = blocks;
    this.idf = blocks.map(b => Math.log(1 + (n - b.df + 0.5) / (b.df + 0.5)));
    // idf × (k1 + 1), the first product of idf × (k1 + 1) × impact / 255.
    this.weight = this.idf.map(idf => idf * (k1 + 1));
    // Query terms as indexes into distinct, and each neighbouring pair's distance.
    this.termOf = terms.map(t => distinct.indexOf(t.text));
    this.distance = terms.map((t, i) => (i + 1 < terms.length ? terms[i + 1].position - t.position : 0));
    this.cursor = new Uint32Array(blocks.length);
    this.at = new Int32Array(blocks.length); // the document's champion index per term, −1 when not one
    // A document that is no term's champion scores the tail impacts' sum and no phrase bonus.
    let tail = 0;
    blocks.forEach((b, t) => { tail += this.weight[t] * b.tailImpact / 255; });
    this.tail = tail;
  }

  // Σ idf × (k1 + 1) × impact / 255 over distinct terms (a champion's own impact, else the tail's), then the
  // phrase bonus for each neighbouring pair of query terms found at the same distance in the document.
  score(doc) {
    const { blocks, at } = this;
    let champion = false;
    for (let t = 0; t < blocks.length; t++) {
      const docs = blocks[t].champions.docs;
      let c = this.cursor[t];
      while (c < docs.length && docs[c] < doc) c++;
      this.cursor[t] = c;
      at[t] = c < docs.length && docs[c] === doc ? c : -1;
      if (at[t] >= 0) champion = true;
    }
    if (!champion) return this.tail;
    let score = 0;
    for (let t = 0; t < blocks.length; t++) {
      const impact = at[t] >= 0 ? blocks[t].champions.impacts[at[t]] : blocks[t].tailImpact;
      score += this.weight[t] * impact / 255;
    }
    const { termOf } = this;
    for (let i = 0; i + 1 < termOf.length; i++) {
      const a = termOf[i];
      const b = termOf[i + 1];
      if (at[a] >= 0 && at[b] >= 0 && samePhrase(blocks[a].champions, at[a], blocks[b].champions, at[b], this.distance[i])) {
        score += this.phraseWeight * (this.idf[a] + this.idf[b]) / 2;
      }
    }
    return score;
  }
}

// Whether champion ca of the first term has a stored position p with p + d among champion cb's of the second.
function samePhrase(first, ca, second, cb, d) {
  for (let i = first.starts[ca]; i < first.starts[ca + 1]; i++) {
    const p = first.positions[i] + d;
    for (let j = second.starts[cb]; j < second.starts[cb + 1]; j++) if (second.positions[j] === p) return true;
  }
  return false;
}
