#!/usr/bin/env node
/**
 * node scripts/scaling-probe.mjs [--rounds 3] [--only arithmetic|allocation|extract]
 *
 * How well does this machine run two threads at once? For three workloads, one worker thread does
 * a fixed amount of work alone, then two worker threads each do the same amount side by side; the
 * scaling is the two-thread throughput over the one-thread throughput (2.0 = perfect on two cores).
 *   - arithmetic: an integer loop, no allocation (what the cores can do);
 *   - allocation: tokenising news text with a regex into small objects and strings, then dropping
 *     them (what V8's allocator, garbage collector and the memory system can do);
 *   - extract: the library's extract() over the seeds (what this tool does).
 * The process's CPU time over the wall time shows how many cores one thread's work already keeps
 * busy (V8 compiles and collects garbage on background threads). The ceiling for `--jobs 2` over `--jobs 1`
 * is the scaling of the extract workload. Needs dist/ (npm run build).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

if (!isMainThread) {
  const { kind, size } = workerData;
  const seeds = readdirSync(join(root, 'seeds')).sort().map((f) => readFileSync(join(root, 'seeds', f), 'utf8'));
  const { extract } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
  const work = {
    arithmetic() {
      let x = 2463534242;
      for (let i = 0; i < size * 1.2e9; i++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
      }
      return x;
    },
    allocation() {
      let n = 0;
      for (let r = 0; r < size * 1500; r++) {
        for (const text of seeds) {
          const toks = [];
          for (const m of text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)) toks.push({ start: m.index, text: m[0].toLowerCase() });
          n += toks.length;
        }
      }
      return n;
    },
    extract() {
      let n = 0;
      for (let r = 0; r < size * 40; r++) for (const text of seeds) n += extract(text, { referenceDate: '2024-10-29' }).numbers.length;
      return n;
    },
  }[kind];
  work.call(null); // warm-up (JIT, data loading) outside the timed part
  parentPort.postMessage('ready');
  parentPort.once('message', () => {
    const t0 = performance.now();
    work.call(null);
    parentPort.postMessage({ ms: performance.now() - t0 });
  });
} else {
  const args = process.argv.slice(2);
  const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 3;

  /** Starts `threads` workers, waits until all are warm, starts them together; wall ms and per-thread results. */
  async function run(kind, threads) {
    const workers = Array.from({ length: threads }, () => new Worker(fileURLToPath(import.meta.url), { workerData: { kind, size: 1 } }));
    await Promise.all(workers.map((w) => new Promise((res) => w.once('message', res))));
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const results = await Promise.all(
      workers.map((w) => {
        const p = new Promise((res) => w.once('message', res));
        w.postMessage('go');
        return p;
      }),
    );
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    await Promise.all(workers.map((w) => w.terminate()));
    return { wall, results, processCpuMs: (cpu.user + cpu.system) / 1000 };
  }

  console.log('| workload | 1 thread: wall | cores busy | 2 threads: wall | cores busy | scaling per round |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
  for (const kind of ['arithmetic', 'allocation', 'extract'].filter((k) => !only || k === only)) {
    const scalings = [];
    let last;
    for (let r = 0; r < rounds; r++) {
      const one = await run(kind, 1);
      const two = await run(kind, 2);
      scalings.push((2 * one.wall) / two.wall);
      last = { one, two };
    }
    const { one, two } = last;
    const s = (x) => (x / 1000).toFixed(2);
    const busy = (x) => (x.processCpuMs / x.wall).toFixed(2);
    console.log(`| ${kind} | ${s(one.wall)} s | ${busy(one)} | ${s(two.wall)} s | ${busy(two)} | ${scalings.map((x) => x.toFixed(2)).join(', ')}x |`);
  }
}
