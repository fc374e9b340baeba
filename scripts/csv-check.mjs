#!/usr/bin/env node
// Reads `-f csv` back with a CSV parser and compares it, field by field, with the JSON facts of the
// same run, on the first N BBC articles of ../shared/corpus (default 500).
// Usage (after npm run build): npm run csv-check [-- N]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const root = fileURLToPath(new URL('..', import.meta.url));
const bbc = join(root, '..', 'shared', 'corpus', 'bbc.jsonl');
if (!existsSync(bbc)) {
  console.error(`csv-check: ${bbc} not found: the corpus lives in ../shared beside the project`);
  process.exit(2);
}
const n = Number(process.argv[2] ?? 500);
const input = readFileSync(bbc, 'utf8').split('\n').filter(Boolean).slice(0, n).join('\n');
const run = (format) => execFileSync(process.execPath, [join(root, 'bin', 'extract.js'), '-', '-f', format, '--no-summary', '-q'], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
const { FACT_COLUMNS } = await import(join(root, 'dist', 'output', 'csv.js'));
const docs = JSON.parse(run('json')).documents;
const rows = parse(run('csv'));
const unguard = (s) => (/^'+[=+\-@\t\r]/.test(s) ? s.slice(1) : s);
const cell = (v) => (v === null || v === undefined ? '' : String(v));
const want = [];
for (const d of docs) {
  const doc = [];
  const base = (kind, f) => ({ document: d.id, title: d.title, kind, text: f.text, start: f.start, end: f.end, rule: f.rule });
  for (const x of d.numbers) doc.push({ start: x.start, row: { ...base('number', x), value: x.value, unit: x.unit, hedge: x.hedge ?? (x.approximate ? 'approximate' : null), bound: x.bound, change: x.change, sentence: x.sentence, qualifier: x.qualifier, event: x.event, source: x.source } });
  for (const x of d.dates) doc.push({ start: x.start, row: { ...base('date', x), date: x.value, sentence: x.sentence } });
  for (const p of d.places) doc.push({ start: p.start, row: { ...base('place', p), place: p.name, country: p.country, latitude: p.lat, longitude: p.lon } });
  for (const q of d.quotes) doc.push({ start: q.start, row: { ...base('quote', q), speaker: q.speaker?.name } });
  doc.sort((a, b) => a.start - b.start);
  want.push(...doc.map(({ row }) => FACT_COLUMNS.map((c) => cell(row[c]))));
}
const got = rows.slice(1).map((r) => r.map(unguard));
let differ = 0;
const header = JSON.stringify(rows[0]) === JSON.stringify(FACT_COLUMNS);
for (let i = 0; i < Math.max(got.length, want.length); i++) {
  if (JSON.stringify(got[i]) !== JSON.stringify(want[i])) {
    if (differ++ < 5) console.log(`row ${i + 1}: csv ${JSON.stringify(got[i])}\n        json ${JSON.stringify(want[i])}`);
  }
}
const fields = want.reduce((k, r) => k + r.length, 0);
console.log(`csv-check: ${docs.length} documents, ${want.length} facts, ${fields} fields; header ${header ? 'ok' : 'WRONG'}; rows that differ: ${differ}`);
process.exit(header && differ === 0 ? 0 : 1);
