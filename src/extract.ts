/** extract(text, options): one document's facts. */
import type { RunContext } from './context.js';
import { Doc, PARSE_SHARE } from './document.js';
import { ExtractError } from './errors.js';
import { runPipeline } from './pipeline.js';
import { DATE_STYLES, FACT_KINDS, OFFSET_UNITS, type DocResult, type ExtractOptions, type FactKind, type FactsByKind } from './types.js';

/** Optional observers of one extract() call (the CLI's --debug trace, the benchmark's timings). */
export interface ExtractHooks {
  /** Receives each rule decision (what was dropped or merged, and why). */
  trace?: (message: string) => void;
  /**
   * Receives the milliseconds spent in each stage: 'split' (paragraphs and sentences), each
   * extractor and refiner by name, and 'compromise' (parses, also counted in the stage that asked).
   */
  time?: (stage: string, ms: number) => void;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Null when `s` is a real calendar day written YYYY-MM-DD, else the problem. */
export function checkReferenceDate(s: string): string | null {
  const m = ISO_DAY.exec(s);
  if (!m) return `"${s}" is not a date in the form YYYY-MM-DD`;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  if (d.getUTCFullYear() !== +m[1]! || d.getUTCMonth() !== +m[2]! - 1 || d.getUTCDate() !== +m[3]!) {
    return `"${s}" is not a calendar day`;
  }
  return null;
}

/** The kinds in `only`, checked. Throws ExtractError on an unknown kind. */
export function checkKinds(only: readonly string[] | undefined): ReadonlySet<FactKind> {
  if (!only) return new Set(FACT_KINDS);
  const out = new Set<FactKind>();
  for (const k of only) {
    if (!(FACT_KINDS as readonly string[]).includes(k)) {
      throw new ExtractError('BAD_OPTION', `unknown kind "${k}"`, { hint: `Use any of: ${FACT_KINDS.join(', ')}.` });
    }
    out.add(k as FactKind);
  }
  return out;
}

/**
 * The facts of one document. Never throws on text; throws ExtractError on bad options.
 *
 * @example extract('About 2,500 workers walked out on Monday.', { referenceDate: '2024-10-29' })
 */
export function extract(text: string, options: ExtractOptions = {}, hooks: ExtractHooks = {}): DocResult {
  const referenceDate = options.referenceDate ?? null;
  if (referenceDate !== null) {
    const problem = checkReferenceDate(referenceDate);
    if (problem) throw new ExtractError('BAD_OPTION', `reference date ${problem}`, { hint: 'Give it as YYYY-MM-DD.' });
  }
  const dateStyle = options.dateStyle ?? 'news';
  if (!DATE_STYLES.includes(dateStyle)) {
    throw new ExtractError('BAD_OPTION', `unknown date style "${String(dateStyle)}"`, { hint: `Use one of: ${DATE_STYLES.join(', ')}.` });
  }
  if (options.offsets !== undefined && !OFFSET_UNITS.includes(options.offsets)) {
    throw new ExtractError('BAD_OPTION', `unknown offset unit "${String(options.offsets)}"`, { hint: `Use one of: ${OFFSET_UNITS.join(', ')}.` });
  }
  const ctx: RunContext = { referenceDate, only: checkKinds(options.only), dateStyle, trace: hooks.trace ?? (() => {}), time: hooks.time };
  const doc = new Doc(text, hooks.time);
  const run = runPipeline(doc, ctx);
  if (doc.parseBudgetSpent) ctx.trace(`compromise's parse budget (${PARSE_SHARE * 100}% of the text) was spent: names beyond it were read as no name`);
  const headline = doc.layout.headline?.text.replace(/\s+/g, ' ') ?? null;
  const codePoints = options.offsets === 'codepoint';
  return {
    id: options.id ?? 'doc',
    source: options.source ?? null,
    title: options.title ?? headline,
    referenceDate: run.referenceDate,
    referenceDateFrom: referenceDate !== null ? (options.referenceDateFrom ?? 'option') : run.referenceDate !== null ? 'dateline' : null,
    ...(codePoints ? { offsets: 'codepoint' as const } : {}),
    ...(codePoints ? inCodePoints(run.facts, text) : run.facts),
  };
}

/** How many of a result's relative dates stayed unresolved for want of a reference date. */
export function unresolvedForWantOfReference(result: DocResult): number {
  return result.referenceDate ? 0 : result.dates.filter((d) => d.unresolved === 'no reference date').length;
}

/**
 * The facts with `start`/`end` (a speaker's too) counted in Unicode code points instead of UTF-16
 * code units: each offset less the surrogate pairs that end before it.
 */
export function inCodePoints(facts: FactsByKind, text: string): FactsByKind {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return facts;
  const at = new Int32Array(text.length + 1);
  let pairs = 0;
  for (let i = 0; i < text.length; i++) {
    at[i] = i - pairs;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        at[i] = i - 1 - pairs; // inside a pair: the pair's code point
        pairs++;
      }
    }
  }
  at[text.length] = text.length - pairs;
  const move = <F extends { start: number; end: number }>(f: F): F => ({ ...f, start: at[f.start]!, end: at[f.end]! });
  return {
    numbers: facts.numbers.map(move),
    dates: facts.dates.map(move),
    places: facts.places.map(move),
    quotes: facts.quotes.map((q) => {
      const moved = move(q);
      const sp = q.speaker;
      return sp && sp.start !== undefined && sp.end !== undefined ? { ...moved, speaker: { ...sp, start: at[sp.start]!, end: at[sp.end]! } } : moved;
    }),
  };
}
