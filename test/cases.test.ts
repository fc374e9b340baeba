/**
 * Runs the example tables in test/cases/<kind>.yaml (see test/cases/README.md for the format).
 * Every fact of every case is also checked for the invariants of the output contract: `text` is
 * the slice at its offsets, `rule` is set, facts are in text order and never overlap.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { extract } from '../src/extract.js';
import { sameSpanRange } from '../src/refiners/order-and-dedupe.js';
import type { DateStyle, Fact, FactKind } from '../src/types.js';

interface Case {
  input?: string;
  inputs?: string[];
  expect: Array<Record<string, unknown>>;
  todo?: string;
  reference_date?: string | null;
  date_style?: DateStyle;
}
interface Table {
  kind: FactKind;
  reference_date?: string | null;
  date_style?: DateStyle;
  cases?: Case[];
  none?: Array<string | { input: string; todo?: string }>;
}

const DIR = new URL('./cases/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

export function checkInvariants(text: string, facts: readonly Fact[]): void {
  let prevEnd = -1;
  let prev: Fact | null = null;
  for (const f of facts) {
    expect(text.slice(f.start, f.end), `text at ${f.start}-${f.end}`).toBe(f.text);
    expect(typeof f.rule === 'string' && f.rule.length > 0, `rule of "${f.text}"`).toBe(true);
    // The one overlap allowed: a vague magnitude's two ends on one span, its `from` then its `to`.
    const pairEnd = prev !== null && sameSpanRange(prev, f);
    expect(f.start >= prevEnd || pairEnd, `"${f.text}"@${f.start} overlaps or precedes the fact before it`).toBe(true);
    prevEnd = f.end;
    prev = f;
    // A speaker's mention is a span of the text that names it: its last word is one of the name's words.
    const sp = (f as { speaker?: { name: string; start?: number; end?: number } | null }).speaker;
    if (sp && sp.start !== undefined) {
      expect(0 <= sp.start && sp.start < sp.end! && sp.end! <= text.length, `speaker span ${sp.start}-${sp.end}`).toBe(true);
      const words = (x: string) => (x.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []).map((w) => w.replace(/['’]s$/u, ''));
      expect(words(sp.name), `speaker mention of "${f.text}"`).toContain(words(text.slice(sp.start, sp.end)).pop());
    }
  }
}

/** Whether `got` has every field of `want` (speaker may be given as a plain name). */
function fieldsMatch(want: Record<string, unknown>, got: Record<string, unknown>): boolean {
  return Object.entries(want).every(([k, v]) => {
    const g = got[k];
    if (k === 'speaker' && (typeof v === 'string' || v === null)) {
      return v === null ? g === null : (g as { name?: string } | null)?.name === v;
    }
    // A speaker given as an object is checked field by field: its offsets and id need not be spelled out.
    if (k === 'speaker' && typeof v === 'object' && g && typeof g === 'object') return fieldsMatch(v as Record<string, unknown>, g as Record<string, unknown>);
    if (v === null) return g === null || g === undefined; // `range: null` checks the field is absent
    return JSON.stringify(g) === JSON.stringify(v);
  });
}

function run(kind: FactKind, input: string, ref: string | null, trace: string[], dateStyle?: DateStyle) {
  const r = extract(input, { referenceDate: ref, only: [kind], dateStyle }, (m) => trace.push(m));
  const facts = r[kind] as unknown as Fact[];
  checkInvariants(input, facts);
  return facts;
}

for (const file of files) {
  const table = YAML.parse(readFileSync(new URL(file, DIR), 'utf8')) as Table;
  describe(`${file} (${table.kind})`, () => {
    for (const c of table.cases ?? []) {
      for (const input of c.inputs ?? [c.input!]) {
        const ref = c.reference_date !== undefined ? c.reference_date : (table.reference_date ?? null);
        const test = c.todo ? it.fails : it;
        test(`${input}${c.todo ? `  [todo: ${c.todo}]` : ''}`, () => {
          const trace: string[] = [];
          const facts = run(table.kind, input, ref, trace, c.date_style ?? table.date_style);
          const got = facts.map((f) => ({ ...f }) as Record<string, unknown>);
          const ok = got.length === c.expect.length && c.expect.every((w, i) => fieldsMatch(w, got[i]!));
          expect(ok, `input: ${input}\nexpected: ${JSON.stringify(c.expect)}\ngot: ${JSON.stringify(got)}\ntrace:\n${trace.join('\n')}`).toBe(true);
        });
      }
    }
    for (const n of table.none ?? []) {
      const input = typeof n === 'string' ? n : n.input;
      const todo = typeof n === 'string' ? undefined : n.todo;
      (todo ? it.fails : it)(`none: ${input}${todo ? `  [todo: ${todo}]` : ''}`, () => {
        const facts = run(table.kind, input, table.reference_date ?? null, [], table.date_style);
        expect(facts.map((f) => f.text), `input: ${input}`).toEqual([]);
      });
    }
  });
}
