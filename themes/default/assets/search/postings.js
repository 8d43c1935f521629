// Decodes one posting block (INDEX-FORMAT.md, "Posting block"): the documents holding a term, as a list of
// gaps, a bitmap or runs, then the champions with their impact and first positions, then the tail impact.
// Exact keys have no blocks: their documents sit in their key shard (index.js).

import { ByteReader } from './bytes.js';

// { df, docs: a DocSet, champions, tailImpact }. The champions are parallel typed arrays in document order,
// so a query walking its ascending matches finds them with a cursor instead of a look-up per document: docs
// (Uint32Array), impacts (Uint8Array), and the positions of champion i in positions[starts[i]] …
// positions[starts[i + 1] − 1].
export function decodeBlock(bytes) {
  const reader = new ByteReader(bytes);
  const df = reader.varint();
  const encoding = reader.byte();
  const docs = encoding === 0 ? readList(reader, df)
    : encoding === 1 ? readBitmap(reader, df)
      : encoding === 2 ? readRuns(reader, df)
        : null;
  if (docs === null) throw new Error(`unknown posting encoding ${encoding}`);
  const count = reader.varint();
  const championDocs = new Uint32Array(count);
  const impacts = new Uint8Array(count);
  const starts = new Uint32Array(count + 1);
  const positions = [];
  let doc = 0;
  for (let i = 0; i < count; i++) {
    doc = i === 0 ? reader.varint() : doc + reader.varint();
    championDocs[i] = doc;
    impacts[i] = reader.byte();
    let position = 0;
    for (let j = 0, n = reader.varint(); j < n; j++) {
      position = j === 0 ? reader.varint() : position + reader.varint();
      positions.push(position);
    }
    starts[i + 1] = positions.length;
  }
  const tailImpact = reader.byte();
  return {
    df,
    docs,
    champions: { docs: championDocs, impacts, starts, positions: Uint32Array.from(positions) },
    tailImpact,
  };
}

// The documents holding a term, kept as stored: a common term (青禾, in half of all documents) is a bitmap or
// a few runs that a rarer term's documents are tested against, never a list of fifty thousand numbers built
// first. `length` is df; `has(doc)` tests one document; `toArray()` gives them all, ascending (built once).
class DocSet {
  constructor(length, has, build) {
    this.length = length;
    this.has = has;
    this.build = build;
    this.array = null;
  }

  toArray() {
    this.array ??= this.build();
    return this.array;
  }
}

function readList(reader, df) {
  const docs = new Uint32Array(df);
  let doc = 0;
  for (let i = 0; i < df; i++) {
    doc = i === 0 ? reader.varint() : doc + reader.varint();
    docs[i] = doc;
  }
  return new DocSet(df, doc => {
    let low = 0;
    let high = docs.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (docs[mid] < doc) low = mid + 1; else high = mid;
    }
    return low < docs.length && docs[low] === doc;
  }, () => docs);
}

// Set bits per byte value.
const BITS = Uint8Array.from({ length: 256 }, (_, b) => {
  let n = 0;
  for (let v = b; v > 0; v >>= 1) n += v & 1;
  return n;
});

function readBitmap(reader, df) {
  const first = reader.varint();
  const count = reader.varint();
  if (reader.offset + count > reader.bytes.length) throw new RangeError('index data ends early');
  const bytes = reader.bytes.subarray(reader.offset, reader.offset + count);
  reader.offset += count;
  let set = 0;
  for (let k = 0; k < count; k++) set += BITS[bytes[k]];
  if (set !== df) throw new Error(`bitmap holds ${set} documents, df says ${df}`);
  return new DocSet(df, doc => {
    const k = Math.floor(doc / 8) - first;
    return k >= 0 && k < count && (bytes[k] & (1 << (doc % 8))) !== 0;
  }, () => {
    const docs = new Uint32Array(df);
    let n = 0;
    for (let k = 0; k < count; k++) {
      const b = bytes[k];
      if (b === 0) continue;
      for (let j = 0; j < 8; j++) if (b & (1 << j)) docs[n++] = (first + k) * 8 + j;
    }
    return docs;
  });
}

// Runs of consecutive holders: each starts `skip` after the end (last holder + 1) of the one before; the
// first run's "end before" is 0 (after document −1), so its skip is its first document.
function readRuns(reader, df) {
  const count = reader.varint();
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  let n = 0;
  let end = 0;
  for (let r = 0; r < count; r++) {
    const start = end + reader.varint();
    const length = reader.varint() + 1;
    if (r > 0 && start === end) throw new Error('two runs touch');
    n += length;
    starts[r] = start;
    ends[r] = end = start + length;
  }
  if (n !== df) throw new Error(`runs hold ${n} documents, df says ${df}`);
  return new DocSet(df, doc => {
    // The last run starting at or before doc.
    let low = 0;
    let high = count;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (starts[mid] <= doc) low = mid + 1; else high = mid;
    }
    return low > 0 && doc < ends[low - 1];
  }, () => {
    const docs = new Uint32Array(df);
    let i = 0;
    for (let r = 0; r < count; r++) for (let d = starts[r]; d < ends[r]; d++) docs[i++] = d;
    return docs;
  });
}
