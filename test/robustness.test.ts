/**
 * Robustness (issue 9): hostile text runs in time linear in its size and close to ordinary news,
 * line ends of every kind keep offsets right, many files and large files lose nothing, YAML of
 * hostile strings parses back, and an interrupted --out run leaves no half-written file.
 * The 1 MB timing table is scripts/hostile.mjs (npm run hostile); here the same script runs at
 * 128 KB, in a process of its own, and every sample's facts are checked in this one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
// @ts-expect-error: a plain .mjs module shared with scripts/hostile.mjs
import { HOSTILE, ordinaryNews } from '../scripts/hostile-samples.mjs';
import { extract } from '../src/extract.js';
import { emptyPartial, mergePartials } from '../src/summary/summary.js';
import { readInputs } from '../src/io/input.js';
import { toYaml } from '../src/output/serialize.js';
import type { DocResult } from '../src/types.js';
import { BIN, invariantViolations, ROOT, runCli, schemaErrors, tempDir } from './helpers.js';

type Sample = (bytes: number, news: string) => string;
const SAMPLES = HOSTILE as Record<string, Sample>;
const BYTES = 128 * 1024;

describe('hostile text', () => {
  // Timed in a process of its own on the built library, as npm run hostile times it (at 1 MB) and
  // as the CLI runs: inside a long test run, the heap and the compiled state of ~600 regular
  // expressions after hundreds of other tests made number-dense samples ("1,1,1,…") 3x slower than
  // in any fresh process, so the bound failed on the runner, not on the code.
  it('every sample runs within 3x of ordinary news text of the same size (scripts/hostile.mjs at 128 KB)', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'hostile.mjs'), '--kb', String(BYTES / 1024)], { encoding: 'utf8' });
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
    expect(r.stdout).toMatch(/every sample within 3x/);
  }, 120_000);

  const news = ordinaryNews(ROOT, BYTES) as string;
  for (const [name, make] of Object.entries(SAMPLES)) {
    it(`${name}: facts intact`, () => {
      const text = make(BYTES, news);
      expect(invariantViolations(text, extract(text, { id: 'h', referenceDate: '2024-10-29' }))).toEqual([]);
    });
  }
});

describe('no size limit from the call stack', () => {
  // a.push(...b) passes b's items as arguments: past ~120,000 it threw, and the numbers of the
  // whole document were lost to an "internal error" (src/arrays.ts).
  it('a paragraph of 150,000 numbers keeps every one', () => {
    const doc = extract('7,'.repeat(150_000), { id: 'n', only: ['numbers'] });
    expect(doc.numbers.length).toBe(150_000);
  });

  it('merging a summary share of 200,000 documents keeps every id', () => {
    const big = emptyPartial();
    for (let i = 0; i < 200_000; i++) big.ids.push(`d${i}`);
    expect(mergePartials(emptyPartial(), big).ids.length).toBe(200_000);
  });
});

describe('line ends', () => {
  const lf = 'Officials in Paris said on Monday that 2,500 workers walked out.\n“We will not back down,” said Jane Roe.\nPrices rose 3.2% in March.\n';

  it('lone CR gives the facts of LF at the same offsets', () => {
    const a = extract(lf, { id: 'd', referenceDate: '2024-10-29' });
    const b = extract(lf.replace(/\n/g, '\r'), { id: 'd', referenceDate: '2024-10-29' });
    expect(b).toEqual(a);
  });

  it('CRLF gives the facts of LF, each an exact slice of the CRLF text', () => {
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = extract(lf, { id: 'd', referenceDate: '2024-10-29' });
    const b = extract(crlf, { id: 'd', referenceDate: '2024-10-29' });
    expect(invariantViolations(crlf, b)).toEqual([]);
    const strip = (d: DocResult) => JSON.stringify(d, (k, v: unknown) => (['start', 'end', 'sentence'].includes(k) ? undefined : v));
    expect(strip(b)).toEqual(strip(a));
    expect(b.quotes[0]!.speaker?.name).toBe('Jane Roe');
  });
});

describe('many and large inputs', () => {
  it('a folder of 10,000 small files: 10,000 documents out, in sorted order', () => {
    const dir = tempDir('extract-many-');
    const names: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const name = `f${String(i).padStart(5, '0')}`;
      names.push(name);
      writeFileSync(join(dir, `${name}.txt`), `Item ${i}: about ${i + 1} people met in Leeds on Monday.`);
    }
    const r = runCli([dir, '-f', 'ndjson', '--no-summary', '--only', 'numbers', '--jobs', '1']);
    expect(r.code, r.stderr).toBe(0);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as DocResult);
    expect(docs.map((d) => d.id)).toEqual(names);
    expect(docs.every((d, i) => d.numbers.some((n) => n.value === i + 1 && n.approximate))).toBe(true);
  }, 60_000);

  it('a single 50 MB file is read whole and extracted as one document', async () => {
    const dir = tempDir('extract-large-');
    const file = join(dir, 'big.txt');
    const line = 'Nothing to find in this line of filler text whatsoever, just words and more words here.\n';
    const text = `It started on 3 May 2024.\n${line.repeat(Math.ceil((50 * 1024 * 1024) / line.length))}It ended on 9 June 2024.`;
    writeFileSync(file, text);
    const events = [];
    for await (const ev of readInputs([file])) events.push(ev);
    expect(events).toHaveLength(1);
    const ev = events[0]!;
    expect(ev.type).toBe('document');
    if (ev.type !== 'document') return;
    expect(ev.input.text.length).toBe(text.length);
    // dates only, to keep npm test short: the whole pipeline on 50 MB takes minutes (npm run hostile times it per MB)
    const doc = extract(ev.input.text, { id: 'big', only: ['dates'] });
    expect(doc.dates.map((d) => d.value)).toEqual(['2024-05-03', '2024-06-09']);
    expect(doc.dates[1]!.start).toBe(text.length - '9 June 2024.'.length);
  }, 60_000);
});

describe('output safety', () => {
  const hostile = [
    'null', '~', 'yes', 'no', 'true', '0x1F', '1e3', '- item', '? key', ': colon', '#comment', '&anchor', '*alias', '!tag',
    '%YAML 1.2', '---', '...', '"quoted"', "'single'", '|', '>', '{a: 1}', '[1, 2]', 'a: b', 'tab\there', 'line\nbreak',
    'crlf\r\nend', '\u0000nul', '\u0085nel', '\u2028ls', '\uFEFFbom', ' leading', 'trailing ', '\uD800lone', 'é\u0301', '𝟙',
  ];

  it('YAML of hostile strings parses back to the same data', () => {
    const data = { documents: hostile.map((s, i) => ({ id: s, text: s, n: i, list: [s, { [s]: s }] })) };
    expect(YAML.parse(toYaml(data))).toEqual(data);
  });

  it('the CLI\'s -f yaml of hostile ids and texts parses back to its -f json', () => {
    const input = hostile.map((s, i) => JSON.stringify({ id: `${s}-${i}`, text: `${s} said “${s}” in Paris on ${i + 1} May.` })).join('\n');
    const json = runCli(['-', '-f', 'json', '--reference-date', '2024-10-29'], { input });
    const yaml = runCli(['-', '-f', 'yaml', '--reference-date', '2024-10-29'], { input });
    expect(json.code, json.stderr).toBe(0);
    expect(yaml.code, yaml.stderr).toBe(0);
    const parsed = YAML.parse(yaml.stdout) as unknown;
    expect(parsed).toEqual(JSON.parse(json.stdout));
    expect(schemaErrors(parsed)).toEqual([]);
  });

  it('an interrupted --out run leaves only whole files (SIGINT, SIGTERM)', async () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const out = tempDir('extract-interrupt-');
      const dir = join(out, 'in');
      mkdirSync(dir);
      const body = readFileSync(join(ROOT, 'seeds', readdirSync(join(ROOT, 'seeds')).sort()[0]!), 'utf8');
      for (let i = 0; i < 400; i++) writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.txt`), body);
      const target = join(out, 'out');
      const child = spawn(process.execPath, [BIN, dir, '-o', target, '-f', 'json', '--jobs', '1'], { stdio: 'ignore' });
      const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
      // Interrupt once some files are out, while the run is still writing.
      for (let t = 0; t < 200 && !(existsSync(target) && readdirSync(target).length >= 3); t++) await new Promise((r) => setTimeout(r, 50));
      child.kill(signal);
      const code = await exited;
      expect(code, signal).toBe(signal === 'SIGINT' ? 130 : 143);
      const files = readdirSync(target);
      expect(files.length).toBeGreaterThanOrEqual(3);
      expect(files.length).toBeLessThan(401); // it was interrupted before the end
      expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
      for (const f of files) expect(() => JSON.parse(readFileSync(join(target, f), 'utf8')), f).not.toThrow();
    }
  }, 60_000);
});
