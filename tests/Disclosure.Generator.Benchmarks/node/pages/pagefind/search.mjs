// The Pagefind bench page: loads Pagefind's runtime and calls init() as the page loads (its entry file, wasm
// and metadata), as Pagefind's own UI does, then for each query loads the index chunks it needs and the
// fragments of the first ten results. window.benchAll(query) returns every result's page hash, which the
// benchmark maps to URLs from the fragment files, for recall without loading thousands of fragments here.
import * as pagefind from './pagefind/pagefind.js';
import { bindSearchBox } from './results.mjs';

await pagefind.init();

bindSearchBox(async (query, count) => {
  const search = await pagefind.search(query);
  return Promise.all(search.results.slice(0, count).map(async (result) => {
    const data = await result.data();
    return { url: data.url, title: data.meta.title };
  }));
});
window.benchAll = async (query) => (await pagefind.search(query)).results.map((result) => result.id);
