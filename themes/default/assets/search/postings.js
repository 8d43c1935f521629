// Decodes one posting block (INDEX-FORMAT.md, "Posting block"): the documents holding a term, as a list of
// gaps, a bitmap or runs, then the champions with their impact and first positions, then the tail impact.
// Exact keys have no blocks: their documents sit in their key shard (index.js).

import { ByteReader } from './bytes.js';

// { df, docs: sorted Uint32Array, champions, tailImpact }. The champions are parallel typed arrays in
// document order, so a query walking its ascending matches finds them with a cursor instead of a look-up
// per document: docs (Uint32Array), impacts (Uint8Array), and the positions of champion i in
// positions[starts[i]] … positions[starts[i + 1] − 1].
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

function readList(reader, df) {
  const docs = new Uint32Array(df);
  let doc = 0;
  for (let i = 0; i < df; i++) {
    doc = i === 0 ? reader.varint() : doc + reader.varint();
    docs[i] = doc;
  }
  return docs;
}

function readBitmap(reader, df) {
  const docs = new Uint32Array(df);
  const first = reader.varint();
  const count = reader.varint();
  let n = 0;
  for (let k = 0; k < count; k++) {
    const b = reader.byte();
    for (let j = 0; j < 8; j++) {
      if (b & (1 << j)) {
        if (n === df) throw new Error('bitmap holds more documents than df');
        docs[n++] = (first + k) * 8 + j;
      }
    }
  }
  if (n !== df) throw new Error('bitmap holds fewer documents than df');
  return docs;
}

// Runs of consecutive holders: each starts `skip` after the end (last holder + 1) of the one before; the
// first run's "end before" is 0 (after document −1), so its skip is its first document.
function readRuns(reader, df) {
  const docs = new Uint32Array(df);
  let n = 0;
  let end = 0;
  for (let r = 0, count = reader.varint(); r < count; r++) {
    const start = end + reader.varint();
    const length = reader.varint() + 1;
    if (n + length > df) throw new Error('runs hold more documents than df');
    for (let i = 0; i < length; i++) docs[n++] = start + i;
    end = start + length;
  }
  if (n !== df) throw new Error('runs hold fewer documents than df');
  return docs;
}
