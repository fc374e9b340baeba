/**
 * Numeric and mixed date formats of web text, forms and listings:
 *   - "2021/03/03", "2019-aug-1", "2019/Aug/01": year first;
 *   - "07-Mar-2021", "23/Sep/2020", "Sep-23-2020", "Jan/3": a month name between dashes or slashes;
 *   - "on 7/14", "until 22/04", "Friday 7/6": a month and day without a year, US order unless the
 *     first number cannot be a month, only after "on", "until", "through", "dated" or a weekday
 *     ("24/7", "9/11", "a 3/4 majority", "cut from 1/3 to 1/4", "approved by 2/3" are no dates);
 *   - "on 20210303": eight digits only after "on" or "dated".
 * A day that does not exist ("2/30") is no date.
 */
import { lexiconTags, onlyClosedClass } from '../../document.js';
import { dayOf, formatDay } from './calendar.js';
import { dateLexicon } from './lexicon.js';
import { resolveMonthDay, type Anchor } from './resolve.js';
import type { Candidate, DateRule } from './rule.js';
import { fixed } from './text.js';

/** Words after which a bare month/day ("7/14") is a date. */
const SLASH_CUES = new Set(['on', 'until', 'till', 'through', 'thru', 'dated']);

const YMD = /(?<![\d/.-])(1[5-9]\d\d|20\d\d)\/(\d{1,2})\/(\d{1,2})(?![\d/])/g;
const MD = /(?<![\d/.,-])(\d{1,2})\/(\d{1,2})(?![\d/]|[.,]\d)/g;
const COMPACT = /(?<![\d.,])(19\d\d|20\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d|[.,]\d)/g;
/** The word before, and a weekday with an optional comma: "Friday, ", "on ". */
const CUE_BEFORE = /(\p{L}{1,12})\.?,?\s{1,2}$/u;

interface FormatPatterns {
  months: Map<string, number>;
  yearMonthName: RegExp;
  dayMonthName: RegExp;
  monthNameDay: RegExp;
}
let compiled: FormatPatterns | null = null;

function patterns(): FormatPatterns {
  if (compiled) return compiled;
  const M = `(${dateLexicon().monthAlt.replace(/\\\./g, '')})`;
  const months = new Map<string, number>();
  for (const [k, v] of dateLexicon().months) {
    const key = k.toLowerCase().replace(/\.$/, '');
    if (!months.has(key)) months.set(key, v);
  }
  compiled = {
    months,
    // "2019-aug-1", "2019/Aug/01"
    yearMonthName: new RegExp(`(?<![\\d\\p{L}/-])(1[5-9]\\d\\d|20\\d\\d)([-/])${M}\\2(\\d{1,2})(?![\\d\\p{L}/])`, 'giu'),
    // "07-Mar-2021", "23/Sep/2020"
    dayMonthName: new RegExp(`(?<![\\d\\p{L}/-])(\\d{1,2})([-/])${M}\\2(1[5-9]\\d\\d|20\\d\\d)(?![\\d\\p{L}/])`, 'giu'),
    // "Sep-23-2020", "Jan/3"
    monthNameDay: new RegExp(`(?<![\\d\\p{L}/-])${M}([-/])(\\d{1,2})(?:\\2(1[5-9]\\d\\d|20\\d\\d))?(?![\\d\\p{L}/])`, 'giu'),
  };
  return compiled;
}

/** A capitalised word right before, one space between: "Long " in "Long March-5". Group 1 = the word. */
const NAME_WORD_BEFORE = /(?<![\p{L}])(\p{Lu}\p{Ll}+) $/u;
/** What comes before a sentence's first word: nothing, a stop and spaces, or a line break. */
const SENTENCE_START_BEFORE = /(?:^|[.!?]["'”’)]?\s{1,3}|\n\s{0,3})$/u;

/** A month by any of its names, in any case, without a final period ("SEP", "aug", "Sept"). */
const monthOf = (name: string): number | undefined => patterns().months.get(name.toLowerCase());

function day(year: number, month: number, d: number): ((a: Anchor) => string | null) | null {
  const n = dayOf(year, month, d);
  return n === null ? null : fixed(formatDay(n));
}

/** A month-day without a year: the year from the reference date and the clause's tense. */
function yearless(month: number, d: number): ((a: Anchor) => string | null) | null {
  if (dayOf(2000, month, d) === null) return null; // 2000 is a leap year: 2/29 exists
  return (a) => resolveMonthDay(month, d, a);
}

/** Where the date starts when its cue is right before it: the weekday's start ("Friday 7/6"), else `at`; -1 with no cue. */
function cued(text: string, at: number): number {
  const from = Math.max(0, at - 16);
  const m = CUE_BEFORE.exec(text.slice(from, at));
  if (!m) return -1;
  const w = m[1]!;
  if (dateLexicon().weekdays.has(w) || dateLexicon().weekdays.has(`${w}.`)) return from + m.index;
  return SLASH_CUES.has(w.toLowerCase()) ? at : -1;
}

export const formats: DateRule = {
  name: 'date/format',
  find: (text) => {
    const out: Candidate[] = [];
    const push = (start: number, end: number, resolve: ((a: Anchor) => string | null) | null) => {
      if (resolve) out.push({ start, end, rule: 'date/format', resolve });
    };
    const p = patterns();
    for (const m of text.matchAll(YMD)) push(m.index, m.index + m[0].length, day(+m[1]!, +m[2]!, +m[3]!));
    for (const m of text.matchAll(p.yearMonthName)) {
      const month = monthOf(m[3]!);
      if (month) push(m.index, m.index + m[0].length, day(+m[1]!, month, +m[4]!));
    }
    for (const m of text.matchAll(p.dayMonthName)) {
      const month = monthOf(m[3]!);
      if (month) push(m.index, m.index + m[0].length, day(+m[4]!, month, +m[1]!));
    }
    for (const m of text.matchAll(p.monthNameDay)) {
      const month = monthOf(m[1]!);
      // "the Long March-5 rocket": a capitalised word that is no function word before it makes a name.
      // (Not a sentence's first word, "Effective March-15 the fee rises", nor a weekday, "due Tuesday March-10".)
      const name = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index));
      const prev = name?.[1];
      const opens = name !== null && SENTENCE_START_BEFORE.test(text.slice(Math.max(0, m.index - name[0].length - 4), m.index - name[0].length));
      if (prev !== undefined && !opens && !dateLexicon().weekdays.has(prev) && !onlyClosedClass(lexiconTags(prev.toLowerCase()))) continue;
      if (month) push(m.index, m.index + m[0].length, m[4] ? day(+m[4], month, +m[3]!) : yearless(month, +m[3]!));
    }
    for (const m of text.matchAll(MD)) {
      const start = cued(text, m.index);
      if (start < 0) continue;
      const [a, b] = [+m[1]!, +m[2]!];
      push(start, m.index + m[0].length, a > 12 ? yearless(b, a) : yearless(a, b));
    }
    for (const m of text.matchAll(COMPACT)) {
      const w = CUE_BEFORE.exec(text.slice(Math.max(0, m.index - 16), m.index))?.[1]?.toLowerCase();
      if (w === 'on' || w === 'dated') push(m.index, m.index + m[0].length, day(+m[1]!, +m[2]!, +m[3]!));
    }
    return out;
  },
};
