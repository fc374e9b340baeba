/** The CLI end to end: formats, options, exit codes, bad inputs. Spawns the built bin/extract.js. */
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { DocResult } from '../src/types.js';
import { invariantViolations, runCli, schemaErrors, SEEDS, tempDir } from './helpers.js';

const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const seedText = (id: string) => readFileSync(join(SEEDS, `${id}.txt`), 'utf8');

describe('extract seeds/', () => {
  const run = runCli(['seeds/', '-f', 'json', '--reference-date', '2024-10-29']);
  const out = JSON.parse(run.stdout) as { schema: string; documents: DocResult[]; summary: unknown };

  it('exits 0 with one document per seed, in file order', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(out.documents.map((d) => `${d.id}.txt`)).toEqual(seedFiles);
    expect(out.documents.every((d) => d.source === `seeds/${d.id}.txt`)).toBe(true);
  });

  it('finds facts of every kind in the seeds', () => {
    for (const kind of ['numbers', 'dates', 'places', 'quotes'] as const) {
      expect(out.documents.reduce((n, d) => n + d[kind].length, 0), kind).toBeGreaterThan(0);
    }
  });

  it('every fact is the exact slice of the file at its offsets, with a rule, in order', () => {
    const problems = out.documents.flatMap((d) => invariantViolations(seedText(d.id), d));
    expect(problems).toEqual([]);
  });

  it('validates against schema/extract.schema.json', () => {
    expect(schemaErrors(out)).toEqual([]);
  });

  it('gives the same output on a second run', () => {
    expect(runCli(['seeds/', '-f', 'json', '--reference-date', '2024-10-29']).stdout).toBe(run.stdout);
  });

  it('yaml holds the same data as json', () => {
    const y = runCli(['seeds/', '-f', 'yaml', '--reference-date', '2024-10-29']);
    expect(y.code).toBe(0);
    expect(YAML.parse(y.stdout)).toEqual(out);
  });

  it('ndjson gives one line per document, then the summary', () => {
    const n = runCli(['seeds/', '-f', 'ndjson', '--reference-date', '2024-10-29']);
    expect(n.code).toBe(0);
    const lines = n.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(seedFiles.length + 1);
    const docs = lines.slice(0, -1).map(({ type, ...d }) => {
      expect(type).toBe('document');
      return d;
    });
    expect(docs).toEqual(out.documents);
    expect(lines.at(-1)).toEqual({ type: 'summary', schema: 'extract/v1', summary: out.summary });
  });

  it('pretty prints a block per document and the summary', () => {
    const p = runCli(['seeds/', '-f', 'pretty', '--no-color']);
    expect(p.code).toBe(0);
    for (const f of seedFiles) expect(p.stdout).toContain(f.replace('.txt', ''));
    expect(p.stdout).toContain('Summary');
    expect(p.stdout).not.toMatch(/\x1b\[/);
  });
});

describe('options', () => {
  const file = 'seeds/003_b918f7b3f92ae2ca.txt';

  it('--only keeps just the kinds asked for, and leaves the others out (not empty: empty reads as none found)', () => {
    for (const f of ['json', 'ndjson', 'yaml']) {
      const r = runCli([file, '-f', f, '--only', 'places,dates', '--no-summary']);
      const parsed = f === 'json' ? JSON.parse(r.stdout) : f === 'yaml' ? YAML.parse(r.stdout) : { documents: r.stdout.trim().split('\n').map((l) => JSON.parse(l)) };
      const d = (parsed as { documents: DocResult[] }).documents[0]!;
      expect(d.places.length, f).toBeGreaterThan(0);
      expect(Array.isArray(d.dates), f).toBe(true);
      expect(Object.keys(d).filter((k) => ['numbers', 'quotes'].includes(k)), f).toEqual([]);
    }
    // Without --only every kind is there, found or not.
    const all = (JSON.parse(runCli([file, '-f', 'json', '--no-summary']).stdout) as { documents: DocResult[] }).documents[0]!;
    expect(Object.keys(all)).toEqual(expect.arrayContaining(['numbers', 'dates', 'places', 'quotes']));
  });

  it('--no-summary leaves the summary out', () => {
    const r = runCli([file, '-f', 'json', '--no-summary']);
    expect(JSON.parse(r.stdout)).not.toHaveProperty('summary');
  });

  it('--reference-date sets the reference date of documents that have none', () => {
    const r = runCli([file, '-f', 'json', '--reference-date', '2024-10-28']);
    expect((JSON.parse(r.stdout) as { documents: DocResult[] }).documents[0]!.referenceDate).toBe('2024-10-28');
  });

  it('front matter gives a date that wins over --reference-date, and leaves offsets intact', () => {
    const dir = tempDir();
    const body = 'Officials said on Monday that 300 people had left.\n';
    const text = `---\ndate: 2024-03-06\ntitle: A test\n---\n${body}`;
    writeFileSync(join(dir, 'fm.md'), text);
    const r = runCli([join(dir, 'fm.md'), '-f', 'json', '--reference-date', '2020-01-01']);
    const d = (JSON.parse(r.stdout) as { documents: DocResult[] }).documents[0]!;
    expect(d.referenceDate).toBe('2024-03-06');
    expect(invariantViolations(text, d)).toEqual([]);
    expect(d.dates.every((x) => x.start >= text.indexOf(body))).toBe(true);
  });

  it('usage errors exit 2 with a one-line message and no stack trace', () => {
    for (const args of [
      ['seeds/', '--reference-date', '2024-13-01'],
      ['seeds/', '--reference-date', 'yesterday'],
      ['seeds/', '--only', 'numbers,people'],
      ['seeds/', '-f', 'xml'],
      ['seeds/', '--date-style', 'iso'],
      ['seeds/', '--bogus'],
      ['seeds/', '-o', 'x', '-f', 'ndjson'],
      ['check', 'seeds/'],
    ]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^extract: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    }
  });

  it('--version and --help', () => {
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const h = runCli(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('Examples:');
    expect(h.stdout).toContain('Exit codes');
  });

  it('colour: FORCE_COLOR turns it on, NO_COLOR and --no-color turn it off', () => {
    const args = ['seeds/002_fe3f238275db5631.txt', '-f', 'pretty'];
    expect(runCli(args, { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\x1b\[/);
    expect(runCli(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/);
    expect(runCli([...args, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/);
  });
});

describe('standard input', () => {
  it('reads piped text when no path is given', () => {
    const r = runCli(['-f', 'json'], { input: 'About 200 people gathered in Paris on Friday.' });
    expect(r.code, r.stderr).toBe(0);
    const d = (JSON.parse(r.stdout) as { documents: DocResult[] }).documents[0]!;
    expect(d.id).toBe('stdin');
    expect(d.source).toBe('-');
  });

  it('reads JSON Lines from standard input, one document per record', () => {
    const input = ['{"id":"a","text":"Hello from Berlin.","date":"2024-01-02"}', '{"id":"b","text":"Hello from Rome."}'].join('\n');
    const r = runCli(['-', '-f', 'json'], { input });
    const docs = (JSON.parse(r.stdout) as { documents: DocResult[] }).documents;
    expect(docs.map((d) => [d.id, d.source, d.referenceDate])).toEqual([
      ['a', '-:1', '2024-01-02'],
      ['b', '-:2', null],
    ]);
  });
});

describe('bad input: each is reported on one line, the rest still comes out, exit 1', () => {
  const dir = tempDir();
  const good = join(dir, 'good.txt');
  writeFileSync(good, 'Some 500 workers marched in Lyon on Tuesday.\n');

  function expectReported(path: string, message: RegExp) {
    const r = runCli([path, good, '-f', 'json']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toContain(path);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const out = JSON.parse(r.stdout) as { documents: DocResult[]; summary: { documents: { failed: unknown[] } } };
    expect(out.documents.map((d) => d.id)).toContain('good');
    return out;
  }

  it('a missing path', () => {
    const out = expectReported(join(dir, 'missing.txt'), /no such file or folder/);
    expect(out.summary.documents.failed).toHaveLength(1);
  });

  it('a folder with no text files', () => {
    const empty = join(dir, 'nothing-here');
    mkdirSync(empty);
    writeFileSync(join(empty, 'image.png'), 'not text');
    expectReported(empty, /holds no text files/);
  });

  it('a binary file', () => {
    const bin = join(dir, 'blob.txt');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    expectReported(bin, /binary/);
  });

  it('an empty file', () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    expectReported(empty, /empty/);
  });

  it('invalid UTF-8: decoded with replacement characters, reported as a warning, still extracted', () => {
    const bad = join(dir, 'latin1.txt');
    writeFileSync(bad, Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' owners in Paris said 40 staff left.\n')]));
    const out = expectReported(bad, /invalid UTF-8/);
    const d = out.documents.find((x) => x.id === 'latin1')!;
    expect(d).toBeDefined();
    expect(invariantViolations('Caf\uFFFD owners in Paris said 40 staff left.\n', d)).toEqual([]);
  });

  it('a malformed JSON Lines record: the good records still come out, the bad line is named', () => {
    const jl = join(dir, 'records.jsonl');
    writeFileSync(jl, ['{"id":"r1","text":"First record from Oslo."}', '{"id":"r2","text": oops}', '{"id":"r3","text":"Third record."}', ''].join('\n'));
    const r = runCli([jl, '-f', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${jl}:2: line is not valid JSON`);
    expect((JSON.parse(r.stdout) as { documents: DocResult[] }).documents.map((d) => d.id)).toEqual(['r1', 'r3']);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file (permission denied)', () => {
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, 'secret');
    chmodSync(locked, 0o000);
    expectReported(locked, /permission denied/);
  });
});

describe('--out DIR', () => {
  it('writes one file per document and the summary, ids kept inside DIR', () => {
    const out = tempDir();
    const input = [
      '{"id":"../../escape","text":"Text from Madrid."}',
      '{"id":"/abs/path","text":"Text from Lisbon."}',
      '{"id":"nul\\u0000id","text":"Text from Vienna."}',
      '{"id":"summary","text":"Text from Prague."}',
    ].join('\n');
    const r = runCli(['-', '-o', out], { input });
    expect(r.code, r.stderr).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(5);
    expect(files).toContain('summary.json');
    expect(files.every((f) => !f.startsWith('.') && !f.includes('/'))).toBe(true);
    expect(existsSync(join(out, '..', 'escape.json'))).toBe(false);
    for (const f of files.filter((x) => x !== 'summary.json')) {
      expect(schemaErrors(JSON.parse(readFileSync(join(out, f), 'utf8')), 'document')).toEqual([]);
    }
    const s = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { summary: unknown };
    expect(schemaErrors(s.summary, 'summary')).toEqual([]);
  });

  it('writes YAML with -f yaml', () => {
    const out = tempDir();
    const r = runCli(['seeds/002_fe3f238275db5631.txt', '-o', out, '-f', 'yaml']);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['002_fe3f238275db5631.yaml', 'summary.yaml']);
    expect(schemaErrors(YAML.parse(readFileSync(join(out, '002_fe3f238275db5631.yaml'), 'utf8')), 'document')).toEqual([]);
  });
});
