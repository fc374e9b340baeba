/**
 * Compares results with golden fixtures: pure functions from (expected, got) to readable diff
 * lines. `source` is not compared (it depends on how the path was spelled on the command line).
 *
 * - A document's facts are aligned by content, not offset: each kind is matched as a sequence
 *   (text and attributes, in text order; {@link alignFacts}), so a fact that only moved (a word
 *   was added before it) is a note, not a difference; `strictOffsets` counts it as one.
 * - The summary is compared by key: a figure group by what it counts, a value by its value, a
 *   speaker by identity, a place by name and country, a date by its value. An added value is
 *   "added", never a shifted index.
 */
import { FACT_KINDS, type DocResult, type Fact, type FactKind } from '../types.js';

export interface DiffLine {
  /** Document id, or "summary". */
  where: string;
  /** - missing, + unexpected, ~ changed, ! a problem with the fixtures themselves. */
  sign: '-' | '+' | '~' | '!';
  message: string;
  /** For a fact: where it is (got's offset, else expected's), to point at a line of the source. */
  at?: number;
}

export interface CheckOptions {
  /** Count a fact that only moved as a difference (the exact comparison of earlier versions). */
  strictOffsets?: boolean;
  /** Compare only these kinds (the run's --only). */
  kinds?: readonly FactKind[];
}

/** A document's comparison: its differences, and how many facts moved with nothing else changed. */
export interface DocumentDiff {
  lines: DiffLine[];
  moved: number;
}

const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v));

function factLabel(kind: string, f: Fact): string {
  return `${kind} “${f.text}” @${f.start}-${f.end}`;
}

/** A fact without its offsets (a speaker's too): what it says, wherever it is. */
function content(f: Fact): Record<string, unknown> {
  const { start: _s, end: _e, ...rest } = f as Fact & { speaker?: { start?: number; end?: number } | null };
  const sp = (rest as { speaker?: Record<string, unknown> | null }).speaker;
  if (sp && typeof sp === 'object') {
    const { start: _a, end: _b, ...who } = sp;
    (rest as { speaker?: unknown }).speaker = who;
  }
  return rest;
}
const contentKey = (f: Fact) => JSON.stringify(content(f));

/** Pairs of indices [i, j] of a longest common subsequence of a and b under `same`. */
function lcs<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  // Past a few million cells, match greedily in order: a fixture that large has changed wholesale anyway.
  if (n * m > 4_000_000) {
    const pairs: Array<[number, number]> = [];
    let j = 0;
    for (let i = 0; i < n && j < m; i++) {
      let k = j;
      while (k < m && !same(a[i]!, b[k]!)) k++;
      if (k < m) {
        pairs.push([i, k]);
        j = k + 1;
      }
    }
    return pairs;
  }
  const t = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      t[at(i, j)] = same(a[i]!, b[j]!) ? t[at(i + 1, j + 1)]! + 1 : Math.max(t[at(i + 1, j)]!, t[at(i, j + 1)]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (same(a[i]!, b[j]!) && t[at(i, j)] === t[at(i + 1, j + 1)]! + 1) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (t[at(i + 1, j)]! >= t[at(i, j + 1)]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * The facts of one kind aligned: first the longest run of facts that say the same (text and every
 * attribute), in order; then, among the rest, facts with the same text in order (changed
 * attributes), then facts at overlapping places (changed text); what is left is missing or
 * unexpected.
 */
export function alignFacts(exp: readonly Fact[], act: readonly Fact[]): { same: Array<[Fact, Fact]>; changed: Array<[Fact, Fact]>; missing: Fact[]; unexpected: Fact[] } {
  const ek = exp.map(contentKey);
  const ak = act.map(contentKey);
  const same = lcs(
    exp.map((_, i) => i),
    act.map((_, j) => j),
    (i, j) => ek[i] === ak[j],
  );
  const usedE = new Set(same.map(([i]) => i));
  const usedA = new Set(same.map(([, j]) => j));
  const restE = exp.map((_, i) => i).filter((i) => !usedE.has(i));
  const restA = act.map((_, j) => j).filter((j) => !usedA.has(j));
  const changed = lcs(restE, restA, (i, j) => exp[i]!.text === act[j]!.text).map(([i, j]): [number, number] => [restE[i]!, restA[j]!]);
  for (const [i, j] of changed) {
    usedE.add(i);
    usedA.add(j);
  }
  // Then facts at overlapping places whose text changed ("10,000" now "12,000"), in order.
  const leftE = exp.map((_, i) => i).filter((i) => !usedE.has(i));
  const leftA = act.map((_, j) => j).filter((j) => !usedA.has(j));
  const overlap = (i: number, j: number) => exp[i]!.start < act[j]!.end && act[j]!.start < exp[i]!.end;
  for (const [i, j] of lcs(leftE, leftA, (i, j) => overlap(i, j))) {
    changed.push([leftE[i]!, leftA[j]!]);
    usedE.add(leftE[i]!);
    usedA.add(leftA[j]!);
  }
  return {
    same: same.map(([i, j]) => [exp[i]!, act[j]!]),
    changed: changed.map(([i, j]) => [exp[i]!, act[j]!]),
    missing: exp.filter((_, i) => !usedE.has(i)),
    unexpected: act.filter((_, j) => !usedA.has(j)),
  };
}

/** The differences between a fixture document and a fresh result. */
export function diffDocument(expected: DocResult, got: DocResult, opts: CheckOptions = {}): DocumentDiff {
  const where = got.id;
  const lines: DiffLine[] = [];
  let moved = 0;
  if ((expected.referenceDate ?? null) !== (got.referenceDate ?? null)) {
    lines.push({ where, sign: '~', message: `referenceDate: expected ${show(expected.referenceDate)}, got ${show(got.referenceDate)}` });
  }
  for (const kind of opts.kinds ?? FACT_KINDS) {
    const exp = (expected[kind] ?? []) as Fact[];
    const act = (got[kind] ?? []) as Fact[];
    const a = alignFacts(exp, act);
    for (const [e, g] of a.same) {
      if (e.start === g.start && e.end === g.end) continue;
      if (opts.strictOffsets) lines.push({ where, sign: '~', message: `${factLabel(kind, e)}: moved to @${g.start}-${g.end}`, at: g.start });
      else moved++;
    }
    for (const [e, g] of a.changed) {
      const ec = content(e);
      const gc = content(g);
      for (const field of new Set([...Object.keys(ec), ...Object.keys(gc)])) {
        if (JSON.stringify(ec[field]) !== JSON.stringify(gc[field])) {
          lines.push({ where, sign: '~', message: `${factLabel(kind, g)}: ${field} expected ${show(ec[field])}, got ${show(gc[field])}`, at: g.start });
        }
      }
      if (opts.strictOffsets && (e.start !== g.start || e.end !== g.end)) lines.push({ where, sign: '~', message: `${factLabel(kind, e)}: moved to @${g.start}-${g.end}`, at: g.start });
    }
    for (const e of a.missing) lines.push({ where, sign: '-', message: `missing ${factLabel(kind, e)}`, at: e.start });
    for (const g of a.unexpected) lines.push({ where, sign: '+', message: `unexpected ${factLabel(kind, g)}`, at: g.start });
  }
  lines.sort((x, y) => (x.at ?? -1) - (y.at ?? -1));
  return { lines, moved };
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * How the summary's lists are keyed: entries of a list named here are matched by this key and
 * shown by this label; lists of strings are compared as sets; other lists as wholes.
 */
const KEYS: Record<string, { key: (e: Obj) => string; label: (e: Obj) => string }> = {
  figures: { key: (e) => String(e.about), label: (e) => `figure “${String(e.about)}”` },
  values: {
    key: (e) => `${String(e.value)}|${String(e.approximate)}|${String(e.bound)}|${String(e.unit ?? '')}`,
    label: (e) => `value ${e.approximate ? '~' : ''}${e.bound === 'min' ? '>' : e.bound === 'max' ? '<' : ''}${String(e.value)}${e.unit ? ` ${String(e.unit)}` : ''}`,
  },
  speakers: { key: (e) => String(e.id), label: (e) => `speaker “${String(e.name)}”` },
  places: { key: (e) => `${String(e.name)}|${String(e.country)}`, label: (e) => `place “${String(e.name)}”${e.country ? ` (${String(e.country)})` : ''}` },
  timeline: { key: (e) => String(e.value), label: (e) => `date ${String(e.value)}` },
  failed: { key: (e) => `${String(e.source)}|${String(e.code)}`, label: (e) => `failed input ${String(e.source)}` },
  // A mention by where it is in its document's words, not its offsets (those move with the text).
  mentions: { key: (e) => `${String(e.doc)}|${String(e.text)}|${String(e.sentence ?? '')}`, label: (e) => `mention “${String(e.text)}” in ${String(e.doc)}` },
  said: { key: (e) => `${String(e.doc)}|${String(e.text)}`, label: (e) => `quote “${String(e.text).slice(0, 40)}” in ${String(e.doc)}` },
};

/** Offsets of mentions, compared only with strictOffsets. */
const OFFSET_FIELDS = new Set(['start', 'end']);

/** The differences between a fixture summary and a fresh one, by key. */
export function diffSummary(expected: unknown, got: unknown, opts: CheckOptions = {}): DiffLine[] {
  const out: DiffLine[] = [];
  const push = (path: string, sign: DiffLine['sign'], message: string) => out.push({ where: 'summary', sign, message: path ? `${path}: ${message}` : message });
  const walk = (e: Json | undefined, g: Json | undefined, path: string, listName: string | null) => {
    if (Array.isArray(e) && Array.isArray(g)) {
      const keyed = listName ? KEYS[listName] : undefined;
      if (keyed && [...e, ...g].every(isObj)) {
        const eBy = new Map((e as Obj[]).map((x) => [keyed.key(x), x]));
        const gBy = new Map((g as Obj[]).map((x) => [keyed.key(x), x]));
        for (const [k, x] of eBy) if (!gBy.has(k)) push(path, '-', `${keyed.label(x)} removed`);
        for (const [k, x] of gBy) if (!eBy.has(k)) push(path, '+', `${keyed.label(x)} added`);
        for (const [k, x] of eBy) {
          const y = gBy.get(k);
          if (y) walk(x, y, [path, keyed.label(x)].filter(Boolean).join(' › '), null);
        }
        return;
      }
      if ([...e, ...g].every((x) => typeof x === 'string')) {
        const es = new Set(e as string[]);
        const gs = new Set(g as string[]);
        const removed = [...es].filter((x) => !gs.has(x));
        const added = [...gs].filter((x) => !es.has(x));
        if (removed.length) push(path, '-', `${listName ?? 'list'} lose ${removed.map((x) => JSON.stringify(x)).join(', ')}`);
        if (added.length) push(path, '+', `${listName ?? 'list'} gain ${added.map((x) => JSON.stringify(x)).join(', ')}`);
        return;
      }
    }
    if (isObj(e) && isObj(g)) {
      for (const k of new Set([...Object.keys(e), ...Object.keys(g)])) {
        if (!opts.strictOffsets && OFFSET_FIELDS.has(k)) continue;
        walk(e[k], g[k], path, k);
      }
      return;
    }
    if (JSON.stringify(e) !== JSON.stringify(g)) push(path, '~', `${listName ?? '(value)'} expected ${show(e)}, got ${show(g)}`);
  };
  walk(expected as Json, got as Json, '', null);
  return out;
}
