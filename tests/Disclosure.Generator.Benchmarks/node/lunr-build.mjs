// Builds the lunr.js side of the search benchmark:
//   node lunr-build.mjs DOCUMENTS.jsonl OUTPUT-FOLDER
// DOCUMENTS.jsonl holds one {"url","title","text"} per line, exported by the benchmark from the built pages
// (the same text every engine indexes). Writes OUTPUT-FOLDER/index.json (the serialised lunr index) and
// OUTPUT-FOLDER/docs.json ([url, title] pairs, which a lunr page needs to show results: lunr stores no text).
// A document's ref is its line number in base 36, not its URL: lunr repeats the ref for every term it holds,
// so a short ref is the usual way to keep a lunr index small.
import { createReadStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import lunr from 'lunr';
import { indexTokens } from './bigrams.mjs';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node lunr-build.mjs DOCUMENTS.jsonl OUTPUT-FOLDER');
  process.exit(2);
}

// A bare Builder has empty pipelines: no English stemmer, stop words or trimmer (the trimmer would strip every
// Han character as a non-word character). Tokens arrive pre-split as arrays, which lunr takes as they are.
const builder = new lunr.Builder();
builder.ref('ref');
builder.field('title', { boost: 3 });
builder.field('body');
const titles = [];
const lines = createInterface({ input: createReadStream(input, 'utf8'), crlfDelay: Infinity });
for await (const line of lines) {
  if (line.length === 0) {
    continue;
  }
  const document = JSON.parse(line);
  builder.add({ ref: titles.length.toString(36), title: indexTokens(document.title), body: indexTokens(document.text) });
  titles.push([document.url, document.title]);
}

const index = builder.build();
writeFileSync(join(output, 'index.json'), JSON.stringify(index));
writeFileSync(join(output, 'docs.json'), JSON.stringify(titles));
console.log(`indexed ${titles.length} documents`);
