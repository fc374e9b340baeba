/**
 * numbers: every cardinal and ordinal number in news English, in digits ("4,500", "3.5",
 * "$2.3bn", "9km", "-4C", "21st") or words ("two", "a dozen", "one hundred and twenty", "ninth"),
 * with its value, the unit it counts or measures, and its hedge ("around" → approximate, "over" →
 * bound min, "up to" → bound max).
 *
 * `text` is the number as written with its scale ("1.2 million", "2.3bn", "a dozen") but without
 * its hedge, currency sign or unit: "around $2.3bn" → text "2.3bn", unit USD; "9km" → text "9".
 *
 * Leaves out: digits of dates and clock times ("Oct. 30", "28 October", "10 a.m.", "in 2022"),
 * digits inside names and codes ("F-16", "G7", "COVID-19", "Article 5", "1990s", "Apollo 11"), "one" as a
 * pronoun ("one of them", "no one"), capitalised number words inside names ("Group of Seven"),
 * vague quantities ("dozens", "several").
 *
 * Rule order (candidates from every rule are merged; on overlap the longer wins):
 *   1. number/digits         digits with separators, decimals, a sign and a scale: "45,000", "1.2 million"
 *   2. number/digit-ordinal  digits with an ordinal suffix: "21st", "103rd"
 *   3. number/words          spelled-out cardinals: "ten thousand", "a dozen"
 *   4. number/word-ordinal   spelled-out ordinals: "sixth", "twenty-first"
 * then the resolver: guards (dates, times, codes and names, pronoun "one"), currency, hedge, measure
 * name ("magnitude 6.1"), unit; scores ("Leeds 2-0": two numbers, no range), ranges ("8,000 to
 * 9,500", "between 3 and 5"; not a change "fell 4% to $31"), and the elided unit ("90 survivors,
 * with 12 still missing" → survivors).
 */
import type { Doc, Span } from '../document.js';
import type { NumberFact } from '../types.js';
import type { Extractor } from './extractor.js';
import { numberLexicon, type NumberLexicon } from './numbers/lexicon.js';
import { countedNoun, isCapitalised, wordsAfter } from './numbers/nouns.js';

/** Digits, optionally grouped by commas, optionally with decimals. */
const DIGITS = /(?<![\p{L}\p{N}_]|\d[.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\p{N}])/gu;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)(?![\p{L}\p{N}])/u;
/** A hyphenated word glued after the number: "-year-long", "-strong", "-point". */
const COMPOUND_AFTER = /^[-‑]([\p{L}]{1,20})/u;
/** The whitespace-free token around a number is a date, time, ratio or score: "2024-10-28", "10:30", "24/7". */
const CODE_TOKEN = /\d[:/]\d|^\d{4}-\d{1,2}-\d{1,2}/u;
/** A capitalised word (or "No.") right before a number: "Article 5", "Boeing 747". */
const NAME_BEFORE = /(?<![\p{L}'’])(\p{Lu}[\p{L}]{0,20}\.?)\s$/u;
/** The second half of a name's hyphenated code: "800" in "Airbus 350-900". Group 1 = the name. */
const NAME_CODE_BEFORE = /(?<![\p{L}'’])(\p{Lu}[\p{L}]{0,20})\s(\d{1,6})[-–]$/u;
/** Opening quotes or brackets that may stand between a sentence start and its first word. */
const OPENERS = /^[\s"'“‘(\[«]*$/u;
const PREV_WORD = /([\p{L}]{1,20})[\s.,]{1,3}$/u;
const RANGE_GAP = /^\s{0,2}(?:[-–—]|to|and)\s{0,2}$/u;
const BETWEEN_BEFORE = /(?<![\p{L}])(?:between|from)\s{1,3}$/iu;
const LETTER = /\p{L}/u;
const WORD_TOKEN = /[\p{L}]+/gu;
const BARE_YEAR = /^\d{4}$/;
/** "Of the 120 guests, 9 were hurt": a count after a fronted partitive. */
const PARTITIVE_BEFORE = /(?<![\p{L}])of\s{1,3}(?:the\s{1,3}|these\s{1,3}|those\s{1,3})?$/iu;
const CLAUSE_COMMA = /,\s{1,3}$/u;
/** A sign glued to the digits, after a space, a bracket or the paragraph's start: "-4C", "(−2.5%)". */
const MINUS = /(?:^|[\s(])[-−]$/u;
/** The other side of a score right after the digits: "-1" in "2-1", "–98" in "110–98". */
const SCORE_AFTER = /^[-–](\d{1,3})(?![\p{L}\p{N}]|[.,]\d)/u;
/** Scores are small: both sides under this (a model number "737-800" is no score). */
const SCORE_MAX = 200;
/** The last one or two words before a position (anchored at the end). */
const LAST_WORDS = /(?:([\p{L}]{1,20})\s{1,3})?([\p{L}]{1,20})\s{1,3}$/u;
const ELIDED_SHAPE = /\p{Ll}{2}(?:ed|ly)$/u;

interface Candidate {
  start: number;
  end: number;
  value: number;
  ordinal: boolean;
  rule: string;
  /** The scale multiplier written with the number ("million"), if any. */
  scale: number | null;
  /** Where the text after the number (its unit or counted noun) begins. */
  tail: number;
  /** Where a currency sign before the number begins, else `start`. */
  head: number;
  /** Where the hedge before the number begins, else `head`. */
  lead: number;
  /** One side of a score ("2-1"): no unit, no range. */
  score?: boolean;
  unit: string | null;
  /** Where the unit came from: a currency/measure table, a hyphen compound, or the counted noun. */
  unitFrom: 'table' | 'compound' | 'noun' | null;
  approximate: boolean;
  bound: 'min' | 'max' | null;
  hedge?: string;
  range?: 'from' | 'to';
}

export const numbersExtractor: Extractor<NumberFact> = {
  kind: 'numbers',
  extract(doc, ctx) {
    try {
      const lex = numberLexicon();
      const out: NumberFact[] = [];
      for (const p of doc.paragraphs) out.push(...paragraphNumbers(doc, p, lex, ctx.trace));
      return out;
    } catch (e) {
      // Data errors are real errors; anything else is a bug that must not cost the document.
      if (e instanceof Error && e.name === 'ExtractError') throw e;
      ctx.trace(`numbers: internal error ${(e as Error).message}`);
      return [];
    }
  },
};

function paragraphNumbers(doc: Doc, p: Span, lex: NumberLexicon, trace: (m: string) => void): NumberFact[] {
  const found = [...findDigits(doc, p, lex), ...findWords(doc, p, lex)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  const kept: Candidate[] = [];
  for (const c of found) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue;
    if (resolve(doc, p, c, lex, trace)) kept.push(c);
  }
  markScores(doc.text, kept);
  markRanges(doc.text, kept, lex);
  inheritElidedUnits(doc, kept, lex);
  return kept.map(toFact(doc.text));
}

// --- rules -------------------------------------------------------------------------------------

/** number/digits and number/digit-ordinal: "45,000", "3.5", "1.2 million", "$2.3bn", "-4C", "21st". */
function findDigits(doc: Doc, p: Span, lex: NumberLexicon): Candidate[] {
  const text = doc.text;
  const out: Candidate[] = [];
  DIGITS.lastIndex = 0;
  for (const m of p.text.matchAll(DIGITS)) {
    let start = p.start + m.index;
    let end = start + m[0].length;
    const before = text.slice(Math.max(p.start, start - 2), start);
    // "F-16", "COVID-19" (a letter and a hyphen before, unless a measure: "magnitude-5.8"); "#5";
    // "10:30" and "24/7" (second half).
    if (/\p{L}[-‑]$/u.test(before) && !lex.MEASURE_BEFORE.test(text.slice(Math.max(p.start, start - 24), start))) continue;
    if (/[#:/]$/.test(before) || /\d[:/]$/.test(before)) continue;
    if (CODE_TOKEN.test(tokenAround(text, start, end, p))) continue;
    let value = Number(m[0].replace(/,/g, ''));
    if (MINUS.test(text.slice(Math.max(p.start, start - 2), start))) {
      start -= 1;
      value = -value;
    }
    let ordinal = false;
    let scale: number | null = null;
    const after = text.slice(end, Math.min(p.end, end + 16));
    const ord = ORDINAL_SUFFIX.exec(after);
    if (ord && !m[0].includes('.')) {
      ordinal = true;
      end += ord[0].length;
    } else {
      const s = lex.SCALE_AFTER.exec(after);
      const word = s?.[1] ?? s?.[2];
      if (s && word && scaleApplies(doc, p, start, end + s[0].length, word, lex)) {
        scale = lex.scales.get(word.toLowerCase())!;
        value *= scale;
        end += s[0].length;
      }
    }
    // Letters glued to the digits that are no unit make a code: "5G", "1990s", "3D".
    const next = text[end] ?? '';
    if (LETTER.test(next) && !lex.UNIT_AFTER.test(text.slice(end, Math.min(p.end, end + 16)))) continue;
    out.push(candidate(start, end, value, ordinal, ordinal ? 'number/digit-ordinal' : 'number/digits', scale));
  }
  return out;
}

/** A glued "m"/"b" is a scale only with a currency or before a plural noun ("$5m", "5m people"). */
function scaleApplies(doc: Doc, p: Span, start: number, end: number, word: string, lex: NumberLexicon): boolean {
  const lower = word.toLowerCase();
  if (!lex.ambiguousScales.has(lower) || word === 'M' || word === 'B') return true;
  if (lex.CURRENCY_BEFORE.test(doc.text.slice(Math.max(p.start, start - 4), start))) return true;
  const nextWord = wordsAfter(doc.text, end, p.end, 1)[0]?.toLowerCase() ?? '';
  return lower === 'm' && (/[^s]s$/.test(nextWord) || lex.irregularPlurals.has(nextWord));
}

/** number/words and number/word-ordinal: "ten thousand", "a dozen", "one hundred and twenty", "sixth". */
function findWords(doc: Doc, p: Span, lex: NumberLexicon): Candidate[] {
  const out: Candidate[] = [];
  for (const m of p.text.matchAll(lex.WORD_NUMBER)) out.push(...parseWordNumber(p.start + m.index, m[0], lex));
  for (const m of p.text.matchAll(lex.WORD_ORDINAL)) {
    const start = p.start + m.index;
    const parts = m[0].toLowerCase().split(/[-‑]/);
    const value = parts.length === 2 ? lex.cardinals.get(parts[0]!)! + lex.ordinals.get(parts[1]!)! : lex.ordinals.get(parts[0]!)!;
    if (parts[parts.length - 1] === 'second' && parts.length === 1) {
      // "second" is the ordinal after a determiner ("the second round"), else a unit of time.
      const prev = PREV_WORD.exec(doc.text.slice(Math.max(p.start, start - 24), start));
      if (!prev || !lex.secondBefore.has(prev[1]!.toLowerCase())) continue;
    }
    out.push(candidate(start, start + m[0].length, value, true, 'number/word-ordinal', null));
  }
  return out.filter((c) => !capitalisedInName(doc, p, c));
}

/**
 * Splits a run of number words into numbers and values them: "one hundred and twenty" → 120,
 * "ten thousand" → 10000, "a dozen" → 12. "and" joins only after a scale ("one and two" is two).
 */
function parseWordNumber(base: number, s: string, lex: NumberLexicon): Candidate[] {
  const words = [...s.matchAll(WORD_TOKEN)].map((w) => ({ w: w[0].toLowerCase(), at: base + w.index }));
  const out: Candidate[] = [];
  let cur: { start: number; end: number; total: number; small: number; last: 'a' | 'num' | 'tens' | 'scale' | 'and'; counted: boolean; scale: number | null } | null = null;
  const close = () => {
    if (cur && cur.counted && cur.last !== 'and' && cur.last !== 'a') {
      out.push(candidate(cur.start, cur.end, cur.total + cur.small, false, 'number/words', cur.scale));
    }
    cur = null;
  };
  for (let i = 0; i < words.length; i++) {
    const { w, at } = words[i]!;
    const end = at + w.length;
    const nextWord = words[i + 1]?.w;
    const isScale = (x: string | undefined) => x !== undefined && (lex.scales.has(x) || x === 'dozen');
    if (w === 'a' || w === 'an') {
      close();
      if (isScale(nextWord)) cur = { start: at, end, total: 0, small: 1, last: 'a', counted: true, scale: null };
      continue;
    }
    if (w === 'and') {
      const n = nextWord !== undefined ? lex.cardinals.get(nextWord) : undefined;
      if (cur && cur.last === 'scale' && n !== undefined && n < 100 && nextWord !== 'dozen') cur.last = 'and';
      else close();
      continue;
    }
    const card = lex.cardinals.get(w);
    if (w === 'dozen') {
      if (!cur) continue; // a bare "dozen" counts nothing
      cur.small = (cur.small || 1) * 12;
      cur.end = end;
      cur.last = 'scale';
      continue;
    }
    if (card !== undefined) {
      const joins = cur && (cur.last === 'scale' || cur.last === 'and' || (cur.last === 'tens' && card < 10 && card > 0));
      if (!joins) {
        close();
        cur = { start: at, end, total: 0, small: 0, last: 'num', counted: true, scale: null };
      }
      cur!.small += card;
      cur!.end = end;
      cur!.last = card >= 20 && card % 10 === 0 ? 'tens' : 'num';
      continue;
    }
    const scale = lex.scales.get(w);
    if (scale !== undefined) {
      if (!cur) continue; // a bare "million" counts nothing
      if (scale === 100) cur.small = (cur.small || 1) * 100;
      else if (scale > cur.total || cur.total === 0) {
        cur.total = (cur.total + (cur.small || 1)) * scale;
        cur.small = 0;
      } else {
        cur.total += (cur.small || 1) * scale;
        cur.small = 0;
      }
      cur.end = end;
      cur.last = 'scale';
      cur.scale = scale >= 1000 ? scale : cur.scale;
    }
  }
  close();
  return out;
}

// --- resolver ----------------------------------------------------------------------------------

/** Applies the guards, then finds currency, hedge and unit. False when the candidate is no number. */
function resolve(doc: Doc, p: Span, c: Candidate, lex: NumberLexicon, trace: (m: string) => void): boolean {
  const text = doc.text;
  const before = text.slice(Math.max(p.start, c.start - 40), c.start);
  const after = text.slice(c.end, Math.min(p.end, c.end + 40));
  const isDigits = /^[-−]?\d/.test(text.slice(c.start, c.end));
  const drop = (why: string) => {
    trace(`numbers: skipped "${text.slice(c.start, c.end)}"@${c.start}: ${why}`);
    return false;
  };
  // A run of hundreds of digits overflows: no value, no fact.
  if (!Number.isFinite(c.value)) return drop('too large to hold');
  // Dates and times: "Oct. 30", "October 27 or 28", "28 October", "10 a.m.".
  if (isDigits && (lex.MONTH_BEFORE.test(before) || lex.MONTH_AFTER.test(after))) return drop('part of a date');
  if (isDigits && !c.ordinal && lex.TIME_AFTER.test(after)) return drop('a clock time');
  // The pronoun "one": "one of the soldiers", "no one", "one another".
  if (text.slice(c.start, c.end).toLowerCase() === 'one') {
    const prev = PREV_WORD.exec(before)?.[1]?.toLowerCase();
    const next = wordsAfter(text, c.end, p.end, 1)[0]?.toLowerCase();
    if ((prev && /\s$/.test(before) && lex.pronounOneBefore.has(prev)) || (next && lex.pronounOneAfter.has(next))) {
      return drop('pronoun "one"');
    }
  }
  // Currency sign before the number ("$2 billion"), then the hedge before both ("around $2bn").
  const cur = lex.CURRENCY_BEFORE.exec(before);
  if (cur) {
    c.head = c.start - cur[0].length;
    c.unit = lex.prefixUnits.get(cur[0].trim()) ?? null;
    c.unitFrom = 'table';
  }
  const hedgeText = text.slice(Math.max(p.start, c.head - 40), c.head);
  let hedge = lex.HEDGE_BEFORE.exec(hedgeText);
  // "spoke about 3 issues": after a verb of speech or thought, "about" is the topic, not a hedge.
  if (hedge && hedge[1]!.toLowerCase() === 'about') {
    const prev = PREV_WORD.exec(hedgeText.slice(0, hedge.index))?.[1]?.toLowerCase();
    if (prev && lex.aboutVerbs.has(prev)) hedge = null;
  }
  if (hedge) {
    const kind = lex.hedges.get(hedge[1]!.toLowerCase().replace(/\s+/g, ' '))!;
    c.hedge = hedge[1]!;
    c.lead = c.head - (hedgeText.length - hedge.index);
    if (kind === 'approximate') c.approximate = true;
    else c.bound = kind;
  }
  // A measure name before the number is its unit: "a magnitude 6.1 quake", "a Category 3 storm".
  const measure = cur ? null : lex.MEASURE_BEFORE.exec(text.slice(Math.max(p.start, c.head - 24), c.head));
  if (measure) {
    c.unit = measure[1]!.toLowerCase();
    c.unitFrom = 'table';
    return true;
  }
  const plain = isDigits && !hedge && !cur && !/[,.]/.test(text.slice(c.start, c.end));
  // "Leeds 2-0", "won 3-1", "a 2-1 win": a score is two numbers without a unit.
  if (plain && isScore(doc, p, c, before, lex)) {
    c.score = true;
    return true;
  }
  // "Airbus 350-900": the second half of a name's code (a score was taken above).
  const code = plain ? NAME_CODE_BEFORE.exec(before) : null;
  if (code && !lex.leadWords.has(code[1]!.toLowerCase()) && !lex.stopWords.has(code[1]!.toLowerCase())) {
    if (Number(code[2]) >= SCORE_MAX || c.value >= SCORE_MAX) return drop(`part of the code "${code[0]}"`);
  }
  // A capitalised word before bare digits is a name: "Article 5", "Apollo 11" (not "Some 500"),
  // at a sentence's start too ("Apollo 11 landed"), unless it is a common opener ("All 40").
  const name = plain ? nameBefore(doc, c, before) : null;
  if (name) {
    const word = name.word.toLowerCase();
    const opener = lex.leadWords.has(word) || lex.stopWords.has(word) || lex.modifiers.has(word);
    if (!name.atSentenceStart || !opener) return drop(`part of the name "${name.word}"`);
  }
  findUnit(doc, p, c, lex);
  // "talks ran over three days": "over" a span of time is "during", not a bound (but "for over
  // 20 years", "over 60 years old" keep it).
  if (hedge && hedge[1]!.toLowerCase() === 'over' && c.unit !== null && lex.durationNouns.has(c.unit)) {
    const prev = PREV_WORD.exec(hedgeText.slice(0, hedge.index))?.[1]?.toLowerCase();
    const next = wordsAfter(text, c.tail, p.end, 2);
    const cueAfter = next[0] !== undefined && (lex.durationNouns.has(next[0].toLowerCase()) ? next[1] : next[0]);
    const kept = (prev && lex.overBoundBefore.has(prev)) || (cueAfter && lex.overBoundAfter.has(cueAfter.toLowerCase()));
    if (!kept) {
      c.bound = null;
      delete c.hedge;
      c.lead = c.head;
    }
  }
  // A bare four-digit number is a year unless it counts a plural noun: "in 2022" vs "2000 troops".
  if (BARE_YEAR.test(text.slice(c.start, c.end)) && c.value >= 1000 && c.value <= 2100 && !cur) {
    const prev = PREV_WORD.exec(before)?.[1]?.toLowerCase();
    const plural = c.unitFrom === 'noun' && c.unit !== null && (/[^s]s$/.test(c.unit) || lex.irregularPlurals.has(c.unit));
    if (!plural || (prev !== undefined && lex.yearCues.has(prev))) return drop('a year');
  }
  return true;
}

/** The unit: a measure or currency word after the number, a hyphen compound, or the counted noun. */
function findUnit(doc: Doc, p: Span, c: Candidate, lex: NumberLexicon): void {
  const text = doc.text;
  const sentence = doc.sentenceAt(c.start);
  const limit = Math.min(p.end, sentence ? sentence.end : p.end);
  const after = text.slice(c.end, Math.min(limit, c.end + 24));
  const measured = lex.UNIT_AFTER.exec(after);
  if (measured && !(measured[0].startsWith(' ') && measured[1] === 'm' && c.unit)) {
    c.unit = lex.suffixUnits.get(measured[1] ?? measured[2]!) ?? null;
    c.unitFrom = 'table';
    c.tail = c.end + measured[0].length;
    return;
  }
  if (c.unitFrom === 'table') return; // a currency sign already said it
  const compound = COMPOUND_AFTER.exec(after);
  if (compound) {
    const word = compound[1]!.toLowerCase();
    c.tail = c.end + 1 + compound[1]!.length;
    if (word === 'strong') {
      // "a 20,000-strong army", "a 5,000-strong contingent of police" → the noun after.
      c.unit = countedNoun(wordsAfter(text, c.tail, limit, 10), lex, true);
      c.unitFrom = c.unit ? 'noun' : null;
      return;
    }
    c.unit = lex.suffixUnits.get(word) ?? word;
    c.unitFrom = 'compound';
    return;
  }
  c.unit = countedNoun(wordsAfter(text, c.end, limit, 10), lex, false);
  c.unitFrom = c.unit ? 'noun' : null;
}

/**
 * Scores: "N-N" after a capitalised word (a team or country: "Leeds 2-0") or a score verb ("drew
 * 1-1"), or before a score noun ("a 3-2 win"). Both sides are small whole numbers.
 */
function isScore(doc: Doc, p: Span, c: Candidate, before: string, lex: NumberLexicon): boolean {
  const text = doc.text;
  const other = SCORE_AFTER.exec(text.slice(c.end, Math.min(p.end, c.end + 8)));
  if (!other || c.value < 0 || c.value >= SCORE_MAX || Number(other[1]) >= SCORE_MAX) return false;
  const name = nameBefore(doc, c, before)?.word.toLowerCase();
  if (name && !lex.leadWords.has(name) && !lex.stopWords.has(name)) return true;
  const prev = PREV_WORD.exec(before)?.[1]?.toLowerCase();
  if (prev && /\s$/.test(before) && lex.scoreBefore.has(prev)) return true;
  const next = wordsAfter(text, c.end + other[0].length, p.end, 1)[0]?.toLowerCase();
  return next !== undefined && lex.scoreAfter.has(next);
}

/** The second side of a score ("Leeds 2-0 Hull" → 0) is a score too: no unit, no range. */
function markScores(text: string, cs: Candidate[]): void {
  for (let i = 0; i + 1 < cs.length; i++) {
    const a = cs[i]!;
    const b = cs[i + 1]!;
    if (!a.score || b.start !== a.end + 1 || !/[-–]/.test(text[a.end]!)) continue;
    b.score = true;
    b.unit = null;
    b.unitFrom = null;
  }
}

/**
 * Ranges: "8,000 to 9,500", "300-400", "between 3 and 5". Both ends share the unit, the scale
 * ("2 to 3 million") and the hedge ("around 300 to 400"). Not a range: two different units
 * ("4% to $31") or a change and its new level ("shares fell 4 to 31", "rose from 2 to 3").
 */
function markRanges(text: string, cs: Candidate[], lex: NumberLexicon): void {
  for (let i = 0; i + 1 < cs.length; i++) {
    const a = cs[i]!;
    const b = cs[i + 1]!;
    if (a.ordinal !== b.ordinal || a.range || a.score || b.score) continue;
    const gap = text.slice(a.tail, b.head);
    if (!RANGE_GAP.test(gap)) continue;
    const between = BETWEEN_BEFORE.test(text.slice(Math.max(0, a.head - 12), a.head));
    if (/and/.test(gap) && !between) continue;
    if (a.unit !== null && b.unit !== null && a.unit !== b.unit) continue;
    if (/to/.test(gap) && lex.CHANGE_BEFORE.test(text.slice(Math.max(0, a.lead - 30), a.lead))) continue;
    a.range = 'from';
    b.range = 'to';
    if (a.unit === null && b.unit !== null) {
      a.unit = b.unit;
      a.unitFrom = b.unitFrom;
    }
    if (b.unit === null && a.unit !== null && a.unitFrom === 'table') b.unit = a.unit;
    if (a.scale === null && b.scale !== null && a.value < b.scale) {
      a.value *= b.scale;
      a.scale = b.scale;
    }
    if (!b.hedge && a.hedge) {
      b.approximate = a.approximate;
      b.bound = a.bound;
    }
  }
}

/**
 * "Rescuers found 90 survivors, with 12 still missing" → survivors: an elliptical count takes the
 * counted noun of the count right before it, in the same sentence. Only in the elliptical shapes
 * (see isElided), so an age ("45 people, and Lee, 54, was charged") keeps no unit.
 */
function inheritElidedUnits(doc: Doc, cs: Candidate[], lex: NumberLexicon): void {
  for (let i = 1; i < cs.length; i++) {
    const c = cs[i]!;
    const prev = cs[i - 1]!;
    if (c.unit !== null || c.ordinal || c.range || c.score || prev.ordinal || prev.unitFrom !== 'noun') continue;
    const sentence = doc.sentenceAt(c.start);
    if (doc.sentenceAt(prev.start) !== sentence) continue;
    if (!isElided(doc.text, prev, c, sentence ? sentence.end : doc.text.length, lex)) continue;
    c.unit = prev.unit;
    c.unitFrom = 'noun';
  }
}

/**
 * The elliptical shapes: a lead word (or a comma after a fronted "Of the 120 guests"), the count,
 * an optional adverb, a verb ("with 12 still missing", "and 40 were rescued", "of whom 3 died",
 * "Of the 120 guests, 9 were hurt"); or "N of them" after any count.
 */
function isElided(text: string, prev: Candidate, c: Candidate, limit: number, lex: NumberLexicon): boolean {
  const words = wordsAfter(text, c.tail, limit, 3).map((w) => w.toLowerCase());
  if (words[0] === 'of' && words[1] !== undefined && lex.elidedOf.has(words[1])) return true;
  const gap = text.slice(Math.max(prev.tail, c.lead - 30), c.lead);
  const partitive = CLAUSE_COMMA.test(gap) && PARTITIVE_BEFORE.test(text.slice(Math.max(0, prev.lead - 16), prev.lead));
  const lead = LAST_WORDS.exec(gap);
  const last = lead?.[2]?.toLowerCase() ?? '';
  const two = lead?.[1] ? `${lead[1].toLowerCase()} ${last}` : '';
  if (!partitive && !lex.elidedLead.has(last) && !lex.elidedLead.has(two)) return false;
  const verb = lex.elidedAdverbs.has(words[0] ?? '') ? words[1] : words[0];
  return verb !== undefined && (lex.elidedVerbs.has(verb) || lex.verbs.has(verb) || ELIDED_SHAPE.test(verb));
}

// --- helpers -----------------------------------------------------------------------------------

function candidate(start: number, end: number, value: number, ordinal: boolean, rule: string, scale: number | null): Candidate {
  return { start, end, value, ordinal, rule, scale, tail: end, head: start, lead: start, unit: null, unitFrom: null, approximate: false, bound: null };
}

/**
 * The capitalised word right before a number in the same sentence ("Apollo" in "Apollo 11"), and
 * whether it opens the sentence; null when there is none (a word ending the sentence before does
 * not count: "…won by Lee. 40 fans").
 */
function nameBefore(doc: Doc, c: Candidate, before: string): { word: string; atSentenceStart: boolean } | null {
  const name = NAME_BEFORE.exec(before);
  if (!name) return null;
  const wordStart = c.start - name[0].length;
  const sentence = doc.sentenceAt(c.start);
  if (sentence && wordStart < sentence.start) return null;
  const atSentenceStart = sentence !== undefined && OPENERS.test(doc.text.slice(sentence.start, wordStart));
  return { word: name[1]!, atSentenceStart };
}

/** Capitalised number words inside a sentence belong to names: "Group of Seven", "First Lady". */
function capitalisedInName(doc: Doc, p: Span, c: Candidate): boolean {
  const first = doc.text.slice(c.start, c.end);
  if (!isCapitalised(first) || first === 'I') return false;
  const sentence = doc.sentenceAt(c.start);
  return !(sentence && OPENERS.test(doc.text.slice(sentence.start, c.start))) && c.start > p.start;
}

/** The run of non-space characters around [start, end), within the paragraph. */
function tokenAround(text: string, start: number, end: number, p: Span): string {
  let a = start;
  let b = end;
  while (a > p.start && a > start - 12 && !/\s/.test(text[a - 1]!)) a--;
  while (b < p.end && b < end + 12 && !/\s/.test(text[b]!)) b++;
  return text.slice(a, b);
}

function toFact(text: string) {
  return (c: Candidate): NumberFact => {
    const f: NumberFact = {
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      rule: c.rule,
      value: c.value,
      unit: c.unit,
      approximate: c.approximate,
      bound: c.bound,
      ordinal: c.ordinal,
    };
    if (c.hedge) f.hedge = c.hedge;
    if (c.range) f.range = c.range;
    return f;
  };
}
