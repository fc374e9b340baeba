/**
 * Numbers made of numbers: spoken fractions ("two thirds", "one and a half", "a twenty-first"),
 * "X over Y" and "X out of Y" between bare numbers, spoken decimals ("nine point nought four"),
 * and sign words ("minus 12", "negative one"). Each returns new, longer candidates; the parts stay
 * in the list, so when a whole is dropped by the resolver its parts can still be read alone.
 */
import { lexiconTags, type Span } from '../../document.js';
import { candidate, scaled, type Candidate } from './candidate.js';
import type { NumberLexicon } from './lexicon.js';
import { parseWordNumber } from './words.js';
import { wordsAfter } from './nouns.js';
import { partitionPoint } from '../../search.js';
import { isBareYear } from '../dates/bare-year.js';

const WORD = /[\p{L}]+/gu;
const HYPHEN_GAP = /^\s{0,3}[-‑]\s{0,3}$/u;
/**
 * After a guarded fraction ("a third", "a quarter"): "of", the clause's end, or a rate's point ("a
 * quarter point", "a quarter-point cut", "a quarter percentage point").
 */
const FRACTION_END = /^\s{0,3}(?:$|of(?![\p{L}])|[.,;:!?)\]"'”’—])/iu;
const POINT_END = /^(?:\s{1,3}|[-‑])(?:percentage\s{1,3})?points?(?![\p{L}])/iu;
/** After a count of periods, what they divide: a year or a game ("of 1986", "of fiscal 1984", "of the year", "of the match"). */
const PERIOD_OF_AFTER = /^\s{1,3}of\s{1,3}(?:(?:the|this|last|next|its|their)\s{1,3})?(?:(?:fiscal|financial|calendar)\s{1,3})?(?:year|season|game|match|(?:1[5-9]|20)\d\d)(?![\p{L}])/iu;
/** Before a count of periods, not a fraction: "the first three quarters", "the past two quarters". */
const PERIODS_BEFORE = /(?<![\p{L}])(?:first|last|next|past|previous|final|coming)\s{1,3}$/iu;
/** "the remaining three quarters" counts periods, as "the first" does. */
const REMAINING_BEFORE = /(?<![\p{L}])remaining\s{1,3}$/iu;
/** "by" right before a fraction: "cut by a third", "by almost a quarter". */
const BY_BEFORE = /(?<![\p{L}])by\s{1,3}$/iu;
/** A word and "and" right before a share: "a cent and", "a year and". Group 1 = the word. */
const AND_BEFORE = /(?<![\p{L}])(\p{L}{1,20})\s{1,3}and\s{1,3}$/iu;
/** Comparatives of time after "a quarter": "a quarter later" is three months on. */
const TIME_COMPARATIVE = new Set(['later', 'earlier', 'sooner']);
/** A preposition right before a share: "plans for a third are …" (the verb is the subject's). */
const PREPOSITION_BEFORE = /(?<![\p{L}])(?:for|of|with|to|on|in|at|from|into)\s{1,3}$/iu;
/** Words after a share that compare it with a whole: "a third more", "a quarter below". */
const COMPARED_SHARE = new Set(['more', 'less', 'fewer', 'below', 'above', 'lower']);
/** A plural's verb: "a third are", "a quarter were", "a fifth have" (one of several: "is", "was", "has"). */
const PLURAL_VERB = new Set(['are', 'were', 'have']);
/**
 * Tags of a word that may follow a hedged share as its verb ("nearly a quarter said", "almost a
 * fifth saying"); not a bare infinitive, which the dictionary gives nouns too ("by a third party").
 */
const SHARE_VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Gerund', 'Copula', 'Modal', 'Auxiliary']);
/** Nothing word-like after a number: the clause or the text ends. */
const BARE_END = /^\s{0,3}(?:$|[.,;:!?)\]"'”’—])/u;
const BETWEEN_BEFORE = /(?<![\p{L}])between\s{1,3}$/iu;
const PREV_WORD = /([\p{L}]{1,20})\s{1,3}$/u;
const SPACES = /^\s{1,2}$/u;
/** "half" right before "a dozen", "a million". */
const HALF_BEFORE = /(?<![\p{L}])half\s{1,3}$/iu;
/** "of a" and a scale word after a fraction: "a quarter of a million". Group 1 = the word. */
const OF_A_SCALE_AFTER = /^\s{1,3}of\s{1,3}an?\s{1,3}([\p{L}]{1,12})(?![\p{L}\p{N}])/u;
/** A scale word after a spoken fraction: "one and a half million". Group 1 = the word. */
const SCALE_WORD_AFTER = /^\s{1,3}([\p{L}]{1,12})(?![\p{L}\p{N}])/u;

interface Word {
  w: string;
  start: number;
  end: number;
}

/** number/word-fraction: "two thirds", "a half", "one and a half", "three twenty-firsts". */
export function findFractions(text: string, p: Span, lex: NumberLexicon): Candidate[] {
  const out: Candidate[] = [];
  // A cheap test first: most paragraphs name no denominator, and the full pattern is slow to scan.
  for (const m of lex.FRACTION_GATE.test(p.text) ? p.text.matchAll(lex.WORD_FRACTION) : []) {
    const base = p.start + m.index;
    const words: Word[] = [...m[0].matchAll(WORD)].map((w) => ({ w: w[0].toLowerCase(), start: base + w.index, end: base + w.index + w[0].length }));
    const c = parseFraction(text, words, lex);
    if (c) out.push(c);
  }
  for (const m of p.text.matchAll(BARE_HALF)) {
    const c = bareHalf(text, p, p.start + m.index, lex);
    if (c) out.push(c);
  }
  return out;
}

/** "half" alone, as a word (not "half-time", "halfway"). */
const BARE_HALF = /(?<![\p{L}\p{N}-])half(?=\s)/giu;

/**
 * "half of the voters", "almost half of which", "half his salary": a bare "half" before "of" or
 * a determiner is one half (0.5); not after an ordinal, a determiner or a number word ("the first
 * half of 2024", "one and a half": its "a half" is a spoken fraction), nor a listed word ("the
 * latter half").
 */
function bareHalf(text: string, p: Span, start: number, lex: NumberLexicon): Candidate | null {
  const end = start + 4;
  const next = wordsAfter(text, end, p.end, 1)[0]?.toLowerCase();
  if (next === undefined || (next !== 'of' && !lex.determiners.has(next))) return null;
  const prev = PREV_WORD.exec(text.slice(Math.max(p.start, start - 24), start))?.[1]?.toLowerCase();
  if (prev !== undefined && (lex.ordinals.has(prev) || lex.determiners.has(prev) || lex.cardinals.has(prev) || lex.halfBlockers.has(prev))) return null;
  const c = candidate(start, end, 0.5, false, 'number/word-fraction', null);
  c.fraction = true;
  return c;
}

/**
 * Whether a guarded fraction ("a third", "a quarter") with a word after it is a share, not an
 * ordinal ("a third term"): before a comparison ("a third more", "a quarter as large", "a fifth
 * below"), before a plural's verb ("a third are"), or after a hedge or "by" with no noun after it
 * ("nearly a quarter said", "cut by a fifth in 2025"; not "by a third party", "a third late on"),
 * or after a word of motion so ("down a third from May").
 */
function shareByContext(text: string, start: number, end: number, lex: NumberLexicon): boolean {
  const [next, after] = wordsAfter(text, end, Math.min(text.length, end + 60), 2).map((w) => w.toLowerCase());
  const lead = text.slice(Math.max(0, start - 30), start);
  // "a cent and a half weaker", "the past year and a half have": the half of a unit or a span of
  // time before it (not "in May, and a fifth more").
  const unitBefore = AND_BEFORE.exec(lead)?.[1]?.toLowerCase();
  if (next === undefined || (unitBefore !== undefined && (lex.suffixUnits.has(unitBefore) || lex.durationNouns.has(unitBefore)))) return false;
  // "a quarter later", "a quarter earlier": a span of time, no share.
  if (TIME_COMPARATIVE.has(next)) return false;
  const tags = lexiconTags(next);
  if (COMPARED_SHARE.has(next) || tags.includes('Comparative')) return true;
  // ("plans for a third are under way": after a preposition the verb is its subject's.)
  if (PLURAL_VERB.has(next) && !PREPOSITION_BEFORE.test(lead)) return true;
  // "a quarter as large", "a third as much" (an adjective the dictionary does not know counts too; not "a third as well").
  if (next === 'as' && after !== undefined && (after === 'much' || after === 'many' || lexiconTags(after).includes('Adjective') || (lexiconTags(after).length === 0 && !lex.stopWords.has(after)))) return true;
  // (So after a word of motion: "down a third from May", "fell a quarter in 2025"; not "gained a
  // third seat", nor "added a third after the break", a goal.)
  const moved = PREV_WORD.exec(lead)?.[1]?.toLowerCase();
  const motion = moved !== undefined && (lex.changes.get('motion')!.has(moved) || lex.changes.get('adverb')!.has(moved));
  if (!lex.HEDGE_BEFORE.test(lead) && !BY_BEFORE.test(lead) && !motion) return false;
  return lex.stopWords.has(next) || (tags.length > 0 && tags.every((t) => SHARE_VERB_TAGS.has(t)));
}

function parseFraction(text: string, words: Word[], lex: NumberLexicon): Candidate | null {
  // Split at "and": the whole part before the last "and", the fraction after it.
  const segments: Word[][] = [[]];
  for (const w of words) {
    if (w.w === 'and') segments.push([]);
    else segments[segments.length - 1]!.push(w);
  }
  if (segments.some((s) => s.length === 0)) return null;
  const fractionWords = segments.pop()!;
  const fraction = splitFraction(text, fractionWords, lex);
  if (!fraction) return null;
  const end = fractionWords[fractionWords.length - 1]!.end;
  // The whole part: "one hundred and three and two thirds" → 100 + 3; each part smaller than the last.
  let whole = 0;
  let start = fraction.start;
  if (fraction.at === 0 && segments.length > 0 && !BETWEEN_BEFORE.test(text.slice(Math.max(0, words[0]!.start - 12), words[0]!.start))) {
    const values = segments.map((s) => oneNumber(s.map((w) => w.w), lex));
    let from = values.length;
    let last = fraction.value;
    while (from > 0 && values[from - 1] !== null && values[from - 1]! > last) {
      from--;
      last = values[from]!;
    }
    if (from < values.length) {
      whole = values.slice(from).reduce<number>((acc, v) => acc + (v ?? 0), 0);
      start = segments[from]![0]!.start;
    }
  }
  const after = text.slice(end, end + 24);
  // A rate's point after "a quarter", "a half", "one-eighth"; "a third point" is an ordinal's.
  const point = POINT_END.test(after) && (lex.denominators.has(fractionWords[fractionWords.length - 1]!.w) || !/^an?$/.test(fractionWords[fraction.at]!.w));
  if (whole === 0 && fraction.guarded && !FRACTION_END.test(after) && !point && !shareByContext(text, start, end, lex)) return null;
  // "the first three quarters of fiscal 1984", "the past two quarters", "the first two quarters of
  // the match": periods counted in order, no fraction (not "the final three quarters of the
  // payment", "the remaining three quarters of the shares", nor a hyphened "the last three-quarters
  // of the film").
  const lead = text.slice(Math.max(0, start - 12), start);
  const ofPeriods = !/^\s{1,3}of\s/u.test(after) || PERIOD_OF_AFTER.test(text.slice(end, end + 40));
  const periods = !/[-‑]/.test(text.slice(start, end)) && ofPeriods && (PERIODS_BEFORE.test(lead) || REMAINING_BEFORE.test(lead));
  if (whole === 0 && fraction.guarded && periods && /s$/.test(fractionWords[fractionWords.length - 1]!.w)) return null;
  let value = whole + fraction.value;
  let stop = end;
  let scale: number | null = null;
  // "one and a half million"; "a quarter of a million", "two thirds of a billion": of a scale.
  const right = SCALE_WORD_AFTER.exec(text.slice(end, end + 16));
  const s = right && lex.scales.has(right[1]!.toLowerCase()) ? right : OF_A_SCALE_AFTER.exec(text.slice(end, end + 24));
  const sv = s ? lex.scales.get(s[1]!.toLowerCase()) : undefined;
  if (s && sv !== undefined && sv >= 1000 && !lex.dozens.has(s[1]!.toLowerCase())) {
    value = scaled(value, sv);
    scale = sv;
    stop = end + s[0].length;
  }
  const c = candidate(start, stop, value, false, 'number/word-fraction', scale);
  c.fraction = true;
  return c;
}

/**
 * The numerator and denominator of a spoken fraction without "and". The denominator is the
 * longest run at the end that reads as one ordinal ("thirty fifths" = 35ths, "one thousand
 * fifths"), leaving a numerator that reads as one number ("one hundred"); a singular denominator
 * takes only "a", "an" or "one". `at` is the index of the first word used.
 */
function splitFraction(text: string, ws: Word[], lex: NumberLexicon): { value: number; start: number; at: number; guarded: boolean } | null {
  // Groups: words joined by a hyphen into one tens-and-unit word ("twenty-first", "ninety - five").
  const groups: Word[][] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const prev = groups[groups.length - 1];
    const last = prev?.[prev.length - 1];
    const tens = last ? lex.cardinals.get(last.w) : undefined;
    const unit = lex.cardinals.get(w.w) ?? lex.ordinals.get(w.w) ?? lex.ordinals.get(w.w.replace(/s$/, ''));
    if (prev && last && HYPHEN_GAP.test(text.slice(last.end, w.start)) && tens !== undefined && tens >= 20 && tens < 100 && tens % 10 === 0 && unit !== undefined && unit > 0 && unit < 10 && prev.length === 1) {
      prev.push(w);
    } else groups.push([w]);
  }
  const n = groups.length;
  if (n < 2) return null;
  const denomGroup = groups[n - 1]!;
  const lastWord = denomGroup[denomGroup.length - 1]!.w;
  let plain = lex.denominators.get(lastWord);
  const guarded = lex.guardedDenominators.has(lastWord);
  let ord = lex.ordinals.get(lastWord);
  let plural = false;
  if (ord === undefined && plain === undefined && lastWord.endsWith('s')) {
    ord = lex.ordinals.get(lastWord.slice(0, -1));
    plural = true;
  }
  if (plain !== undefined) plural = /s$/.test(lastWord);
  if (ord === undefined && plain === undefined) return null;
  if (plain !== undefined && denomGroup.length > 1) return null;
  if (ord !== undefined && denomGroup.length === 1 && lex.notDenominators.has(plural ? lastWord.slice(0, -1) : lastWord)) return null;
  const cardinalOf = (x: number) => [...lex.cardinals].find(([, v]) => v === x)?.[0] ?? [...lex.scales].find(([, v]) => v === x)?.[0];
  for (let at = 0; at + 1 < n; at++) {
    for (let k = at + 1; k < n; k++) {
      let den: number | null;
      if (plain !== undefined) {
        if (k !== n - 1) continue;
        den = plain;
      } else {
        const lastCard = cardinalOf(ord!);
        if (lastCard === undefined) continue;
        const dWords = groups.slice(k).flat().map((w) => w.w);
        dWords[dWords.length - 1] = lastCard;
        den = dWords.length === 1 ? ord! : oneNumber(dWords, lex);
      }
      if (den === null || den === 0) continue;
      const nWords = groups.slice(at, k).flat().map((w) => w.w);
      const num = nWords.length === 1 && (nWords[0] === 'a' || nWords[0] === 'an') ? 1 : oneNumber(nWords, lex);
      if (num === null) continue;
      if (!plural && num !== 1) continue;
      // A singular ordinal after "a"/"one" is a fraction only before "of" or a clause's end.
      return { value: num / den, start: groups[at]![0]!.start, at, guarded: guarded || !plural };
    }
  }
  return null;
}

/** The value of words that read as exactly one number ("one hundred thirty"), else null. */
function oneNumber(words: string[], lex: NumberLexicon): number | null {
  const s = words.join(' ');
  const cs = parseWordNumber(0, s, lex);
  return cs.length === 1 && cs[0]!.start === 0 && cs[0]!.end === s.length ? cs[0]!.value : null;
}

/**
 * number/spoken-decimal, number/over-fraction and number/sign-word: new candidates made from the
 * candidates found by the other rules (sorted by start, longest first).
 */
export function composeNumbers(text: string, p: Span, cs: Candidate[], lex: NumberLexicon): Candidate[] {
  const out = [...cs];
  // The first candidate starting at or after `end` (cs is sorted by start): a binary search.
  const nextAfter = (end: number) => cs[partitionPoint(cs.length, (i) => cs[i]!.start >= end)];
  const isWords = (c: Candidate) => /^\p{L}/u.test(text.slice(c.start, c.end)) && c.rule === 'number/words';
  for (const a of cs) {
    if (a.ordinal || a.fraction) continue;
    const b = nextAfter(a.end);
    if (!b || b.ordinal || b.fraction) continue;
    const gap = text.slice(a.end, b.start);
    // "two hundred point seventy-one", "naught point five", "two point five million" (not "at one point").
    if (isWords(a) && a.scale === null && isWords(b) && lex.POINT_GAP.test(gap)) {
      const prev = PREV_WORD.exec(text.slice(Math.max(p.start, a.start - 24), a.start))?.[1]?.toLowerCase();
      if (a.value !== 1 || prev === undefined || !lex.pointBlockers.has(prev)) {
        const c = spokenDecimal(text, a, b, nextAfter);
        if (c) out.push(c);
      }
    }
    // "1 over three", "2000 over 3", "one out of three": both bare, nothing after the second.
    // (Not over a year: "a rise of 3,400 over 1985".)
    if (a.scale === null && b.scale === null && b.value !== 0 && Number.isInteger(a.value) && Number.isInteger(b.value) && lex.OVER_GAP.test(gap) && BARE_END.test(text.slice(b.end, b.end + 8)) && !isBareYear(text, b.start, b.end)) {
      const c = candidate(a.start, b.end, a.value / b.value, false, 'number/over-fraction', null);
      c.fraction = true;
      out.push(c);
    }
  }
  // "half a dozen", "half a million": half of "a" scale word.
  for (const c of [...out]) {
    const a = /^an?\s{1,3}(\p{L}+)$/iu.exec(text.slice(c.start, c.end));
    if (!a || !(lex.scales.has(a[1]!.toLowerCase()) || lex.dozens.has(a[1]!.toLowerCase()))) continue;
    const half = HALF_BEFORE.exec(text.slice(Math.max(p.start, c.start - 8), c.start));
    if (!half) continue;
    const h = candidate(c.start - half[0].length, c.end, c.value / 2, false, 'number/word-fraction', c.scale);
    h.fraction = true;
    out.push(h);
  }
  // "minus 12", "minus five point five", "negative one" (not "plus or minus 3").
  for (const c of [...out]) {
    if (c.ordinal || c.value <= 0 || /^[-−]/.test(text.slice(c.start, c.end))) continue;
    const before = text.slice(Math.max(p.start, c.start - 24), c.start);
    const sign = lex.SIGN_BEFORE.exec(before);
    if (!sign) continue;
    const at = c.start - (before.length - sign.index);
    if (lex.SIGN_CANCEL.test(text.slice(Math.max(p.start, at - 16), at))) continue;
    const after = text.slice(c.end, Math.min(p.end, c.end + 24));
    if (lex.signWords.get(sign[1]!.toLowerCase()) === 'bare' && !BARE_END.test(after) && !lex.UNIT_AFTER.test(after)) continue;
    const s = { ...candidate(at, c.end, -c.value, false, 'number/sign-word', c.scale) };
    if (c.fraction) s.fraction = true;
    out.push(s);
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}

/** "nine point nought four" → 9.04: the words after "point" are its digits, one number each. */
function spokenDecimal(text: string, a: Candidate, b: Candidate, nextAfter: (end: number) => Candidate | undefined): Candidate | null {
  let digits = '';
  let cur: Candidate | undefined = b;
  let last = b;
  let scale: number | null = null;
  while (cur && cur.rule === 'number/words' && !cur.ordinal && /^\p{L}/u.test(text.slice(cur.start, cur.end)) && !/^an?\s/iu.test(text.slice(cur.start, cur.end))) {
    const unitValue = cur.scale !== null ? cur.value / cur.scale : cur.value;
    if (!Number.isInteger(unitValue) || unitValue >= 100 || unitValue < 0) break;
    digits += String(unitValue);
    last = cur;
    if (cur.scale !== null) {
      scale = cur.scale;
      break;
    }
    const next = nextAfter(cur.end);
    if (!next || !SPACES.test(text.slice(cur.end, next.start))) break;
    cur = next;
  }
  if (!digits) return null;
  const value = scaled(a.value + Number(`0.${digits}`), scale ?? 1);
  return candidate(a.start, last.end, value, false, 'number/spoken-decimal', scale);
}
