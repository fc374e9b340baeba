/**
 * `-f csv`: one row per fact, RFC 4180, read back by a CSV parser (csv-parse) equal to the JSON
 * facts field by field, on the seeds and on 500 BBC articles; cells a spreadsheet would run as a
 * formula are neutralised; `-o DIR -f csv` writes facts.csv and figures.csv.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, FACT_COLUMNS, FIGURE_COLUMNS } from '../src/output/csv.js';
import type { DocResult } from '../src/types.js';
import { runCli, tempDir } from './helpers.js';

/** A cell as written back to the text it holds: the apostrophe before a formula character removed. */
const unguard = (s: string) => (/^'+[=+\-@\t\r]/.test(s) ? s.slice(1) : s);
const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** The row a fact should have, from the JSON result (scripts/csv-check.mjs does the same over 500 BBC articles). */
function expectedRows(docs: DocResult[]): string[][] {
  const rows: Array<{ start: number; row: Record<string, unknown> }> = [];
  for (const d of docs) {
    const doc: Array<{ start: number; row: Record<string, unknown> }> = [];
    const base = (kind: string, f: { text: string; start: number; end: number; rule: string }) => ({ document: d.id, title: d.title, kind, text: f.text, start: f.start, end: f.end, rule: f.rule });
    for (const n of d.numbers)
      doc.push({ start: n.start, row: { ...base('number', n), value: n.value, unit: n.unit, hedge: n.hedge ?? (n.approximate ? 'approximate' : null), bound: n.bound, change: n.change, sentence: n.sentence, qualifier: n.qualifier, event: n.event, source: n.source } });
    for (const x of d.dates) doc.push({ start: x.start, row: { ...base('date', x), date: x.value, sentence: x.sentence } });
    for (const p of d.places) doc.push({ start: p.start, row: { ...base('place', p), place: p.name, country: p.country, latitude: p.lat, longitude: p.lon } });
    for (const q of d.quotes) doc.push({ start: q.start, row: { ...base('quote', q), speaker: q.speaker?.name } });
    doc.sort((a, b) => a.start - b.start);
    rows.push(...doc);
  }
  return rows.map(({ row }) => FACT_COLUMNS.map((c) => cell(row[c])));
}

function readBack(csv: string): string[][] {
  const rows = parse(csv, { bom: false, relax_column_count: false }) as string[][];
  expect(rows[0]).toEqual([...FACT_COLUMNS]);
  return rows.slice(1).map((r) => r.map(unguard));
}

describe('-f csv read back equals the JSON facts, field by field', () => {
  it('on the seeds', () => {
    const json = JSON.parse(runCli(['seeds/', '-f', 'json', '--reference-date', '2024-10-29']).stdout) as { documents: DocResult[] };
    const csv = runCli(['seeds/', '-f', 'csv', '--reference-date', '2024-10-29']).stdout;
    expect(csv.endsWith('\r\n')).toBe(true);
    const got = readBack(csv);
    const want = expectedRows(json.documents);
    expect(got.length).toBe(want.length);
    expect(got).toEqual(want);
  });

  // On 500 BBC articles: `npm run csv-check` (scripts/csv-check.mjs), a script, as full evaluations are.
});

describe('cells a spreadsheet would run are neutralised', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1 555', "'+1 555"],
    ['-3%', "'-3%"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ["'=already", "''=already"],
    ['-5', '-5'],
    ['plain, text', '"plain, text"'],
    ['line\nbreak', '"line\nbreak"'],
  ])('%j is written %s', (v, written) => {
    expect(csvCell(v)).toBe(written);
    const [[back]] = parse(`${written}\r\n`) as string[][];
    expect(unguard(back!)).toBe(v);
  });

  it('a document that tries formula injection through its text opens as text', () => {
    const r = runCli(['-', '-f', 'csv'], { input: JSON.stringify({ id: '=cmd|calc', text: '"=1+1," said Ann Lee in Paris on 4 March 2025.' }) });
    const rows = parse(r.stdout) as string[][];
    for (const row of rows.slice(1)) for (const c of row) expect(c).not.toMatch(/^[=+@]/);
  });
});

describe('-o DIR -f csv', () => {
  it('writes facts.csv and figures.csv, and failed inputs as rows', () => {
    const dir = tempDir();
    const r = runCli(['-', '-f', 'csv', '-o', dir], { input: ['{"id":"a","text":"Police said 30 people were hurt in Leeds."}', 'broken'].join('\n') });
    expect(r.code).toBe(1);
    const facts = parse(readFileSync(join(dir, 'facts.csv'), 'utf8'), { columns: true }) as Array<Record<string, string>>;
    expect(facts.map((f) => f.kind)).toContain('number');
    // Standard input's name starts with "-": written guarded, read back whole.
    expect(unguard(facts.find((f) => f.kind === 'failed')!.document!)).toBe('-:2');
    const figures = parse(readFileSync(join(dir, 'figures.csv'), 'utf8'), { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(figures[0]!)).toEqual([...FIGURE_COLUMNS]);
    expect(figures.find((f) => f.about === 'people injured')).toMatchObject({ value: '30', count: '1', document: 'a' });
  });
});
