/**
 * CSV for spreadsheets: one row per fact (`facts.csv`), and one row per value of the summary's
 * figure groups (`figures.csv`). RFC 4180: comma-separated, CRLF line ends, a field quoted when it
 * holds a comma, quote, CR or LF, quotes doubled; UTF-8 with a header row. A cell a spreadsheet
 * would run as a formula (starting with =, +, -, @, a tab or a CR, and not a plain number) gets a
 * leading apostrophe, as OWASP advises, so opening the file never runs anything; a cell that
 * already starts with an apostrophe before one of those gets one more, so the rule reads back.
 */
import type { FailedInput, Summary } from '../summary/summary.js';
import type { DocResult } from '../types.js';

/** The columns of facts.csv, in order. */
export const FACT_COLUMNS = [
  'document',
  'title',
  'kind',
  'text',
  'start',
  'end',
  'value',
  'unit',
  'hedge',
  'bound',
  'change',
  'date',
  'place',
  'country',
  'latitude',
  'longitude',
  'speaker',
  'rule',
  'sentence',
  'qualifier',
  'event',
  'source',
] as const;

/** The columns of figures.csv, in order. */
export const FIGURE_COLUMNS = ['about', 'disagreement', 'value', 'unit', 'approximate', 'bound', 'count', 'documents', 'sources', 'document', 'sentence'] as const;

type Cell = string | number | boolean | null | undefined;

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const FORMULA = /^'*[=+\-@\t\r]/;

/** One field: neutralised if a spreadsheet would run it, quoted if RFC 4180 says so. */
export function csvCell(v: Cell): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'string' ? v : String(v);
  if (typeof v === 'string' && FORMULA.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvRow = (cells: readonly Cell[]): string => cells.map(csvCell).join(',') + '\r\n';

/** The header row of facts.csv. */
export const factHeader = (): string => csvRow(FACT_COLUMNS);

/** The rows of one document's facts, in text order. */
export function factRows(d: DocResult): string {
  const base = (kind: string, f: { text: string; start: number; end: number; rule: string }) => ({ document: d.id, title: d.title, kind, text: f.text, start: f.start, end: f.end, rule: f.rule });
  const rows: Array<Partial<Record<(typeof FACT_COLUMNS)[number], Cell>>> = [];
  for (const n of d.numbers) {
    rows.push({
      ...base('number', n),
      value: n.value,
      unit: n.unit,
      hedge: n.hedge ?? (n.approximate ? 'approximate' : null),
      bound: n.bound,
      change: n.change,
      sentence: n.sentence,
      qualifier: n.qualifier,
      event: n.event,
      source: n.source,
    });
  }
  for (const x of d.dates) rows.push({ ...base('date', x), date: x.value, sentence: x.sentence });
  for (const p of d.places) rows.push({ ...base('place', p), place: p.name, country: p.country, latitude: p.lat, longitude: p.lon });
  for (const q of d.quotes) rows.push({ ...base('quote', q), speaker: q.speaker?.name });
  // In text order, as a reader goes down the document (a stable sort keeps kinds in order at one offset).
  rows.sort((a, b) => (a.start as number) - (b.start as number));
  return rows.map((r) => csvRow(FACT_COLUMNS.map((c) => r[c]))).join('');
}

/** A row for an input that failed, so a spreadsheet of the run still shows it. */
export const failedRow = (f: FailedInput): string => csvRow(FACT_COLUMNS.map((c) => (c === 'document' ? f.source : c === 'kind' ? 'failed' : c === 'text' ? `${f.code}: ${f.message}` : null)));

/** figures.csv: a header and one row per value of each figure group, with its first mention. */
export function figureRows(s: Summary): string {
  let out = csvRow(FIGURE_COLUMNS);
  for (const f of s.figures) {
    for (const v of f.values) {
      const m = v.mentions[0];
      out += csvRow([f.about, f.disagreement, v.value, v.unit, v.approximate, v.bound, v.count, v.documents.join(' '), v.sources.join('; '), m?.doc, m?.sentence]);
    }
  }
  return out;
}
