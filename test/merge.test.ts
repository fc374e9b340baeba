/**
 * `extract merge`, the reduce step: the summary of any split of a corpus, run separately and
 * merged, equals the summary of one run; documents come out once each. Also the one-machine
 * map/reduce recipe of the README, run for real: xargs -P 2 over the files, then merge.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocResult } from '../src/types.js';
import { BIN, ROOT, rng, runCli, SEEDS, tempDir } from './helpers.js';

const REF = ['--reference-date', '2024-10-29'];
const seedPaths = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => join('seeds', f));
const EVAL = join(ROOT, '..', 'shared', 'eval', 'conll2003-dev.jsonl');

interface Out {
  documents: DocResult[];
  summary: unknown;
}
const parse = (s: string) => JSON.parse(s) as Out;
const byId = (docs: DocResult[]) => [...docs].sort((a, b) => (a.id < b.id ? -1 : 1));

/** A corpus of the seeds plus (when ../shared is there) 9 Reuters documents as JSON Lines files of 3. */
function corpus(dir: string): string[] {
  const paths = [...seedPaths];
  if (existsSync(EVAL)) {
    const lines = readFileSync(EVAL, 'utf8').split('\n').filter(Boolean).slice(0, 9);
    for (let i = 0; i < lines.length; i += 3) {
      const f = join(dir, `reuters-${i / 3}.jsonl`);
      writeFileSync(f, lines.slice(i, i + 3).map((l) => { const r = JSON.parse(l) as { id: string; text: string }; return JSON.stringify({ id: r.id, text: r.text, date: '1996-08-30' }); }).join('\n') + '\n');
      paths.push(f);
    }
  }
  return paths;
}

describe('extract merge', () => {
  const dir = tempDir();
  const paths = corpus(dir);
  const single = parse(runCli([...paths, ...REF, '-f', 'json']).stdout);

  it('any split, in any format, merges to the single run (2 random splits)', () => {
    const formats = [['-f', 'json'], ['-f', 'ndjson'], ['-f', 'yaml'], ['-o', 'OUT', '-f', 'json'], ['-o', 'OUT', '-f', 'yaml']];
    for (let seed = 1; seed <= 2; seed++) {
      const rand = rng(seed);
      const shuffled = [...paths].sort(() => rand() - 0.5);
      const parts: string[][] = [];
      for (const p of shuffled) {
        if (parts.length === 0 || rand() < 0.4) parts.push([]);
        parts[parts.length - 1]!.push(p);
      }
      const results = parts.map((part, i) => {
        const fmt = formats[Math.floor(rand() * formats.length)]!;
        if (fmt[0] === '-o') {
          const out = join(dir, `s${seed}-${i}`);
          expect(runCli([...part, ...REF, '-o', out, fmt[2]!, fmt[3]!]).code).toBe(0);
          return out;
        }
        const file = join(dir, `s${seed}-${i}.${fmt[1] === 'ndjson' ? 'ndjson' : fmt[1]}`);
        const r = runCli([...part, ...REF, ...fmt]);
        expect(r.code, r.stderr).toBe(0);
        writeFileSync(file, r.stdout);
        return file;
      });
      const merged = runCli(['merge', ...results.sort(() => rand() - 0.5), '-f', 'json']);
      expect(merged.code, merged.stderr).toBe(0);
      const m = parse(merged.stdout);
      expect(m.summary, `seed ${seed}: ${parts.length} parts`).toEqual(single.summary);
      expect(byId(m.documents)).toEqual(byId(single.documents));
    }
  }, 120_000);

  it('reads back what --only wrote: the kinds left out stay out, and the summary is the one run\'s', () => {
    const dir = tempDir();
    const only = ['--only', 'numbers,quotes', ...REF, '--no-summary'];
    writeFileSync(join(dir, 'a.ndjson'), runCli([...seedPaths.slice(0, 2), '-f', 'ndjson', ...only]).stdout);
    writeFileSync(join(dir, 'b.json'), runCli([...seedPaths.slice(2), '-f', 'json', ...only]).stdout);
    const merged = runCli(['merge', join(dir, 'a.ndjson'), join(dir, 'b.json'), '-f', 'json']);
    expect(merged.code, merged.stderr).toBe(0);
    const out = parse(merged.stdout);
    expect(out.documents).toHaveLength(seedPaths.length);
    for (const d of out.documents) expect(Object.keys(d).filter((k) => ['numbers', 'dates', 'places', 'quotes'].includes(k))).toEqual(['numbers', 'quotes']);
    const one = parse(runCli([...seedPaths, '-f', 'json', '--only', 'numbers,quotes', ...REF]).stdout);
    expect(out.summary).toEqual(one.summary);
  });

  it('merges merges (a reduce over reduces)', () => {
    const half = Math.ceil(paths.length / 2);
    const files = [paths.slice(0, 2), paths.slice(2, half), paths.slice(half)].map((part, i) => {
      const f = join(dir, `tree-${i}.json`);
      writeFileSync(f, runCli([...part, ...REF, '-f', 'json']).stdout);
      return f;
    });
    const left = join(dir, 'left.json');
    writeFileSync(left, runCli(['merge', files[0]!, files[1]!, '-f', 'json']).stdout);
    expect(parse(runCli(['merge', left, files[2]!, '-f', 'json']).stdout).summary).toEqual(single.summary);
  });

  it('keeps failed inputs of the runs in the summary', () => {
    const f = join(dir, 'with-failure.json');
    writeFileSync(f, runCli([seedPaths[0]!, join(dir, 'missing.txt'), '-f', 'json']).stdout);
    const m = parse(runCli(['merge', f, '-f', 'json']).stdout) as { summary: { documents: { failed: unknown[] } } };
    expect(m.summary.documents.failed).toHaveLength(1);
  });

  it('reports a document given twice and a file that is not a result, and exits 1', () => {
    const f = join(dir, 'one.json');
    writeFileSync(f, runCli([seedPaths[0]!, '-f', 'json']).stdout);
    const junk = join(dir, 'junk.json');
    writeFileSync(junk, '{"hello": 1}');
    const r = runCli(['merge', f, f, junk, '-f', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is also in');
    expect(r.stderr).toContain(`${junk}: holds no extract results`);
    expect(parse(r.stdout).documents).toHaveLength(1);
  });
});

describe('Hadoop/Spark-style map output', () => {
  it('reads part-NNNNN files of JSON Lines from standard-input maps, skipping _SUCCESS', () => {
    const out = tempDir();
    const records = seedPaths.map((p) => JSON.stringify({ id: p.replace(/^seeds\/|\.txt$/g, ''), text: readFileSync(join(ROOT, p), 'utf8'), date: '2024-10-29' }));
    writeFileSync(join(out, 'part-00000'), runCli(['-', '-f', 'ndjson', '--no-summary'], { input: records.slice(0, 2).join('\n') }).stdout);
    writeFileSync(join(out, 'part-00001'), runCli(['-', '-f', 'ndjson', '--no-summary'], { input: records.slice(2).join('\n') }).stdout);
    writeFileSync(join(out, '_SUCCESS'), '');
    const merged = runCli(['merge', out, '-f', 'json']);
    expect(merged.code, merged.stderr).toBe(0);
    const single = parse(runCli(['seeds/', ...REF, '-f', 'json']).stdout) as { summary: { documents: unknown } } & Out;
    const m = parse(merged.stdout);
    expect(m.documents).toHaveLength(seedPaths.length);
    expect(m.summary).toEqual(single.summary);
  });
});

describe('one machine, two processes (the README recipe)', () => {
  it('xargs -P 2 over the files, then merge, equals one run', () => {
    const out = tempDir();
    mkdirSync(join(out, 'parts'));
    const list = seedPaths.join('\n') + '\n';
    const map = spawnSync(
      'sh',
      ['-c', `xargs -n 2 -P 2 sh -c 'node "$0" "$@" --reference-date 2024-10-29 -f ndjson > "${join(out, 'parts')}/part-$$.ndjson"' "${BIN}"`],
      { cwd: ROOT, input: list, encoding: 'utf8' },
    );
    expect(map.status, map.stderr).toBe(0);
    expect(readdirSync(join(out, 'parts'))).toHaveLength(3);
    const merged = runCli(['merge', join(out, 'parts'), '-f', 'json']);
    expect(merged.code, merged.stderr).toBe(0);
    const single = parse(runCli(['seeds/', ...REF, '-f', 'json']).stdout);
    expect(parse(merged.stdout).summary).toEqual(single.summary);
  });
});
