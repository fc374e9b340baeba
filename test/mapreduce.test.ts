/**
 * The map step as engines run it (Hadoop Streaming, Spark's RDD.pipe, Dask partitions piped to
 * `extract -`): a bad record is one failed record in the output stream, an empty partition is an
 * empty result, failures survive `merge` with or without --no-summary, merge reads parts by content
 * (0.part, JSON Lines in *.json, gzip), and offsets can be Unicode code points. The engine run
 * itself is `npm run engine-test`.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { DocResult } from '../src/types.js';
import { BIN, ROOT, runCli, schemaErrors, tempDir } from './helpers.js';

const rec = (id: string, text: string) => JSON.stringify({ id, text });
const GOOD = [
  rec('a', 'Police in Leeds said 30 people were hurt on Monday.'),
  rec('b', 'The council in York said 12 homes were flooded.'),
  rec('c', '"We will rebuild," said Mayor Anna Reyes in Hull.'),
];
const lines = (out: string) =>
  out
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { type: string; id?: string; source?: string; code?: string; message?: string; summary?: { documents: { failed: unknown[] } } });

describe('a bad record is one failed record, in the output stream', () => {
  it('a first line encoded twice does not turn the partition into one plain-text document', () => {
    const input = [JSON.stringify(GOOD[0]), ...GOOD].join('\n') + '\n';
    const r = runCli(['-', '-f', 'ndjson', '--no-summary'], { input });
    const out = lines(r.stdout);
    expect(out.filter((l) => l.type === 'document').map((l) => l.id)).toEqual(['a', 'b', 'c']);
    const failed = out.filter((l) => l.type === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ source: '-:1', code: 'BAD_JSONL' });
    expect(failed[0]!.message).toMatch(/JSON string/);
    expect(r.code).toBe(1);
  });

  it('a stray header line before the records is a failed record too (auto), and so is any line with --input jsonl', () => {
    const auto = lines(runCli(['-', '-f', 'ndjson', '--no-summary'], { input: ['id\ttext', ...GOOD].join('\n') }).stdout);
    expect(auto.map((l) => l.type)).toEqual(['failed', 'document', 'document', 'document']);
    const told = lines(runCli(['-', '--input', 'jsonl', '-f', 'ndjson', '--no-summary'], { input: 'not json at all\n' }).stdout);
    expect(told.map((l) => l.type)).toEqual(['failed']);
    // Told it is text, a JSON line is text.
    const text = lines(runCli(['-', '--input', 'text', '-f', 'ndjson', '--no-summary'], { input: GOOD.join('\n') }).stdout);
    expect(text.map((l) => [l.type, l.id])).toEqual([['document', 'stdin']]);
  });

  it('a record with an id but no text names its id and line', () => {
    const out = lines(runCli(['-', '-f', 'ndjson', '--no-summary'], { input: [GOOD[0], JSON.stringify({ id: 'x7', body: 'no text' })].join('\n') }).stdout);
    expect(out[1]).toMatchObject({ type: 'failed', source: '-:2' });
    expect(out[1]!.message).toContain('record "x7" has no "text" string');
  });

  it('failed inputs are in the JSON and YAML envelope too, and the envelope validates', () => {
    const input = ['{"id": broken', GOOD[1]].join('\n');
    const json = JSON.parse(runCli(['-', '-f', 'json', '--no-summary'], { input }).stdout) as { documents: DocResult[]; failed: Array<{ source: string }> };
    expect(json.documents.map((d) => d.id)).toEqual(['b']);
    expect(json.failed.map((f) => f.source)).toEqual(['-:1']);
    expect(schemaErrors(json)).toEqual([]);
    const yaml = runCli(['-', '-f', 'yaml', '--no-summary'], { input }).stdout;
    expect(yaml).toMatch(/^failed:\n {2}- source: "?-:1"?/m);
  });
});

describe('an empty partition is an empty result', () => {
  it('empty standard input: exit 0, a note on stderr, an empty result that merges', () => {
    const dir = tempDir();
    for (const [name, format] of [
      ['empty.ndjson', 'ndjson'],
      ['empty.json', 'json'],
    ] as const) {
      const r = runCli(['-', '-f', format], { input: '' });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/note: the input holds no documents/);
      writeFileSync(join(dir, name), r.stdout);
    }
    writeFileSync(join(dir, 'one.ndjson'), runCli(['-', '-f', 'ndjson'], { input: GOOD[0] }).stdout);
    const merged = runCli(['merge', dir, '-f', 'json']);
    expect(merged.code, merged.stderr).toBe(0);
    expect((JSON.parse(merged.stdout) as { documents: DocResult[] }).documents.map((d) => d.id)).toEqual(['a']);
  });

  it('an empty JSON Lines file is no failure', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'part.jsonl'), '');
    const r = runCli([join(dir, 'part.jsonl'), '-f', 'json']);
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('failures survive merge', () => {
  const input = [GOOD[0], '{"id": broken', GOOD[1]].join('\n');
  it.each([['--no-summary'], []])('from NDJSON parts (%s)', (...flags) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'part-00000'), runCli(['-', '-f', 'ndjson', ...flags], { input }).stdout);
    writeFileSync(join(dir, 'part-00001'), runCli(['-', '-f', 'ndjson', ...flags], { input: GOOD[2] }).stdout);
    const merged = JSON.parse(runCli(['merge', dir, '-f', 'json']).stdout) as { failed: unknown[]; summary: { documents: { count: number; failed: Array<{ source: string }> } } };
    expect(merged.summary.documents.count).toBe(3);
    // Listed once, though a part with a summary lists it twice (its own line and its summary).
    expect(merged.summary.documents.failed.map((f) => f.source)).toEqual(['-:2']);
    expect(merged.failed).toHaveLength(1);
  });

  it('from JSON envelopes and --out folders, and through a merge of merges', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), runCli(['-', '-f', 'json', '--no-summary'], { input }).stdout);
    const out = join(dir, 'out');
    runCli(['-', '-o', out, '--no-summary'], { input: [GOOD[2], 'nope'].join('\n') });
    const first = join(dir, 'first.json');
    writeFileSync(first, runCli(['merge', join(dir, 'a.json'), out, '-f', 'json']).stdout);
    const again = JSON.parse(runCli(['merge', first, '-f', 'json']).stdout) as { summary: { documents: { count: number; failed: Array<{ source: string }> } } };
    expect(again.summary.documents.count).toBe(3);
    expect(again.summary.documents.failed.map((f) => f.source).sort()).toEqual(['-:2', '-:2']);
  });
});

describe('merge reads parts by content, not by name', () => {
  it("reads Dask's 0.part, JSON Lines named .json, gzip parts; skips _SUCCESS, .crc and empty parts; says what it read", () => {
    const dir = tempDir();
    const parts = join(dir, 'parts');
    mkdirSync(parts);
    writeFileSync(join(parts, '0.part'), runCli(['-', '-f', 'ndjson', '--no-summary'], { input: GOOD[0] }).stdout);
    writeFileSync(join(parts, '1.json'), runCli(['-', '-f', 'ndjson', '--no-summary'], { input: GOOD[1] }).stdout);
    writeFileSync(join(parts, '2.part.gz'), gzipSync(runCli(['-', '-f', 'ndjson', '--no-summary'], { input: GOOD[2] }).stdout));
    writeFileSync(join(parts, '3.part'), '');
    writeFileSync(join(parts, '_SUCCESS'), '');
    writeFileSync(join(parts, '.0.part.crc'), 'crc bytes');
    const merged = runCli(['merge', parts, '-f', 'json']);
    expect(merged.code, merged.stderr).toBe(0);
    expect((JSON.parse(merged.stdout) as { documents: DocResult[] }).documents.map((d) => d.id)).toEqual(['a', 'b', 'c']);
    expect(merged.stderr).toMatch(/merge read 3 documents and 0 failed inputs from 3 files \(and 1 empty file\)/);
    const single = JSON.parse(runCli(['-', '-f', 'json'], { input: GOOD.join('\n') }).stdout) as { summary: unknown };
    expect((JSON.parse(merged.stdout) as { summary: unknown }).summary).toEqual(single.summary);
  });

  it('exits 1 when it read no documents: an empty folder, or files of another tool', () => {
    const dir = tempDir();
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const r = runCli(['merge', empty, '-f', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/read no documents/);
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    const other = runCli(['merge', join(dir, 'notes.txt'), '-f', 'json']);
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/holds no extract results/);
  });
});

describe('a map step runs on one thread', () => {
  // Over 256 KB of JSON Lines (enough that a run over files would start worker threads), in text
  // that is quick to read: a few long records of plain words.
  const big = Array.from({ length: 24 }, (_, i) => rec(`r${i}`, `Police in Leeds said ${i} people were hurt. ${'and so it went on '.repeat(700)}`)).join('\n');
  it('reading standard input, no worker threads unless --jobs says so', () => {
    const quiet = runCli(['-', '-f', 'ndjson', '--no-summary', '--debug'], { input: big });
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).not.toMatch(/starting \d+ worker threads/);
    const told = runCli(['-', '-f', 'ndjson', '--no-summary', '--debug', '--jobs', '2'], { input: big });
    expect(told.stderr).toMatch(/starting 2 worker threads/);
    expect(told.stdout).toBe(quiet.stdout);
  });
});

describe('offsets in Unicode code points (--offsets codepoint)', () => {
  const text = '👍🏽 Fans 👏 cheered as 30 people marched in Paris on 4 March 2025, and Marie Dupont said: "We won." Cafe\u0301 owners said 12 shops shut.';
  /** Slices by code point, as Python does. */
  const cpSlice = (s: string, a: number, b: number) => [...s].slice(a, b).join('');

  it('every fact and speaker slices out of the text by code point, and the document says so', () => {
    const doc = extract(text, { offsets: 'codepoint' });
    const utf16 = extract(text);
    expect(doc.offsets).toBe('codepoint');
    expect(utf16.offsets).toBeUndefined();
    const all = [...doc.numbers, ...doc.dates, ...doc.places, ...doc.quotes];
    expect(all.length).toBeGreaterThan(4);
    for (const f of all) expect(cpSlice(text, f.start, f.end)).toBe(f.text);
    const q = doc.quotes.find((x) => x.speaker?.start !== undefined)!;
    expect(cpSlice(text, q.speaker!.start!, q.speaker!.end!)).toBe('Marie Dupont');
    // A combining mark is a code point in both counts: only the emoji (surrogate pairs) shift offsets.
    const shops = doc.numbers.find((n) => n.text === '12')!;
    expect(utf16.numbers.find((n) => n.text === '12')!.start - shops.start).toBe(3);
  });

  it('from the command line, and the result validates', () => {
    const r = runCli(['-', '--offsets', 'codepoint', '-f', 'json'], { input: rec('e', text) });
    const out = JSON.parse(r.stdout) as { documents: DocResult[] };
    expect(out.documents[0]!.offsets).toBe('codepoint');
    expect(schemaErrors(out)).toEqual([]);
    expect(runCli(['-', '--offsets', 'bytes'], { input: 'x' }).code).toBe(2);
  });
});

describe("the README's one-machine recipes, run as written", () => {
  /** The README's sh blocks between `<!-- recipe: NAME -->` and the next fence. */
  const recipe = (name: string): string => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const m = new RegExp(`<!-- recipe: ${name} -->\\s*\`\`\`sh\\n([\\s\\S]*?)\`\`\``).exec(readme);
    if (!m) throw new Error(`no recipe ${name} in README.md`);
    return m[1]!;
  };
  const hasParallel = spawnSync('sh', ['-c', 'parallel --version | grep -q GNU']).status === 0;

  for (const name of ['xargs', 'parallel']) {
    it.skipIf(name === 'parallel' && !hasParallel)(`${name}: a corpus/ of text files, then merge, equals one run`, () => {
      const dir = tempDir();
      mkdirSync(join(dir, 'corpus', 'sub'), { recursive: true });
      const texts = [
        'Police in Leeds said 30 people were hurt on Monday.',
        'The council in York said 12 homes were flooded.',
        '"We will rebuild," said Mayor Anna Reyes in Hull.',
        'Rescuers in Leeds said 31 people were hurt.',
      ];
      texts.forEach((t, i) => writeFileSync(join(dir, 'corpus', i % 2 ? 'sub' : '', `doc ${i}.txt`), t));
      // `extract` on the PATH, as an install gives it.
      const bin = join(dir, 'bin');
      mkdirSync(bin);
      writeFileSync(join(bin, 'extract'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
      chmodSync(join(bin, 'extract'), 0o755);
      const run = spawnSync('sh', ['-e', '-c', recipe(name)], { cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
      expect(run.status, run.stderr).toBe(0);
      const merged = JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as { documents: DocResult[]; summary: unknown };
      const single = JSON.parse(runCli([join(dir, 'corpus'), '-f', 'json']).stdout) as { documents: DocResult[]; summary: unknown };
      expect(merged.documents).toHaveLength(4);
      expect(merged.summary).toEqual(single.summary);
    });
  }
});
