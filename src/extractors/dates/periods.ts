/**
 * Business reporting periods: "the quarter", "the latest quarter", "the year-ago quarter",
 * "year-earlier results", "a year earlier", "fiscal 1989", "the current fiscal year". An earnings
 * story reports one quarter: the last ordinal quarter named before the phrase ("third-quarter
 * profit ... the quarter"), else the quarter completed last before the reference date; "the
 * quarter ended Sept. 30" is the quarter that holds its end date; "the year ended Sept. 30", "the
 * fiscal year ending June 30, 1988", "the year to March 31", "the week ended March 26", "the month
 * to June 30" is the year, week or month of its end date (the one the clause's tense points to
 * when none is written); "a year earlier" in such a story is that quarter of the year before.
 */
import { formatMonth, formatWeek, parseIsoDay, partsOf } from './calendar.js';
import { dateLexicon } from './lexicon.js';
import { resolveMonthDay, type Anchor } from './resolve.js';
import type { Candidate, DateRule } from './rule.js';
import { fixed } from './text.js';
import { yearOfSentence } from './sentence-year.js';

/** How far back (and ahead) a quarter mention still sets the story's quarter. */
const CONTEXT_BACK = 2000;
const CONTEXT_AHEAD = 200;

// "the quarter", "the latest quarter", "the year-ago period", "last year's quarter", "the 1988 quarter"
const PERIOD =
  /(?<![\p{L}\d-])(?:(?:the|its|their)\s{1,2})?(?:(latest|current|comparable|year-ago|year-earlier|year-before|prior-year|(?:comparable|same)\s{1,2}(?:year-ago|year-earlier)|last\s{1,2}year['’]s|\d{4})\s{1,2})?(quarter|period)(?![\p{L}-]|\s{1,2}of\b)/giu;
// "year-earlier results", "Year-ago profit": the adjective alone, when no period noun follows
const YEAR_AGO_ADJ = /(?<![\p{L}-])(year-earlier|year-ago)(?![\p{L}-])(?!\s{1,2}(?:quarter|period|first|second|third|fourth)\b)/giu;
// "a year earlier", "a year ago"
const A_YEAR = /(?<![\p{L}])(?:a|one)\s{1,2}year\s{1,2}(earlier|ago)(?![\p{L}])/giu;
// "the year", "the previous fiscal year", "its financial year", the "fiscal year" of "the company's
// fiscal year", "the week", "the month": a period, when "ended" and a day follow
const YEAR_PERIOD = /(?:(?<![\p{L}\d-])(?:the|its|their)\s{1,2}|(?<=\p{L}['’]s\s{1,2}))(?:(?:previous|last|current|latest|full)\s{1,2})?(?:(?:fiscal|financial)\s{1,2})?(year|month|week)(?![\p{L}'’-])/giu;
// "fiscal 1989", "fiscal year 1990"
const FISCAL_YEAR = /(?<![\p{L}])fiscal\s{1,2}(?:year\s{1,2})?(1[5-9]\d\d|20\d\d)(?!\d)/giu;
// "the latest fiscal year", "last financial year", "the next fiscal year": counted from the year
// the sentence names, else the reference date (not "the previous fiscal year", counted from the
// story's; nor one "ended"/"to" a day, YEAR_PERIOD's)
const RELATIVE_FISCAL_YEAR = /(?<![\p{L}])(?:(?:the|its|their)\s{1,2})?(last|latest|past|most\s{1,2}recent|next|coming)\s{1,2}(?:fiscal|financial)\s{1,2}year(?![\p{L}'’-])(?!,?\s{1,2}(?:(?:that|which)\s{1,2})?(?:ended|ending|ends|to)\s)/giu;
// "the current fiscal year", "the current month"
const CURRENT = /(?<![\p{L}])(?:the\s{1,2})?current\s{1,2}(?:(fiscal|calendar)\s{1,2})?(year|quarter|month|week)(?![\p{L}'’-])/giu;

let mentionPattern: RegExp | null = null;

/** The story's quarter around `at`: an ordinal (1-4), 0 for "a quarter, none named", null for no quarter talk. */
function storyQuarter(text: string, at: number): number | null {
  const lex = dateLexicon();
  mentionPattern ??= new RegExp(`(?<![\\p{L}])(?:(${lex.quarterAlt})[-\\s]{1,2})?quarter`, 'giu');
  const from = Math.max(0, at - CONTEXT_BACK);
  let found: number | null = null;
  // (A quarter named by its months counts as its ordinal: "the Oct-Dec 1986 quarter".)
  for (const m of text.slice(from, at).matchAll(mentionPattern)) found = m[1] ? (lex.quarters.get(m[1].toLowerCase()) ?? 0) : (rangeQuarter(text, from + m.index) ?? found ?? 0);
  if (found !== null) return found;
  for (const m of text.slice(at, at + CONTEXT_AHEAD).matchAll(mentionPattern)) return m[1] ? (lex.quarters.get(m[1].toLowerCase()) ?? 0) : 0;
  return null;
}

let monthRangeBefore: RegExp | null = null;

/**
 * The quarter named by a range of its first and last months right before `at`, its year between
 * or not ("Oct-Dec ", "January/March 1987 "), else null.
 */
function rangeQuarter(text: string, at: number): number | null {
  const lex = dateLexicon();
  monthRangeBefore ??= new RegExp(`(?<![\\p{L}])(${lex.monthAlt})\\s{0,2}(?:[-–/]|to|through)\\s{0,2}(${lex.monthAlt})\\s{1,2}(?:(?:1[5-9]|20)\\d\\d\\s{1,2})?$`, 'u');
  const m = monthRangeBefore.exec(text.slice(Math.max(0, at - 40), at));
  if (!m) return null;
  const [a, b] = [lex.months.get(m[1]!), lex.months.get(m[2]!)];
  if (a === undefined || b === undefined || b !== a + 2 || a % 3 !== 1) return null;
  return Math.ceil(b / 3);
}

let endedPattern: RegExp | null = null;

/**
 * Right after a period: "ended"/"ending"/"ends"/"end"/"to" (`verb`, as written) and a month and day,
 * with its year or not ("ended Sept. 30, 1989", "to March 31"), or a month and its year, which ends
 * on the month's last day ("ending March 1988", "the quarter end March 1985").
 */
export function endedAfter(text: string, at: number): { verb: string; month: number; day: number; year: number | null } | null {
  const lex = dateLexicon();
  // "ended Sept. 30, 1989", "to March 31", "to 31 March 2024", "ending March 1988"
  endedPattern ??= new RegExp(
    `^\\s{1,2}(?:that\\s{1,2})?(ended|ending|ends|end|to)\\s{1,2}(?:(${lex.monthAlt})\\.?\\s{1,2}(\\d{1,2})|(\\d{1,2})\\s{1,2}(${lex.monthAlt})|(${lex.monthAlt})\\.?(?=,?\\s{1,2}\\d{4}(?!\\d)))(?!\\d)(?:,?\\s{1,2}(\\d{4})(?!\\d))?`,
    'u',
  );
  const m = endedPattern.exec(text.slice(at, at + 40));
  if (!m) return null;
  // The pattern is made of the table's keys (capitalised and lower case): the name is one of them.
  const month = lex.months.get((m[2] ?? m[5] ?? m[6])!);
  if (month === undefined) return null;
  const year = m[7] ? Number(m[7]) : null;
  // (A month and its year alone end on the month's last day.)
  const day = m[6] !== undefined ? new Date(Date.UTC(year!, month, 0)).getUTCDate() : Number(m[3] ?? m[4]);
  return { verb: m[1]!, month, day, year };
}

/**
 * The year, month or ISO week of a period's end date: the date as written, else the one the
 * clause's tense points to ("will rise in the year ending March 31", "in the week to April 1").
 */
function endedPeriod(ended: { month: number; day: number; year: number | null }, unit: 'year' | 'month' | 'week') {
  return (a: Anchor): string | null => {
    // As written, even a day the calendar lacks ("the year ended November 31 1986" is 1986);
    // with no reference date the year is XXXX (no week then).
    const v = ended.year !== null ? `${formatMonth(ended.year, ended.month)}-${String(ended.day).padStart(2, '0')}` : resolveMonthDay(ended.month, ended.day, a);
    if (v === null) return null;
    if (unit === 'year') return v.slice(0, 4);
    if (unit === 'month') return v.slice(0, 7);
    const n = parseIsoDay(v.slice(0, 10));
    return n === null ? null : formatWeek(n);
  };
}

/** The calendar quarter of a period's end date; without its year, the last such date on or before the reference date. */
function endedQuarter(ended: { month: number; year: number | null }, a: Anchor): string | null {
  const quarter = Math.ceil(ended.month / 3);
  if (ended.year !== null) return `${String(ended.year).padStart(4, '0')}-Q${quarter}`;
  if (a.ref === null) return `XXXX-Q${quarter}`;
  const p = partsOf(a.ref);
  return `${String(ended.month <= p.month ? p.year : p.year - 1).padStart(4, '0')}-Q${quarter}`;
}

/** Year and number of the quarter `q` (0: the one completed last) as reported on the reference date. */
export function reportedQuarter(q: number, ref: number): { year: number; quarter: number } {
  const p = partsOf(ref);
  const current = Math.ceil(p.month / 3);
  if (q === 0) return current === 1 ? { year: p.year - 1, quarter: 4 } : { year: p.year, quarter: current - 1 };
  return { year: q <= current ? p.year : p.year - 1, quarter: q };
}

const quarterValue = (q: number, yearShift: number) => (a: Anchor) => {
  if (a.ref === null) return null;
  const r = reportedQuarter(q, a.ref);
  return `${String(r.year + yearShift).padStart(4, '0')}-Q${r.quarter}`;
};
/** A word of comparison between a figure and its base: "from", "against", "compared with", "than", "versus", "over". */
const COMPARISON = /(?<![\p{L}])(?:from|against|compared|than|versus|vs|over)(?![\p{L}])/iu;
/** A word of comparison at most five words before a year, in its clause: "from 26.43 dlrs for oil in ", "than in ". */
const BASE_BEFORE = /(?<![\p{L}])(?:from|against|compared|than|versus|vs)(?:\s{1,2}[^\s,;]{1,20}){0,5}\s{1,2}$/iu;
/** A word before a year that makes it a bound, not the time compared: "since 2022", "by 2030". */
const BOUND_BEFORE = /(?<![\p{L}])(?:since|until|till|by|before|after)\s{1,2}$/iu;
/** What may not stand between the compared year and "a year earlier": another clause's stop, another year ("this year", "a year ago"; not "at year end"). */
const OTHER_TIME_BETWEEN = /[;:!?]|\.\s|(?<![\p{L}])(?:this|last|next|a|one|previous|prior)\s{1,2}years?(?![\p{L}])/iu;
/** A bracketed aside (a conversion, "(£0.48; $0.98)"): no stop of the sentence's. */
const ASIDE = /\([^()]{0,60}\)/gu;
/** How far before "a year earlier" the year it compares with may stand. */
const COMPARED_YEAR_WINDOW = 160;
/**
 * The year that the sentence of "a year earlier" at start..end names before it as the time of what
 * is compared (yearOfSentence), in the same clause with a word of comparison between the two and no
 * other year or stop between ("rose 5 pct in 2024 from a year earlier"; not "since 2022, … from a
 * year ago", nor "in 2024 from a year earlier, and 3 pct this year compared with a year ago"); not
 * a year that is itself a comparison's base. Else null.
 */
function comparedYear(text: string, start: number, end: number): string | null {
  const year = yearOfSentence(text, start, end);
  if (year === null) return null;
  const from = Math.max(0, start - COMPARED_YEAR_WINDOW);
  const at = text.slice(from, start).lastIndexOf(year);
  if (at < 0) return null;
  const yearAt = from + at;
  const between = text.slice(yearAt + 4, start).replace(ASIDE, '');
  const lead = text.slice(Math.max(0, yearAt - 40), yearAt);
  if (OTHER_TIME_BETWEEN.test(between) || BOUND_BEFORE.test(lead) || BASE_BEFORE.test(lead)) return null;
  return COMPARISON.test(between) ? year : null;
}
const yearValue = (shift: number) => (a: Anchor) => (a.ref === null ? null : String(partsOf(a.ref).year + shift).padStart(4, '0'));

export const periods: DateRule = {
  name: 'date/period',
  find: (text) => {
    const out: Candidate[] = [];
    const push = (start: number, end: number, resolve: Candidate['resolve']) => out.push({ start, end, rule: 'date/period', resolve });
    // Cheap tests first (a literal word each pattern needs): most texts name no quarter or period.
    for (const m of /quarter|period/i.test(text) ? text.matchAll(PERIOD) : []) {
      const lead = m[1]?.toLowerCase().replace(/\s+/g, ' ') ?? null;
      const noun = m[2]!.toLowerCase();
      const hasThe = /^(?:the|its|their)\s/i.test(m[0]);
      if (!hasThe && !lead) continue; // "a quarter", "period" alone
      if (noun === 'period' && !lead) continue; // "the period" is too vague
      const end = m.index + m[0].length;
      if (lead === 'current') {
        if (noun === 'quarter') push(m.index, end, (a) => (a.ref === null ? null : `${partsOf(a.ref).year}-Q${Math.ceil(partsOf(a.ref).month / 3)}`));
        continue;
      }
      // "the quarter ended Sept. 30": the quarter that holds its end date, whatever else the story names.
      const ended = noun === 'quarter' && (lead === null || lead === 'latest') ? endedAfter(text, end) : null;
      if (ended) {
        push(m.index, end, (a) => endedQuarter(ended, a));
        continue;
      }
      const told = storyQuarter(text, m.index);
      const q = told ?? 0;
      const year = lead !== null && /^\d{4}$/.test(lead) ? lead : null;
      // "the Oct-Dec 1986 quarter", "the January/March 1987 quarter": the months before name it.
      const named = year !== null ? rangeQuarter(text, m.index) : null;
      if (named !== null) push(m.index, end, fixed(`${year}-Q${named}`));
      // "the same 1985 period" in a story that talks of no quarter is that year ("Sales in 1986
      // rose from the same 1985 period"): no finer period is named to compare.
      else if (year !== null && noun === 'period' && told === null) push(m.index, end, fixed(year));
      else if (year !== null) push(m.index, end, (a) => (a.ref === null ? null : `${year}-Q${reportedQuarter(q, a.ref).quarter}`));
      else if (lead === null || lead === 'latest') push(m.index, end, quarterValue(q, 0));
      else push(m.index, end, quarterValue(q, -1));
    }
    for (const m of /year-(?:earlier|ago)/i.test(text) ? text.matchAll(YEAR_AGO_ADJ) : []) {
      const q = storyQuarter(text, m.index);
      push(m.index, m.index + m[0].length, q === null ? yearValue(-1) : quarterValue(q, -1));
    }
    for (const m of /year/i.test(text) ? text.matchAll(A_YEAR) : []) {
      const q = storyQuarter(text, m.index);
      const end = m.index + m[0].length;
      // The base of a comparison with a year its sentence names is the year before that one:
      // "fell to 66 pct in 1986 from 76 pct a year ago" (1985), "rose in 1986 from 4.2 billion a
      // year earlier"; not a year after the comparison ("a year ago, in 1986").
      const named = q === null ? comparedYear(text, m.index, end) : null;
      if (named !== null) push(m.index, end, fixed(String(Number(named) - 1).padStart(4, '0')));
      else if (q === null && m[1]!.toLowerCase() === 'ago') continue; // the "ago" rule reads it
      else push(m.index, end, q === null ? yearValue(-1) : quarterValue(q, -1));
    }
    for (const m of /year|month|week/i.test(text) ? text.matchAll(YEAR_PERIOD) : []) {
      const ended = endedAfter(text, m.index + m[0].length);
      if (ended) push(m.index, m.index + m[0].length, endedPeriod(ended, m[1]!.toLowerCase() as 'year' | 'month' | 'week'));
    }
    for (const m of /fiscal/i.test(text) ? text.matchAll(FISCAL_YEAR) : []) push(m.index, m.index + m[0].length, fixed(m[1]!));
    // "the latest fiscal year", "last financial year", "next fiscal year": the year before or after
    // the one the sentence names ("In 1998, it forecast a profit for the next fiscal year": 1999),
    // else the reference year's (named, as "fiscal 1989" is, by the year it ends in).
    for (const m of /fiscal|financial/i.test(text) ? text.matchAll(RELATIVE_FISCAL_YEAR) : []) {
      const w = m[1]!.toLowerCase();
      const shift = /^(?:next|coming)$/.test(w) ? 1 : -1;
      const end = m.index + m[0].length;
      const named = yearOfSentence(text, m.index, end);
      push(m.index, end, named ? fixed(String(Number(named) + shift).padStart(4, '0')) : yearValue(shift));
    }
    for (const m of /current/i.test(text) ? text.matchAll(CURRENT) : []) {
      const unit = m[2]!.toLowerCase();
      if (unit === 'quarter') continue; // PERIOD reads "the current quarter"
      push(m.index, m.index + m[0].length, (a) => {
        if (a.ref === null) return null;
        const p = partsOf(a.ref);
        return unit === 'year' ? String(p.year) : unit === 'month' ? `${p.year}-${String(p.month).padStart(2, '0')}` : formatWeek(a.ref);
      });
    }
    return out;
  },
};
