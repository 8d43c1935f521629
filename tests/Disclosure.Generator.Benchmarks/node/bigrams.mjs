// How lunr.js is given Chinese text in the search benchmark. lunr splits on white space only, so the text is
// pre-split here: a run of Han characters gives each character and each overlapping pair of neighbours
// (江岭市 → 江 岭 市 江岭 岭市), any other run of letters or digits gives itself in lower case, and everything
// else separates. A query keeps only the pairs of a longer run (a single character stays), so any substring
// of indexed text is found. Text is NFKC-normalised first, as our own tokeniser folds full-width forms.
// Used by lunr-build.mjs (node) and by the lunr bench page (browser), so both split the same way.

const han = /\p{Script=Han}/u;
const wordChar = /[\p{L}\p{Nd}]/u;

function split(text, query) {
  const tokens = [];
  let run = [];
  let word = '';
  const flushRun = () => {
    if (run.length === 1 || (!query && run.length > 0)) {
      tokens.push(...run);
    }
    for (let i = 0; i + 1 < run.length; i++) {
      tokens.push(run[i] + run[i + 1]);
    }
    run = [];
  };
  const flushWord = () => {
    if (word.length > 0) {
      tokens.push(word);
      word = '';
    }
  };
  for (const ch of text.normalize('NFKC').toLowerCase()) {
    if (han.test(ch)) {
      flushWord();
      run.push(ch);
    } else if (wordChar.test(ch)) {
      flushRun();
      word += ch;
    } else {
      flushRun();
      flushWord();
    }
  }
  flushRun();
  flushWord();
  return tokens;
}

/** The tokens a document's text is indexed under. */
export function indexTokens(text) {
  return split(text, false);
}

/** The distinct tokens a matching document must all hold. */
export function queryTokens(text) {
  return [...new Set(split(text, true))];
}
