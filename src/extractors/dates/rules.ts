/**
 * The date rules, each a small scanner over the text that returns candidates (span, rule name,
 * and how to resolve the value). Static regexes are compiled at module top; those generated from
 * the data files are compiled once, on first use, in `patterns()`.
 */
import { dayOf, formatDay, formatMonth, partsOf } from './calendar.js';
import { dateLexicon, type DateLexicon } from './lexicon.js';
import { alternation, loadOrBuild, readList } from '../../lexicon.js';
import { fixed, wordAfter, wordBefore } from './text.js';
import type { Candidate, DateRule } from './rule.js';
import { numberLexicon } from '../numbers/lexicon.js';
import { parseWordNumber } from '../numbers/words.js';
import { countsAfter, isBareYear, pluralWord, POSSESSIVE_BEFORE, priceAfter } from './bare-year.js';
import { NOMINAL_TAGS, lexiconTags } from '../../document.js';
import { vague } from './vague.js';
import { endedAfter, periods } from './periods.js';
import { holidays, namedDays, opensWithHoliday } from './holidays.js';
import { formats } from './formats.js';
import { quarterCodes } from './quarters.js';
import { spelled } from './spelled.js';
import { anaphora } from './anaphora.js';
import { sentenceAround } from './sentence-year.js';
import {
  resolveAgo,
  resolveDayOfRelativeYear,
  resolveMonth,
  resolveMonthDay,
  resolveMonthDayStrict,
  resolveQuarter,
  resolveRelative,
  resolveSeason,
  resolveWeekday,
  type Anchor,
} from './resolve.js';

export type { Candidate, DateRule };

type Modifier = 'last' | 'next' | 'this' | null;

/** A day's number right after a month: "March 3". */
const DAY_AFTER = /^\.?\s{1,2}\d/u;
let dateAfterWeekday: RegExp | null = null;
/** A date right after a weekday: "Sunday, Oct. 27", "Sunday 27 October". */
const DATE_AFTER_WEEKDAY = () => (dateAfterWeekday ??= new RegExp(`^,?\\s{1,2}(?:\\d|(?:${dateLexicon().monthAlt})(?![\\p{L}]))`, 'u'));

/**
 * The modifier written before a weekday or a month: "last", "next", "this", and "this coming"
 * (the next one: "this coming Sunday", said on a Tuesday, is five days on) and "this past" (the
 * last one).
 */
function modifierOf(written: string | undefined): Modifier {
  if (written === undefined) return null;
  const w = written.toLowerCase();
  return /coming$/.test(w) ? 'next' : /past$/.test(w) ? 'last' : (w as Modifier);
}

const ISO_DATE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;
const SLASH_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g;
/** "30.06.2026", "30-06-2026": a day, month and year of the last two centuries between dots or dashes. */
const DOT_DASH_DATE = /(?<![\d.,/-])(\d{1,2})([.-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/]|[.,-]\d)/g;
/**
 * "the 1990s", "the late 1970s", "mid-1980s", "the 1940's"; group 1 "the", 2 early/mid/late, 3-4
 * century and decade digits, 5 an apostrophe before the "s" (a decade only after "the" or a part:
 * "1990's profits" is the year's).
 */
const DECADE = /(?<!\p{L})(the\s{1,2})?(?:(early|mid|late)[-\s]{1,2})?(1\d|20)(\d)0(['’])?s(?!\p{L})/giu;
/**
 * "the '80s", "the 80s", "the 80's", "'70s", "the mid-'90s": group 1 "the", 2 early/mid/late, 3 an
 * apostrophe, 4 the decade digit. Without the first apostrophe only after "the" ("in her 70s" is an age).
 */
const SHORT_DECADE = /(?<![\p{L}\d'’])(?:(the)\s{1,2})?(?:(early|mid|late)[-\s]{1,2})?(['’])?([1-9]|0)0(?:['’](?=s))?s(?![\p{L}\d])/giu;
/** A decade ("the 70s", "'70s", "1980s") and "and", "or", "to" right before another: "the 70s and 80s" (not "her 60s and 70s"). */
const DECADE_AND_BEFORE = /(?:(?:the\s{1,2}|['’])\d0['’]?s|\d{3}0['’]?s)\s{1,2}(?:and|or|to|through)\s{1,2}$/iu;
const YEAR = /(?<![\d,.$€£¥#/-])(1[5-9]\d\d|2[01]\d\d)(?![\d%]|[.,]\d|-\d)/g;
/**
 * "mid-2011", "late-1990", "end-1986", "pre-1990": a year glued to its part by a hyphen (no year
 * word needed). Not a decade ("pre-1990s": the decade's rule) nor a split year ("pre-2014/15").
 */
const MOD_YEAR = /(?<![\p{L}-])(mid|early|late|end|start|pre|post)-(1[5-9]\d\d|20\d\d)(?![\d%]|s(?![\p{L}])|[.,/]\d|-\d)/giu;
/** A wire clock time after a "pre-"/"post-" year's digits: "post-1800 GMT", "pre-0600 hours", "post-2030 local time". */
const CLOCK_AFTER = /^\s{1,2}(?:hours|hrs|local(?:\s{1,2}time)?|[A-Z]{2,4}(?![\p{L}]))/u;
/** What MOD_YEAR needs literally: a year glued to a hyphen. */
const GLUED_YEAR = /-(?:1[5-9]|20)\d\d/;
const YEAR_RANGE = /(?<![\d,.$€£¥#/-])(1[5-9]\d\d|20\d\d)([-–/])(1[5-9]\d\d|20\d\d|\d\d|\d)(?![\d%/]|[.,]\d|-\d)/g;
/** Text before a position that ends a sentence (or is empty). */
const SENTENCE_START = /(?:^|[.!?:]["”’)]?\s{1,3}|\n\s{0,3})$/;
const CAPITAL_WORD_BEFORE = /\p{Lu}[\p{L}.]{0,15}\s{1,2}$/u;
/** A capitalised word and "and" before a word: "Daily and ". */
const CAPITAL_AND_BEFORE = /(?<![\p{L}])(\p{Lu}[\p{L}.]{0,15})\s{1,2}and\s{1,2}$/u;
/** "on the " right before a word: a day's preposition ("On the Sunday Cameron spoke"). */
const ON_THE_BEFORE = /(?<![\p{L}])on\s{1,2}the\s{1,2}$/iu;
const DAY_SUFFIX = '(?:st|nd|rd|th)?';
/** The half of the day said after an hour: "in the morning", "at night". */
const HALF_OF_DAY = 'in\\s{1,2}the\\s{1,2}(?:morning|afternoon|evening)|at\\s{1,2}night';
/** A count word long enough to be an hour's name ("four", not "a" or "an"). */
const HOUR_WORD = /^\p{L}{3,}$/u;
/** "last ", "next " or "this " right before a weekday or a month-day. */
const MODIFIER_BEFORE = /(?<![\p{L}])(last|next|this)\s{1,2}$/iu;
/** The TIMEX3 mod of "early", "mid", "late", "end" or "start" written in a decade, century or year (date-mods.tsv). */
const modOf = (word: string) => dateLexicon().mods.get(word.toLowerCase()) ?? dateLexicon().mods.get(`${word.toLowerCase()}-`)!;

interface Patterns {
  monthDay: RegExp;
  dayMonth: RegExp;
  dayListBefore: RegExp;
  dayListAfter: RegExp;
  monthYear: RegExp;
  month: RegExp;
  relative: RegExp;
  ago: RegExp;
  weekday: RegExp;
  timeDay: RegExp;
  clockDayAfter: RegExp;
  clock: RegExp;
  spokenPastTo: RegExp;
  spokenMinutesBefore: RegExp;
  spokenHourMinutes: RegExp;
  spokenHalf: RegExp;
  spokenHourBefore: RegExp;
  clockDayBefore: RegExp;
  weekdayDate: RegExp;
  weekdayOfWeek: RegExp;
  monthOfYear: RegExp;
  quarter: RegExp;
  quarterPair: RegExp;
  season: RegExp;
}

let compiled: Patterns | null = null;

/** The regexes generated from the data files, compiled once. */
function patterns(): Patterns {
  return (compiled ??= loadOrBuild('dates/rules', buildPatterns));
}

function buildPatterns(): Patterns {
  const lex = dateLexicon();
  const M = `(${lex.monthAlt})(?![\\p{L}])`;
  // The day written with a clock time, before or after it: group 1 a relative day ("tomorrow",
  // "this morning"), 2 a weekday (with its part of the day), 3-4 a month and its day.
  const clockDay = `(?:(${lex.relativeDayAlt})|(${lex.weekdayAlt})(?:\\s{1,2}(?:${lex.dayPartAlt}))?|${M}\\s{1,2}(\\d{1,2})${DAY_SUFFIX})`;
  // The hours of "four o'clock": the count words for 1 to 12 (not "a", "an").
  const hourWords = alternation([...lex.counts].filter(([w, n]) => n >= 1 && n <= 12 && HOUR_WORD.test(w)).map(([w]) => w));
  // "hours" or "hrs" after four digits, not before "of" ("2000 hours of flight time" counts hours).
  const HOURS = `(?:hrs|hours)(?![\\p{L}])(?!\\s{1,2}of(?![\\p{L}]))`;
  // The first of two wire times in a range, before "to" and the second with its zone ("from 0800 to 1800GMT").
  // Also before "hours", as the second alone is read ("between 1900 and 2300 hours EST"; news
  // writes a count of hours with its comma, "1,000 hours").
  const wireRangeEnd = `\\s{0,2}(?:to|-|–|and)\\s{0,2}(?:[01]\\d|2[0-4])[0-5]\\d\\s{0,2}(?:${lex.zoneAlt}|${HOURS}|local\\s{1,2}(?:time|hours))(?![\\p{L}])`;
  // Minutes in words: 1 to 59 ("five", "twenty-five"); after an hour, 10 to 59 or "oh five".
  const nl = numberLexicon();
  const cardinal = (lo: number, hi: number) => [...nl.cardinals].filter(([w, v]) => v >= lo && v <= hi && HOUR_WORD.test(w)).map(([w]) => w);
  const units = alternation(cardinal(1, 9));
  const tens = alternation(cardinal(20, 50).filter((w) => nl.cardinals.get(w)! % 10 === 0));
  const minutes10 = `(?:${tens})(?:[-\\s](?:${units}))?|${alternation(cardinal(10, 19))}`;
  const minutesPast = `${minutes10}|(?:oh|o)[-\\s](?:${units})`;
  const minuteWords = `${minutes10}|${units}`;
  const W = `(?:${lex.weekdayAlt})(?![\\p{L}])`;
  const DAY = `(\\d{1,2})${DAY_SUFFIX}(?![\\d\\p{L}%]|[,.:]\\d)`;
  const YEAR_OPT = `(?:,?\\s{1,2}(\\d{4})(?!\\d))?`;
  return {
    // "Monday, Oct. 26", "Friday 13 October 2023"
    weekdayDate: new RegExp(`(?<![\\p{L}])${W},?\\s{1,2}(?:${M}\\s{1,2}${DAY}|(\\d{1,2})${DAY_SUFFIX}\\s{1,2}(${lex.monthAlt})(?![\\p{L}]))${YEAR_OPT}`, 'gu'),
    // "June last year", "October this year", "September of last year"
    monthOfYear: new RegExp(`(?<![\\p{L}\\p{N}])(?:(\\d{1,2})(?:st|nd|rd|th)?\\s{1,2})?${M}(?:\\s{1,2}(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{N}]))?,?\\s{1,2}(?:of\\s{1,2})?(this|last|next)\\s{1,2}year(?![\\p{L}'’])`, 'gu'),
    // "the third quarter", "fourth-quarter", "the first quarter of 2024"
    // also "the year-earlier third quarter", "the 1988 second quarter", "this year's first quarter",
    // "the prior year's second quarter",
    // "the first quarter of fiscal 1987", "first quarter fiscal 1986" (the fiscal year's label)
    quarter: new RegExp(`(?<![\\p{L}\\d])(?:the\\s{1,2})?(?:(year-earlier|year-ago|year-before|\\d{4}|(?:this|last|next|prior|previous|preceding)\\s{1,2}year['’]s)\\s{1,2})?(?:(?:fiscal|calendar)[-\\s]{1,2})?(${lex.quarterAlt})[-\\s](?:quarter|qtr)(?![\\p{L}])(?:\\s{1,2}of\\s{1,2}(?:(?:fiscal\\s{1,2}(?:year\\s{1,2})?)?(\\d{4})(?!\\d|\\/\\d)|(this|last|next)\\s{1,2}year(?![\\p{L}'’]))|\\s{1,2}(?:fiscal\\s{1,2}(?:year\\s{1,2})?)?((?:1[5-9]|20)\\d\\d)(?![\\p{L}\\d/-]))?`, 'giu'),
    // "the third and fourth quarters of 1987", "the first or second quarter", "3rd and 4th qtrs":
    // groups 1 and 2 the quarters, 3 the year (with "of"), 4 "this"/"last"/"next" year.
    quarterPair: new RegExp(`(?<![\\p{L}\\d])(?:the\\s{1,2})?(${lex.quarterAlt})(?:\\s{1,2}(?:and|or|to)\\s{1,2}|\\s{0,2}[&/]\\s{0,2})(?:the\\s{1,2})?(${lex.quarterAlt})[-\\s](?:quarters?|qtrs?)(?![\\p{L}])(?:\\s{1,2}of\\s{1,2}(?:(?:fiscal\\s{1,2}(?:year\\s{1,2})?)?(\\d{4})(?!\\d|\\/\\d)|(this|last|next)\\s{1,2}year(?![\\p{L}'’])))?`, 'giu'),
    // "October 30", "Oct. 30, 2024", "October 30th"
    // also "Mar. 9 , 2003", "July 4th of 1995"
    monthDay: new RegExp(`(?<![\\p{L}])${M}\\s{1,2}(\\d{1,2})${DAY_SUFFIX}(?![\\d\\p{L}%]|[,.:]\\d)(?:\\s?,?\\s{1,2}(?:of\\s{1,2})?(\\d{4})(?!\\d))?`, 'gu'),
    // "30 October", "30th of October 2024"
    // (Not the second half of a split year: "the 2019/20 April-June quarter", nor a code's number: "M-3 April growth".)
    dayMonth: new RegExp(`(?<![\\d\\p{L}.,]|\\d{4}\\/|\\p{Lu}[-‑])(\\d{1,2})${DAY_SUFFIX}\\s{1,2}(?:of\\s{1,2})?${M}(?:,?\\s{1,2}(?:of\\s{1,2})?(\\d{4})(?!\\d))?`, 'gu'),
    // the "27 or " of "27 or 28 October"
    dayListBefore: /(?<![\d,.])(\d{1,2})(?:st|nd|rd|th)?\s{0,2}(?:or|and|to|through|-|–)\s{0,2}$/,
    // the " or 28" of "October 27 or 28"
    dayListAfter: /^\s{0,2}(?:or|and|to|through|-|–)\s{0,2}(\d{1,2})(?:st|nd|rd|th)?(?![\d\p{L}%]|[.,]\d)/u,
    // "February 2022"
    monthYear: new RegExp(`(?<![\\p{L}])${M}(?:\\s{1,2}(?:of\\s{1,2})?|(,)\\s{1,2})(\\d{4})(?![\\d%]|,\\d)`, 'gu'),
    // "August", "last August"
    month: new RegExp(`(?<![\\p{L}])(?:(last|next|this(?:\\s{1,2}(?:coming|past))?)\\s{1,2})?${M}`, 'giu'),
    relative: new RegExp(`(?<![\\p{L}])(?:${lex.relativeAlt})(?![\\p{L}])`, 'giu'),
    ago: new RegExp(`(?<![\\p{L}\\d,.])(\\d{1,3}|${lex.countAlt})\\s{1,2}(days?|weeks?|months?|years?|decades?)(?:\\s{1,2}or\\s{1,2}so)?\\s{1,2}ago(?![\\p{L}])`, 'giu'),
    // "last summer", "this past spring", "the early autumn of 2023", "winter 2022"
    season: new RegExp(`(?<![\\p{L}])(?:(this\\s{1,2}past|this|last|next|the)\\s{1,2})?(?:(?:early|late|mid)[-\\s]{1,2})?(${lex.seasonAlt})(?![\\p{L}])(?:\\s{1,2}(?:(of)\\s{1,2})?(\\d{4})(?![\\d%]))?`, 'giu'),
    // "Tuesday of last week", "Wednesday next week", "next week Wednesday": a weekday in a named week.
    weekdayOfWeek: new RegExp(
      `(?<![\\p{L}])(?:(${lex.weekdayAlt})(?:\\s{1,2}of)?\\s{1,2}([Ll]ast|[Nn]ext|[Tt]his)\\s{1,2}week|([Ll]ast|[Nn]ext|[Tt]his)\\s{1,2}week['’]?s?\\s{1,2}(${lex.weekdayAlt}))(?![\\p{L}'’-])`,
      'gu',
    ),
    // "Monday", "last Friday", "Thursday evening"
    weekday: new RegExp(`(?<![\\p{L}])(?:([Ll]ast|[Nn]ext|[Tt]his(?:\\s{1,2}(?:coming|past))?)\\s{1,2})?(${lex.weekdayAlt})(?![\\p{L}])(?:\\s{1,2}(${lex.dayPartAlt})(?![\\p{L}]))?`, 'gu'),
    // "10 p.m. Wednesday", "noon Thursday", "9 a.m. EST Tuesday", "5 p.m. Nov. 9"
    // "10:35 a.m.", "6.15 p.m. ET", "18:00 GMT", "0800 UTC", "0200 local time", "1500 local (0600
    // GMT)" (a bare "local" before the time elsewhere or the sentence's end: "the 2018 local,
    // regional elections" is a year), "noon", "midnight
    // (GMT+8)"; a wire's four digits also before the other end of a range ("2300 to 0200 gmt").
    clock: new RegExp(
      `(?<![\\p{L}\\d.:/])(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s{0,2}([aApP])\\.?\\s?[mM]\\.?(?![\\p{L}])|(\\d{1,2}):(\\d{2})(?![\\d:])|([01]\\d|2[0-4])([0-5]\\d)(?:\\s{0,2}${HOURS}(?=\\s{0,2}\\(?(?:${lex.zoneAlt})(?![\\p{L}])))?(?=\\s{0,2}(?:${lex.zoneAlt}|\\((?=\\p{Lu})(?:${lex.zoneAlt})\\)(?=\\s{0,2}(?:$|[^\\p{Ll}\\s]|on\\s|local))|${HOURS}|local\\s{1,2}(?:time|hours))(?![\\p{L}])|\\s{1,2}local(?=\\s{0,2}\\(\\s{0,2}\\d|\\.(?:\\s|$)|$)|${wireRangeEnd})|(noon|midday|midnight)(?![\\p{L}])` +
        // "four o'clock", "9 o’clock in the evening": the half of the day only when the text says it.
        `|(\\d{1,2}|${hourWords})\\s{0,2}o['’]?\\s?clock(?![\\p{L}])(?:\\s{1,2}(in\\s{1,2}the\\s{1,2}(?:morning|afternoon|evening)|at\\s{1,2}night))?)` +
        `(?:\\s{0,2}\\(?(${lex.zoneAlt})(?:\\s?([+\\-−]\\s?\\d{1,2}(?::?\\d{2})?))?\\)?(?![\\p{L}]))?`,
      'gu',
    ),
    // Clock times said in words, each found from its most telling word and read back from there
    // (a scan that starts at every word or digit costs more): "past"/"to" and the hour after it
    // (group 1, 2 the hour, 3 "o'clock", 4 a half of the day), then the minutes before it (group
    // 1 "half", "a quarter", a count; 2 "minutes"): "half past seven", "20 minutes to eight
    // o'clock"; an hour and its minutes (group 1, 2, 3 a half of the day): "five-thirty", "nine
    // forty-five", "eleven oh five"; a half of the day, then the hour before it: "4 in the morning".
    spokenPastTo: new RegExp(`(past|to)\\s{1,2}(\\d{1,2}|${hourWords})(\\s{0,2}o['’]?\\s?clock)?(?![\\p{L}\\d-])(?:\\s{1,2}(${HALF_OF_DAY}))?`, 'giu'),
    spokenMinutesBefore: new RegExp(`(?<![\\p{L}\\d.:/-])(half|(?:a\\s{1,2})?quarter|\\d{1,2}|${minuteWords})(\\s{1,2}(?:minutes?|mins?))?\\s{1,2}$`, 'iu'),
    spokenHourMinutes: new RegExp(`(${hourWords})[-\\s](${minutesPast})(?![\\p{L}\\d-])(?:\\s{1,2}(${HALF_OF_DAY}))?`, 'giu'),
    spokenHalf: new RegExp(`(${HALF_OF_DAY})(?![\\p{L}])`, 'giu'),
    spokenHourBefore: new RegExp(`(?<![\\p{L}\\d.:/-])(\\d{1,2}|${hourWords})\\s{1,2}$`, 'iu'),
    // "tomorrow at ", "Tuesday around ", "Oct. 30 at " before a clock time; group 1 the relative
    // day, 2 the weekday, 3-4 month and day; group 5 a preposition alone ("at ", "by ").
    // The preposition may be left out after a day ("tomorrow 8:00am", "Friday 10 a.m.", "Feb. 2, 9:00 am").
    clockDayBefore: new RegExp(
      `(?:(?<![\\p{L}])${clockDay},?\\s{1,2}(?:(?:at|around|about|by|from|until|before|after)\\s{1,2})?|(?<![\\p{L}])([Aa]t|[Aa]round|[Aa]bout|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Ss]ince)\\s{1,2})$`,
      'u',
    ),
    // The day after a clock time: "18:00 GMT on Monday", "8am this morning", "9.30pm last night",
    // "noon next Thursday" (the weekday's modifier read apart: CLOCK_DAY_MODIFIER).
    // (In lower case: after "10 a.m." a capital opens the next sentence, "Last Thursday's halt".)
    clockDayAfter: new RegExp(`^,?\\s{1,2}(?:on\\s{1,2})?(?:(?:next|this|last)\\s{1,2}(?=${lex.weekdayAlt}))?${clockDay}(?![\\p{L}\\d])`, 'u'),
    // also "10 a.m. tomorrow", "6 p.m. today"
    timeDay: new RegExp(`(?<![\\p{L}\\d.:])(?:(\\d{1,2})(?::(\\d{2}))?\\s{0,2}([ap])\\.?\\s?m\\.?|(noon|midday|midnight))(?:\\s{1,2}(${lex.zoneAlt}))?,?\\s{1,2}(?:on\\s{1,2})?(?:(${lex.weekdayAlt})|${M}\\s{1,2}${DAY}(?:,?\\s{1,2}((?:1[89]|20)\\d{2})(?![\\p{N}]|,\\d))?|(today|tomorrow|yesterday|tonight))(?![\\p{L}])`, 'gu'),
  };
}


/** "Monday, Oct. 26": a weekday naming the same day as the date after it is one expression. */
const weekdayDate: DateRule = {
  name: 'date/weekday-date',
  find: (text) => {
    const lex = dateLexicon();
    return [...text.matchAll(patterns().weekdayDate)].flatMap((m) => {
      const month = lex.months.get(m[1] ?? m[4]!)!;
      const day = +(m[2] ?? m[3]!);
      if (day < 1 || day > 31) return [];
      return [{ start: m.index, end: m.index + m[0].length, rule: 'date/weekday-date', resolve: monthDayValue(month, day, m[5]) }];
    });
  },
};

/** "June last year", "July 1 this year", "5 May next year": a month, or a day of it, of a relative year. */
const monthOfYear: DateRule = {
  name: 'date/month-of-year',
  find: (text) => {
    const lex = dateLexicon();
    return [...text.matchAll(patterns().monthOfYear)].flatMap((m) => {
      const month = lex.months.get(m[2]!)!;
      const offset = m[4] === 'last' ? -1 : m[4] === 'next' ? 1 : 0;
      // One day, before or after the month ("5 May", "May 5"), not both.
      if (m[1] && m[3]) return [];
      const day = m[1] ?? m[3];
      const n = day === undefined ? null : Number(day);
      if (n !== null && (n < 1 || n > 31)) return [];
      return [{ start: m.index, end: m.index + m[0].length, rule: 'date/month-of-year', resolve: (a: Anchor) => resolveDayOfRelativeYear(month, n, offset, a) }];
    });
  },
};

/**
 * A company's quarter named with the day it ends ("the third quarter ended January 31"): that
 * quarter in the end day's year (TimeBank's convention), the day placed as the clause's tense says.
 */
function fiscalQuarter(q: number, ended: { month: number; day: number; year: number | null }, a: Anchor): string | null {
  if (ended.year !== null) return `${String(ended.year).padStart(4, '0')}-Q${q}`;
  // Only its year is wanted: a day the month lacks ("ended November 31") still names the month.
  const day = resolveMonthDay(ended.month, Math.min(ended.day, 28), a);
  return day === null ? null : `${day.slice(0, 4)}-Q${q}`;
}

/**
 * Quarter `q`'s value: in the year written, else the reference year shifted by "this"/"next"/"last
 * year's" (`shift`), else the one the clause reports (resolveQuarter).
 */
function quarterOf(q: number, year: string | undefined, shift: number | null): (a: Anchor) => string | null {
  if (year) return fixed(`${year}-Q${q}`);
  if (shift === null) return (a) => resolveQuarter(q, a);
  return (a) => (a.ref === null ? `XXXX-Q${q}` : `${String(partsOf(a.ref).year + shift).padStart(4, '0')}-Q${q}`);
}

/**
 * Two quarters named once ("the third and fourth quarters of 1987", "the first or second
 * quarter"): two dates, as "October 27 or 28" is, the first ending at its ordinal, both in the year
 * the later quarter on its own would take.
 */
const quarterPair: DateRule = {
  name: 'date/quarter',
  find: (text) => {
    if (!/quarter|qtr/i.test(text)) return [];
    const lex = dateLexicon();
    return [...text.matchAll(patterns().quarterPair)].flatMap((m) => {
      const [q1, q2] = [lex.quarters.get(m[1]!.toLowerCase()), lex.quarters.get(m[2]!.toLowerCase())];
      if (q1 === undefined || q2 === undefined || q1 >= q2) return [];
      const shift = m[4] === undefined ? null : { this: 0, next: 1, last: -1 }[m[4].toLowerCase() as 'this' | 'next' | 'last'];
      const firstEnd = m.index + m[0].toLowerCase().indexOf(m[1]!.toLowerCase()) + m[1]!.length;
      const second = m.index + m[0].toLowerCase().indexOf(m[2]!.toLowerCase(), firstEnd - m.index);
      // Both in one year: the later quarter's ("rose in the third and fourth quarters" in April: both last year's).
      const later = quarterOf(q2, m[3], shift);
      const first = (a: Anchor) => later(a)?.replace(/Q\d$/, `Q${q1}`) ?? null;
      return [
        { start: m.index, end: firstEnd, rule: 'date/quarter', resolve: first },
        { start: second, end: m.index + m[0].length, rule: 'date/quarter', resolve: later },
      ];
    });
  },
};

/** "the third quarter", "fourth-quarter profit", "3rd qtr": a quarter of the reference year unless written. */
const quarter: DateRule = {
  name: 'date/quarter',
  find: (text) => {
    const lex = dateLexicon();
    // A cheap test first: most texts name no quarter.
    if (!/quarter|qtr/i.test(text)) return [];
    return [...text.matchAll(patterns().quarter)].flatMap((m) => {
      const q = lex.quarters.get(m[2]!.toLowerCase());
      if (q === undefined) return [];
      // "this year's third quarter", "the third quarter of this year": the year word before or after.
      const lead = m[1]?.toLowerCase().replace(/\s+/g, ' ') ?? m[4]?.toLowerCase() ?? null;
      // ("fourth quarter 1986", "3rd qtr 1986": the year right after it, no "of"; not a count or
      // a clock's time, "in the third quarter 1987 cars were sold", "the fourth quarter 1930 local
      // time", where the quarter ends before it.)
      let matchEnd = m.index + m[0].length;
      let bareYear: string | undefined = m[5];
      const resultAfter = () => lex.resultNouns.has(/^\s{1,3}(\p{L}+)/u.exec(text.slice(matchEnd, matchEnd + 24))?.[1]?.toLowerCase() ?? '');
      if (bareYear !== undefined && !resultAfter() && (countedNounAfter(text, matchEnd) || CLOCK_AFTER.test(text.slice(matchEnd, matchEnd + 24)))) {
        matchEnd = m.index + m[0].slice(0, m[0].lastIndexOf(bareYear)).replace(/(?:\s{1,2}fiscal(?:\s{1,2}year)?)?\s{1,2}$/iu, '').length;
        bareYear = undefined;
      }
      const year = m[3] ?? bareYear ?? (lead && /^\d{4}$/.test(lead) ? lead : undefined);
      const shift = lead === null || year ? null : lead.startsWith('this') ? 0 : lead.startsWith('next') ? 1 : -1;
      // "the third quarter ended March 31": the company's third quarter, in its end date's year.
      // (Not "to": "move the payment from the fourth quarter to January 15" is where it goes.)
      const found = !year && shift === null ? endedAfter(text, matchEnd) : null;
      const ended = found?.verb === 'to' ? null : found;
      // "ending May 31" is the quarter now running or ahead: the nearest such day, whatever the clause's tense.
      const ahead = ended?.verb !== 'ended';
      if (ended) return [{ start: m.index, end: matchEnd, rule: 'date/quarter', resolve: (a: Anchor) => fiscalQuarter(q, ended, ahead ? { ...a, tense: () => 'unknown' } : a) }];
      // "a first-quarter touchdown", "a 10-yard run late in the third quarter": a game's quarter
      // when its sentence speaks of the game's play (date-game-nouns.txt), and no year is written.
      if (!year && shift === null && GAME_WORDS().test(sentenceAround(text, m.index, matchEnd))) return [];
      return [{ start: m.index, end: matchEnd, rule: 'date/quarter', resolve: quarterOf(q, year, shift) }];
    });
  },
};

let gameWords: RegExp | null = null;
/** A word of a game's play (date-game-nouns.txt), a yard glued by a hyphen too ("a 17-yard run"). */
const GAME_WORDS = () => (gameWords ??= new RegExp(`(?<![\\p{L}])(?:${alternation(readList('date-game-nouns.txt')).replace(/ /g, '\\s{1,2}')})(?![\\p{L}])`, 'iu'));

/** "2024-10-28": ISO dates are unambiguous. */
const isoDate: DateRule = {
  name: 'date/iso',
  find: (text) =>
    [...text.matchAll(ISO_DATE)].flatMap((m) => {
      const n = dayOf(+m[1]!, +m[2]!, +m[3]!);
      return n === null ? [] : [{ start: m.index, end: m.index + m[0].length, rule: 'date/iso', resolve: fixed(formatDay(n)) }];
    }),
};

/**
 * "10/28/2024", "10-28-2024": US order, unless the first number cannot be a month ("28/10/2024",
 * "30-06-2026"); "30.06.2026": the day first, as the countries that write dots do, unless the
 * second number cannot be a month.
 */
const slashDate: DateRule = {
  name: 'date/slash',
  find: (text) => {
    const out: Candidate[] = [];
    // The first two numbers `a` and `b` of match `m`, its year `y`: a day that does not exist is none.
    const push = (m: RegExpMatchArray, a: number, b: number, y: number, dayFirst: boolean) => {
      const n = dayFirst ? dayOf(y, b, a) : dayOf(y, a, b);
      if (n !== null) out.push({ start: m.index!, end: m.index! + m[0].length, rule: 'date/slash', resolve: fixed(formatDay(n)) });
    };
    for (const m of text.matchAll(SLASH_DATE)) push(m, +m[1]!, +m[2]!, +m[3]!, +m[1]! > 12);
    for (const m of text.matchAll(DOT_DASH_DATE)) push(m, +m[1]!, +m[3]!, +m[4]!, m[2] === '.' ? +m[3]! <= 12 : +m[1]! > 12);
    return out;
  },
};

/**
 * A split year's label and the word of its end right before a date ("fiscal 1987/88 ending", "the
 * coffee year 1986/87, ending", "1985-86 ended"). Group 1 = the first year, group 2 = the second as
 * written.
 */
const SPLIT_YEAR_ENDING = /(?<![\d/])((?:1[5-9]|20)\d\d)\s?[/-]\s?(\d{2}|(?:1[5-9]|20)\d\d)(?![\d/])(?:\s{1,2}\p{L}{2,12}){0,2},?\s{1,2}(?:ending|ended|which\s{1,2}ends|that\s{1,2}ends|to\s{1,2}end)\s{1,2}(?:on\s{1,2}|in\s{1,2})?$/u;

/**
 * The year in which a split year written right before `start` ends ("1987/88 ending March 31":
 * 1988), else undefined; a label whose second year does not follow the first is none.
 */
function splitYearEnd(text: string, start: number): string | undefined {
  const m = SPLIT_YEAR_ENDING.exec(text.slice(Math.max(0, start - 64), start));
  if (!m) return undefined;
  const first = +m[1]!;
  const second = m[2]!.length === 2 ? Math.floor((first + 1) / 100) * 100 + +m[2]! : +m[2]!;
  return second === first + 1 ? String(second) : undefined;
}

/** A month-day value, with the year when written. */
function monthDayValue(month: number, day: number, year: string | undefined): (a: Anchor) => string | null {
  if (year) {
    const n = dayOf(+year, month, day);
    return fixed(n === null ? null : formatDay(n));
  }
  return (a) => resolveMonthDay(month, day, a);
}

/** "Oct. 30", "October 30, 2024", and the second day of "October 27 or 28". */
const monthDay: DateRule = {
  name: 'date/month-day',
  find: (text) => {
    const lex = dateLexicon();
    const out: Candidate[] = [];
    for (const m of text.matchAll(patterns().monthDay)) {
      const month = lex.months.get(m[1]!)!;
      const day = +m[2]!;
      if (day < 1 || day > 31) continue;
      if (!m[3] && lex.lowerWordMonths.has(m[1]!)) continue; // "they may 5 times": a verb
      const end = m.index + m[0].length;
      // "the June 10-year bond", "April 15-day forward Brent": the number counts a term, the month
      // stands alone (a contract's month).
      if (!m[3] && numberLexicon().TERM_AFTER.test(text.slice(end, end + 12))) continue;
      // "rose in May 12 pct": a unit after the number makes it a figure, the month stands alone.
      if (!m[3] && numberLexicon().UNIT_AFTER.test(text.slice(end, end + 24))) continue;
      // "last Oct. 23", "next March 3": the modifier says which way the year goes.
      const mod = m[3] ? null : MODIFIER_BEFORE.exec(text.slice(Math.max(0, m.index - 6), m.index));
      if (mod && mod[1]!.toLowerCase() !== 'this') {
        const tense = mod[1]!.toLowerCase() === 'last' ? 'past' : 'future';
        out.push({ start: m.index - mod[0].length, end, rule: 'date/month-day', resolve: (a: Anchor) => resolveMonthDayStrict(month, day, a, tense) });
        continue;
      }
      out.push({ start: m.index, end, rule: 'date/month-day', resolve: monthDayValue(month, day, m[3] ?? splitYearEnd(text, m.index)) });
      if (m[3]) continue;
      const next = patterns().dayListAfter.exec(text.slice(end, end + 20));
      const day2 = next ? +next[1]! : 0;
      if (!next || day2 < 1 || day2 > 31 || day2 <= day) continue;
      const start2 = end + next[0].search(/\d/);
      const end2 = end + next[0].length;
      // "fell on March 1 to 25 pct": a level in its unit, not a day.
      if (numberLexicon().UNIT_AFTER.test(text.slice(end2, end2 + 24))) continue;
      out.push({ start: start2, end: end2, rule: 'date/month-day-list', resolve: monthDayValue(month, day2, undefined) });
    }
    return out;
  },
};

/** "28 October", "30th of October 2024", and the first day of "27 or 28 October". */
const dayMonth: DateRule = {
  name: 'date/day-month',
  find: (text) => {
    const lex = dateLexicon();
    const out: Candidate[] = [];
    for (const m of text.matchAll(patterns().dayMonth)) {
      const day = +m[1]!;
      const month = lex.months.get(m[2]!)!;
      if (day < 1 || day > 31) continue;
      if (!m[3] && lex.lowerWordMonths.has(m[2]!)) continue; // "the 3 may well": a verb
      const prev = patterns().dayListBefore.exec(text.slice(Math.max(0, m.index - 16), m.index));
      const day0 = prev ? +prev[1]! : 0;
      if (prev && day0 >= 1 && day0 < day) {
        const start0 = m.index - prev[0].length;
        out.push({ start: start0, end: start0 + prev[1]!.length, rule: 'date/day-month-list', resolve: monthDayValue(month, day0, m[3]) });
      }
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date/day-month', resolve: monthDayValue(month, day, m[3] ?? splitYearEnd(text, m.index)) });
    }
    return out;
  },
};

/** A lower-case word after `end` that is no function word: the noun a number counts ("2000 workers"). */
function countedAfter(text: string, end: number, lex: DateLexicon): boolean {
  const after = text.slice(end, end + 40);
  // "2000 to 3000 workers": the first end of a range of counts.
  if (/^\s{0,3}(?:[-–]|to|and|or)\s{0,3}\d/u.test(after)) return true;
  // A plural right after it, or after an adjective or any word for a round number ("In March, 2000
  // new workers", "In July, 1987 extra police"), is counted;
  // a singular is the year's ("its January, 1986 acquisition", "the April, 1988 deadline").
  const w = /^\s{1,3}(\p{Ll}[\p{L}'’-]*)(?:\s{1,3}(\p{Ll}[\p{L}'’-]*))?/u.exec(after);
  if (w === null || lex.functionWords.has(w[1]!)) return false;
  const round = /00$/.test(text.slice(Math.max(0, end - 4), end));
  const adjective = lexiconTags(w[1]!).includes('Adjective');
  const nlex = numberLexicon();
  return pluralWord(w[1]!) || ((round || adjective) && w[2] !== undefined && !lex.functionWords.has(w[2]) && pluralWord(w[2])) || nlex.UNIT_AFTER.test(after);
}

/**
 * A noun a count takes right after `end`, or after an adjective: a plural that is no verb's -s
 * form ("cars", "people"; not "reflects"), or a unit ("1987 cars were sold", "2000 new staff").
 */
function countedNounAfter(text: string, end: number): boolean {
  const nlex = numberLexicon();
  const m = /^\s{1,3}(\p{Ll}[\p{L}'’-]*)(?:\s{1,3}(\p{Ll}[\p{L}'’-]*))?/u.exec(text.slice(end, end + 40));
  if (m === null) return false;
  const noun = (w: string) => nlex.irregularPlurals.has(w) || (pluralWord(w) && !lexiconTags(w).some((t) => t === 'PresentTense' || t === 'Verb'));
  return noun(m[1]!) || (m[2] !== undefined && lexiconTags(m[1]!).includes('Adjective') && noun(m[2])) || nlex.UNIT_AFTER.test(text.slice(end, end + 24));
}

/** "February 2022", "December, 1984": a month of a written year. */
const monthYear: DateRule = {
  name: 'date/month-year',
  find: (text) => {
    const lex = dateLexicon();
    const out: Candidate[] = [];
    for (const m of text.matchAll(patterns().monthYear)) {
      const end = m.index + m[0].length;
      // "December, 1984": after a comma a year of the last three centuries, not a count of the
      // noun after it ("In March, 2000 workers left").
      if (m[2] && (Number(m[3]) < 1700 || Number(m[3]) > 2099 || countedAfter(text, end, lex))) continue;
      // ("Exports in May 2500 tonnes": a figure of a unit after the month, not a year.)
      if (Number(m[3]) >= 2200 || numberLexicon().UNIT_AFTER.test(text.slice(end, end + 24))) continue;
      const month = lex.months.get(m[1]!)!;
      out.push({ start: m.index, end, rule: 'date/month-year', resolve: fixed(`${m[3]}-${String(month).padStart(2, '0')}`) });
    }
    return out;
  },
};

/** A capitalised word (a name's, or a title: "Theresa", "Mrs") and spaces right before a month. */
const NAME_WORD_BEFORE = /\p{Lu}[\p{Ll}.]{1,20}\s{1,2}$/u;
/** An acronym or a dotted abbreviation right after a month: " OPEC", " U.S.", " GNP" (no name's word). */
const ACRONYM = /^\s{1,2}\p{Lu}(?:\p{Lu}{1,5}|\.(?:\p{Lu}\.){1,3})(?![\p{Ll}])/u;

/** A blank line right after a word: a paragraph's (or a headline's) end. */
const PARAGRAPH_BREAK_AFTER = /^[ \t]*\n[ \t]*\n/u;

/**
 * "in August", "last March": a bare month. Ambiguous names ("May", "March") need a date word
 * before them ("in May", not "may signal"); a month followed by a capitalised word without such a
 * cue is taken for a first name ("April Ryan").
 */
const bareMonth: DateRule = {
  name: 'date/month',
  find: (text) => {
    const lex = dateLexicon();
    const out: Candidate[] = [];
    for (const m of text.matchAll(patterns().month)) {
      const name = m[2]!;
      const month = lex.months.get(name);
      if (month === undefined) continue; // the `i` flag let a lower-case "may" through
      let modifier = modifierOf(m[1]);
      let start = m.index;
      // "this past March 3, 2024": the day and year after it name the date (the month-day rule's).
      if (m[1] && /\s/.test(m[1]) && DAY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
      // "in the last March week": "the last" orders the weeks, it is no "last March" (but "the last
      // February's accord" is).
      if (modifier === 'last' && /(?<![\p{L}])the\s{1,2}$/iu.test(text.slice(Math.max(0, m.index - 5), m.index)) && /^\s{1,2}(?:week|weekend|fortnight)(?![\p{L}])/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) {
        modifier = null;
        start = m.index + m[0].length - name.length;
      }
      // (A glued mod is a cue too: "at end-March", "by mid-May".)
      // ("pre-"/"post-" are no cue: "the pre-May campaign" is Theresa May's as often.)
      const glued = lex.MOD_BEFORE.exec(text.slice(Math.max(0, m.index - 8), m.index));
      // (So is a month and a link right before it or after it: "Jan/Feb", "Oct-Dec", "Jan and Feb",
      // "March/April".)
      const linked = MONTH_LINK_BEFORE().test(text.slice(Math.max(0, m.index - 16), m.index)) || MONTH_LINK_AFTER().test(text.slice(m.index + m[0].length, m.index + m[0].length + 16));
      const cue = modifier !== null || linked || lex.yearCues.has(wordBefore(text, m.index) ?? '') || (glued !== null && !/^(?:the\s{1,2})?p(?:re|ost)-$/iu.test(glued[1]!));
      // A capitalised name before a report's or a contract's noun ("Opec's March production", "As
      // expected, March sales fell", "the expiring March futures"), or ending a split year
      // ("fiscal 1985/86 ended March"), is the month: the verb and the modal are written in lower
      // case there. Not after a name's word or a title ("Theresa May statement", "Mrs May
      // statement"), nor after a possessive before another noun ("Women's March organizers",
      // "Britain's May government").
      const titled = /^\p{Lu}\p{Ll}/u.test(name) && lex.ambiguousMonths.has(name) && !lex.lowerWordMonths.has(name);
      const nextWord = titled ? wordAfter(text, m.index + m[0].length)?.toLowerCase() : undefined;
      const owned = POSSESSIVE_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index));
      const named = titled && !owned && NAME_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) && !lex.functionWords.has((wordBefore(text, m.index) ?? '').toLowerCase());
      // (A contract's noun after it names the month after any word: "New York May futures".)
      const contract = nextWord !== undefined && lex.contractNouns.has(nextWord);
      const attributive = titled && (contract || (!named && ((nextWord !== undefined && lex.reportNouns.has(nextWord)) || (modifier === null && splitYearEnd(text, start) !== undefined))));
      if (!cue && !attributive && lex.ambiguousMonths.has(name)) continue;
      if (lex.lowerWordMonths.has(name)) continue; // "and may seek", "in the march": never alone
      if (lex.setCues.has(wordBefore(text, m.index) ?? '')) continue;
      // (Not a word past a paragraph break after a month with its cue: a headline's last word, "…
      // IN JANUARY", is no first name of the text's first; "the poet Grace June" ending a paragraph,
      // with no cue, still is one.)
      const after = cue && PARAGRAPH_BREAK_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)) ? null : wordAfter(text, m.index + m[0].length);
      // (In capitals, a headline's, every word is: "JAPAN OCTOBER/DECEMBER GNP RISES".)
      // (A name's word is written in Title case: an acronym or an abbreviation with dots, "March
      // OPEC output", "June U.S. T-bonds", names no one.)
      const capitalAfter = after !== null && /^\p{Lu}/u.test(after) && !lex.weekdays.has(after) && !(name === name.toUpperCase() && after === after.toUpperCase()) && !((cue || owned || attributive || !lex.ambiguousMonths.has(name)) && ACRONYM.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)));
      if (capitalAfter && (!cue || lex.ambiguousMonths.has(name))) continue;
      if (!cue && /^\s?-/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
      // "hosts Ant and Dec", "Dec and Ant": with no cue, a month paired by "and" with a capitalised
      // word that is no month or weekday is a name.
      // (Nor after a cue that is no preposition of time: "January and February", "the March
      // figures", "fans of Dec & Rory".)
      const joined = WEAK_CUES.has((wordBefore(text, m.index) ?? '').toLowerCase()) && modifier === null && glued === null;
      if ((!cue || joined) && pairedWithName(text, m.index, m.index + m[0].length, lex)) continue;
      const monthEnd = m.index + m[0].length;
      // "the coffee year 1986/87, ending September": the month in the year the split year ends.
      const splitEnd = modifier === null ? splitYearEnd(text, start) : undefined;
      if (splitEnd !== undefined) {
        out.push({ start, end: monthEnd, rule: 'date/month', resolve: fixed(`${splitEnd}-${String(month).padStart(2, '0')}`) });
        continue;
      }
      const reported = () => reportedMonth(text, m.index, monthEnd, lex);
      // A contract's or a cargo's month lies ahead, whatever the clause's tense ("the June contract
      // fell", "traded for August shipment", "25 cents over July").
      if (contractMonth(text, m.index, monthEnd, lex)) {
        out.push({ start, end: monthEnd, rule: 'date/month', resolve: (a) => resolveMonth(month, { ...a, tense: () => 'future' }, modifier) });
        continue;
      }
      out.push({ start, end: monthEnd, rule: 'date/month', resolve: (a) => resolveMonth(month, a, modifier, reported) });
    }
    return out;
  },
};

let contractAfter: RegExp | null = null;
/** After a month (and the range's other month, "Jan/Mar"), two words: "yen futures", "delivery was". Groups 1, 2 = the words. */
const CONTRACT_AFTER = () =>
  (contractAfter ??= new RegExp(`^(?:\\s{0,2}(?:[-–/]|to|through)\\s{0,2}(?:${dateLexicon().monthAlt}))?\\s{1,2}([\\p{L}-]{1,15})(?:\\s{1,2}(\\p{Ll}{1,15}))?(?![\\p{L}-])`, 'u'));
/** A price's basis over or under a contract month: "at 25 cents over May", "at 3 points under July" (not "climbed 15 cents over January"). */
const BASIS_BEFORE = /(?<![\p{L}])at\s{1,2}\d[\d.,/-]{0,10}\s{1,2}(?:cents?|cts|points?)\s{1,2}(?:over|under)\s{1,2}$/iu;
let cargoInBefore: RegExp | null = null;
/**
 * "For", a cargo's noun and "in" or "during" before the month: "for delivery in May", "for
 * shipment during July" (not "deliveries in March were lower", reported figures, nor a contract's:
 * "1.16 mln contracts in March" counts a month's trading).
 */
const CARGO_IN_BEFORE = () => (cargoInBefore ??= new RegExp(`(?<![\\p{L}])for\\s{1,2}(?:${alternation([...dateLexicon().contractNouns].filter((w) => !CONTRACT_HEADS.has(w)))})\\s{1,2}(?:in|during)\\s{1,2}$`, 'iu'));
/** A price's move right after a contract month: a verb or "up"/"off", then a price in cents or a currency's units ("was down 1.25 dlrs", "closed at 6.23 dlrs", "off 19-1/2 cents"; not points, which an index or a statistic moves by too). */
const PRICE_MOVE_AFTER = /^\s{1,2}(?:(?:was|were)\s{1,2})?(?:up|down|off|unchanged|settled|closed|traded|ended|finished|rose|fell|gained|lost|slipped|eased|firmed)\s{1,2}(?:at\s{1,2})?\d[\d,.]*(?:[-\s]\d{1,2}\/\d{1,2})?\s{1,2}(?:cents?|cts|dlrs?|pence|ticks|stg)(?![\p{L}])/iu;
/** A preposition of time, or a word of reference, right before the month: "in", "during", "since", "last". */
const TIME_PREPOSITION_BEFORE = /(?<![\p{L}])(?:in|during|since|for|of|by|until|till|through|from|to|before|after|last|this|next|early|late|mid)\s{1,2}$/iu;
/** "last", "previous", "past" right before a month or its range's first month: "the last May to ". */
const PAST_SEASON_BEFORE = /(?<![\p{L}])(?:last|previous|past)\s{1,2}(?:\p{L}+\.?\s{0,2}(?:[-–/]|to|through)\s{0,2})?$/iu;
/** The nouns that may stand one word after the month: a contract's ("September yen futures", "the December gold contract"). */
const CONTRACT_HEADS = new Set(['contract', 'contracts', 'futures', 'options']);

/**
 * Whether the month at start..end is a contract's or a cargo's month: a basis price's ("20 cents
 * over July"), a cargo's after "delivery in", a market report's subject with its price move ("June
 * was down 1.25 dlrs"); or a noun of date-contract-nouns.txt right after it, or a contract's one
 * word after it, that word in the singular ("the March figures show contracts" is none).
 */
function contractMonth(text: string, start: number, end: number, lex: DateLexicon): boolean {
  const lead = text.slice(Math.max(0, start - 48), start);
  if (BASIS_BEFORE.test(lead) || CARGO_IN_BEFORE().test(lead)) return true;
  // A contract month as a market report's subject, with its price move: "June was down 1.25 dlrs",
  // "with November off 19-1/2 cents" (not after a preposition of time: "the price in March rose 3
  // cents" is March's figure).
  if (PRICE_MOVE_AFTER.test(text.slice(end, end + 64)) && !TIME_PREPOSITION_BEFORE.test(lead)) return true;
  // (Not one said to be past, "the last May to September shipment", nor one a preposition of
  // reference holds as a known thing: "under the January contract Aramco was to buy".)
  if (PAST_SEASON_BEFORE.test(lead.slice(-24)) || HELD_BEFORE.test(lead)) return false;
  // (Nor a month after a possessive or a possessive determiner: "the company's September contract
  // with the army", "his January delivery of the budget speech".)
  if (CONTRACT_OWNER_BEFORE.test(lead)) return false;
  const m = CONTRACT_AFTER().exec(text.slice(end, end + 48));
  if (!m) return false;
  const first = lex.contractNouns.has(m[1]!);
  const noun = first ? m[1]! : m[2] !== undefined && CONTRACT_HEADS.has(m[2]) && !/s$/.test(m[1]!) ? m[2] : null;
  if (noun === null) return false;
  // (The text after the noun itself: "contract| talks collapsed".)
  const nounEnd = end + m[0].indexOf(noun, first ? 0 : m[0].indexOf(m[1]!) + m[1]!.length) + noun.length;
  const rest = text.slice(nounEnd, nounEnd + 24);
  // A contract's noun heads its phrase ("the June contract fell", "September yen futures could";
  // not "the September contract signing", "the February contract talks", "the March stock options
  // grant", "a September contract with the army").
  if (CONTRACT_HEADS.has(noun)) return !LINK_AFTER.test(rest) && !nounAfterContract(rest, noun === 'contract');
  // A cargo's month is one traded for ("for August shipment", "for Nov/Jan deliveries") or priced
  // ("Jan/Mar deliveries at 113 stg"); not a delivery told of ("the June shipment of vaccines
  // arrived late", "March deliveries fell").
  return FOR_BEFORE.test(lead) || PRICE_AT_AFTER.test(rest);
}
/** Whether the word after a contract's noun is another noun it qualifies ("talks", "grant", "signing", "holders"), not a verb ("fell", "could", "closed") or a preposition ("through", "at"). */
function nounAfterContract(rest: string, singular: boolean): boolean {
  const next = /^\s{1,2}(\p{Ll}[\p{Ll}-]*)/u.exec(rest)?.[1];
  if (next === undefined) return false;
  const tags = lexiconTags(next);
  if (tags.some((t) => t === 'Preposition' || t === 'Modal' || t === 'Copula' || t === 'Auxiliary' || t === 'PastTense' || t === 'Adverb' || t === 'Conjunction')) return false;
  // (A base form after a singular noun is no verb of it: "the March stock options grant" has a
  // plural, "the March contract grant" a noun; "the December contracts take" a verb.)
  return /ing$/.test(next) || tags.some((t) => NOMINAL_TAGS.has(t) || (singular && t === 'Infinitive')) || tags.length === 0;
}
/** A possessive or a possessive determiner right before the month: "the company's ", "his ". */
const CONTRACT_OWNER_BEFORE = /(?:\p{L}['’]s?|(?<![\p{L}])(?:its|his|her|their|our|my|your))\s{1,2}$/iu;
/** A link after a contract's noun that makes it an agreement's: "a September contract with the army", "the contract between". */
const LINK_AFTER = /^\s{1,2}(?:of|with|between)(?![\p{L}])/u;
/** "for" (and "late", "early", "mid" or a month range's first month) before a cargo's month: "for late April/early July ". */
const FOR_BEFORE = /(?<![\p{L}])for\s{1,2}(?:(?:late|early|mid)[-\s]{1,2})?(?:\p{L}+\.?\s{0,2}(?:[-–/]|to|through)\s{0,2}(?:(?:late|early|mid)[-\s]{1,2})?)?$/iu;
/** A price right after a cargo's noun: " at 113 stg". */
const PRICE_AT_AFTER = /^\s{1,2}at\s{1,2}\d/u;

let monthLinkBefore: RegExp | null = null;
/** A month's name and a range's or a list's link at the end: "Jan/", "Oct - ", "January and ". */
const MONTH_LINK_BEFORE = () => (monthLinkBefore ??= new RegExp(`(?<![\\p{L}])(?:${dateLexicon().monthAlt})\\s{0,2}(?:[-–/]|to|through|and|or)\\s{0,2}$`, 'u'));

let monthLinkAfter: RegExp | null = null;
/** A range's or a list's link and a month's name at the start: "/Feb", " - Dec", " to April". */
const MONTH_LINK_AFTER = () => (monthLinkAfter ??= new RegExp(`^\\s{0,2}(?:[-–/]|to|through)\\s{0,2}(?:${dateLexicon().monthAlt})(?![\\p{L}])`, 'u'));

/** Date cues (date-year-cues) that are no prepositions of time: a name's month may follow them. */
const WEAK_CUES = new Set(['and', 'or', '&', 'of', 'the', 'a', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'whose', 'both']);
/** A capitalised word and "and"/"&" at the end: "Ant and ". Group 1 = the word. */
const NAME_AND_BEFORE = /(?<![\p{L}])(\p{Lu}\p{Ll}{1,20})\s{1,2}(?:and|&)\s{1,2}$/u;
/** "and"/"&" and a capitalised word at the start: " and Ant". Group 1 = the word. */
const AND_NAME_AFTER = /^\.?\s{1,2}(?:and|&)\s{1,2}(\p{Lu}\p{Ll}{1,20})(?![\p{L}])/u;

/** Whether the month at `start`–`end` is joined by "and" to a capitalised word that is no month or weekday ("Ant and Dec"). */
function pairedWithName(text: string, start: number, end: number, lex: ReturnType<typeof dateLexicon>): boolean {
  const lead = text.slice(Math.max(0, start - 26), start);
  const before = NAME_AND_BEFORE.exec(lead);
  const after = before ? null : AND_NAME_AFTER.exec(text.slice(end, end + 28));
  const word = before?.[1] ?? after?.[1];
  if (word === undefined) return false;
  // (A holiday is a date's partner: "the March and Easter period", "December and Christmas sales".)
  const at = before ? Math.max(0, start - 26) + before.index + before[0].indexOf(word) : end + after!.index + after![0].indexOf(word);
  return !lex.months.has(word) && !lex.months.has(`${word}.`) && !lex.weekdays.has(word) && !opensWithHoliday(text.slice(at));
}

/**
 * Whether a lower-case word may be a noun the month qualifies: one the dictionary knows as a noun
 * or a verb's base form, or does not know and has no verb's or adverb's ending ("whether",
 * "decided", "meeting" are not).
 */
function nounShaped(word: string): boolean {
  const tags = lexiconTags(word);
  // (A base form after a month is a noun too: "the March report", "the February survey".)
  return tags.length === 0 ? !/(?:ed|ly)$/.test(word) : tags.some((t) => NOMINAL_TAGS.has(t) || t === 'Infinitive');
}

/**
 * A preposition that refers to something that exists, then a determiner or a possessive, before a
 * month that qualifies a noun: "under its", "below a", "against the cartel's", "despite the" (not
 * "of" or "from", which look ahead as often, "ahead of the March vote", "the opening of the January
 * session", "effect from the April session"; nor "to", "at", "by", "before", "until": "will go to
 * the December summit", "by the March deadline").
 */
const HELD_BEFORE = /(?<![\p{L}])(?:under|below|above|against|despite|following|than)\s{1,2}(?:(?:the|a|an|its|their|his|her|our)\s{1,2})?(?:\p{L}[\p{L}.&-]{0,30}['’]s?\s{1,2})?$/iu;
/** A determiner or a possessive right before a month: "the ", "its ", "Britain's ". */
const ATTRIBUTIVE_BEFORE = /(?:(?<![\p{L}])(?:the|a|an|its|his|her|their|our|this|that|last|next)|\p{L}['’]s?)\s{1,2}$/iu;
/** A gerund and a noun after it, the month before them as their qualifier: "the March housing starts", "its September lending figures". */
function gerundCompound(text: string, start: number, end: number, gerund: string): boolean {
  if (!/ing$/.test(gerund) || !lexiconTags(gerund).includes('Gerund')) return false;
  // (Only a month before its noun, after a determiner or a possessive: "in June including routes to
  // Asia" is a participle's clause.)
  if (!ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return false;
  const next = wordAfter(text, end + text.slice(end).indexOf(gerund) + gerund.length);
  return next !== null && /^\p{Ll}+$/u.test(next) && !/ing$/.test(next) && nounShaped(next);
}

/** "the", a noun in lower case (one word may qualify it) and "in" before the month: "the strike in ", "the oil glut in ". */
const THE_EVENT_IN_BEFORE = /(?<![\p{L}])[Tt]he\s{1,2}(?:\p{Ll}[\p{Ll}-]{1,20}\s{1,2})?\p{Ll}{3,20}\s{1,2}in\s{1,2}$/u;
/** "figures for February", "the effect of March": a month governed by "for" or "of". */
const FOR_OF_BEFORE = /(?<![\p{L}])(?:for|of)\s{1,2}$/iu;
/** "in" right before: "a 0.3 pct rise in". */
const IN_BEFORE = /(?<![\p{L}])in\s{1,2}$/iu;
/** A figure or a share: "0.3", "pct", "%". */
const FIGURE = /\d|pct|percent|%/iu;
/** The marks that end a clause, for the text after the last of them (not a figure's comma or point: "1,111,000", "0.5"). */
const CLAUSE_MARKS = /(?<!\d)[,.]|[,.](?!\d)|[;!?]/u;

/**
 * Whether a bare month names the period of reported figures or a known event, not the time of an
 * act: 'named' before a noun it qualifies or with a possessive ("February trade figures", "the
 * December pact", "March's report"), 'held' when such a phrase hangs on a preposition of reference
 * ("below a December forecast") or the month is a comparison's base; 'figure' after "for" or "of" ("the deficit for
 * February"), or after a figure and "in" ("a 0.3 pct rise in February"). Such a month, in a future
 * clause, may be one already past ("will publish September trade figures", "will stick by the
 * December pact").
 */
function reportedMonth(text: string, start: number, end: number, lex: DateLexicon): 'held' | 'named' | 'figure' | null {
  // (The last month of a list shares its noun with the list, no event of its own: "the subsequent
  // January, April, July or October end-months".)
  const lead = text.slice(Math.max(0, start - 48), start);
  const linked = MONTH_LINK_BEFORE().test(lead.slice(-16));
  // A known event that a preposition of reference hangs on the clause: it already exists ("below
  // a December forecast", "under the cartel's December pact").
  const named = linked ? 'figure' : HELD_BEFORE.test(lead) ? 'held' : 'named';
  if (POSSESSIVE_AFTER.test(text.slice(end, end + 3))) return named;
  const after = wordAfter(text, end);
  if (after !== null && /^\s{1,2}\S/u.test(text.slice(end, end + 3)) && ((/^\p{Ll}/u.test(after) && !lex.functionWords.has(after) && (nounShaped(after) || gerundCompound(text, start, end, after))) || /^(?:\p{Lu}\.){2,}$/u.test(after) || ACRONYM.test(text.slice(end, end + 12)))) return named;
  // (Published results are a known event: "will release trade figures for February".)
  const forOf = FOR_OF_BEFORE.exec(lead);
  if (forOf) return lex.halfResultNouns.has(wordBefore(lead, forOf.index)?.toLowerCase() ?? '') ? 'named' : 'figure';
  // A figure at most 40 characters before "in", in the same clause: "a 0.3 pct rise in", "57 pct
  // in"; a comparison's base is known and held like an event ("to 1.2 mln from 1.1 mln in August",
  // "against the 6.5 pct forecast in December").
  const inAt = IN_BEFORE.exec(lead)?.index;
  if (inAt === undefined) return null;
  // "the strike in February", "the ruling in March": an event the article makes known.
  if (THE_EVENT_IN_BEFORE.test(lead)) return named;
  const clause = lead.slice(Math.max(0, inAt - 40), inAt).split(CLAUSE_MARKS).pop()!;
  if (!FIGURE.test(clause)) return null;
  // A figure that already moved, "up"/"down" or a verb in the past before it ("industrial
  // production, down 0.5 pct in January from December, is likely to …", "which rose 2 pct in
  // January"), is held as a comparison's base is (not a plan's or a forecast's verb: "an expected
  // 2 pct rise in January").
  return COMPARISON_BASE.test(clause) || movedBefore(clause, lex) ? 'held' : 'figure';
}
/** "up" or "down", or a lower-case word in -ed, before a figure: group 1 = the word. */
const MOVED_WORD = /(?<![\p{L}])(up|down|\p{Ll}{3,}ed)\s/gu;
/** Whether a clause before a figure says it already moved: "down 0.5 pct", "rose 2 pct", "which climbed 4 pct". */
function movedBefore(clause: string, lex: DateLexicon): boolean {
  for (const m of clause.matchAll(MOVED_WORD)) {
    const w = m[1]!;
    if (w === 'up' || w === 'down') return true;
    if (lex.expectVerbs.has(w) || lex.intentVerbs.has(w) || lex.predictWords.has(w) || !lexiconTags(w).includes('PastTense')) continue;
    return true;
  }
  return clause.split(/\s+/).some((w) => CHANGE_PAST.has(w));
}
/** Irregular pasts of verbs of change a figure follows: "rose 2 pct", "fell 3 pct". */
const CHANGE_PAST = new Set(['rose', 'fell', 'grew', 'sank', 'shrank', 'slid', 'swung', 'rebounded']);

/** A comparison's base after a figure: "from", "after", "since", "against", "compared with", "than", "versus". */
const COMPARISON_BASE = /(?<![\p{L}])(?:from|after|since|against|compared\s{1,2}with|than|versus|vs)(?![\p{L}])/iu;

/** "of" before "today", not "as of": "the children of today". */
const NOWADAYS_OF_BEFORE = /(?<![\p{L}])(?<!as\s{1,2})of\s{1,2}$/iu;

/** "yesterday", "last week", "earlier this month", "the weekend": phrases from date-relative.tsv. */
const relative: DateRule = {
  name: 'date/relative',
  find: (text) => {
    const lex = dateLexicon();
    return [...text.matchAll(patterns().relative)].flatMap((m) => {
      const entry = lex.relative.get(m[0].toLowerCase().replace(/\s+/g, ' '));
      if (!entry) return [];
      if (isTitle(text, m.index, m[0])) return [];
      // "the children of today", "the web of today": of a time at large, nowadays, no day ("as of
      // today", "the outcome of today's talks" name one).
      if (/^today$/iu.test(m[0]) && NOWADAYS_OF_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) && !/^['’]/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 1))) return [];
      return [{ start: m.index, end: m.index + m[0].length, rule: 'date/relative', resolve: (a: Anchor) => resolveRelative(entry, a) }];
    });
  },
};

/**
 * A relative phrase used as a name: "USA Today", the show "This Week", "the station's Tonight
 * programme". Capitalised, and: followed by a title noun (date-title-nouns.txt); or, not at a
 * sentence start, after a capitalised word or a possessive, or before a capitalised word, or with
 * every word capitalised.
 */
function isTitle(text: string, start: number, phrase: string): boolean {
  if (!/^\p{Lu}/u.test(phrase)) return false;
  const end = start + phrase.length;
  const after = wordAfter(text, end);
  if (after !== null && dateLexicon().titleNouns.has(after.toLowerCase())) return true;
  const before = text.slice(Math.max(0, start - 20), start);
  if (SENTENCE_START.test(before)) return false;
  if (CAPITAL_WORD_BEFORE.test(before) || POSSESSIVE_BEFORE.test(before)) return true;
  if (after !== null && /^\p{Lu}/u.test(after) && /^\s{1,2}\p{Lu}/u.test(text.slice(end, end + 3))) return true;
  return phrase.includes(' ') && phrase.split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
}

/** "three days ago", "2 weeks ago", "a week or so ago", "a decade ago": a count of units back from the reference date. */
const ago: DateRule = {
  name: 'date/ago',
  find: (text) => {
    const lex = dateLexicon();
    if (!/ago/i.test(text)) return []; // a cheap test first: most texts hold no "ago"
    return [...text.matchAll(patterns().ago)].flatMap((m) => {
      const n = /^\d/.test(m[1]!) ? +m[1]! : lex.counts.get(m[1]!.toLowerCase().replace(/\s+/g, ' '));
      if (n === undefined) return [];
      const unit = m[2]!.toLowerCase();
      return [{ start: m.index, end: m.index + m[0].length, rule: 'date/ago', resolve: (a: Anchor) => resolveAgo(n, unit, a) }];
    });
  },
};

/** "10 p.m. Wednesday", "noon Thursday", "midnight Friday": a clock time with its day → 1998-02-11T22:00. */
const timeDay: DateRule = {
  name: 'date/time-day',
  find: (text) => {
    const lex = dateLexicon();
    return [...text.matchAll(patterns().timeDay)].flatMap((m) => {
      const hm = m[4] ? namedClock(m[4]) : twelveHourClock(+m[1]!, m[2] ? +m[2] : 0, m[3]!);
      const clock = hm && clockOf(hm.hour, hm.minute);
      if (clock === null) return [];
      const zone = m[5];
      const weekdayNumber = m[6] ? lex.weekdays.get(m[6]) : undefined;
      const month = m[7] ? lex.months.get(m[7]) : undefined;
      const day = m[8] ? +m[8] : 0;
      const relative = m[10] ? lex.relative.get(m[10]) : undefined;
      if (weekdayNumber === undefined && relative === undefined && (month === undefined || day < 1 || day > 31)) return [];
      // ("10:15 p.m. on Dec. 31, 2017": the day's year written after it.)
      const monthDayOf = month === undefined ? null : monthDayValue(month, day, m[9]);
      const resolve = (a: Anchor) => {
        const v =
          weekdayNumber !== undefined ? resolveWeekday(weekdayNumber, a, null)
          : relative !== undefined ? resolveRelative({ ...relative, part: null }, a)
          : monthDayOf!(a);
        return v === null ? v : v + clock + isoOffset(lex, zone, undefined);
      };
      return [{ start: m.index, end: m.index + m[0].length, rule: 'date/time-day', resolve, ...(zone ? { timezone: zone } : {}) }];
    });
  },
};

/** A clock time found in the text, before its day is looked for. */
interface ClockFound {
  start: number;
  /** Its end, without a closing bracket or sentence dot that belongs to the text around. */
  end: number;
  hour: number;
  minute: number;
  /** An hour of 1 to 12 with no half of the day ("half past seven", "six o'clock"): a day part after it ("tomorrow evening") makes it p.m. */
  twelveHour: boolean;
  /** Zone and its shift as written ("GMT", "+8"). */
  zone?: string;
  shift?: string;
  /** What must stand around it for it to be a time: a preposition or a day before ("at 18:30"); that, or a day after ("nine thirty tomorrow"). */
  needs: 'nothing' | 'before' | 'day';
}

/** "10:35 a.m.", "18:00 GMT", "0800 UTC", "noon", "four o'clock in the evening" (patterns().clock). */
function numericClock(m: RegExpMatchArray, lex: DateLexicon): ClockFound | null {
  const clock =
    m[1] !== undefined ? twelveHourClock(+m[1], m[2] ? +m[2] : 0, m[3]!)
    : m[4] !== undefined ? { hour: +m[4], minute: +m[5]! }
    : m[6] !== undefined ? { hour: +m[6], minute: +m[7]! }
    : m[8] !== undefined ? namedClock(m[8])
    : oclock(lex, m[9]!, m[10]);
  // "2400" is the day's end only with a zone ("expired at 2400 EST"; "2400 hours of overtime" is a span).
  if (clock === null || clock.hour > 24 || clock.minute > 59 || (clock.hour === 24 && (clock.minute > 0 || (m[6] !== undefined && !m[11])))) return null;
  // "(0735 GMT)": the closing bracket belongs to the text around, not to the time.
  // "at 8am.": with no dot inside "am", the dot after it ends the sentence.
  const end = m.index! + m[0].length - (m[0].endsWith(')') && !m[0].includes('(') ? 1 : 0) - (/\d\s?[aApP][mM]\.$/.test(m[0]) ? 1 : 0);
  // "18:30", "noon" alone: a preposition, a day or a zone says it is a time.
  const needs = (m[4] !== undefined || m[8] !== undefined) && !m[11] ? 'before' : 'nothing';
  return { start: m.index!, end, ...clock, twelveHour: m[9] !== undefined && !m[10], zone: m[11], shift: m[12], needs };
}

/** Words before a bare "quarter to five" that make it a time (else "the quarter to June" is a business quarter). */
const CLOCK_PREPOSITION = new Set(['at', 'by', 'about', 'around', 'until', 'till', 'from', 'before', 'after', 'since', 'is', 'was']);

/** Words that may follow an hour said in words: not a plural noun or a measure ("five to seven people", "at nine thirty percent"). */
const NOT_TIME_AFTER = /^\s{0,2}(?:[\d%$£€]|[-‑]\p{L}|(?:per|percent|cent|of)(?!\p{L})|(?!(?:this|his|its|was|is|as|has|us|always|perhaps)(?!\p{L}))\p{Ll}{2,}s(?!\p{L}))/u;

/**
 * A clock time said in words, as its parts: `said` the minutes ("half", "a quarter", "20"),
 * `minutesWord` "minutes", `pastTo`, `hour`, `oclock`; or `hourWord` and `minutesAfter` ("five",
 * "thirty"); or `hourAlone` before a half of the day; `half` "in the evening".
 */
interface SpokenMatch {
  start: number;
  end: number;
  said?: string;
  minutesWord?: string;
  pastTo?: string;
  hour?: string;
  oclock?: string;
  hourWord?: string;
  minutesAfter?: string;
  hourAlone?: string;
  half?: string;
}

/** "half-", "a quarter-" right before "past" or "to". */
const SPOKEN_GLUED_BEFORE = /(?<![\p{L}\d.:/-])(half|(?:a\s{1,2})?quarter)-$/iu;

/** Clock times said in words: "half past seven", "a quarter to five", "five-thirty", "4 in the morning". */
function spokenMatches(text: string): SpokenMatch[] {
  const { spokenPastTo, spokenMinutesBefore, spokenHourMinutes, spokenHalf, spokenHourBefore } = patterns();
  const out: SpokenMatch[] = [];
  const startsWord = (at: number) => !/[\p{L}\d.:/-]/u.test(text[at - 1] ?? ' ');
  for (const m of text.matchAll(spokenPastTo)) {
    const glued = text[m.index - 1] === '-';
    if (!glued && !/\s/.test(text[m.index - 1] ?? '')) continue;
    // "half-past seven", "quarter-to five": only "half" and "quarter" are glued by a hyphen.
    const before = (glued ? SPOKEN_GLUED_BEFORE : spokenMinutesBefore).exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (!before) continue;
    out.push({ start: m.index - before[0].length, end: m.index + m[0].length, said: before[1], minutesWord: before[2], pastTo: m[1], hour: m[2], oclock: m[3], half: m[4] });
  }
  for (const m of text.matchAll(spokenHourMinutes)) {
    if (startsWord(m.index)) out.push({ start: m.index, end: m.index + m[0].length, hourWord: m[1], minutesAfter: m[2], half: m[3] });
  }
  for (const m of text.matchAll(spokenHalf)) {
    const before = spokenHourBefore.exec(text.slice(Math.max(0, m.index - 8), m.index));
    if (before) out.push({ start: m.index - before[0].length, end: m.index + m[0].length, hourAlone: before[1], half: m[1] });
  }
  return out;
}

/** A clock time said in words, read: its hour and minutes, or null when it is no time ("five to seven people"). */
function spokenClock(m: SpokenMatch, text: string): ClockFound | null {
  // "twenty-five", "oh five" (its "oh" is no number): the numbers extractor's reading of the words.
  const count = (w: string) => (/^\d/.test(w) ? +w : (parseWordNumber(0, w, numberLexicon()).at(-1)?.value ?? NaN));
  const { half } = m;
  const notTimeAfter = () => NOT_TIME_AFTER.test(text.slice(m.end, m.end + 16));
  let hour: number, minute: number, needs: ClockFound['needs'];
  if (m.pastTo !== undefined) {
    const said = m.said!.toLowerCase();
    minute = said === 'half' ? 30 : said.endsWith('quarter') ? 15 : count(said);
    hour = count(m.hour!);
    if (!(hour >= 1 && hour <= 12)) return null;
    // "the quarter to June", "its first quarter to 13 mln": a business quarter, not a time.
    if (said === 'quarter' && !CLOCK_PREPOSITION.has(wordBefore(text, m.start)?.toLowerCase() ?? 'at')) return null;
    // "to" without "quarter", "minutes", "o'clock" or a half of the day is a range ("five to seven").
    const strong = said.endsWith('quarter') || m.minutesWord !== undefined || m.oclock !== undefined || half !== undefined;
    if (m.pastTo.toLowerCase() === 'to') {
      if (!strong || said === 'half') return null;
      [hour, minute] = [hour === 1 ? 12 : hour - 1, 60 - minute];
    }
    if (m.oclock === undefined && half === undefined && notTimeAfter()) return null;
    needs = 'nothing';
  } else if (m.hourWord !== undefined) {
    [hour, minute] = [count(m.hourWord), count(m.minutesAfter!)];
    if (half === undefined && notTimeAfter()) return null;
    needs = half === undefined ? 'day' : 'before';
  } else {
    [hour, minute, needs] = [count(m.hourAlone!), 0, 'before'];
  }
  if (!(hour >= 1 && hour <= 12 && minute >= 0 && minute <= 59)) return null;
  return { start: m.start, end: m.end, hour: half ? hourOfHalf(hour, half) : hour, minute, twelveHour: !half, needs };
}

/** The hour of the 24 of an hour of 1 to 12 said with its half of the day: "7 in the evening" → 19, "12 at night" → 24, "2 at night" → 2. */
function hourOfHalf(hour: number, half: string): number {
  if (/morning/i.test(half)) return hour === 12 ? 0 : hour;
  if (/night/i.test(half)) return hour === 12 ? 24 : hour >= 6 ? hour + 12 : hour;
  return hour === 12 ? 12 : hour + 12;
}

/**
 * A clock time: "10:35 a.m.", "6.15 p.m. ET", "18:00 GMT", "0800 UTC", "noon", "midnight", and
 * said in words: "half past seven", "a quarter to five", "five-thirty", "4 in the morning", with the
 * day before it when one is written ("tomorrow at 6.15 p.m.", "Tuesday at noon") or right after it
 * ("nine thirty tomorrow evening", "10:35 a.m. (0735 GMT) Friday": the bracket is read past for the
 * value, the day is not in the span), else on the reference date → 2024-10-29T18:15, with the zone's
 * ISO offset when it has a fixed one ("0800 UTC" → T08:00Z) and the zone as written apart. A bare
 * "18:30" or "noon" needs a preposition before it ("at 18:30", "by noon"): a ratio "1:25" or "the
 * Noon Show" is no time; "nine thirty" needs that or a day after it. An hour said without its half
 * of the day takes it from the day's part ("six o'clock tomorrow evening" → T18:00).
 */
const clock: DateRule = {
  name: 'date/clock',
  find: (text) => {
    const lex = dateLexicon();
    const { clock: CLOCK, clockDayBefore, clockDayAfter } = patterns();
    const found = [...[...text.matchAll(CLOCK)].map((m) => numericClock(m, lex)), ...spokenMatches(text).map((m) => spokenClock(m, text))];
    return found.flatMap((t) => {
      if (t === null) return [];
      const before = clockDayBefore.exec(text.slice(Math.max(0, t.start - 24), t.start));
      if (t.needs === 'before' && !before) return [];
      const withDay = before && before[5] === undefined ? before : null;
      // "18:00 GMT on Monday", "8am this morning": the day after the time, when none came before;
      // past a bracket ("10:35 a.m. (0735 GMT) Friday", "(0735 GMT) Friday") for the value only.
      const dayAfter = withDay ? null : clockDayAfter.exec(text.slice(t.end, t.end + 40));
      const bracket = withDay || dayAfter ? null : BRACKET_AFTER.exec(text.slice(t.end, t.end + 40));
      const dayPastBracket = bracket ? clockDayAfter.exec(text.slice(t.end + bracket[0].length, t.end + bracket[0].length + 40)) : null;
      if (t.needs === 'day' && !before && !dayAfter) return [];
      const day = withDay ?? dayAfter ?? dayPastBracket;
      let start = withDay ? t.start - before![0].length : t.start;
      // "next Friday at 9 a.m.": the weekday's modifier joins the date.
      const dayModifier = withDay?.[2] ? MODIFIER_BEFORE.exec(text.slice(Math.max(0, start - 8), start)) : null;
      if (dayModifier) start -= dayModifier[0].length;
      const relative = day?.[1] ? lex.relative.get(day[1].toLowerCase()) : undefined;
      // "half past six tomorrow evening": the day's part says which half of the day.
      const hour = t.twelveHour && relative?.part && relative.part !== 'MO' ? hourOfHalf(t.hour, relative.part === 'NI' ? 'night' : 'evening') : t.hour;
      const clockText = clockOf(hour, t.minute)!;
      const resolve = (a: Anchor): string | null => {
        let date: string | null;
        if (day?.[1]) date = relative ? resolveRelative({ ...relative, part: null }, a) : null;
        else if (day?.[2]) date = resolveWeekday(lex.weekdays.get(day[2])!, a, ((dayModifier ?? (day === withDay ? null : CLOCK_DAY_MODIFIER.exec(day[0])))?.[1]?.toLowerCase() ?? null) as Modifier);
        else if (day?.[3]) date = resolveMonthDay(lex.months.get(day[3])!, +day[4]!, a);
        // A past "midnight" with no day is the one that began the reference day (the end of the day
        // before): the one that ends the reference day is still ahead of its news ("the strike began
        // at midnight"; "the offer expires at midnight" is tonight's, and so is one a past verb looks
        // ahead to: "were told to close at midnight").
        else date = a.ref === null ? 'XXXX-XX-XX' : formatDay(hour === 24 && t.minute === 0 && a.tense() === 'past' && !AHEAD_OF_PAST_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start)) ? a.ref - 1 : a.ref);
        // A day of unknown year keeps its clock ("Friday at 10 a.m." → XXXX-WXX-5T10:00); an offset
        // day without a reference date ("tomorrow at 6") stays unknown.
        return date === null ? null : date + clockText + isoOffset(lex, t.zone, t.shift);
      };
      const end = dayAfter ? t.end + dayAfter[0].length : t.end;
      const c: Candidate = { start, end, rule: 'date/clock', resolve };
      if (!day) c.dayless = true;
      if (t.zone) c.timezone = t.shift ? `${t.zone}${t.shift.replace(/\s/g, '').replace('−', '-')}` : t.zone;
      return [c];
    });
  },
};

/**
 * A short bracket right after a clock time, or the closing one of a time inside brackets: "(0735
 * GMT)", ")"; or the same time in another zone after a slash: "1000 EDT/1400 GMT".
 */
const BRACKET_AFTER = /^(?:\s{0,2}\([^()\n]{1,30}\)|\)|\s{0,2}\/\s{0,2}(?:[01]\d|2[0-4])[0-5]\d\s{0,2}\p{L}{2,4}(?![\p{L}]))/u;
/** The modifier of a weekday after a clock time: ", next Thursday", " on this Friday". Group 1: it. */
const CLOCK_DAY_MODIFIER = /^,?\s{1,2}(?:on\s{1,2})?(next|this|last)\s/;
/**
 * Before a clock time, what puts it ahead of a past verb: an infinitive's verb and preposition
 * ("were told to close at midnight"; not a perfect's, "was to have expired at midnight", a plan
 * already past; "from midnight" may be either: "set up road blocks from midnight").
 */
const AHEAD_OF_PAST_BEFORE = /(?<![\p{L}])to\s{1,2}(?!have\s)\p{Ll}{2,15}(?:\s{1,2}\p{Ll}{2,15})?\s{1,2}(?:at|by|before|after|until|till|around|about)(?:\s{1,2}(?:around|about|shortly\s{1,2}(?:before|after)|just\s{1,2}(?:before|after)))?\s{1,2}$/u;

/**
 * "four o'clock" → T04:00, "9 o'clock in the evening" → T21:00, "12 o'clock at night" → T24:00;
 * null for an hour past 12. Without a half of the day the hour is written as given (TIMEX3 keeps
 * the ambiguity: T04).
 */
function oclock(lex: DateLexicon, hour: string, half: string | undefined): HourMinute | null {
  const h = /^\d/.test(hour) ? +hour : lex.counts.get(hour.toLowerCase()) ?? NaN;
  if (!(h >= 1 && h <= 12)) return null;
  return { hour: half ? hourOfHalf(h, half) : h, minute: 0 };
}

interface HourMinute {
  hour: number;
  minute: number;
}

/** "T18:15" for 18 h 15; null for an hour past 24 or minutes past 59. */
function clockOf(hour: number, minute: number): string | null {
  if (hour > 24 || minute > 59) return null;
  return `T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** "6.15 p.m." → 18 h 15, "12 a.m." → 0 h; null for an hour outside 1-12. */
function twelveHourClock(hour: number, minute: number, meridiem: string): HourMinute | null {
  if (hour < 1 || hour > 12) return null;
  return { hour: (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0), minute };
}

/** "noon" and "midday" → 12 h, "midnight" → 24 h (TimeML: the end of the day it names). */
function namedClock(word: string): HourMinute {
  return { hour: word === 'midnight' ? 24 : 12, minute: 0 };
}

/**
 * The ISO 8601 offset of a written zone: "Z" for UTC and GMT, "+08:00" for "GMT +8", "-05:00" for
 * EST; "" when there is no zone or its offset moves with daylight saving ("ET").
 */
function isoOffset(lex: DateLexicon, zone: string | undefined, shift: string | undefined): string {
  if (zone === undefined) return '';
  const base = lex.zoneOffsets.get(zone) ?? lex.zoneOffsets.get(zone.toUpperCase());
  if (base === undefined || base === null) return '';
  let minutes = base;
  if (shift) {
    const m = /^([+\-−])\s?(\d{1,2})(?::?(\d{2}))?$/u.exec(shift);
    if (!m) return '';
    minutes += (m[1] === '+' ? 1 : -1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  }
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * "Tuesday of last week", "Wednesday next week", "next week Wednesday": the weekday of the ISO week
 * before, after or of the reference date (XXXX-WXX-2 without one).
 */
const weekdayOfWeek: DateRule = {
  name: 'date/weekday-of-week',
  find: (text) => {
    const lex = dateLexicon();
    return [...text.matchAll(patterns().weekdayOfWeek)].map((m) => {
      const day = lex.weekdays.get((m[1] ?? m[4])!)!;
      const shift = { last: -1, next: 1, this: 0 }[(m[2] ?? m[3])!.toLowerCase() as 'last' | 'next' | 'this'];
      const resolve = (a: Anchor) => (a.ref === null ? `XXXX-WXX-${day}` : formatDay(a.ref - (partsOf(a.ref).weekday - 1) + 7 * shift + (day - 1)));
      return { start: m.index, end: m.index + m[0].length, rule: 'date/weekday-of-week', resolve };
    });
  },
};

/** A possessive right after a word: "Thursday's". */
const POSSESSIVE_AFTER = /^['’]s/u;

/** "Monday", "last Friday": a weekday, resolved by the clause's tense unless "last"/"next" says. */
const weekday: DateRule = {
  name: 'date/weekday',
  find: (text) => {
    const lex = dateLexicon();
    return [...text.matchAll(patterns().weekday)].flatMap((m) => {
      if (!m[1] && lex.setCues.has(wordBefore(text, m.index) ?? '')) return [];
      const day = lex.weekdays.get(m[2]!)!;
      const modifier = modifierOf(m[1]);
      // "this past Sunday, Oct. 27": the date after it names the day (the weekday-date rule's).
      if (m[1] && /\s/.test(m[1]) && !m[3] && DATE_AFTER_WEEKDAY().test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return [];
      // "the Good Friday Agreement", "a Black Monday Crash": between capitalised words, a name.
      const after = wordAfter(text, m.index + m[0].length);
      if (!m[1] && !m[3] && after && /^\p{Lu}\p{Ll}/u.test(after) && !lex.months.has(after.replace(/,$/, '')) && CAPITAL_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) && !SENTENCE_START.test(text.slice(Math.max(0, m.index - 16), m.index).replace(/\p{Lu}[\p{L}.]{0,15}\s{1,2}$/u, ''))) return [];
      // "The Sunday Times", "the Daily and Sunday Telegraph": after "the" (or "and" after a
      // capitalised word), a weekday before a capitalised word that is no month or day part is a
      // name's word.
      if (!m[1] && !m[3] && after && /^\p{Lu}\p{Ll}/u.test(after) && !lex.months.has(after.replace(/,$/, '')) && !lex.dayParts.has(after.toLowerCase())) {
        const det = wordBefore(text, m.index);
        const and = det === 'and' ? CAPITAL_AND_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index)) : null;
        // ("on Thursday and Friday Deputy…": a weekday before "and" makes two dates; "On the Sunday
        // Cameron spoke": "on" before "the" makes one.)
        const on = det === 'the' && ON_THE_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index));
        if ((det === 'the' && !on) || (and && !lex.weekdays.has(and[1]!) && !lex.months.has(and[1]!))) return [];
        // (So after a possessive: "yesterday's Sunday Times", "Radio Scotland's Sunday Live".)
        if (POSSESSIVE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) return [];
      }
      // "Saturday Night Takeaway", "Monday Night Football": a capitalised day part and a capitalised
      // word after it make a title (a date writes "Saturday night").
      if (!m[3] && after && /^\p{Lu}\p{Ll}/u.test(after) && lex.dayParts.has(after.toLowerCase())) {
        const third = wordAfter(text, m.index + m[0].length + 1 + after.length);
        if (third && /^\p{Lu}\p{Ll}/u.test(third) && !lex.months.has(third.replace(/,$/, ''))) return [];
      }
      // A lower-case weekday ("on tuesday") needs "on", a modifier or a preposition before it
      // (a year word that is no determiner: "their sunday best" is none).
      if (/^\p{Ll}/u.test(m[2]!) && !modifier) {
        const before = wordBefore(text, m.index);
        if (before !== 'on' && !(lex.yearCues.has(before ?? '') && !lex.determiners.has(before ?? ''))) return [];
      }
      const part = m[3] ? lex.dayParts.get(m[3].toLowerCase()) : undefined;
      // "over Thursday's closing price", "Wednesday's ruling": with no tense in its clause, a
      // weekday's own result or event is one that already happened.
      const possessive = !m[3] && POSSESSIVE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2));
      const resolve = (a: Anchor) => {
        const anchor: Anchor = possessive ? { ...a, tense: () => (a.tense() === 'unknown' ? 'past' : a.tense()) } : a;
        const v = resolveWeekday(day, anchor, modifier);
        return v && part ? `${v}T${part}` : v;
      };
      return [{ start: m.index, end: m.index + m[0].length, rule: 'date/weekday', resolve }];
    });
  },
};

/** After "the fall": a drop's preposition ("the fall in prices", "from power", "below 1.30", "to a low", "the fall-out"). */
const FALL_DROP_AFTER = /^(?:\s{1,3}(?:in|out|off|on|from|below|above|to|of)(?![\p{L}])|[-‑]out)/iu;

const FALL_IN_AFTER = /^\s{1,3}in(?![\p{L}])/u;
/** After "in the fall": "in" and a place or a quantifier ("in most states", "in New York"), not what fell ("in oil prices"). */
const FALL_IN_PLACE_AFTER = /^\s{1,3}in\s{1,3}(?:\p{Lu}|(?:most|many|some|all|several|both|each|every)(?![\p{L}]))/u;

/** Another season after "the fall" and "and"/"or": "the fall and winter". */
const SEASON_PAIR_AFTER = /^\s{1,3}(?:and|or)\s{1,3}(?:winter|spring|summer|autumn)(?![\p{L}])/iu;

/** An article or possessive before a season used as a modifier: "an autumn campaign", "its spring offensive". */
const OWNER_BEFORE = /^(?:an?|its|their|his|her|our|your|my)$/;

/** The word after a season run on by a hyphen: "a spring roll-out" is no spring roll. */
const KIND_HYPHENED = /^\s{1,3}\p{L}{1,20}[-‑]/u;
/** A noun's plural ending: "crops", "squashes". */
const PLURAL_END = /(?:es|s)$/;

/**
 * Whether a season before `next` names a kind of crop, plant or food, not a time ("winter wheat",
 * "spring onions": date-season-kinds.tsv).
 */
function namesKind(season: string, next: string | undefined, lex: DateLexicon): boolean {
  if (!next || !/^\p{Ll}/u.test(next)) return false;
  const word = next.toLowerCase();
  const seasons = lex.seasonKinds.get(word) ?? lex.seasonKinds.get(word.replace(/s$/, '')) ?? (PLURAL_END.test(word) ? lex.seasonKinds.get(word.replace(PLURAL_END, '')) : undefined);
  return !!seasons && (seasons.has('*') || seasons.has(season));
}

/**
 * "last summer", "the autumn of 2023", "winter 2022", "in the spring", "over the winter", "an
 * autumn campaign": a season. Without a year or "this/last/next" it needs "the", an article or a
 * possessive, or a year word ("in", "since") before it; "fall" needs "the" and a preposition of
 * time ("in the fall", "by the fall"; "blamed for the fall", "by the fall in prices" are drops);
 * "the fall of the city" (of, then no year) is not a season.
 */
const season: DateRule = {
  name: 'date/season',
  find: (text) => {
    const lex = dateLexicon();
    return [...text.matchAll(patterns().season)].flatMap((m) => {
      const name = m[2]!.toLowerCase();
      const code = lex.seasons.get(name)!;
      const lead = m[1]?.toLowerCase().replace(/\s+/g, ' ') ?? null;
      const start = m.index;
      if (m[4]) return [{ start, end: start + m[0].length, rule: 'date/season', resolve: fixed(`${m[4]}-${code}`) }];
      const end = start + m[0].length;
      // "winter wheat", "the spring barley": a kind of crop (not "this winter rose", "last summer
      // rice prices", "in the spring water levels fell": a time's modifier, a time preposition).
      const timed = lead !== null && lead !== 'the';
      const afterTime = lead === 'the' && lex.fallCues.has(wordBefore(text, start) ?? '');
      if (!timed && !afterTime && !KIND_HYPHENED.test(text.slice(end, end + 28)) && namesKind(name, wordAfter(text, end) ?? undefined, lex)) return [];
      // "the fall of the city" is not a season; nor is "Summer" of "the Summer Games".
      if (/^\s{1,2}of\s/.test(text.slice(end, end + 5))) return [];
      if (/^\p{Lu}/u.test(m[2]!) && /^\p{Lu}/u.test(wordAfter(text, end) ?? '')) return [];
      const modifier = lead === 'this past' ? 'past' : lead === 'the' ? null : (lead as Modifier);
      if (modifier === null) {
        const prev = (wordBefore(text, start) ?? '').toLowerCase();
        // "the fall" only after a cue ("in the fall"; "the fall in prices" is a drop); a bare
        // season after a cue ("in summer").
        if (name === 'fall' || lead !== 'the') {
          // "an autumn campaign", "its spring offensive": a season after an article or a possessive.
          const owned = name !== 'fall' && lead === null && OWNER_BEFORE.test(prev);
          if (name !== 'fall' && !owned && !lex.yearCues.has(prev)) return [];
          if (name === 'fall' && lead !== 'the') return [];
          // "the fall" after a preposition of time ("over the fall"), and no drop's preposition
          // after it ("hit by the fall in prices", "since the fall from power", "after the fall
          // below 1.30", "lost billions in the fall in oil prices"); but "in the fall in most
          // states", "in the fall in New York" is the season. "Blamed for the fall",
          // "warned that the fall could" are drops. ("because of the fall and winter": another
          // season after it says which.)
          const paired = SEASON_PAIR_AFTER.test(text.slice(end, end + 16));
          // After "in"/"during" only "in" and what fell makes a drop ("in the fall to an annual rate"
          // is the season).
          const seasonCue = prev === 'in' || prev === 'during';
          const dropAfter = seasonCue ? FALL_IN_AFTER.test(text.slice(end, end + 6)) && !FALL_IN_PLACE_AFTER.test(text.slice(end, end + 24)) : FALL_DROP_AFTER.test(text.slice(end, end + 10));
          if (name === 'fall' && !paired && (!lex.fallCues.has(prev) || dropAfter)) return [];
        }
      }
      return [{ start, end, rule: 'date/season', resolve: (a: Anchor) => resolveSeason(code, a, modifier) }];
    });
  },
};

/**
 * Decades as TIMEX3 writes them, the first three digits: "the 1990s" → 199, "the late 1970s" →
 * 197 with mod END, "the '80s" → 198 (a two-digit decade is the 1900s', but "'00s" and "'10s"),
 * "the nineties" → 199.
 */
const decade: DateRule = {
  name: 'date/decade',
  find: (text) => {
    const out: Candidate[] = [];
    const mod = (w: string | undefined) => (w ? { mod: modOf(w) } : {});
    // Cheap tests first: most texts hold no decade at all ("0s" and "ties" are in every form).
    const zeros = /0['’]?s/i.test(text);
    for (const m of zeros ? text.matchAll(DECADE) : []) {
      if (m[5] && !m[1] && !m[2]) continue;
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date/decade', resolve: fixed(`${m[3]}${m[4]}`), ...mod(m[2]) });
    }
    for (const m of zeros ? text.matchAll(SHORT_DECADE) : []) {
      // "the 70s and 80s": the second of two decades needs neither "the" nor an apostrophe.
      if (!m[1] && !m[3] && !DECADE_AND_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
      // "temperatures in the low 70s", "Brent has traded in the 80s" are heat and prices, not a
      // decade: a bare "the 70s" only without a word of degree or price around it.
      // (A word of heat reaches further back: "Temperatures in London, which had been mild all
      // week, will climb into the 80's.")
      if (!m[3] && (DEGREE_AROUND.test(text.slice(Math.max(0, m.index - 24), m.index + m[0].length + 14)) || heatBefore(text, m.index))) continue;
      const d = Number(m[4]);
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date/decade', resolve: fixed(`${d <= 1 ? '20' : '19'}${d}`), ...mod(m[2]) });
    }
    const words = decadePatterns();
    for (const m of /ties/i.test(text) ? text.matchAll(words.DECADE_WORD) : []) {
      if (DEGREE_AROUND.test(text.slice(Math.max(0, m.index - 24), m.index + m[0].length + 14))) continue;
      const tens = words.decadeWords.get(m[2]!.toLowerCase())!;
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date/decade', resolve: fixed(`19${tens / 10}`), ...mod(m[1]) });
    }
    return out;
  },
};
/** A word of heat: before a two-digit decade in its sentence it makes degrees ("temperatures ... in the mid-80's"). */
const HEAT_WORD = /(?<![\p{L}])(?:degrees?|temperatures?|°|fahrenheit|celsius)(?![\p{L}])/iu;
/** Whether a word of heat comes in the 90 characters before `at`, in the same sentence. */
function heatBefore(text: string, at: number): boolean {
  let from = Math.max(0, at - 90);
  for (let i = at - 1; i >= from; i--) if (text[i] === '.' || text[i] === '!' || text[i] === '?') from = i + 1;
  return HEAT_WORD.test(text.slice(from, at));
}
const DEGREE_AROUND = /(?<![\p{L}])(?:low|high|highs|lows|upper|lower|degrees?|temperatures?|°|fahrenheit|celsius|traded|trading|trades|priced|prices?)(?![\p{L}])/iu;

/**
 * Centuries as TIMEX3 writes them, the first two digits: "the 19th century" → 18, "the
 * twenty-first century" → 20, "the late 18th century" → 17 with mod END, "this century" and
 * "last century" from the reference year.
 */
const century: DateRule = {
  name: 'date/century',
  find: (text) => {
    const out: Candidate[] = [];
    if (!/century/i.test(text)) return out;
    const { CENTURY, ordinals } = decadePatterns();
    for (const m of text.matchAll(CENTURY)) {
      const start = m.index;
      const end = m.index + m[0].length;
      const mod = m[1] ? { mod: modOf(m[1]) } : {};
      if (m[3]) {
        const shift = m[3].toLowerCase() === 'last' ? -1 : m[3].toLowerCase() === 'next' ? 1 : 0;
        out.push({ start, end, rule: 'date/century', resolve: (a: Anchor) => (a.ref === null ? null : String(Math.floor(partsOf(a.ref).year / 100) + shift).padStart(2, '0')), ...mod });
        continue;
      }
      const word = m[2]!.toLowerCase();
      const n = /^\d/.test(word) ? parseInt(word, 10) : ordinals.get(word);
      if (n === undefined || n < 1 || n > 21) continue;
      out.push({ start, end, rule: 'date/century', resolve: fixed(String(n - 1).padStart(2, '0')), ...mod });
    }
    return out;
  },
};

interface DecadePatterns {
  DECADE_WORD: RegExp;
  decadeWords: Map<string, number>;
  CENTURY: RegExp;
  ordinals: Map<string, number>;
}
let decadeCompiled: DecadePatterns | null = null;

/** Decade words ("nineties") and ordinal centuries, from the numbers extractor's word tables. */
function decadePatterns(): DecadePatterns {
  if (decadeCompiled) return decadeCompiled;
  const nl = numberLexicon();
  // "twenty" → "twenties", … "ninety" → "nineties"
  const decadeWords = new Map([...nl.cardinals].filter(([w, v]) => v >= 20 && v < 100 && v % 10 === 0 && /y$/.test(w)).map(([w, v]) => [`${w.slice(0, -1)}ies`, v]));
  const units = [...nl.ordinals].filter(([, v]) => v >= 1 && v <= 9);
  const ordinals = new Map<string, number>([...nl.ordinals].filter(([, v]) => v >= 1 && v <= 21));
  for (const [w, v] of units) if (v <= 1) ordinals.set(`twenty-${w}`, 20 + v);
  const ordAlt = alternation([...ordinals.keys()]);
  decadeCompiled = {
    decadeWords,
    // "the nineties", "the early seventies" (not "in their twenties": "the" is required)
    DECADE_WORD: new RegExp(`(?<![\\p{L}])the\\s{1,2}(?:(early|mid|late)[-\\s]{1,2})?(${alternation([...decadeWords.keys()])})(?![\\p{L}])`, 'giu'),
    CENTURY: new RegExp(`(?<![\\p{L}\\d])(?:the\\s{1,2})?(?:(early|mid|late)[-\\s]{1,2})?(?:(\\d{1,2}(?:st|nd|rd|th)|${ordAlt})|(this|last|next))[-\\s]century(?![\\p{L}])`, 'giu'),
    ordinals,
  };
  return decadeCompiled;
}

/** A bare year, as isBareYear decides (the numbers read the same decision). */
const year: DateRule = {
  name: 'date/year',
  find: (text) => {
    const out: Candidate[] = [];
    for (const m of text.matchAll(YEAR)) {
      const end = m.index + m[0].length;
      if (isBareYear(text, m.index, end)) out.push({ start: m.index, end, rule: 'date/year', resolve: fixed(m[1]!) });
    }
    // (A cheap test first: most texts hold no year glued to a hyphen.)
    for (const m of GLUED_YEAR.test(text) ? text.matchAll(MOD_YEAR) : []) {
      // "post-1800 GMT" is a clock time's; "the Washington Post-2020 survey", a name's.
      if (/^p/i.test(m[1]!) && (CLOCK_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)) || (m[1] === 'Post' && CAPITAL_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date/year', resolve: fixed(m[2]!), mod: modOf(m[1]!) });
    }
    return out;
  },
};

/** An apostrophe and two digits: "'87", "\u201929" (not "'87/88", "'90s", a name's "O'28"). Group 1 = the digits. */
const SHORT_YEAR = /(?<![\p{L}\p{N}'\u2019])['\u2019](\d\d)(?![\p{L}\p{N}'\u2019/]|[.,]\d)/gu;
let monthShortYear: RegExp | null = null;
/** A month's name (a dot after an abbreviation), glued or one space, an apostrophe and two digits: "Feb'87", "Jan. '87". Groups 1, 2 = the name, the digits. */
const MONTH_SHORT_YEAR = () => (monthShortYear ??= new RegExp(`(?<![\\p{L}])(${dateLexicon().monthAlt})\\.?\\s?['\u2019](\\d\\d)(?![\\p{L}\\p{N}'\u2019/]|[.,]\\d)`, 'gu'));

/**
 * The value of a short year (and a month of it): the century that puts the year at most a year
 * past the reference date, ten in a future clause; with no reference date the year is unknown
 * ("XXXX-02" for a month, null for a year alone).
 */
function shortYearValue(yy: number, month: number | undefined) {
  return (a: Anchor): string | null => {
    if (a.ref === null) return month === undefined ? null : `XXXX-${String(month).padStart(2, '0')}`;
    const ahead = a.tense() === 'future' ? SHORT_YEAR_AHEAD_FUTURE : SHORT_YEAR_AHEAD;
    const year = 2000 + yy > partsOf(a.ref).year + ahead ? 1900 + yy : 2000 + yy;
    return month === undefined ? String(year) : formatMonth(year, month);
  };
}

/** Prepositions of time before a short year: "in '94", "the crash of '29", "since '87". */
const SHORT_YEAR_CUES = new Set(['in', 'of', 'since', 'from', 'until', 'till', 'by', 'during', 'before', 'after', 'around', 'circa']);
/** Years ahead of the reference a short year may lie: "'29" in 2024 is 1929, "'25" 2025; in a future clause ten ("by '31"). */
const SHORT_YEAR_AHEAD = 1;
const SHORT_YEAR_AHEAD_FUTURE = 10;

/**
 * "the crash of '29", "in '94, beating England in '93", "class of '83", "('03 Bonnie & Clyde)": an
 * apostrophe and two digits after a preposition of time or an opening bracket (not a quotation's
 * opening: "'29 dead in blast", "chanted '10, 20, 30'", "a '50-50' chance"). The century is the
 * one that puts the year at most a year past the reference date, ten in a future clause; with no
 * reference date it is unknown (null).
 */
const shortYear: DateRule = {
  name: 'date/short-year',
  find: (text) => {
    const out: Candidate[] = [];
    const quoted = text.includes("'") || text.includes('\u2019');
    // "Feb'87", "June '99": a capitalised month's name, glued or a space before it, makes it that
    // month of the year (a table's heading, a caption's date). (The short year's pattern below
    // wants no letter before the apostrophe; the longer month's span wins over its year alone.)
    for (const m of quoted ? text.matchAll(MONTH_SHORT_YEAR()) : []) {
      const month = /^\p{Lu}/u.test(m[1]!) ? dateLexicon().months.get(m[1]!) : undefined;
      if (month === undefined || /^[-‑]\d/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date/short-year', resolve: shortYearValue(Number(m[2]), month) });
    }
    for (const m of quoted ? text.matchAll(SHORT_YEAR) : []) {
      const end = m.index + m[0].length;
      const before = wordBefore(text, m.index);
      const cued = (before !== null && SHORT_YEAR_CUES.has(before) && /\s$/u.test(text.slice(Math.max(0, m.index - 1), m.index))) || text[m.index - 1] === '(';
      if (!cued || /^[-‑]\d/u.test(text.slice(end, end + 2))) continue;
      out.push({ start: m.index, end, rule: 'date/short-year', resolve: shortYearValue(Number(m[1]), undefined) });
    }
    return out;
  },
};

/** A function word that is a verb after a span of years makes it the subject ("1987-1989 was"). */
const SPAN_VERB_TAGS = new Set(['Copula', 'Auxiliary', 'Modal', 'Verb']);

/**
 * Two years of the last two centuries a few years apart are a span of years with no cue around
 * them ("to reflect 1982-84 consumption patterns", "in fiscal 1986/87", "the period 2007-2013"):
 * no count runs between two such numbers. Not a label's number: after a capitalised word
 * ("Resolution 2019-25") or, four digits and four with a dash, a noun other than a span of time
 * ("rooms 2001-2009"; "the years 1979-1981" is one) or a form of "be" after anything but a span of
 * time ("the number is 2001-2009"; "the review period is 2015-2020", "2023-24" and the split
 * year "1987/88" are years whatever comes before them); nor a
 * price band, with a unit after it ("traded 1985-1990 stg a tonne"); and four digits on both
 * sides not before a function word other than a verb ("call 2001-2009 for help"; "over 1987-1989
 * was" is a span).
 */
function shortYearSpan(text: string, at: number, end: number, first: number, second: number, slash: boolean, lex: DateLexicon): boolean {
  if (first < 1800 || second - first > 10) return false;
  let i = at;
  while (i > 0 && at - i < 3 && /\s/.test(text[i - 1]!)) i--;
  let j = i;
  while (i < at && j > 0 && i - j < 30 && !/\s/.test(text[j - 1]!)) j--;
  const before = text.slice(j, i);
  if (/^\p{Lu}/u.test(before) && !/['’]s?$/u.test(before)) return false;
  const prevTags = /^\p{Ll}+$/u.test(before) ? lexiconTags(before) : [];
  const noun = prevTags.some((t) => t === 'Singular' || t === 'Plural') && !prevTags.includes('Adjective');
  // (With four digits on both sides only: "the fiscal year is 2023-24" is a span; and after "is"
  // a span when a span of time is what is: "the review period is 2015-2020".)
  const timeWord = (w: string | null) => w !== null && (numberLexicon().durationNouns.has(w) || w === 'period' || w === 'base');
  const copula = prevTags.includes('Copula') && !timeWord(wordBefore(text, j));
  if (!slash && end - at >= 9 && (copula || (noun && !timeWord(before)))) return false;
  if (numberLexicon().UNIT_AFTER.test(text.slice(end, end + 24))) return false;
  const after = wordAfter(text, end)?.toLowerCase() ?? '';
  return end - at < 9 || !lex.functionWords.has(after) || lexiconTags(after).some((t) => SPAN_VERB_TAGS.has(t));
}

/**
 * "from 2001-2009", "the 2014-15 season", "in 1986/87", "in 2003-4": two years, each a point; needs a year
 * word before or an event noun after, and the second year after the first ("1990-1985" is not a
 * range; with a slash, the very next: a split year).
 */
const yearRange: DateRule = {
  name: 'date/year-range',
  find: (text) => {
    const lex = dateLexicon();
    const out: Candidate[] = [];
    for (const m of text.matchAll(YEAR_RANGE)) {
      const end = m.index + m[0].length;
      const first = +m[1]!;
      // Two digits are the next years of its century, or of the next one ("1999/00"); one digit
      // only the very next year, a split year ("2003-4", "1998/9").
      const [d, width] = [+m[3]!, m[3]!.length];
      const unit = 10 ** width;
      const second = width === 4 ? d : first - (first % unit) + d + (d < first % unit ? unit : 0);
      if (second <= first || (width === 1 && second !== first + 1)) continue;
      // A slash joins a split year, one year to the next ("the 1986/87 season", "in 1987/88").
      if (m[2] === '/' && second !== first + 1) continue;
      const cueBefore = lex.yearCues.has(wordBefore(text, m.index) ?? '') || wordBefore(text, m.index) === 'the';
      const yearNoun = lex.yearNouns.has(wordAfter(text, end)?.toLowerCase() ?? '');
      if (!cueBefore && !yearNoun && !shortYearSpan(text, m.index, end, first, second, m[2] === '/', lex)) continue;
      // A range of counts or measures: "to 1500-1600 tonnes", "some 2000-2500 people" (a round or
      // pre-modern first end; "1982-84 dollars", "1985-86 exports" are years).
      if (!yearNoun && (countsAfter(text, end, first) || priceAfter(text, end))) continue;
      const start2 = m.index + m[1]!.length + 1;
      out.push({ start: m.index, end: start2 - 1, rule: 'date/year-range', resolve: fixed(m[1]!) });
      out.push({ start: start2, end, rule: 'date/year-range', resolve: fixed(String(second)) });
    }
    return out;
  },
};

/** The rules, in priority order: when two candidates overlap, the longer wins, then the earlier rule. */
export const DATE_RULES: readonly DateRule[] = [
  isoDate,
  slashDate,
  formats,
  timeDay,
  clock,
  weekdayDate,
  weekdayOfWeek,
  holidays,
  spelled,
  monthDay,
  dayMonth,
  monthYear,
  monthOfYear,
  quarterPair,
  quarter,
  quarterCodes,
  periods,
  anaphora,
  season,
  relative,
  ago,
  weekday,
  bareMonth,
  decade,
  century,
  year,
  yearRange,
  shortYear,
  vague,
  namedDays,
];

export type { DateLexicon };
