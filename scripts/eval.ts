// Quick evaluation of each extractor on the public sets in ../shared/eval (not part of npm test:
// run it and quote it). Each runner prints one line of figures; `-v` adds the commonest errors.
//
//   npx tsx scripts/eval.ts [numbers|dates|places|quotes|all] [-v]
//
// numbers: Recognizers-Text NumberModel cases: value accuracy (a gold number counts when a found
//          number overlaps it with the same value).
// dates:   TempEval-3 training data, DATE and TIME expressions: relaxed (overlap) span F1 and
//          value F1 (span match with the exact TIMEX3 value), documents' own creation dates; once
//          with the default date style and once with `timeml` (vague "now", "recently" included,
//          as TimeML annotates them and this project's guidelines do not).
// places:  CoNLL-2003 dev: span P/R/F1 of places against LOC entities (overlap, one-to-one).
// quotes:  PolNeAR dev, attributions with quoted content and a source: span recall, the share of
//          found quotes that match one, and speaker accuracy where the source is a name (its head
//          word capitalised; pronouns and descriptions such as "a source" are skipped: PolNeAR
//          has no coreference): the speaker's surname is the source's last word or appears in it.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract.js';

const EVAL = new URL('../../shared/eval/', import.meta.url);
if (!existsSync(EVAL)) {
  console.error(`npm run eval: ${fileURLToPath(EVAL)} not found. It needs the evaluation sets in ../shared/eval, beside this repository (the project's shared folder); without them, npm test still runs every test.`);
  process.exit(2);
}
const verbose = process.argv.includes('-v');
const which = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? 'all';

function records<T>(name: string): T[] {
  return readFileSync(new URL(name, EVAL), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as T);
}
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const fmt = (x: number) => x.toFixed(3);
function top(xs: string[], n = 20): string {
  const c = new Map<string, number>();
  for (const x of xs) c.set(x, (c.get(x) ?? 0) + 1);
  return [...c].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `    ${v}× ${k}`).join('\n');
}

function numbers(): void {
  type Case = { input: string; results: Array<{ start: number; end: number; text: string; number: number }> };
  let ok = 0;
  let n = 0;
  const wrong: string[] = [];
  for (const c of records<Case>('recognizers-number-en.jsonl')) {
    const found = extract(c.input, { only: ['numbers'] }).numbers;
    for (const g of c.results) {
      n++;
      const got = found.find((f) => overlaps(f, g));
      if (got && Math.abs(got.value - g.number) <= 1e-9 * Math.max(1, Math.abs(g.number))) ok++;
      else wrong.push(`"${g.text}" = ${g.number}, got ${got ? got.value : 'nothing'}`);
    }
  }
  console.log(`numbers  Recognizers NumberModel: value accuracy ${fmt(ok / n)} (${ok}/${n})`);
  if (verbose) console.log(top(wrong));
}

function dates(): void {
  datesIn('news');
  datesIn('timeml');
}

function datesIn(dateStyle: 'news' | 'timeml'): void {
  type Doc = { text: string; dct: string; timex: Array<{ start: number; end: number; text: string; type: string; value: string }> };
  let g = 0;
  let p = 0;
  let m = 0;
  let vm = 0;
  const misses: string[] = [];
  for (const d of records<Doc>('tempeval3-train.jsonl')) {
    const gold = d.timex.filter((t) => t.type === 'DATE' || t.type === 'TIME');
    const found = extract(d.text, { referenceDate: d.dct, only: ['dates'], dateStyle }).dates;
    g += gold.length;
    p += found.length;
    const used = new Set<number>();
    for (const f of found) {
      const i = gold.findIndex((t, k) => !used.has(k) && overlaps(t, f));
      if (i < 0) continue;
      used.add(i);
      m++;
      if (gold[i]!.value === f.value) vm++;
    }
    gold.forEach((t, k) => { if (!used.has(k)) misses.push(t.text.toLowerCase()); });
  }
  console.log(`dates    TempEval-3 train DATE+TIME, --date-style ${dateStyle.padEnd(6)}: relaxed span F1 ${fmt(f1(m / p, m / g))}, value F1 ${fmt(f1(vm / p, vm / g))} (gold ${g}, found ${p}, overlapping ${m}, same value ${vm})`);
  if (verbose) console.log('  commonest misses:\n' + top(misses));
}

function places(): void {
  type Doc = { text: string; entities: Array<{ start: number; end: number; text: string; type: string }> };
  let g = 0;
  let p = 0;
  let tp = 0;
  const fps: string[] = [];
  const fns: string[] = [];
  for (const d of records<Doc>('conll2003-dev.jsonl')) {
    const gold = d.entities.filter((e) => e.type === 'LOC');
    const found = extract(d.text, { only: ['places'] }).places;
    g += gold.length;
    p += found.length;
    const used = new Set<number>();
    for (const f of found) {
      const i = gold.findIndex((e, k) => !used.has(k) && overlaps(e, f));
      if (i >= 0) {
        used.add(i);
        tp++;
      } else fps.push(`${f.text} (${d.entities.find((e) => overlaps(e, f))?.type ?? 'O'})`);
    }
    gold.forEach((e, k) => { if (!used.has(k)) fns.push(e.text); });
  }
  const P = tp / p;
  const R = tp / g;
  console.log(`places   CoNLL-2003 dev LOC: span P ${fmt(P)}, R ${fmt(R)}, F1 ${fmt(f1(P, R))} (gold ${g}, found ${p})`);
  if (verbose) console.log('  false positives (gold type):\n' + top(fps) + '\n  misses:\n' + top(fns));
}

function quotes(): void {
  type Span = { start: number; end: number; text: string };
  type Doc = { text: string; dct: string; attributions: Array<{ source: Span | null; content: Span | null; quoted: boolean }> };
  const PRONOUN = /^(he|she|they|it|we|i|you)$/i;
  const last = (s: string) => s.toLowerCase().replace(/[’']s$/, '').split(/\s+/).pop() ?? '';
  let gold = 0;
  let found = 0;
  let pred = 0;
  let matched = 0;
  let spk = 0;
  let spkOk = 0;
  const wrong: string[] = [];
  for (const d of records<Doc>('polnear-dev.jsonl')) {
    const qs = extract(d.text, { referenceDate: d.dct, only: ['quotes'] }).quotes;
    pred += qs.length;
    const hit = new Set<number>();
    for (const a of d.attributions.filter((x) => x.quoted && x.source && x.content)) {
      gold++;
      const i = qs.findIndex((q) => overlaps(q, a.content!));
      if (i < 0) continue;
      found++;
      hit.add(i);
      const src = a.source!.text.trim();
      // Only sources that are names count (the measure): not pronouns, and the head word
      // (the last, parentheticals and possessive 's aside) is capitalised: "Sen. Tim Kaine (D-VA)",
      // "Politifact", not "the commission", "a source" or "Clinton’s campaign".
      const head = src.replace(/\([^)]*\)/g, ' ').replace(/[’']s\b/g, '').trim().split(/\s+/).pop() ?? '';
      if (PRONOUN.test(src) || !/^\p{Lu}/u.test(head)) continue;
      spk++;
      const name = qs[i]!.speaker?.name ?? '';
      if (name && (last(name) === last(src) || src.toLowerCase().includes(last(name)))) spkOk++;
      else wrong.push(`${src} ⇐ ${name || 'null'}`);
    }
    matched += hit.size;
  }
  console.log(`quotes   PolNeAR dev quoted+source: span recall ${fmt(found / gold)}, found quotes matching one ${fmt(matched / pred)}, speaker surname accuracy on named sources ${fmt(spkOk / spk)} (${spk} named; gold ${gold}, found ${pred})`);
  if (verbose) console.log(top(wrong));
}

const RUNNERS: Record<string, () => void> = { numbers, dates, places, quotes };
for (const [name, run] of Object.entries(RUNNERS)) if (which === 'all' || which === name) run();
