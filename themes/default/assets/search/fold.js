// 兼容折叠: the same fixed table as the generator's CompatibilityFold.cs, so both sides fold a query
// identically whatever Unicode version the browser has (String.prototype.normalize would vary).
// Full-width ASCII U+FF01–U+FF5E → U+0021–U+007E, ideographic space → space, ①–⑳ → 1–20,
// Roman numerals Ⅰ–Ⅿ / ⅰ–ⅿ → Latin letters. Works on UTF-16 units, as the C# does.

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'L', 'C', 'D', 'M'];

export function fold(text) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) {
      out += String.fromCharCode(c - 0xfee0);
    } else if (c === 0x3000) {
      out += ' ';
    } else if (c >= 0x2460 && c <= 0x2473) {
      out += String(c - 0x2460 + 1);
    } else if (c >= 0x2160 && c <= 0x216f) {
      out += ROMAN[c - 0x2160];
    } else if (c >= 0x2170 && c <= 0x217f) {
      out += ROMAN[c - 0x2170].toLowerCase();
    } else {
      out += text[i];
    }
  }
  return out;
}

// C#'s ToLowerInvariant maps one code point to one code point. toLowerCase on a whole string would apply
// context rules (final sigma) and one-to-many mappings, so lower each code point alone and keep it
// where the mapping is longer (.NET leaves İ as it is rather than giving i̇).
export function lowerInvariant(text) {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    out += [...lower].length === 1 ? lower : ch;
  }
  return out;
}

// Fold, then lower case: the form terms are compared in.
export function normalize(text) {
  return lowerInvariant(fold(text));
}
