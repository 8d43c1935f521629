// Finds the query's terms in a title or snippet, for <mark>. Text is compared in the tokenizer's normal form
// (folded, lower case), whose length can differ from the original (① → 1, Ⅻ → xii), so each normalised unit
// remembers the original code point it came from.

import { normalize } from './fold.js';

// Ranges [start, end) of the original text that hold one of the terms, sorted and merged.
export function matchRanges(text, terms) {
  let folded = '';
  const from = [];
  const to = [];
  for (let i = 0; i < text.length;) {
    const ch = String.fromCodePoint(text.codePointAt(i));
    const next = i + ch.length;
    for (const unit of normalize(ch).split('')) {
      folded += unit;
      from.push(i);
      to.push(next);
    }
    i = next;
  }
  const ranges = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1 && term !== ''; at = folded.indexOf(term, at + 1)) {
      ranges.push([from[at], to[at + term.length - 1]]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

// The text as segments [{ text, mark }], cut to a window of about `width` units that starts a little before
// the first match, with … where it was cut.
export function excerpt(text, terms, width = Infinity) {
  const ranges = matchRanges(text, terms);
  let start = 0;
  let end = text.length;
  if (text.length > width) {
    const first = ranges.length > 0 ? ranges[0][0] : 0;
    start = Math.max(0, Math.min(first - Math.floor(width / 5), text.length - width));
    end = Math.min(text.length, start + width);
    // Never split a surrogate pair.
    if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start--;
    if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end++;
  }
  const segments = [];
  if (start > 0) segments.push({ text: '…', mark: false });
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (a > at) segments.push({ text: text.slice(at, a), mark: false });
    segments.push({ text: text.slice(a, b), mark: true });
    at = b;
  }
  if (end > at) segments.push({ text: text.slice(at, end), mark: false });
  if (end < text.length) segments.push({ text: '…', mark: false });
  return segments;
}

function isLowSurrogate(c) {
  return c >= 0xdc00 && c <= 0xdfff;
}
