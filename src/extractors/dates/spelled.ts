/**
 * Dates spelled out, as transcripts and some styles write them:
 *   - years: "nineteen ninety-six", "nineteen oh five", "two thousand and fifteen", "twenty
 *     twenty-four", after a year word ("in", "since", "the year") or a month ("January nineteen
 *     ninety-seven" is a month of that year);
 *   - days: "June twenty-first", "the eleventh of June", "second of Aug", a month and an ordinal in
 *     words (1st to 31st);
 *   - a day of the month alone: "on the 18th", "by the twenty-first" (after a preposition, and no
 *     noun after it: "on the 18th hole" is none), and after a weekday: "Tuesday the eleventh".
 * Word values come from the numbers extractor's tables (number-words.tsv, number-ordinals.tsv).
 */
import { alternation, loadOrBuild } from '../../lexicon.js';
import { numberLexicon } from '../numbers/lexicon.js';
import { dayOf, formatDay, formatMonth, partsOf, type DayNumber } from './calendar.js';
import { dateLexicon } from './lexicon.js';
import { pickDay, resolveDayOfRelativeYear, resolveMonthDay, type Anchor } from './resolve.js';
import type { Candidate, DateRule } from './rule.js';
import { fixed, wordBefore } from './text.js';
import { NOMINAL_TAGS, lexiconTags } from '../../document.js';

interface SpelledPatterns {
  YEAR: RegExp;
  MONTH_ORDINAL: RegExp;
  MONTH_CARDINAL: RegExp;
  ORDINAL_OF_MONTH: RegExp;
  DAY_ALONE: RegExp;
  ordinals: Map<string, number>;
  /** Cardinals one to thirty-one in words ("four", "twenty-one") by value. */
  days: Map<string, number>;
}

let compiled: SpelledPatterns | null = null;

function patterns(): SpelledPatterns {
  return (compiled ??= loadOrBuild('dates/spelled', () => {
    const nl = numberLexicon();
    const card = [...nl.cardinals].filter(([w]) => !/dozen|nought|naught|zero/.test(w));
    const units = card.filter(([, v]) => v >= 1 && v <= 9).map(([w]) => w);
    const teens = card.filter(([, v]) => v >= 10 && v <= 19).map(([w]) => w);
    const tens = card.filter(([, v]) => v >= 20 && v <= 90 && v % 10 === 0).map(([w]) => w);
    const U = alternation(units);
    const T = alternation(tens);
    const below100 = `(?:(?:${T})(?:[-\\s](?:${U}))?|${alternation(teens)}|${U})`;
    // The hundreds of a year: eleven to nineteen, or twenty ("twenty twenty-four").
    const century = alternation(card.filter(([, v]) => v >= 11 && v <= 20).map(([w]) => w));
    const yearWords = `(?:(?:${century})\\s(?:hundred(?:\\s(?:and\\s)?${below100})?|oh[-\\s](?:${U})|(?:${T})(?:[-\\s](?:${U}))?|${alternation(teens)})|two\\sthousand(?:\\s(?:and\\s)?${below100})?)`;
    const ords = [...nl.ordinals].filter(([, v]) => v >= 1 && v <= 31);
    const ordWords = [...ords.map(([w]) => w), ...ords.filter(([, v]) => v < 10).flatMap(([w]) => tens.filter((t) => t === 'twenty' || t === 'thirty').map((t) => `${t}-${w}`))];
    const ordinalValue = new Map(ords);
    for (const w of ordWords) if (w.includes('-')) ordinalValue.set(w, nl.cardinals.get(w.split('-')[0]!)! + nl.ordinals.get(w.split('-')[1]!)!);
    const ORD = alternation(ordWords);
    // Cardinals one to thirty-one, as wire copy writes a day ("June four", "April twenty-one").
    const days = new Map(card.filter(([, v]) => v >= 1 && v <= 20));
    for (const t of ['twenty', 'thirty']) {
      days.set(t, nl.cardinals.get(t)!);
      for (const u of units) if (nl.cardinals.get(t)! + nl.cardinals.get(u)! <= 31) days.set(`${t}-${u}`, nl.cardinals.get(t)! + nl.cardinals.get(u)!);
    }
    const M = `(${dateLexicon().monthAlt})(?![\\p{L}])`;
    return {
      YEAR: new RegExp(`(?<![\\p{L}-])(?:${M}\\s{1,2}(?:of\\s{1,2})?)?(${yearWords})(?![\\p{L}-])`, 'giu'),
      MONTH_ORDINAL: new RegExp(`(?<![\\p{L}])${M}\\s{1,2}(?:the\\s{1,2})?(${ORD})(?![\\p{L}-])`, 'gu'),
      MONTH_CARDINAL: new RegExp(`(?<![\\p{L}])${M}\\s{1,2}(${alternation([...days.keys(), ...[...days.keys()].map(capitalised)])})(?![\\p{L}\\p{N}-])(?:,?\\s{1,2}((?:1[89]|20)\\d{2})(?![\\p{N}]|,\\d))?`, 'gu'),
      // ("the" may be left out, "back second of Aug.", but not after a word that counts: "a second of", "every first of".)
      ORDINAL_OF_MONTH: new RegExp(`(?<![\\p{L}-])(?:the\\s{1,2}|(?<!(?:a|an|one|every|each|his|her|its|their|our)\\s{1,2}))(${ORD})\\s{1,2}of\\s{1,2}${M}`, 'giu'),
      DAY_ALONE: new RegExp(`(?<![\\p{L}])the\\s{1,2}(\\d{1,2}(?:st|nd|rd|th)|${ORD})(?![\\p{L}\\d-])`, 'giu'),
      ordinals: ordinalValue,
      days,
    };
  }));
}

/** A word with its first letter in capitals: "twenty-one" → "Twenty-one". */
function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The value of a spelled year ("nineteen ninety-six" → 1996), or null. */
function yearValue(words: string): number | null {
  const ws = words.toLowerCase().split(/[-\s]+/).filter((w) => w !== 'and');
  if (ws[0] === 'two' && ws[1] === 'thousand') return 2000 + sum(ws.slice(2));
  const head = cardinal(ws[0]!);
  if (head === undefined) return null;
  if (ws[1] === 'hundred') return head * 100 + sum(ws.slice(2));
  if (ws[1] === 'oh') return head * 100 + sum(ws.slice(2));
  return head * 100 + sum(ws.slice(1));
}

const ordinal = (w: string) => (/^\d/.test(w) ? parseInt(w, 10) : patterns().ordinals.get(w.toLowerCase()));
const cardinal = (w: string) => numberLexicon().cardinals.get(w.toLowerCase());

function sum(ws: string[]): number {
  return ws.reduce((t, w) => t + (cardinal(w) ?? 0), 0);
}

/** Words ending in "s" after a spelled year that are no plural nouns ("the year two thousand was"). */
const NOT_PLURAL = new Set(['was', 'has', 'his', 'its', 'this', 'is', 'as', 'us', 'does', 'thus', 'whereas', 'always', 'unless']);

/**
 * Words after a month and a day in words that begin the rest of the clause ("April six at
 * midnight", "June four and five"); after an ordinal "of" too ("June the third of this year"),
 * not after a cardinal ("June four of them").
 */
/** "as" after a spelled day, not a count's ("April nine as the target date"; not "four as many"). */
const AS_AFTER = /^\s{1,2}as\s{1,2}(?!many|much|well|a\s|an\s)\p{Ll}/u;
/** Prepositions that put a day before it: "on March nine", "by June four". */
const DAY_PREPOSITIONS = new Set(['on', 'by', 'until', 'till', 'before', 'since']);
/** A plural or a count's word after a spelled day: "June four people", "May five more". */
const COUNTED_AFTER = /^\s{1,2}(?:\p{Ll}+s|more|fewer|less|people|percent|per|of)(?![\p{L}])/u;
const CLAUSE_WORD_AFTER = /^\s{1,2}(?:and|or|at|in|to|until|through|when|with|from|for|(?:this|last|next)\s{1,2}year)(?![\p{L}])/u;
const OF_AFTER = /^\s{1,2}of(?![\p{L}])/u;
const ON_AFTER = /^\s{1,2}on(?![\p{L}])/u;
/** "this year", "last year", "next year" right after a spelled day ("April one this year"). */
const RELATIVE_YEAR_AFTER = /^,?\s{1,2}(this|last|next)\s{1,2}year(?![\p{L}'’])/u;

/** A spelled day of a relative year, "April one this year", "October third last year", as one date; null when no such year follows. */
function ofRelativeYear(text: string, start: number, end: number, month: number, day: number): Candidate | null {
  const m = RELATIVE_YEAR_AFTER.exec(text.slice(end, end + 16));
  if (!m) return null;
  const offset = m[1] === 'last' ? -1 : m[1] === 'next' ? 1 : 0;
  return { start, end: end + m[0].length, rule: 'date/spelled', resolve: (a) => resolveDayOfRelativeYear(month, day, offset, a) };
}

/** Words after which a day of the month alone ("the 18th") is a date. */
const DAY_CUES = new Set(['on', 'by', 'until', 'till', 'since', 'from', 'before', 'after', 'through']);
/** A noun after the ordinal ("the 18th hole", "the 21st century") makes it no day. */
const NOUN_AFTER = /^\s{1,2}(?:of\s{1,2})?\p{Ll}{3,}/u;
const CLAUSE_AFTER = /^\s{1,2}(?:at|and|or|to|until|in|of\s{1,2}(?:this|next|last)\s{1,2}month)(?![\p{L}])/u;

/** The day `n` of the reference month, or of the month before or after as the clause's tense and a weekday say. */
function dayOfMonth(n: number, weekday: number | null) {
  return (a: Anchor): string | null => {
    if (a.ref === null) return weekday === null && n >= 1 && n <= 31 ? `XXXX-XX-${String(n).padStart(2, '0')}` : null;
    const p = partsOf(a.ref);
    const days = [-2, -1, 0, 1]
      .map((d) => dayOf(p.month + d < 1 ? p.year - 1 : p.month + d > 12 ? p.year + 1 : p.year, ((p.month + d + 23) % 12) + 1, n))
      .filter((x): x is DayNumber => x !== null)
      .filter((x) => weekday === null || partsOf(x).weekday === weekday);
    if (!days.length) return null;
    const tense = a.tense();
    // A past clause never takes a day to come ("closed on the 31st" in a 30-day month is last
    // month's 31st); a future one takes a past day when no day to come fits the weekday.
    const pick = tense === 'future' ? (pickDay(days, a.ref, 'future') ?? pickDay(days, a.ref, 'past')) : pickDay(days, a.ref, tense);
    return pick === undefined ? null : formatDay(pick);
  };
}

/** A word the dictionary knows, as no noun or adjective: "they", "we", "police" is a noun; an unknown word may be one ("graders"). */
function nextNoNoun(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((t) => NOMINAL_TAGS.has(t) || t === 'Adjective') && !/[^s]s$/.test(word);
}

export const spelled: DateRule = {
  name: 'date/spelled',
  find: (text) => {
    const p = patterns();
    const lex = dateLexicon();
    const out: Candidate[] = [];
    // Cheap tests first: a spelled year holds "teen", "twenty" or "thousand"; a spelled day an ordinal.
    const years = /teen|twenty|thousand/i.test(text);
    for (const m of years ? text.matchAll(p.YEAR) : []) {
      const year = yearValue(m[2]!);
      if (year === null || year < 1100 || year > 2099) continue;
      const month = m[1] ? lex.months.get(m[1]) : undefined;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      // "in two thousand homes", "two thousand and five hundred": a count.
      const next = /^\s{1,2}(\p{Ll}+)/u.exec(after)?.[1];
      if (next && ((/^\p{Ll}{3,}s$/u.test(next) && !NOT_PLURAL.has(next)) || numberLexicon().scales.has(next))) continue;
      // "fifteen hundred" is a count unless "the year" or a month says otherwise.
      const hundreds = /hundred$/i.test(m[2]!);
      if (month === undefined) {
        // Alone, a spelled year needs a year word before it: "in nineteen ninety-six", "the year two thousand".
        const before = wordBefore(text, m.index);
        if (before === null || !(lex.yearCues.has(before) || before === 'year')) continue;
        // "two hundred and two thousand": the end of a larger number, not a year.
        const twoBack = /(?<!\p{L})(\p{L}+)\s{1,3}and\s{1,3}$/u.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[1]?.toLowerCase();
        if (twoBack !== undefined && (cardinal(twoBack) !== undefined || numberLexicon().scales.has(twoBack))) continue;
        // "the year two thousand" is one expression
        const yearBefore = /(?:the\s{1,2})?year\s{1,2}$/iu.exec(text.slice(Math.max(0, m.index - 12), m.index));
        if (hundreds && !yearBefore) continue;
        const start = yearBefore ? m.index - yearBefore[0].length : m.index;
        out.push({ start, end: m.index + m[0].length, rule: 'date/spelled', resolve: fixed(String(year)) });
        continue;
      }
      if ((lex.ambiguousMonths.has(m[1]!) && !/^\p{Lu}/u.test(m[1]!)) || hundreds) continue;
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date/spelled', resolve: fixed(formatMonth(year, month)) });
    }
    for (const m of text.matchAll(p.MONTH_ORDINAL)) {
      const month = lex.months.get(m[1]!);
      const day = ordinal(m[2]!);
      // "may third", "March second" read as verbs: a word-month only capitalised, and not before "second".
      if (month === undefined || day === undefined || lex.lowerWordMonths.has(m[1]!) || (lex.ambiguousMonths.has(m[1]!) && m[2] === 'second')) continue;
      // "In October the third wave": the ordinal counts a noun after it, it is no day.
      // After a date's preposition a word that is no noun begins the rest of the clause ("On June
      // twenty-first they met"; "on March first quarter results" counts).
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      const prev = wordBefore(text, m.index)?.toLowerCase();
      const next = /^\s{1,2}(\p{Ll}+)/u.exec(rest)?.[1];
      const clause = prev !== undefined && DAY_PREPOSITIONS.has(prev) && next !== undefined && !numberLexicon().durationNouns.has(next) && nextNoNoun(next);
      if (/^\s{1,2}\p{Ll}{3,}/u.test(rest) && !CLAUSE_WORD_AFTER.test(rest) && !OF_AFTER.test(rest) && !clause) continue;
      out.push(ofRelativeYear(text, m.index, m.index + m[0].length, month, day) ?? { start: m.index, end: m.index + m[0].length, rule: 'date/spelled', resolve: (a) => resolveMonthDay(month, day, a) });
    }
    for (const m of text.matchAll(p.MONTH_CARDINAL)) {
      const month = lex.months.get(m[1]!);
      const day = p.days.get(m[2]!.toLowerCase());
      // Only a capitalised month ("may four" is a verb), and no count of a noun after it ("in June
      // four people died", "June five more").
      if (month === undefined || day === undefined || !/^\p{Lu}/u.test(m[1]!)) continue;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // Wire copy capitalises a day in words ("expire April Three unless extended", "On March
      // Three, it said"), as it writes no count: a capitalised day is one before any word but a
      // count's, a name's (a capitalised word: "in March One Direction played") or a digit.
      if (/^\p{Lu}\p{Ll}/u.test(m[2]!)) {
        // (One line: "… in March" ending a headline and "One man died." opening the text are no
        // date. Before a word that is no function word the number counts it: "In May One man was
        // killed", "In June One third of voters".)
        const next = /^\s{1,2}(\p{Ll}+)(?![\p{L}])/u.exec(after)?.[1];
        const counted = next !== undefined && !numberLexicon().stopWords.has(next);
        if (/\n/u.test(m[0]) || /^\s{0,2}[\p{N}%]/u.test(after) || /^\s{1,2}\p{Lu}/u.test(after) || counted) continue;
        out.push({ start: m.index, end: m.index + m[0].length, rule: 'date/spelled', resolve: (a) => resolveMonthDay(month, day, a) });
        continue;
      }
      // ("set April nine as the target", "signed on March nine set": "as", or a date's preposition
      // before the month and no plural or count word after the day.)
      const prev = wordBefore(text, m.index)?.toLowerCase();
      const dated = prev !== undefined && DAY_PREPOSITIONS.has(prev) && !COUNTED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
      if (/^\s{0,2}[\p{N}%]/u.test(after) || (/^\s{1,2}\p{Ll}/u.test(after) && !CLAUSE_WORD_AFTER.test(after) && !AS_AFTER.test(after) && !dated)) continue;
      // "April three, 1987": the year written after it.
      const year = m[3] ? Number(m[3]) : null;
      const written = year === null ? null : dayOf(year, month, day);
      if (year !== null && written === null) continue;
      const relative = year === null ? ofRelativeYear(text, m.index, m.index + m[0].length, month, day) : null;
      out.push(relative ?? { start: m.index, end: m.index + m[0].length, rule: 'date/spelled', resolve: written === null ? (a) => resolveMonthDay(month, day, a) : fixed(formatDay(written)) });
    }
    for (const m of text.matchAll(p.ORDINAL_OF_MONTH)) {
      const month = lex.months.get(m[2]!);
      const day = ordinal(m[1]!);
      if (month === undefined || day === undefined) continue;
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date/spelled', resolve: (a) => resolveMonthDay(month, day, a) });
    }
    for (const m of text.matchAll(p.DAY_ALONE)) {
      const day = ordinal(m[1]!);
      const digits = /^\d/.test(m[1]!);
      if (day === undefined || day < 1 || day > 31) continue;
      const end = m.index + m[0].length;
      const after = text.slice(end, end + 30);
      if (NOUN_AFTER.test(after) && !CLAUSE_AFTER.test(after)) continue;
      // "Tuesday the eleventh": the weekday says which month's.
      const wd = /(\p{L}{3,9})\.?,?\s{1,2}$/u.exec(text.slice(Math.max(0, m.index - 12), m.index));
      const weekday = wd ? (lex.weekdays.get(wd[1]!) ?? null) : null;
      if (weekday !== null) {
        // ("The first round is on Sunday, the second on May 3": a spelled ordinal before "on" is
        // the next of a list, its noun left out.)
        if (!digits && ON_AFTER.test(after)) continue;
        out.push({ start: m.index - wd![0].length, end, rule: 'date/spelled', resolve: dayOfMonth(day, weekday) });
        continue;
      }
      // Alone, only digits ("by the 15th"): "from the first" is an idiom.
      if (!digits || !DAY_CUES.has(wordBefore(text, m.index) ?? '')) continue;
      out.push({ start: m.index, end, rule: 'date/spelled', resolve: dayOfMonth(day, null) });
    }
    return out;
  },
};
