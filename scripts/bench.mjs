#!/usr/bin/env node
/**
 * npm run bench [-- --mb 20] [--skip-cli] [--memory] [--startup-only]
 *
 * Builds a corpus of real news text (the seeds and every text in ../shared/eval, repeated until it
 * reaches --mb megabytes of UTF-8), then measures, in this one run:
 *   1. the library's full extraction, single thread: MB/s, documents/s, words/s, time per stage;
 *   2. compromise's bare nlp() parse of the same corpus, paragraph by paragraph (the floor any
 *      compromise-based pipeline pays), and the ratio of the two;
 *   3. the CLI end to end (`extract corpus.jsonl -f ndjson`) with --jobs 1 and --jobs 2: wall
 *      time, throughput, peak RSS, and the speed-up of two jobs;
 *   4. with --memory: peak RSS of the CLI (-f json, --jobs 2) on a 10 MB and a 100 MB corpus;
 *   5. start-up: `extract seeds/000_*.txt` end to end, process start included, 20 times (min,
 *      median, 90th percentile); --startup-only measures just this.
 * Peak RSS of a child process is read by a small --import hook (scripts/bench-rss.mjs).
 * Run it on a quiet machine: other load skews every figure.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const targetMb = value('--mb', 20);

if (!existsSync(join(root, 'dist', 'index.js'))) fail('dist/ is missing: run `npm run build` first (npm run bench does).');
if (!existsSync(join(shared, 'eval'))) fail(`${join(shared, 'eval')} not found: the benchmark corpus is built from ../shared (seeds and eval sets).`);


/** The base texts: seeds (with their reference dates) and every eval record's text. */
function baseDocuments() {
  const docs = [];
  const seedDates = new Map();
  const seedsJsonl = join(shared, 'seeds.jsonl');
  if (existsSync(seedsJsonl)) {
    for (const line of readFileSync(seedsJsonl, 'utf8').split('\n').filter(Boolean)) {
      const r = JSON.parse(line);
      docs.push({ id: `seed-${r.id}`, text: r.text, date: r.date ?? null });
      seedDates.set(r.id, r.date);
    }
  } else {
    for (const f of readdirSync(join(root, 'seeds')).sort()) docs.push({ id: `seed-${f}`, text: readFileSync(join(root, 'seeds', f), 'utf8'), date: '2024-10-29' });
  }
  for (const f of readdirSync(join(shared, 'eval')).filter((x) => x.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(shared, 'eval', f), 'utf8').split('\n').filter(Boolean)) {
      const r = JSON.parse(line);
      const text = r.text ?? r.input;
      if (typeof text !== 'string' || text.trim() === '') continue;
      const date = (r.dct ?? r.reference_datetime ?? '').slice(0, 10) || null;
      docs.push({ id: `${f.replace(/\.jsonl$/, '')}-${r.id}`, text, date });
    }
  }
  return docs;
}

/** The base documents repeated (ids suffixed) until the corpus holds `mb` megabytes. */
function corpus(mb) {
  const base = baseDocuments();
  const out = [];
  let bytes = 0;
  for (let round = 1; bytes < mb * 1e6; round++) {
    for (const d of base) {
      out.push({ id: `${d.id}#${round}`, text: d.text, date: d.date });
      bytes += Buffer.byteLength(d.text);
    }
  }
  return { docs: out, bytes, words: out.reduce((n, d) => n + countWords(d.text), 0) };
}

function countWords(text) {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n++;
  return n;
}

function writeCorpus(docs, file) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, docs.map((d) => JSON.stringify({ id: d.id, text: d.text, date: d.date })).join('\n') + '\n');
  return file;
}

/** Runs the CLI on `file` and resolves to its wall time and peak RSS. */
function runCli(file, extra) {
  return new Promise((res, rej) => {
    const rssFile = join(tmpdir(), `extract-bench-rss-${process.pid}-${Date.now()}.json`);
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', join(root, 'scripts', 'bench-rss.mjs'), join(root, 'bin', 'extract.js'), file, '-q', ...extra], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, EXTRACT_BENCH_RSS: rssFile },
    });
    child.on('error', rej);
    child.on('exit', (code) => {
      const ms = performance.now() - t0;
      if (code !== 0) return rej(new Error(`extract exited with ${code}`));
      res({ ms, rssMb: JSON.parse(readFileSync(rssFile, 'utf8')).maxRssKb / 1024 });
    });
  });
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1000);
const f1 = (x) => x.toFixed(1);
const f2 = (x) => x.toFixed(2);
const int = (x) => Math.round(x).toLocaleString('en-US');

/** Wall times (ms) of `extract <first seed>` from spawn to exit, `runs` times, sorted. */
function startupTimes(runs) {
  const seed = join(root, 'seeds', readdirSync(join(root, 'seeds')).sort()[0]);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [join(root, 'bin', 'extract.js'), seed, '--reference-date', '2024-10-29'], { stdio: ['ignore', 'pipe', 'inherit'] });
    times.push(performance.now() - t);
    if (r.status !== 0) fail(`extract ${seed} exited with ${r.status}`);
  }
  return times.sort((a, b) => a - b);
}

function reportStartup() {
  const t = startupTimes(20);
  const at = (q) => t[Math.min(t.length - 1, Math.floor(q * t.length))];
  console.log('| start-up: one small file (seeds/000), process start included, 20 runs | min | median | 90th percentile |');
  console.log('| --- | --- | --- | --- |');
  console.log(`| \`extract seeds/000_*.txt\` | ${Math.round(t[0])} ms | ${Math.round(at(0.5))} ms | ${Math.round(at(0.9))} ms |`);
  console.log(`\nstart-up median: ${Math.round(at(0.5))} ms (target < 400 ms)`);
}

// First, while this process is small: a big parent makes every spawn slower.
reportStartup();
if (flag('--startup-only')) process.exit(0);
console.log('');

// The library is measured under the CLI's V8 flag (src/run/start.ts): without it, V8 now and then
// leaves the date rules' regexes interpreted for a whole process (the dates stage 2-3x slower).
setFlagsFromString('--no-regexp-tier-up');
const { extract } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const { default: nlp } = await import('compromise');

const { docs, bytes, words } = corpus(targetMb);
console.log(`corpus: ${int(docs.length)} documents, ${f1(bytes / 1e6)} MB, ${int(words)} words (seeds + ../shared/eval texts, repeated)`);
console.log(`machine: ${availableParallelism()} cores, node ${process.version}\n`);

// Warm both up on the same small slice first, so neither pays the JIT alone.
for (const d of docs.slice(0, 50)) {
  extract(d.text, { referenceDate: d.date });
  for (const p of d.text.split(/\r\n|\r|\n/)) if (p.trim()) nlp(p);
}

// 1. Full extraction, this thread.
const stages = new Map();
const time = (stage, ms) => stages.set(stage, (stages.get(stage) ?? 0) + ms);
let t0 = performance.now();
for (const d of docs) extract(d.text, { id: d.id, referenceDate: d.date }, { time });
const extractMs = performance.now() - t0;
const extractRssMb = process.resourceUsage().maxRSS / 1024;

// 2. compromise's bare parse, paragraph by paragraph.
t0 = performance.now();
for (const d of docs) for (const p of d.text.split(/\r\n|\r|\n/)) if (p.trim()) nlp(p);
const bareMs = performance.now() - t0;

console.log('| run | time | MB/s | documents/s | words/s | peak RSS |');
console.log('| --- | --- | --- | --- | --- | --- |');
const row = (name, ms, rss) =>
  console.log(`| ${name} | ${f1(ms / 1000)} s | ${f2(mbps(bytes, ms))} | ${int(docs.length / (ms / 1000))} | ${int(words / (ms / 1000))} | ${rss === null ? '-' : `${int(rss)} MB`} |`);
row('extract() in one thread (library)', extractMs, extractRssMb);
row("compromise's bare nlp() per paragraph", bareMs, null);

let cli = null;
if (!flag('--skip-cli')) {
  const file = writeCorpus(docs, join(tmpdir(), `extract-bench-${targetMb}mb.jsonl`));
  const one = await runCli(file, ['-f', 'ndjson', '--jobs', '1']);
  const two = await runCli(file, ['-f', 'ndjson', '--jobs', '2']);
  row('CLI, -f ndjson, --jobs 1', one.ms, one.rssMb);
  row('CLI, -f ndjson, --jobs 2', two.ms, two.rssMb);
  cli = { one, two };
}

console.log(`\nfull extraction vs bare compromise parse: ${f2(bareMs / extractMs)}x (target >= 9)`);
console.log(`library in one thread: ${int(words / (extractMs / 1000))} words/s (target >= 100,000)`);
if (cli) console.log(`--jobs 2 vs --jobs 1 (CLI): ${f2(cli.one.ms / cli.two.ms)}x (target >= 1: on a machine whose two cores are real, about 2)`);

console.log('\n| stage | time | share |');
console.log('| --- | --- | --- |');
const order = ['split', 'numbers', 'dates', 'places', 'quotes', 'refiners'];
const stageTotal = order.reduce((n, s) => n + (stages.get(s) ?? 0), 0);
for (const s of order) console.log(`| ${s} | ${f1((stages.get(s) ?? 0) / 1000)} s | ${Math.round((100 * (stages.get(s) ?? 0)) / stageTotal)}% |`);
const parseMs = (stages.get('compromise') ?? 0) + (stages.get('compromise-people') ?? 0);
console.log(`| (of which compromise parses, inside places and quotes) | ${f1(parseMs / 1000)} s | ${Math.round((100 * parseMs) / stageTotal)}% |`);

if (flag('--memory')) {
  console.log('\n| corpus | peak RSS (CLI, -f json, --jobs 2) | time |');
  console.log('| --- | --- | --- |');
  const peaks = [];
  for (const mb of [10, 100]) {
    const c = corpus(mb);
    const file = writeCorpus(c.docs, join(tmpdir(), `extract-bench-${mb}mb.jsonl`));
    c.docs.length = 0;
    const r = await runCli(file, ['-f', 'json', '--jobs', '2']);
    peaks.push(r.rssMb);
    console.log(`| ${f1(c.bytes / 1e6)} MB | ${int(r.rssMb)} MB | ${f1(r.ms / 1000)} s |`);
  }
  console.log(`\npeak RSS 100 MB / 10 MB: ${f2(peaks[1] / peaks[0])}x (target <= 1.3)`);
}
