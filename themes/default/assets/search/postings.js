// Decodes one posting block (INDEX-FORMAT.md, "Posting block"): the documents holding a term, as a list of
// gaps or a bitmap, then the champions with their impact and first positions, then the tail impact.

import { ByteReader } from './bytes.js';

// { df, docs: sorted Uint32Array, champions: Map(document → { impact, positions }), tailImpact }
export function decodeBlock(bytes) {
  const reader = new ByteReader(bytes);
  const df = reader.varint();
  const encoding = reader.byte();
  const docs = encoding === 0 ? readList(reader, df) : encoding === 1 ? readBitmap(reader, df) : null;
  if (docs === null) throw new Error(`unknown posting encoding ${encoding}`);
  const champions = new Map();
  let doc = 0;
  for (let i = 0, count = reader.varint(); i < count; i++) {
    doc = i === 0 ? reader.varint() : doc + reader.varint();
    const impact = reader.byte();
    const positions = [];
    let position = 0;
    for (let j = 0, n = reader.varint(); j < n; j++) {
      position = j === 0 ? reader.varint() : position + reader.varint();
      positions.push(position);
    }
    champions.set(doc, { impact, positions });
  }
  const tailImpact = reader.byte();
  return { df, docs, champions, tailImpact };
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
