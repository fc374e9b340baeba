/** The library without the CLI: extract(), invariants over the seeds, the summary's merge. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, ExtractError } from '../src/index.js';
import { contribution, emptyPartial, finish, mergePartials, summarize, timexSortKey, type PartialSummary } from '../src/summary/summary.js';
import type { DocResult } from '../src/types.js';
import { rng, invariantViolations, ROOT, schemaErrors, SEEDS } from './helpers.js';

const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(SEEDS, f), 'utf8') }));
const results: DocResult[] = seeds.map((s) => extract(s.text, { id: s.id, referenceDate: '2024-10-29' }));

describe('extract()', () => {
  it('keeps every fact of the seeds at its exact offsets, in order, with a rule', () => {
    expect(seeds.flatMap((s, i) => invariantViolations(s.text, results[i]!))).toEqual([]);
  });

  it('gives documents that validate against the schema', () => {
    for (const r of results) expect(schemaErrors(r, 'document')).toEqual([]);
  });

  it('defaults: id "doc", no source, no title, no reference date, all kinds', () => {
    const r = extract('Nothing much.');
    expect(r).toEqual({ id: 'doc', source: null, title: null, referenceDate: null, referenceDateFrom: null, numbers: [], dates: [], places: [], quotes: [] });
  });

  it('throws ExtractError on bad options, never on text', () => {
    expect(() => extract('x', { referenceDate: '2024-02-30' })).toThrow(ExtractError);
    expect(() => extract('x', { only: ['people' as never] })).toThrow(/unknown kind/);
    expect(() => extract('x', { dateStyle: 'iso' as never })).toThrow(/unknown date style/);
    for (const t of ['', '“', '"""', '\u0000\uFFFF', '1,1,1,1,', 'said said said']) expect(() => extract(t)).not.toThrow();
  });

  it('--only leaves other kinds empty even when they were computed for refining', () => {
    const r = extract('On Oct. 30, 200 people met in Paris.', { only: ['numbers'] });
    expect(r.dates).toEqual([]);
    expect(r.places).toEqual([]);
  });

  it('importing the package has no side effects (no output, no exit)', () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', "await import('./dist/index.js'); process.stdout.write('ok')"], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toBe('ok');
  });

  it('is imported by its package name, news-extract, through package.json exports', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-import-'));
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(ROOT, join(dir, 'node_modules', 'news-extract'), 'dir');
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', "const m = await import('news-extract'); process.stdout.write(String(m.extract('About 300 people left.').numbers[0].value))"], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toBe('300');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; exports: Record<string, Record<string, string>> };
    expect(pkg.name).toBe('news-extract');
    for (const target of Object.values(pkg.exports['.']!)) expect(target, 'an export target starts with ./').toMatch(/^\.\//);
  });
});


describe('summary', () => {
  const whole = summarize(results);

  it('counts documents and validates against the schema', () => {
    expect(whole.documents.count).toBe(seeds.length);
    expect(schemaErrors(whole, 'summary')).toEqual([]);
  });

  /** The summary of a random split and order of the seeds, merged in a random tree shape. */
  function randomMerge(seed: number) {
    const rand = rng(seed);
    const shuffled = [...results].sort(() => rand() - 0.5);
    const parts: PartialSummary[] = [];
    for (const r of shuffled) {
      if (parts.length === 0 || rand() < 0.5) parts.push(emptyPartial());
      parts[parts.length - 1] = mergePartials(parts[parts.length - 1]!, contribution(r));
    }
    while (parts.length > 1) {
      const i = Math.floor(rand() * (parts.length - 1));
      parts.splice(i, 2, mergePartials(parts[i]!, parts[i + 1]!));
    }
    return finish(parts[0]!);
  }

  it('is the same for any split and order of the documents, merged in any grouping', () => {
    for (let seed = 1; seed <= 25; seed++) expect(randomMerge(seed), `seed ${seed}`).toEqual(whole);
  });

  it('gives every figure mention the sentence and source its number carries', () => {
    expect(schemaErrors(whole, 'summary')).toEqual([]);
    expect(whole.figures.flatMap((f) => f.values.flatMap((v) => v.mentions)).every((m) => typeof m.sentence === 'string')).toBe(true);
  });

  it('marks a figure reported with different values as a disagreement', () => {
    const doc = (id: string, value: number, text: string): DocResult => ({
      id,
      source: null,
      referenceDate: null,
      numbers: [{ text, start: 15, end: 15 + text.length, rule: 'number/digits', value, unit: 'troops', approximate: false, bound: null, ordinal: false }],
      dates: [],
      // One story: both name the same two towns and their country.
      places: [
        { text: 'Kursk', start: 0, end: 5, rule: 'place/gazetteer', name: 'Kursk', country: 'RU', kind: 'city' },
        { text: 'Sudzha', start: 6, end: 12, rule: 'place/gazetteer', name: 'Sudzha', country: 'RU', kind: 'city' },
        { text: 'Russia', start: 40, end: 46, rule: 'place/gazetteer', name: 'Russia', country: 'RU', kind: 'country' },
      ],
      quotes: [],
    });
    const s = summarize([doc('b', 12000, '12,000'), doc('a', 10000, '10,000'), doc('c', 10000, '10,000')]);
    expect(s.figures).toHaveLength(1);
    expect(s.figures[0]).toMatchObject({ about: 'troops', disagreement: true });
    expect(s.figures[0]!.values.map((v) => [v.value, v.documents])).toEqual([
      [10000, ['a', 'c']],
      [12000, ['b']],
    ]);
    expect(summarize([doc('a', 10000, '10,000'), doc('c', 10000, '10,000')]).figures[0]!.disagreement).toBe(false);
  });

  it('orders the timeline by the day each value starts', () => {
    expect(['2024-W43', '2024-10', '199', '19', '2024-10-28', 'XXXX-10-30'].sort((x, y) => (timexSortKey(x) < timexSortKey(y) ? -1 : 1))).toEqual([
      '19',
      '199',
      '2024-10',
      '2024-W43',
      '2024-10-28',
      'XXXX-10-30',
    ]);
  });
});
