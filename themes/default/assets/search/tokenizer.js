// 分词: splits text into search terms exactly as the generator's SearchTokenizer.cs (shared test vectors in
// tests/Disclosure.Generator.Tests/TestData/Search/tokenizer-vectors.json). Han runs give characters and
// bigrams, letters/digits give words, everything else separates and takes no position. A query keeps only
// the bigrams of a longer Han run that cover it (offsets 0, 2, 4, … and the last), so any substring of indexed
// Chinese text matches as a chain of bigrams while a long name reads half the postings.

import { normalize } from './fold.js';

export { normalize };

export const MAX_WORD_LENGTH = 32;

const LETTER_OR_DIGIT = /^[\p{L}\p{Nd}]$/u;

// Han ideographs as SearchTokenizer.IsHan: 〇, Extension A, the main block, compatibility ideographs, planes 2–3.
export function isHan(cp) {
  return cp === 0x3007
    || (cp >= 0x3400 && cp <= 0x4dbf)
    || (cp >= 0x4e00 && cp <= 0x9fff)
    || (cp >= 0xf900 && cp <= 0xfaff)
    || (cp >= 0x20000 && cp <= 0x3ffff);
}

// The terms a document's text is indexed under, in position order: [{ text, position }].
export function tokenize(text) {
  return walk(normalize(text), false);
}

// The terms a query must match.
export function queryTerms(query) {
  return walk(normalize(query), true);
}

function walk(text, forQuery) {
  const terms = [];
  const han = [];
  let word = '';
  let position = 0;
  const flushHan = () => {
    for (let i = 0; i < han.length; i++) {
      if (!forQuery || han.length === 1) terms.push({ text: han[i], position: position + i });
      if (i + 1 < han.length && (!forQuery || covers(i, han.length))) {
        terms.push({ text: han[i] + han[i + 1], position: position + i });
      }
    }
    position += han.length;
    han.length = 0;
  };
  const flushWord = () => {
    if (word === '') return;
    terms.push({ text: cut(word), position });
    if (!forQuery) addParts(word, terms, position);
    position += 1;
    word = '';
  };
  for (const ch of text) {
    if (isHan(ch.codePointAt(0))) {
      flushWord();
      han.push(ch);
    } else if (LETTER_OR_DIGIT.test(ch)) {
      flushHan();
      word += ch;
    } else {
      flushHan();
      flushWord();
    }
  }
  flushHan();
  flushWord();
  return terms;
}

// A query needs only the bigrams at offsets 0, 2, 4, … and the last (n − 2): together they cover every
// character (SearchTokenizer.Covers), so a 16-character company name reads 8 postings, not 15.
function covers(offset, runLength) {
  return offset % 2 === 0 || offset === runLength - 2;
}

const isAsciiDigit = c => c >= 0x30 && c <= 0x39;

// a123 is also indexed as a and 123, so either part alone finds it.
function addParts(word, terms, position) {
  const parts = [];
  let start = 0;
  for (let i = 1; i <= word.length; i++) {
    if (i === word.length || isAsciiDigit(word.charCodeAt(i)) !== isAsciiDigit(word.charCodeAt(i - 1))) {
      parts.push(word.slice(start, i));
      start = i;
    }
  }
  if (parts.length < 2) return;
  for (const part of parts) terms.push({ text: cut(part), position });
}

// Cut to 32 UTF-16 units, never inside a surrogate pair (JavaScript strings count units as C# does).
function cut(word) {
  if (word.length <= MAX_WORD_LENGTH) return word;
  const high = word.charCodeAt(MAX_WORD_LENGTH - 1);
  return word.slice(0, high >= 0xd800 && high <= 0xdbff ? MAX_WORD_LENGTH - 1 : MAX_WORD_LENGTH);
}
