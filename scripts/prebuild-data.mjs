// Writes dist/data/prebuilt.v8: the parsed, validated and derived forms of the data files (word
// lists, tables, the gazetteer trie, GeoNames' line index, each extractor's lexicon and patterns),
// so that a cold start deserialises them instead of building them (lexicon.loadOrBuild). Run by
// `npm run build` after tsc and copy-data; a data file that a loader reads and that does not
// validate fails the build (test/data.test.ts reads every file and every GeoNames row).
//
// What gets recorded is whatever the extractors ask for: recordPrebuilt (src/run/prebuild.ts) runs the
// compiled library on the sample articles in seeds/ (with each date style, with and without a
// reference date) and summarises them, so every loader they reach is built once and stored. A loader it did not reach
// still works at run time: it is built from the data files (test/prebuilt.test.ts checks the seeds
// need nothing outside the file).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { PREBUILT_FILE } = await import(pathToFileURL(join(root, 'dist', 'lexicon.js')).href);
const { recordPrebuilt } = await import(pathToFileURL(join(root, 'dist', 'run', 'prebuild.js')).href);

const seeds = join(root, 'seeds');
const texts = readdirSync(seeds)
  .sort()
  .map((f) => ({ id: f, text: readFileSync(join(seeds, f), 'utf8') }));
const bytes = recordPrebuilt(texts);
const out = join(root, 'dist', 'data', PREBUILT_FILE);
writeFileSync(out, bytes);
console.log(`prebuilt data: ${(bytes.length / 1e6).toFixed(2)} MB -> ${out}`);
