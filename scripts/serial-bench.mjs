#!/usr/bin/env node
// How much of a run is serial: the main thread's busy time (event-loop utilisation) against the
// CPU time of the whole process (every thread), per MB of input, and the speed-up that share
// predicts for 16 jobs (Amdahl: 1 / (s + (1 - s) / 16)), on any machine.
//
// Usage (after npm run build): node scripts/serial-bench.mjs [CORPUS.jsonl ...] [--jobs N] [-- extract flags]
// Default corpus: ../shared/corpus/bbc.jsonl and reuters21578.jsonl; default --jobs 2; each run
// is `extract CORPUS -f ndjson -q --jobs N` with and without --no-summary.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const jobsAt = args.indexOf('--jobs');
const jobs = jobsAt >= 0 ? args[jobsAt + 1] : '2';
const files = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '--jobs');
const corpus = files.length ? files : ['bbc.jsonl', 'reuters21578.jsonl'].map((f) => join(root, '..', 'shared', 'corpus', f));
for (const f of corpus) if (!existsSync(f)) throw new Error(`${f} not found`);
const dir = mkdtempSync(join(tmpdir(), 'serial-bench-'));
const input = join(dir, 'corpus.jsonl');
writeFileSync(input, corpus.map((f) => readFileSync(f, 'utf8').trimEnd() + '\n').join(''));
const mb = statSync(input).size / 1e6;
console.log(`serial-bench: ${mb.toFixed(1)} MB, --jobs ${jobs}`);
for (const flags of [['--no-summary'], []]) {
  const report = join(dir, 'elu.json');
  execFileSync(process.execPath, ['--import', join(root, 'scripts', 'lib', 'elu-report.mjs'), join(root, 'bin', 'extract.js'), input, '-f', 'ndjson', '-q', '--jobs', jobs, ...flags], {
    env: { ...process.env, EXTRACT_ELU_FILE: report },
    stdio: ['ignore', 'ignore', 'inherit'],
    maxBuffer: 1 << 30,
  });
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const amdahl = (s) => 1 / (s + (1 - s) / 16);
  const s = r.mainActiveMs / r.cpuMs;
  console.log(
    `  ${(flags.join(' ') || 'with the summary').padEnd(17)} wall ${(r.wallMs / 1000).toFixed(1)} s; main thread busy ${(r.mainActiveMs / 1000).toFixed(2)} s ` +
      `(${(r.mainActiveMs / 1000 / mb).toFixed(3)} s/MB) of ${(r.cpuMs / 1000).toFixed(1)} s CPU (${(r.cpuMs / 1000 / mb).toFixed(2)} s/MB); ` +
      `serial share ${(100 * s).toFixed(1)}% -> predicted 16-job speed-up ${amdahl(s).toFixed(1)}x`,
  );
  // Busy time is wall time: where threads outnumber cores the main thread waits for a core while
  // "busy", so its own CPU time is the closer measure of the serial work (where /proc has it).
  if (r.mainCpuMs !== null && r.mainCpuMs !== undefined) {
    const c = r.mainCpuMs / r.cpuMs;
    console.log(
      `  ${''.padEnd(17)} main thread CPU ${(r.mainCpuMs / 1000).toFixed(2)} s (${(r.mainCpuMs / 1000 / mb).toFixed(3)} s/MB); ` +
        `serial share by CPU ${(100 * c).toFixed(1)}% -> predicted 16-job speed-up ${amdahl(c).toFixed(1)}x`,
    );
  }
}
