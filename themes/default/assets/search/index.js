// Reads search index version 2 (generator/Indexing/INDEX-FORMAT.md): the manifest, the gzip-compressed
// dictionary shards and facet runs, and byte ranges of the postings and document records. Shards, decoded
// posting blocks, facet runs and records are kept for the life of the page, so typing one more character
// fetches only what is new.

import { ByteReader } from './bytes.js';
import { decodeBlock } from './postings.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

// FNV-1a, 32 bits, over UTF-8 (SearchHash.cs): which dictionary shard holds a term or key.
export function fnv1a(text) {
  let h = 2166136261;
  for (const b of new TextEncoder().encode(text)) h = Math.imul(h ^ b, 16777619) >>> 0;
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
    if (manifest.version !== 2) throw new Error(`search index version ${manifest.version} is not 2`);
    return new SearchIndex(new URL(response.url || manifestUrl, document.baseURI), manifest);
  }

  constructor(base, manifest) {
    this.base = base;
    this.manifest = manifest;
    this.whole = new Map(); // url → bytes of a whole file
    this.shards = new Map(); // shard number → Map(term → dictionary entry)
    this.blocks = new Map(); // term → decoded posting block
    this.records = new Map(); // document number → record
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
  async range(path, start, end) {
    if (end <= start) return new Uint8Array(0);
    const url = this.url(path);
    const whole = this.whole.get(url);
    if (whole !== undefined) return (await whole).subarray(start, end);
    const response = await fetchBytes(url, { headers: { Range: `bytes=${start}-${end - 1}` } });
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

  // The dictionary entry of a term or key: { df, part, offset, length }, or null when absent.
  async entry(term) {
    const files = this.manifest.terms;
    const shard = fnv1a(term) % files.length;
    if (files[shard] === null) return null;
    const entries = await cached(this.shards, shard, async () => readShard(await this.gzipFile(files[shard])));
    return entries.get(term) ?? null;
  }

  // The decoded posting block of a term or key (see postings.js), or null when it is not in the dictionary.
  block(term) {
    return cached(this.blocks, term, async () => {
      const entry = await this.entry(term);
      if (entry === null) return null;
      return decodeBlock(await this.range(this.manifest.postings[entry.part], entry.offset, entry.offset + entry.length));
    });
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

  // Document n's record { id, url, title, snippet }: its two offsets, then its bytes.
  record(n) {
    return cached(this.records, n, async () => {
      const perPart = this.manifest.docsPerPart;
      const part = Math.floor(n / perPart);
      const e = n + part;
      const offsets = new ByteReader(await this.range(this.manifest.offsets, 4 * e, 4 * e + 8));
      const start = offsets.uint32();
      const end = offsets.uint32();
      const [id, url, title, snippet] = JSON.parse(utf8.decode(await this.range(this.manifest.docs[part], start, end)));
      return { id, url, title, snippet };
    });
  }
}

function readShard(bytes) {
  const reader = new ByteReader(bytes);
  const entries = new Map();
  for (let count = reader.varint(); count > 0; count--) {
    const term = reader.string();
    entries.set(term, { df: reader.varint(), part: reader.varint(), offset: reader.varint(), length: reader.varint() });
  }
  return entries;
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
