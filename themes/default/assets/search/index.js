// Reads search index version 3 (generator/Indexing/INDEX-FORMAT.md): the manifest, the gzip-compressed
// term shards, key shards and facet runs, and byte ranges of the postings and document records. Shards,
// decoded posting blocks, facet runs and records are kept for the life of the page, so typing one more
// character fetches only what is new.

import { ByteReader } from './bytes.js';
import { decodeBlock } from './postings.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

// Reads of one file at most this many bytes apart are merged into one request (INDEX-FORMAT.md, "Document
// records"): a gap that small costs less than another round trip.
const MERGE_GAP = 1024;

// FNV-1a, 32 bits, over UTF-8 (SearchHash.cs): which term shard holds a term, which key shard a key.
export function fnv1a(text) {
  let h = 2166136261;
  for (const b of encoder.encode(text)) h = Math.imul(h ^ b, 16777619) >>> 0;
  return h;
}

// A failed fetch is forgotten, so the next search tries again instead of repeating the error.
function cached(map, key, make) {
  let promise = map.get(key);
  if (promise === undefined) {
    promise = make();
    map.set(key, promise);
    promise.catch(() => {
      if (map.get(key) === promise) map.delete(key);
    });
  }
  return promise;
}

async function fetchBytes(url, init) {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

// A server that sends the file with Content-Encoding: gzip has already unpacked it; look at the magic bytes.
async function gunzip(bytes) {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export class SearchIndex {
  static async open(manifestUrl) {
    const response = await fetchBytes(manifestUrl);
    const manifest = await response.json();
    if (manifest.version !== 3) throw new Error(`search index version ${manifest.version} is not 3`);
    return new SearchIndex(new URL(response.url || manifestUrl, document.baseURI), manifest);
  }

  constructor(base, manifest) {
    this.base = base;
    this.manifest = manifest;
    this.whole = new Map(); // url → bytes of a whole file
    this.termShards = new Map(); // shard number → Map(term → { part, offset, length })
    this.keyShards = new Map(); // shard number → its bytes, searched for each wanted key
    this.blocks = new Map(); // term → decoded posting block
    this.recordCache = new Map(); // document number → record
    this.facetRuns = null;
  }

  url(path) {
    return new URL(path, this.base).href;
  }

  gzipFile(path) {
    const url = this.url(path);
    return cached(this.whole, url, async () => gunzip(new Uint8Array(await (await fetchBytes(url)).arrayBuffer())));
  }

  // Bytes [start, end) of a plain file. Not kept: their decoded blocks and records are. A server that
  // ignores Range answers 200 with the whole file: keep that, and slice every later read of the file from it.
  // The HTTP cache is bypassed (no-store): Chromium queues concurrent requests for one URL behind its cache
  // lock, so a page's reads of one postings or offsets file ran one after another (measured: ten 8-byte
  // reads, 13 ms each); what they return is kept decoded here anyway.
  async range(path, start, end) {
    if (end <= start) return new Uint8Array(0);
    const url = this.url(path);
    const whole = this.whole.get(url);
    if (whole !== undefined) return (await whole).subarray(start, end);
    const response = await fetchBytes(url, { cache: 'no-store', headers: { Range: `bytes=${start}-${end - 1}` } });
    if (response.status !== 206) {
      const bytes = response.arrayBuffer().then(b => new Uint8Array(b));
      return (await cached(this.whole, url, () => bytes)).subarray(start, end);
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    const from = /bytes (\d+)-/.exec(response.headers.get('Content-Range') ?? '');
    if ((from !== null && Number(from[1]) !== start) || bytes.length !== end - start) {
      throw new Error(`${url}: the server answered another range than bytes ${start}-${end - 1}`);
    }
    return bytes;
  }

  // Where a term's posting block is: { part, offset, length }, or null when its shard does not hold it.
  async entry(term) {
    const shard = fnv1a(term) % this.manifest.terms.count;
    const entries = await cached(this.termShards, shard, async () => readTermShard(await this.gzipFile(shardPath('terms', shard, this.manifest.terms))));
    return entries.get(term) ?? null;
  }

  // The decoded posting block of a term (see postings.js), or null when its shard does not hold it. A long
  // block may be stored gzip-compressed; gunzip tells by its first two bytes, which no plain block has.
  block(term) {
    return cached(this.blocks, term, async () => {
      const entry = await this.entry(term);
      if (entry === null) return null;
      const stored = await this.range(this.manifest.postings[entry.part], entry.offset, entry.offset + entry.length);
      return decodeBlock(await gunzip(stored));
    });
  }

  // The documents holding an exact key (sorted Uint32Array), straight from its key shard, or null when absent.
  async keyDocs(key) {
    const shard = fnv1a(key) % this.manifest.keys.count;
    const bytes = await cached(this.keyShards, shard, () => this.gzipFile(shardPath('keys', shard, this.manifest.keys)));
    return findKey(bytes, encoder.encode(key));
  }

  // The facet runs; once loaded, facetsOf answers without waiting.
  async loadFacets() {
    this.facetRuns ??= this.gzipFile(this.manifest.facetFile).then(readRuns);
    try {
      return await this.facetRuns;
    } catch (error) {
      this.facetRuns = null;
      throw error;
    }
  }

  // A document's value index in each facet (−1 for none); needs loadFacets first.
  facetsOf(runs, n) {
    let low = 0;
    let high = runs.ends.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (runs.ends[mid] > n) high = mid; else low = mid + 1;
    }
    return Array.from(runs.values.subarray(low * 5, low * 5 + 5), v => v - 1);
  }

  // Document n's record { id, url, title, snippet }.
  async record(n) {
    return (await this.records([n]))[0];
  }

  // The records of documents (a page of hits), in the order given. A record loaded or on its way already is
  // not fetched again; the others are fetched together, in as few requests as their neighbourhood allows.
  records(docs) {
    return Promise.all(this.eachRecord(docs));
  }

  // As records, but one promise per document, each settling when its own request has answered.
  eachRecord(docs) {
    const missing = [...new Set(docs)].filter(n => !this.recordCache.has(n));
    if (missing.length > 0) {
      const batches = this.loadRecords(missing);
      for (const n of missing) cached(this.recordCache, n, () => batches.get(n));
    }
    return docs.map(n => this.recordCache.get(n));
  }

  // Document n's record fills the slot of recordBytes at (n − its part's first document) × recordBytes of its
  // part, padded with spaces, which JSON.parse ignores. Sorted, each part's slots merge into ranges: a page of
  // hits next to each other in document order (one agency's decisions) costs one request.
  // → Map(document → promise of its record)
  loadRecords(docs) {
    const { docsPerPart, recordBytes } = this.manifest;
    const byPart = new Map();
    for (const n of docs) {
      const part = Math.floor(n / docsPerPart);
      if (!byPart.has(part)) byPart.set(part, []);
      byPart.get(part).push(n);
    }
    const loaded = new Map();
    for (const [part, list] of byPart) {
      list.sort((a, b) => a - b);
      const first = part * docsPerPart;
      const spans = list.map(n => [(n - first) * recordBytes, (n - first + 1) * recordBytes]);
      this.mergedRanges(this.manifest.docs[part], spans).forEach((bytes, i) => {
        loaded.set(list[i], bytes.then(b => {
          const [id, url, title, snippet] = JSON.parse(utf8.decode(b));
          return { id, url, title, snippet };
        }));
      });
    }
    return loaded;
  }

  // Byte spans [start, end) of one file, sorted by start, read as few ranges: a span starting at most
  // MERGE_GAP bytes after the end of the one before joins its range. → a promise of each span's bytes, in
  // order, settling when its own range has arrived.
  mergedRanges(path, spans) {
    const groups = [];
    const groupOf = spans.map(([start, end]) => {
      const last = groups[groups.length - 1];
      if (last !== undefined && start - last.end <= MERGE_GAP) last.end = Math.max(last.end, end);
      else groups.push({ start, end });
      return groups.length - 1;
    });
    const read = groups.map(g => this.range(path, g.start, g.end));
    return spans.map(([start, end], i) => {
      const g = groupOf[i];
      return read[g].then(bytes => bytes.subarray(start - groups[g].start, end - groups[g].start));
    });
  }
}

// Shard s of a set ({ count, hash } in the manifest): every shard of a set carries the set's one hash.
function shardPath(folder, s, set) {
  return `${folder}/${s}.${set.hash}.bin`;
}

// A term shard: count, then (count > 0) the postings part and offset of its first block, then each term and
// its block's length; the blocks lie back to back in entry order.
function readTermShard(bytes) {
  const reader = new ByteReader(bytes);
  const entries = new Map();
  const count = reader.varint();
  if (count === 0) return entries;
  const part = reader.varint();
  let offset = reader.varint();
  for (let i = 0; i < count; i++) {
    const term = reader.string();
    const length = reader.varint();
    entries.set(term, { part, offset, length });
    offset += length;
  }
  return entries;
}

// A key shard: count, then each key with its document count and documents (the first, then gaps).
// A key shard holds hundreds of keys and a search wants one or two of them, so the shard is searched in its
// bytes for the wanted key's UTF-8, decoding no other key (decoding them all took 12 ms of a cold search).
// → its documents (sorted Uint32Array), or null when the shard does not hold it.
function findKey(bytes, wanted) {
  const reader = new ByteReader(bytes);
  for (let count = reader.varint(); count > 0; count--) {
    const length = reader.varint();
    const start = reader.offset;
    reader.offset += length;
    const same = length === wanted.length && wanted.every((b, i) => bytes[start + i] === b);
    const df = reader.varint();
    if (!same) {
      for (let i = 0; i < df; i++) reader.varint();
      continue;
    }
    const docs = new Uint32Array(df);
    let doc = 0;
    for (let i = 0; i < df; i++) {
      doc = i === 0 ? reader.varint() : doc + reader.varint();
      docs[i] = doc;
    }
    return docs;
  }
  return null;
}

// Runs of consecutive documents sharing a facet tuple: where each run ends, and its five value indexes + 1.
function readRuns(bytes) {
  const reader = new ByteReader(bytes);
  const count = reader.varint();
  const ends = new Float64Array(count);
  const values = new Uint32Array(count * 5);
  let end = 0;
  for (let i = 0; i < count; i++) {
    end += reader.varint();
    ends[i] = end;
    for (let f = 0; f < 5; f++) values[i * 5 + f] = reader.varint();
  }
  return { ends, values };
}
