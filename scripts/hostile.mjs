#!/usr/bin/env node
/**
 * npm run hostile [-- --kb 1024]
 *
 * Times the full extraction (library, this thread) of each hostile sample in scripts/hostile-samples.mjs
 * against ordinary news text of the same size (the seeds, repeated), in this one run, and checks
 * that each takes no more than 3x the news text and grows linearly (the same sample at half the
 * size takes about half the time). Exits 1 when a sample is over the bound. A sample over it is
 * timed up to twice more, the news beside it again (the slower news time counts): a busy moment
 * on the machine must not fail it, a sample that is really slow still does. test/robustness.test.ts
 * runs it at 128 KB in a process of its own, as the CLI runs: a long test run's heap and compiled
 * state are not what users see.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { HOSTILE, ordinaryNews } from './hostile-samples.mjs';

// The CLI's V8 flag (src/run/start.ts): without it, V8 now and then leaves the date rules' regexes
// interpreted for a whole process, and the dates stage runs 2-3x slower than in the next process.
setFlagsFromString('--no-regexp-tier-up');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist', 'index.js'))) {
  process.stderr.write('hostile: dist/ is missing: run `npm run build` first (npm run hostile does).\n');
  process.exit(2);
}
const { extract } = await import(join(root, 'dist', 'index.js'));
const args = process.argv.slice(2);
const kbAt = args.indexOf('--kb');
const bytes = (kbAt >= 0 ? Number(args[kbAt + 1]) : 1024) * 1024;
const BOUND = 3;

/** Seconds for one extraction of `text` (the best of `runs`). */
function seconds(text, runs = 1) {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    extract(text, { referenceDate: '2024-10-29' });
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return best;
}

const news = ordinaryNews(root, bytes);
seconds(ordinaryNews(root, 64 * 1024)); // warm up: data loaded, code compiled
let newsS = seconds(news);
console.log(`ordinary news text (the seeds, repeated): ${(Buffer.byteLength(news) / 1e6).toFixed(2)} MB in ${newsS.toFixed(2)} s\n`);
console.log('| sample | size | time | vs news | half size | growth (x2 size) |');
console.log('| --- | --- | --- | --- | --- | --- |');
let over = 0;
for (const [name, make] of Object.entries(HOSTILE)) {
  const text = make(bytes, news);
  let s = seconds(text);
  for (let i = 0; i < 2 && s > BOUND * newsS; i++) {
    newsS = Math.max(newsS, seconds(news));
    s = Math.min(s, seconds(text));
  }
  const half = seconds(make(bytes / 2, news));
  const ratio = s / newsS;
  if (ratio > BOUND) over++;
  console.log(`| ${name} | ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB | ${s.toFixed(2)} s | ${ratio.toFixed(2)}x${ratio > BOUND ? ' (over)' : ''} | ${half.toFixed(2)} s | ${(s / half).toFixed(2)} |`);
}
console.log(`\n${over === 0 ? 'every sample' : `${over} sample(s) not`} within ${BOUND}x of ordinary news text`);
process.exitCode = over === 0 ? 0 : 1;
