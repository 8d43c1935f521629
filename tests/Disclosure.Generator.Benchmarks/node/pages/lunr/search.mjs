// The lunr.js bench page: on the first query it downloads the whole serialised index and the titles (a lunr
// index cannot be split), then asks for documents holding every query token (see bigrams.mjs).
// window.benchAll(query) returns every match's URL, for the benchmark's recall.
/* global lunr */
import { queryTokens } from './bigrams.mjs';
import { bindSearchBox } from './results.mjs';

let engine = null;

function load() {
  engine ??= Promise.all([
    fetch('index.json').then((response) => response.json()),
    fetch('docs.json').then((response) => response.json()),
  ]).then(([index, docs]) => ({ index: lunr.Index.load(index), docs }));
  return engine;
}

async function matches(query) {
  const tokens = queryTokens(query);
  if (tokens.length === 0) {
    return [];
  }
  const { index, docs } = await load();
  return index
    .query((q) => {
      for (const token of tokens) {
        q.term(token, { presence: lunr.Query.presence.REQUIRED, usePipeline: false });
      }
    })
    .map((match) => {
      const [url, title] = docs[parseInt(match.ref, 36)];
      return { url, title };
    });
}

bindSearchBox(async (query, count) => (await matches(query)).slice(0, count));
window.benchAll = async (query) => (await matches(query)).map((match) => match.url);
