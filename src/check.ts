/**
 * Compares results with golden fixtures: pure functions from (expected, got) to readable diff
 * lines. Facts are matched by their span; `source` is not compared (it depends on how the path
 * was spelled on the command line).
 */
import { FACT_KINDS, type DocResult, type Fact } from './types.js';

export interface DiffLine {
  /** Document id, or "summary". */
  where: string;
  sign: '-' | '+' | '~' | '!';
  message: string;
}

const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v));

function factLabel(kind: string, f: Fact): string {
  return `${kind} “${f.text}” @${f.start}-${f.end}`;
}

/** The differences between a fixture document and a fresh result. */
export function diffDocument(expected: DocResult, got: DocResult): DiffLine[] {
  const where = got.id;
  const out: DiffLine[] = [];
  if ((expected.referenceDate ?? null) !== (got.referenceDate ?? null)) {
    out.push({ where, sign: '~', message: `referenceDate: expected ${show(expected.referenceDate)}, got ${show(got.referenceDate)}` });
  }
  for (const kind of FACT_KINDS) {
    const exp = (expected[kind] ?? []) as Fact[];
    const act = (got[kind] ?? []) as Fact[];
    const key = (f: Fact) => `${f.start}:${f.end}`;
    const actBy = new Map(act.map((f) => [key(f), f]));
    const expKeys = new Set(exp.map(key));
    for (const e of exp) {
      const a = actBy.get(key(e));
      if (!a) {
        out.push({ where, sign: '-', message: `missing ${factLabel(kind, e)}` });
        continue;
      }
      for (const field of new Set([...Object.keys(e), ...Object.keys(a)])) {
        const ev = (e as unknown as Record<string, unknown>)[field];
        const av = (a as unknown as Record<string, unknown>)[field];
        if (JSON.stringify(ev) !== JSON.stringify(av)) {
          out.push({ where, sign: '~', message: `${factLabel(kind, e)}: ${field} expected ${show(ev)}, got ${show(av)}` });
        }
      }
    }
    for (const a of act) if (!expKeys.has(key(a))) out.push({ where, sign: '+', message: `unexpected ${factLabel(kind, a)}` });
  }
  return out;
}

/** Paths where two plain JSON-like values differ, at most `limit` of them. */
export function diffValues(expected: unknown, got: unknown, path: string, limit = 20): DiffLine[] {
  const out: DiffLine[] = [];
  const walk = (e: unknown, g: unknown, p: string) => {
    if (out.length >= limit) return;
    if (e !== null && g !== null && typeof e === 'object' && typeof g === 'object' && Array.isArray(e) === Array.isArray(g)) {
      const keys = Array.isArray(e)
        ? [...Array(Math.max(e.length, (g as unknown[]).length)).keys()].map(String)
        : [...new Set([...Object.keys(e), ...Object.keys(g as object)])];
      for (const k of keys) {
        walk((e as Record<string, unknown>)[k], (g as Record<string, unknown>)[k], Array.isArray(e) ? `${p}[${k}]` : p ? `${p}.${k}` : k);
      }
      return;
    }
    if (JSON.stringify(e) !== JSON.stringify(g)) out.push({ where: 'summary', sign: '~', message: `${p || '(whole file)'}: expected ${show(e)}, got ${show(g)}` });
  };
  walk(expected, got, path);
  return out;
}
