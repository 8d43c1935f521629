// 精确查找: the normalised forms of ExactKeys.cs, so a document number typed with other brackets, full-width
// digits or spaces, a credit code in lower case, or a certificate number with dashes finds its record.
// Stored keys are a kind prefix, a colon and the value: d: document number, c: credit code,
// n: certificate number, o: organisation name. Like the C#, these walk UTF-16 units, not code points.

import { fold } from './fold.js';

const OPENERS = '[(【〖{〘﹙﹛﹝';
const CLOSERS = '])】〗}〙﹚﹜﹞';

// .NET char.IsWhiteSpace: Zs, Zl, Zp, U+0009–U+000D and U+0085 (JavaScript's \s differs: it has U+FEFF, lacks U+0085).
const WHITE_SPACE = /^[\t\n\v\f\r\u0085\p{Zs}\u2028\u2029]$/u;
const DASH = /^\p{Pd}$/u;
const ASCII_LETTER_OR_DIGIT = /^[A-Za-z0-9]+$/;

// char.ToUpperInvariant maps one unit to one unit; where the full mapping is longer (ß → SS) it keeps the character.
function upper(c) {
  const u = c.toUpperCase();
  return u.length === 1 ? u : c;
}

function unified(value) {
  let out = '';
  for (const c of fold(value)) {
    // for…of walks code points; a surrogate pair is two units that neither the C# nor this changes.
    if (c.length > 1) { out += c; continue; }
    if (WHITE_SPACE.test(c)) continue;
    out += OPENERS.includes(c) ? '〔' : CLOSERS.includes(c) ? '〕' : upper(c);
  }
  return out;
}

function compact(value) {
  let out = '';
  for (const c of fold(value)) {
    if (c.length > 1) { out += c; continue; }
    if (!WHITE_SPACE.test(c) && !DASH.test(c)) out += upper(c);
  }
  return out;
}

// 文号: at least two characters and a digit (every document number carries a year).
export function documentNumber(value) {
  const number = unified(value);
  return number.length >= 2 && /[0-9]/.test(number) ? number : null;
}

// 统一社会信用代码: 18 ASCII letters or digits; the checksum is not required.
export function creditCode(value) {
  const code = compact(value);
  return code.length === 18 && ASCII_LETTER_OR_DIGIT.test(code) ? code : null;
}

// 执法证号: 4–32 ASCII letters or digits.
export function certificateNumber(value) {
  const number = compact(value);
  return number.length >= 4 && number.length <= 32 && ASCII_LETTER_OR_DIGIT.test(number) ? number : null;
}

// Organisation name: normalised as a document number, at least two characters.
export function organisationName(value) {
  const name = unified(value);
  return name.length >= 2 ? name : null;
}

// Every key a query could mean, in the spec's order, without repeats. An organisation key only for a query
// of at least 4 characters without white space: shorter or spaced queries are words, not names.
export function queryKeys(query) {
  const keys = [];
  const add = (prefix, value) => {
    if (value !== null && !keys.includes(prefix + value)) keys.push(prefix + value);
  };
  add('d:', documentNumber(query));
  add('c:', creditCode(query));
  add('n:', certificateNumber(query));
  if (query.length >= 4 && ![...query].some(c => WHITE_SPACE.test(c))) add('o:', organisationName(query));
  return keys;
}
