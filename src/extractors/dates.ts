/**
 * dates: time expressions that name a point or span of time, with a TIMEX3 value resolved against
 * the reference date (ctx.referenceDate) and the tense of the clause.
 *
 * Finds: ISO and slash dates (2024-10-28, 10/28/2024); month-days with or without a year
 * (Oct. 30, 28 October, October 30, 2024), their lists ("October 27 or 28" → "October 27" and
 * "28") and a weekday before them ("Monday, Oct. 26"); month-years (February 2022, June last
 * year); quarters (the third quarter → 2024-Q3); seasons (last summer → 2023-SU, winter 2022);
 * year ranges as two points ("from 2001-2009"); relative phrases (yesterday, last week, earlier
 * this month, the weekend); "three days ago"; weekdays (Monday, last Friday); bare months in a
 * date context (August, in May; lower case "in april" too); decades and centuries as TIMEX3
 * writes them (the 1990s → 199, the '80s, the nineties, the 19th century → 18); bare years in a
 * date context (in 2024, the 2020 election); parts of days (this morning → 2024-10-29TMO, Sunday
 * evening) and clock times with their day (10 p.m. Saturday → 2024-10-26T22:00, 10 a.m.
 * tomorrow); business periods (the quarter, the year-ago quarter, a year earlier, fiscal 2025:
 * dates/periods.ts; Q2 2022, H1, the first half of 2024, last quarter: dates/quarters.ts);
 * holidays from a calendar in data (Christmas, Good Friday, Thanksgiving: dates/holidays.ts);
 * formats of web text (2021/03/03, 07-Mar-2021, "on 7/14": dates/formats.ts); spelled-out
 * years and days (nineteen ninety-six, June twenty-first, on the 18th: dates/spelled.ts); the
 * story's own periods (for the year, by year-end, the following year, the day before last
 * Tuesday, the previous Friday: dates/anaphora.ts); with `dateStyle: 'timeml'` also vague deictic words (now →
 * PRESENT_REF: dates/vague.ts). A part of a period before it ("early October", "the end of
 * next year", "mid-2011") joins the span and gives `mod` START, MID or END.
 *
 * Leaves out: prepositions ("on Monday" → "Monday"); durations ("for weeks", "three years");
 * vague adverbs (now, recently, soon) unless the style is timeml; recurring sets ("each July", "every Thursday"); "May" and
 * "March" as words ("may signal", "a march"); clock times without a day ("10 a.m."); counts that look like
 * years ("up to 2000 troops").
 *
 * Rule order (src/extractors/dates/rules.ts, DATE_RULES): iso, slash, format, time-day, clock,
 * weekday-date, holiday, spelled, month-day, day-month, month-year, month-of-year, quarter,
 * quarter-code, period, anaphora, season, relative, ago, weekday, month, decade, century, year,
 * year-range, vague (timeml only).
 * Then range ends are marked (dates/ranges.ts): "from 2001 to 2009" → range from/to, "since May" → from.
 * Overlapping candidates: the longer span wins ("February 2022" over "February"), then the
 * earlier rule.
 *
 * Values: without a reference date, pure offsets ("last week") are null and what names a calendar
 * unit keeps its unknown parts as X (XXXX-10-30, XXXX-WXX-5, XXXX-04, XXXX-SU). A weekday, month-day or month without a year takes the direction of
 * its clause's tense (dates/tense.ts): past → on or before the reference date, future → on or
 * after, with a little slack for month-days and months just across the line; no tense cue → the
 * occurrence nearest the reference date.
 */
import type { RunContext } from '../context.js';
import { FINITE_VERB_TAGS, lexiconTags, onlyClosedClass, type Doc } from '../document.js';
import type { DateFact } from '../types.js';
import { ANCHOR_WINDOW, shiftFrom, weekdayFrom, yearBackFrom } from './dates/anaphora.js';
import { formatDay, parseIsoDay, parseIsoWeek, partsOf } from './dates/calendar.js';
import { previousSentenceStart } from './dates/sentence-year.js';
import { dateLexicon } from './dates/lexicon.js';
import { joinClockRanges, markRanges } from './dates/ranges.js';
import { joinWeekOf } from './dates/week-of.js';
import { DATE_RULES, type Candidate } from './dates/rules.js';
import { afterSince, tenseGuesser, type Tense } from './dates/tense.js';
import type { Extractor } from './extractor.js';

/** A day and nothing finer: "2024-11-04", "XXXX-11-04", "XXXX-WXX-1". */
const DAY_ONLY = /^(?:\d{4}|XXXX)-(?:(?:\d{2}|XX)-\d{2}|W(?:\d{2}|XX)-\d)$/;
/**
 * Between a clock time and its day ("noon on", "noon,") or a day and its clock time (group 1:
 * "at", or group 2: white space alone, as a web page's dateline writes it: "12 Nov 2024 14:05 GMT").
 */
const JOINS = /^(?:,?\s{1,2}on\s{1,2}|,\s{1,2}|,?\s{1,2}(at)\s{1,2}|(\s{1,2}))$/;

/**
 * A 24-hour time right after a day, with a colon: " 14:30" (not a decimal, "2024 10.25 percent",
 * nor a ratio's or a list's digits, nor a 12-hour time's, which the clock rule reads).
 */
const DAYLINE_TIME_AFTER = /^\s{1,2}([01]?\d|2[0-3]):([0-5]\d)(?![\d:/-]|[.,]\d|\s?[aApP]\.?[mM](?![\p{L}]))/u;

let dayPartPatterns: { before: RegExp; after: RegExp } | null = null;
/**
 * A part of the day (date-day-parts.tsv) written around a day: before it with "the … of" ("the
 * night of Oct. 12") or with "early", "late" or "mid-" ("mid-afternoon yesterday"); after it with
 * one of those words ("Tuesday late afternoon": a weekday's own part, "Tuesday afternoon", is its
 * rule's). Returns the part's TIMEX3 code and the joined span, or null.
 */
function dayPartAround(text: string, floor: number, start: number, end: number, ceiling: number): { code: string; start: number; end: number } | null {
  const lex = dateLexicon();
  dayPartPatterns ??= {
    before: new RegExp(`(?<![\\p{L}])(?:(the)\\s{1,2}(?:(?:early|late|mid)[-‑\\s]?)?(${lex.dayPartAlt})\\s{1,2}of|(?:early|late|mid)[-‑\\s]?(${lex.dayPartAlt}))\\s{1,2}$`, 'iu'),
    after: new RegExp(`^\\s{1,2}(?:early|late|mid)[-‑\\s]?(${lex.dayPartAlt})(?![\\p{L}])`, 'iu'),
  };
  const before = dayPartPatterns.before.exec(text.slice(floor, start));
  if (before) {
    const code = lex.dayParts.get((before[2] ?? before[3])!.toLowerCase());
    if (code) return { code, start: floor + before.index, end };
  }
  const after = dayPartPatterns.after.exec(text.slice(end, Math.min(ceiling, end + 24)));
  // (Not before a noun it qualifies: "said on Friday early morning trains would be cut".)
  const noun = after ? /^\s{1,2}(\p{Ll}+)/u.exec(text.slice(end + after[0].length, end + after[0].length + 24))?.[1] : undefined;
  if (noun !== undefined && !lex.functionWords.has(noun)) return null;
  const code = after ? lex.dayParts.get(after[1]!.toLowerCase()) : undefined;
  return code ? { code, start, end: end + after![0].length } : null;
}

/** A month of a known year and nothing finer: "2024-05". */
const YEAR_MONTH = /^\d{4}-\d{2}$/;
/** Between a range's two months: "May to July", "May-July", "May through July", the wire's "Jan/Dec". */
const RANGE_JOIN = /^\s{0,2}(?:[-–\/]|to|through|until|till)\s{0,2}$/u;

/**
 * "April/May butter", "for May to September shipment", "April-June delivery": the second of two
 * bare months in a range is the first one's year (each resolved alone, the tense could send one
 * back a year). In place.
 */
function followRangeStart(doc: Doc, facts: DateFact[], tenseAt: (start: number, end: number) => Tense, refMonth: string | null, refDay: string | null): void {
  const text = doc.text;
  // "the Oct-Dec 1986 quarter": a bare month right before a year another date took is that year's,
  // and the month ranged before it follows it.
  const written = new Set<DateFact>();
  for (const f of facts) {
    const y = bareMonthFact(f) ? YEAR_AFTER.exec(text.slice(f.end, f.end + 8)) : null;
    if (!y) continue;
    f.value = withYear(f.value!, Number(y[1]));
    written.add(f);
  }
  for (let i = facts.length - 2; i >= 0; i--) {
    const [f, g] = [facts[i]!, facts[i + 1]!];
    if (!written.has(g) || written.has(f) || !bareMonthFact(f) || !RANGE_JOIN.test(text.slice(f.end, g.start))) continue;
    f.value = withYear(f.value!, yearOf(g.value!) - (monthOf(f.value!) > monthOf(g.value!) ? 1 : 0));
    written.add(f);
  }
  for (let i = 0; i + 1 < facts.length; i++) {
    const [f, g] = [facts[i]!, facts[i + 1]!];
    // (Each a month's name alone: "August/April the previous year" is counted from the story.)
    if (written.has(g) || !bareMonthFact(f) || !bareMonthFact(g)) continue;
    // ("between December and February" is a range too.)
    const between = BETWEEN_AND.test(text.slice(f.end, g.start)) && BETWEEN_BEFORE.test(text.slice(Math.max(0, f.start - 10), f.start));
    if (!modKept(f) || !modKept(g) || !(RANGE_JOIN.test(text.slice(f.end, g.start)) || between)) continue;
    // (A pair is one range: "Dec/Feb-Jan/Mar" is two, the second not started by "Feb".)
    i++;
    const [a, b] = [f.value!, g.value!];
    // "1987/88 (Oct-Sept)", "the 1986/87 October-September season": a split year right before
    // gives each end its year.
    const split = SPLIT_YEAR_BEFORE.exec(text.slice(Math.max(0, f.start - 14), f.start));
    if (split) {
      const first = Number(split[1]);
      const second = split[2]!.length === 4 ? Number(split[2]) : Math.floor(first / 100) * 100 + Number(split[2]) + (Number(split[2]) < first % 100 ? 100 : 0);
      if (second === first + 1) {
        f.value = withYear(a, first);
        g.value = withYear(b, monthOf(b) < monthOf(a) ? second : first);
        continue;
      }
    }
    // "the Jan/June period of 1986", "last year's January-June exports", "the 1986 April-June
    // quarter": a year named right around the range is both ends' (the second's next year across
    // the new year).
    const named = rangeYear(text, facts, f, g);
    if (named !== null) {
      f.value = withYear(a, named);
      g.value = withYear(b, monthOf(b) < monthOf(a) ? named + 1 : named);
      continue;
    }
    // Across the new year the clause's tense says which end to trust: in the past the end ("From
    // October to March, the team lost": the October before), else the start ("the fiscal year
    // runs from April to March": the March after). A move is no range ("brought forward from June
    // to April", "slipped from September to July"): each end keeps its own reading.
    if (monthOf(b) < monthOf(a)) {
      if (MOVED_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start))) continue;
      if (tenseAt(f.start, g.end) === 'past') {
        f.value = withYear(a, yearOf(b) - 1);
        continue;
      }
      g.value = withYear(b, yearOf(a) + 1);
    } else g.value = withYear(b, yearOf(a));
    // (A span that holds the reference date is that one, whatever the tense sent ahead: "the
    // season runs from April to March" in October is this April's, not next; "exports will drop
    // during Jan/Sept" in April is this year's. Not when its sentence names a later year: "the
    // January-June period next year", "the 2025 plan will run from January to December".)
    const back = (v: string) => withYear(v, yearOf(v) - 1);
    if (refMonth !== null && a > refMonth && back(a) <= refMonth && refMonth <= back(g.value) && !laterYearNamed(doc, facts, f, g, refMonth)) [f.value, g.value] = [back(a), back(g.value)];
  }
  // Two days of a range ("between May 10 and October 10", "from 18 to 21 February 1986"): a year
  // written on the end is the start's too (the year before across the new year), and a range of
  // days without a year runs forward from its start, as one of months does.
  for (let i = 0; i + 1 < facts.length; i++) {
    const [f, g] = [facts[i]!, facts[i + 1]!];
    if (!dayFact(f) || !dayFact(g) || YEAR_WRITTEN.test(f.text)) continue;
    const gap = text.slice(f.end, g.start);
    const between = BETWEEN_AND.test(gap) && BETWEEN_BEFORE.test(text.slice(Math.max(0, f.start - 10), f.start));
    if (!(RANGE_JOIN.test(gap) || between) || MOVED_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start))) continue;
    i++;
    const [a, b] = [f.value!, g.value!];
    const across = b.slice(5) < a.slice(5);
    if (YEAR_WRITTEN.test(g.text)) f.value = withYear(a, yearOf(b) - (across ? 1 : 0));
    else if (across) {
      // Across the new year, in the past the end is trusted; else the start, unless the span that
      // ends at the end holds the reference date ("the current coffee year (Oct 1/Sept 30)").
      const start = withYear(a, yearOf(b) - 1);
      if (tenseAt(f.start, g.end) === 'past' || (refDay !== null && start <= refDay && refDay <= b)) f.value = start;
      else g.value = withYear(b, yearOf(a) + 1);
    } else g.value = withYear(b, yearOf(a));
  }
}

/** A year fronted at a sentence's start: "In 1985, ", "During 1986 ". Group 1 = the year. */
const FRONTED_YEAR = /^(?:In|During)\s{1,2}((?:1[5-9]|20)\d\d),?\s/u;

/**
 * "In 1985, the plant was closed on July 4": a year fronted at its sentence's start is the year of
 * the months and days in the sentence that write none (read by the tense alone, "July 4" would be
 * the one before the reference date).
 */
function frontedYear(doc: Doc, facts: DateFact[]): void {
  for (const f of facts) {
    if (f.value === null || !(bareMonthFact(f) || (dayFact(f) && !YEAR_WRITTEN.test(f.text)))) continue;
    const sentence = doc.sentenceAt(f.start);
    const year = sentence ? FRONTED_YEAR.exec(sentence.text)?.[1] : undefined;
    if (year === undefined || f.start < sentence!.start + 5) continue;
    f.value = withYear(f.value, Number(year));
  }
}

/** A day's date from the day rules, its value a day ("May 10", "21 February 1986"). */
const dayFact = (f: DateFact): boolean => /^date\/(?:month-day|day-month)/.test(f.rule) && f.value !== null && /^\d{4}-\d{2}-\d{2}$/.test(f.value);
/** A year written in a date's text: "February 21, 1986", "3 March 2024". */
const YEAR_WRITTEN = /(?<![\d])(?:1[5-9]|20)\d\d(?!\d)/u;

/** Between a range's last month and a year that is its own: " of ", " period of ", " quarter of ". */
const RANGE_OF_YEAR = /^\s{1,2}(?:(?:period|quarter|half|season|months?)\s{1,2})?of\s{1,2}$/iu;
/** Between a year and a range's first month: " ", "'s ". */
const YEAR_BEFORE_RANGE = /^(?:['’]s)?\s{1,2}$/u;

/** The year of a date right around a range of two bare months that names its year ("the Jan/June period of 1986", "last year's January-June"), or null. */
function rangeYear(text: string, facts: readonly DateFact[], f: DateFact, g: DateFact): number | null {
  for (const x of facts) {
    if (x.value === null || !/^\d{4}$/.test(x.value)) continue;
    if (x.start >= g.end && x.start - g.end <= 20 && RANGE_OF_YEAR.test(text.slice(g.end, x.start))) return Number(x.value);
    if (x.end <= f.start && f.start - x.end <= 4 && YEAR_BEFORE_RANGE.test(text.slice(x.end, f.start))) return Number(x.value);
  }
  return null;
}

/** A date that names its year: in digits or with the word ("2025", "next year's"). */
const YEAR_NAMED = /\d{4}|(?<![\p{L}])year(?![\p{L}])/iu;

/** Whether another date of the sentence that holds `f` and `g`, one that names its year, is of a year after the reference month's. */
function laterYearNamed(doc: Doc, facts: readonly DateFact[], f: DateFact, g: DateFact, refMonth: string): boolean {
  const refYear = Number(refMonth.slice(0, 4));
  const sentence = doc.sentenceAt(f.start);
  return facts.some((x) => x !== f && x !== g && x.value !== null && /^\d{4}/.test(x.value) && Number(x.value.slice(0, 4)) > refYear && YEAR_NAMED.test(x.text) && doc.sentenceAt(x.start) === sentence);
}

/** A bare month as resolved on its own: its name alone as written, a value of a known year and month ("2024-05"). */
const bareMonthFact = (f: DateFact): boolean => f.rule === 'date/month' && MONTH_NAME_ONLY.test(f.text) && f.value !== null && YEAR_MONTH.test(f.value);
/** A date's modifier that a range's end may carry: none, or early, mid or late. */
const modKept = (f: DateFact): boolean => !f.mod || /^(?:START|MID|END)$/.test(f.mod);
const yearOf = (v: string): number => Number(v.slice(0, 4));
const monthOf = (v: string): number => Number(v.slice(5, 7));
/** A value with its four-digit year replaced: withYear("2024-05", 1986) is "1986-05". */
const withYear = (v: string, year: number): string => `${String(year).padStart(4, '0')}${v.slice(4)}`;

/** A verb of moving a date, then "from", right before a range's first month: "brought forward from", "slipped from". */
const MOVED_BEFORE = /(?<![\p{L}])(?:mov\p{L}{0,3}|brought\s{1,2}forward|pushed\s{1,2}back|put\s{1,2}back|slipp\p{L}{0,3}|postpon\p{L}{0,3}|delay\p{L}{0,3}|advanc\p{L}{0,3}|switch\p{L}{0,3}|shift\p{L}{0,3}|chang\p{L}{0,3}|resched\p{L}{0,6})(?:\s{1,2}\p{L}{1,12}){0,2}\s{1,2}from\s{1,2}$/iu;
/** "between" right before a range's first month, and "and" between its two. */
const BETWEEN_BEFORE = /(?<![\p{L}])between\s{1,2}$/iu;
const BETWEEN_AND = /^\s{1,2}and\s{1,2}$/u;
/** A split year right before a range of months: "1987/88 (", "1986/87 ", "1999/2000 (". Groups: the years. */
const SPLIT_YEAR_BEFORE = /(?<!\d)((?:1[5-9]|20)\d\d)\/(\d\d|(?:1[5-9]|20)\d\d)\s{0,2}(?:\(\s{0,2}|\s)$/u;
/** A year written right after a bare month, taken by another date ("Dec 1986 quarter"). Group 1: the year. */
const YEAR_AFTER = /^\s{1,2}(1[5-9]\d\d|20\d\d)(?![\d%])/u;
/** A month's name as written, alone: "April", "Sept.". */
const MONTH_NAME_ONLY = /^\p{L}{3,9}\.?$/u;

/** "or so" right after a date: "the next week or so". */
const OR_SO_AFTER = /^\s{1,2}or\s{1,2}so(?![\p{L}\p{N}-])/iu;
/** A month's or a month-day's value, its year known or not: "1986-06", "1986-06-05", "XXXX-06". */
const MONTH_VALUE = /^(?:\d{4}|XXXX)-\d{2}(?:-\d{2})?$/;
/** A value inside a year: a month, a day, a quarter, a half or a season ("1987-05", "1987-Q1", "XXXX-05-03"). */
const IN_YEAR_VALUE = /^(?:\d{4}|XXXX)-(?:\d{2}(?:-\d{2})?|Q[1-4]|H[12]|SP|SU|FA|WI)$/;
/** "a year ago", "two years earlier": a count of years back, alone. Group 1: the count. */
const YEARS_BACK = /^(\p{L}{1,8}|\d{1,2})\s{1,2}years?\s{1,2}(?:ago|earlier)$/iu;
/** A date that names its year or counts itself from now: "May 1986", "last summer", "the next quarter". */
const COUNTED_OR_YEARED = /\d{4}|^(?:the\s{1,2})?(?:last|next|this|past|coming|previous|current|latest)(?![\p{L}])/iu;
/** Between a month and a year counted from the story: "June of that year", "March the following year". */
const OF_ANAPHOR = /^\s{1,2}(?:of\s{1,2})?$/;
/** Between two listed months: "May, June and September". */
const LIST_JOIN = /^(?:,\s{1,2}(?:and\s{1,2}|or\s{1,2})?|\s{1,2}(?:and|or)\s{1,2})$/;
/**
 * An open end right after a date (TIMEX3 ON_OR_AFTER, ON_OR_BEFORE): "until 2027 or later", "for
 * 2026 and beyond", "by March or earlier": "or …" at the clause's end or before a linking word,
 * "and later/earlier" only at a sentence's end (not "in 1988 and later that year", "and later,
 * after a fire,"); "and beyond" anywhere but before a noun phrase. Group 1, 2 or 3 = the word.
 */
const OPEN_END_AFTER = /^\s{1,2}(?:or\s{1,2}(later|after|earlier|before)(?=\s{0,2}(?:$|[.,;:!?)"'”’—]|(?:and|but|when|if|as)(?![\p{L}])))|and\s{1,2}(later|earlier)(?=\s{0,2}(?:$|[.;:!?)"'”’]))|(?:and|or)\s{1,2}(beyond)(?![\p{L}\p{N}-])(?!\s{1,2}(?:the|its|their|this|that|an?)(?![\p{L}])))/iu;
/** A value naming a day or a time: a period's mod phrase does not join it, a day's part does (date-day-mods.tsv). */
const DAY_OR_TIME = /^(?:\d{4}|XXXX)-(?:\d{2}|XX)-\d{2}|^(?:\d{4}|XXXX)-W(?:\d{2}|XX)-\d/;
/** The dictionary's tags of a word after which "late"/"early" says "tardy"/"ahead of time": "was late Tuesday". */
const NOT_DAY_PART_AFTER = new Set(['Copula']);
/** The word right before a position, as written. */
const WRITTEN_WORD_BEFORE = /(\p{L}{1,20})\s{1,3}$/u;
/** "around" right before the date, and the two words before it, to find a verb whose particle it is ("turned things around"). */
const AROUND_BEFORE = /(?<![\p{L}])(?:(\p{L}+)\s{1,2})?(?:(\p{L}+)\s{1,2})around\s{1,2}$/iu;

/**
 * "early October", "the end of last year", "mid-2011": a mod phrase (date-mods.tsv) right before a
 * period joins the date's span and sets its `mod`. "around Nov. 1", "nearly four years ago",
 * "around 7:15 p.m.": how near (APPROX, LESS_THAN), before any date. "late Monday", "earlier
 * Sunday": a day's part (date-day-mods.tsv), before a day. Never across the date before it.
 */
function withMod(text: string, f: DateFact, floor: number): void {
  if (f.value === null) return;
  const lex = dateLexicon();
  const from = Math.max(floor, f.start - 24);
  const m = lex.MOD_BEFORE.exec(text.slice(from, f.start));
  const phrase = m ? m[1]!.toLowerCase().replace(/\s+/g, ' ') : null;
  const mod = phrase === null ? null : (lex.mods.get(phrase) ?? lex.mods.get(phrase.replace(/^the /, '')) ?? null);
  // "the pre-1990s rules", "its post-Christmas sales": the glued prefix is the date's, "the" is the noun's.
  if (m && (mod === 'BEFORE' || mod === 'AFTER')) {
    f.mod = mod;
    f.start = from + m.index + (THE_START.exec(m[1]!)?.[0].length ?? 0);
    return;
  }
  if (m && (mod === 'APPROX' || mod === 'LESS_THAN')) {
    // Not after "the", not before a possessive, where it is the figure's ("stabilize around 1986's
    // 140 billion", "turn around last year's deficit"), nor as a verb's particle ("turned around Friday").
    if (phrase!.startsWith('the ') || /^['’]s(?![\p{L}])/u.test(text.slice(f.end, f.end + 3))) return;
    const verb = mod === 'APPROX' ? AROUND_BEFORE.exec(text.slice(Math.max(floor, f.start - 48), f.start)) : null;
    if (verb && [verb[1], verb[2]].some((w) => w !== undefined && lex.aroundVerbs.has(w.toLowerCase()))) return;
    f.mod = mod;
    f.start = from + m.index;
    return;
  }
  if (DAY_OR_TIME.test(f.value)) {
    // A time of day written with the day ("late Friday night") has its own value.
    if (f.value.includes('T')) return;
    const part = lex.DAY_MOD_BEFORE.exec(text.slice(Math.max(floor, f.start - 9), f.start));
    if (!part) return;
    // (A capitalised word is a name's: "Pan Am earlier today".)
    const before = WRITTEN_WORD_BEFORE.exec(text.slice(Math.max(floor, f.start - part[0].length - 24), f.start - part[0].length))?.[1];
    if (before !== undefined && !/^\p{Lu}/u.test(before) && (lex.tardyBefore.has(before) || lexiconTags(before).some((t) => NOT_DAY_PART_AFTER.has(t)))) return;
    f.start -= part[0].length;
    const dayMod = lex.dayMods.get(part[1]!.toLowerCase());
    if (dayMod) f.mod = dayMod;
    return;
  }
  if (!m || mod === null) return;
  f.mod = mod;
  f.start = from + m.index;
}

/** "the " at a date's start, and a hyphened word at its end, then a word: "the third-quarter loss". */
const THE_START = /^the\s{1,2}/iu;
const HYPHENED_END = /\p{L}[-‑]\p{L}+$/u;
/** The word after: in lower case, or an acronym the date qualifies ("the third-quarter GNP growth"). */
const WORD_AFTER = /^\s{1,2}(\p{Ll}[\p{L}-]*|\p{Lu}{2,6}s?(?![\p{L}]))/u;
/** The dictionary's tags of a word that makes a past form before it a verb ("ended in", "ended badly"). */
const CLOSED_AFTER_PARTICIPLE = new Set(['Preposition', 'Conjunction', 'Determiner', 'Pronoun']);
/** A past form the dictionary may not know: "compared", "slumped". */
const PAST_FORM = /^\p{Ll}{3,}ed$/u;

/**
 * A date used as an adjective ("the third-quarter loss", "the late-November trip") leaves "the"
 * to the noun it qualifies; not a date that is the noun ("the third quarter", "the second-quarter
 * of 2024", "the first-quarter was weak": a function word or a verb after it).
 */
function adjectival(text: string, f: DateFact): void {
  const own = text.slice(f.start, f.end);
  const the = THE_START.exec(own);
  if (!the || !HYPHENED_END.test(own)) return;
  const next = WORD_AFTER.exec(text.slice(f.end, f.end + 30));
  if (!next) return;
  // In a line of capitals a word in capitals is any word ("THE FIRST-QUARTER AS DEMAND"); elsewhere
  // it is an acronym, a noun ("the fourth-quarter US deficit").
  const tags = lexiconTags(own === own.toUpperCase() ? next[1]!.toLowerCase() : next[1]!);
  // A function word or a verb after it makes the date the noun ("the second-quarter of 2024", "the
  // first-quarter was weak", "the fourth-quarter ended badly").
  // (A participle before a noun qualifies it: "the fourth-quarter adjusted earnings".)
  const noun = WORD_AFTER.exec(text.slice(f.end + next[0].length, f.end + next[0].length + 30))?.[1];
  const participle = PAST_FORM.test(next[1]!) && noun !== undefined && !/ly$/.test(noun) && !lexiconTags(noun).some((t) => t === 'Adverb' || CLOSED_AFTER_PARTICIPLE.has(t));
  if (onlyClosedClass(tags) || (!participle && (tags.some((t) => FINITE_VERB_TAGS.has(t)) || PAST_FORM.test(next[1]!)))) return;
  f.start += the[0].length;
}

/** A date written "the same month …": counted from another, never an anchor itself. */
const SAME_PERIOD = /^the\s{1,2}(?:same|corresponding|comparable|equivalent)\s/iu;
/**
 * A comparison a year back already ("the year-ago quarter", "year-earlier", "a year earlier"): no
 * anchor for another year back. Not a date that names its own year so ("December last year").
 */
const YEAR_BACK_ALREADY = /^(?:(?:the|its|their)\s{1,2})?(?:year-(?:ago|earlier|before)|prior-year)(?![\p{L}])|^(?:a|one)\s{1,2}year\s{1,2}(?:ago|earlier|before)$/iu;

/** A counted date's unit, step and part: "the prior week" and "the previous week" are one step. */
type Step = { unit: string; shift: number; part: string | null };
/** "and" or "or" between two counted dates, this close: a list of periods, one before the other. */
const LIST_WORD = /(?<![\p{L}])(?:and|or)(?![\p{L}])/iu;
const LIST_GAP_LIMIT = 60;
/** A comparison's word right before a counted date: "from", "than", "over", "above", "with". */
const COMPARED_BEFORE = /(?<![\p{L}])(?:from|than|over|above|below|against|versus|vs\.?|with)\s{1,2}$/iu;
/** A word of comparison earlier in the clause, a figure at most between: "down from 27.6 mln dlrs ", "compared with 143 ". */
const BASE_OF_COMPARISON = /(?<![\p{L}])(?:from|than|over|against|versus|compared\s{1,2}with)\s(?:[^,;.:]|\.(?=\d)){0,40}$/iu;
/** "that" right after a counted date: "the quarter before that" counts from the one before. */
const THAT_AFTER = /^\s{1,2}that(?![\p{L}])/iu;

/**
 * "the following year", "the day before": counted from the nearest date before it (within
 * ANCHOR_WINDOW) whose value is precise enough, else from the reference date.
 */
function anaphorValue(c: Candidate, before: readonly DateFact[], ref: number | null, text: string, steps: ReadonlyMap<DateFact, Step>): string | null {
  const { unit, shift, part, yearBack } = c.anaphor!;
  // The second year of a split year ("1986/87", "2003-04") is no anchor: the pair is named by its first.
  const splitSecond = (f: DateFact) => f.rule === 'date/year-range' && (text[f.start - 1] === '/' || f.end - f.start === 2);
  // "the same month a year ago": the period named last, a year back; with none named, the reference
  // date's (for "the same period", its year).
  if (yearBack) {
    for (let i = before.length - 1; i >= 0 && before[i]!.end >= c.start - ANCHOR_WINDOW; i--) {
      const v = before[i]!.value;
      if (splitSecond(before[i]!)) continue;
      // Another "the same … a year ago" is no anchor: its period is the one before.
      if (!v || v.startsWith('X') || !/^\d{4}/.test(v) || SAME_PERIOD.test(before[i]!.text) || YEAR_BACK_ALREADY.test(before[i]!.text)) continue;
      const back = yearBackFrom(v, unit);
      if (back) return back;
      break;
    }
    return ref === null ? null : yearBackFrom(unit === 'period' ? formatDay(ref).slice(0, 4) : formatDay(ref), unit);
  }
  if (unit === 'period') return null; // only ever counted a year back, above
  if (c.anaphor!.story) return storyPeriod(c, before, ref, text);
  // "the following Monday": the weekday after (or before) the nearest day the text names itself,
  // however far back (not another count: three "the previous Friday"s down a market report,
  // paragraphs apart, are one Friday).
  if (c.anaphor!.weekday !== undefined) {
    const weekday = c.anaphor!.weekday;
    for (let i = before.length - 1; i >= 0; i--) {
      const v = before[i]!.value;
      if (v && before[i]!.rule !== 'date/anaphora' && /^\d{4}-\d{2}-\d{2}/.test(v)) return weekdayFrom(v, weekday, shift);
    }
    return ref === null ? null : weekdayFrom(formatDay(ref), weekday, shift);
  }
  const phrase = text.slice(c.start, c.end).toLowerCase().replace(/\s+/g, ' ');
  for (let i = before.length - 1; i >= 0 && before[i]!.end >= c.start - ANCHOR_WINDOW; i--) {
    const v = before[i]!.value;
    if (!v || v.startsWith('X') || splitSecond(before[i]!)) continue;
    // The same phrase again ("up 56 cts from the previous week … down 68 cts from the previous
    // week" down a market report), or another of the same step back ("the prior week … the
    // preceding week": each compared with the period reported), names the same period, not one
    // more step back. (A step ahead, "the next day … the following day", tells a story on.)
    // Not one more of a list ("the previous day and the day before", "a 2% rise the prior week and
    // a 1% drop the preceding week") nor "the quarter before that".
    const step = steps.get(before[i]!);
    const gap = text.slice(before[i]!.end, c.start);
    // (A clause of its own that compares, "…, and soy fell from the preceding week", is no list.)
    const listed = gap.length < LIST_GAP_LIMIT && LIST_WORD.test(gap) && !COMPARED_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start));
    const same = shift < 0 && !listed && !THAT_AFTER.test(text.slice(c.end, c.end + 8));
    if (before[i]!.rule === 'date/anaphora' && (before[i]!.text.toLowerCase().replace(/\s+/g, ' ') === phrase || (step && same && step.unit === unit && step.shift === shift && step.part === part))) return v;
    // A year back already ("down from 27.6 mln a year ago … up 1.2 mln from the prior year"): both
    // bases of a comparison with the one year the story reports, so they name the same year (not
    // "A year ago the club was relegated; the prior year it had won": a year before that one).
    if (unit === 'year' && same && shift === -1 && /^\d{4}$/.test(v) && YEAR_BACK_ALREADY.test(before[i]!.text) && COMPARED_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start)) && BASE_OF_COMPARISON.test(text.slice(Math.max(0, before[i]!.start - 48), before[i]!.start))) return v;
    const shifted = shiftFrom(v, unit, shift, part);
    if (shifted) return shifted;
    // "in 2018, and the next month": the nearest date is the anchor, too coarse to count a month
    // from; only a day ("later in the day") looks past a coarser date to the day before it. But
    // "sales for the 1987/88 season fell from the previous week", "the current year … the prior
    // week": a coarser date that holds the reference date (a split year in either of its years)
    // leaves the reference date, the story's own time, the anchor.
    if (unit === 'day') continue;
    const pair = i + 1 < before.length && splitSecond(before[i + 1]!) && before[i + 1]!.start - before[i]!.end <= 1 ? before[i + 1]!.value : null;
    if (ref === null || ![v, pair].some((x) => x && formatDay(ref).startsWith(x))) return null;
    break;
  }
  return ref === null ? null : shiftFrom(formatDay(ref), unit, shift, part);
}

/** How far back the sentence before an anaphor may begin. */
const STORY_WINDOW = 600;
/** Months from the reference date a story's antecedent may lie: a year back is a comparison's. */
const STORY_MONTHS = 6;
/** A month's index from year 0 ("1987-03" → 1987 × 12 + 2); a week's is its Thursday's month (the ISO week's middle). */
function monthIndex(v: string): number {
  const monday = parseIsoWeek(v);
  if (monday !== null) {
    const p = partsOf(monday + 3);
    return p.year * 12 + p.month - 1;
  }
  return Number(v.slice(0, 4)) * 12 + Number(v.slice(5, 7)) - 1;
}

/**
 * "the week's activity" after "the week ended March 19", "For the month, Ford sold …" after
 * "February truck sales": the week or month of the nearest day, week or month its sentence or the
 * sentence before it names (not a coarser date: a year names no week); with none, the reference
 * date's. Only a date the text wrote itself is an antecedent, not another anaphor.
 */
function storyPeriod(c: Candidate, before: readonly DateFact[], ref: number | null, text: string): string | null {
  const unit = c.anaphor!.unit === 'week' ? 'week' : 'month';
  const start = previousSentenceStart(text, c.start, STORY_WINDOW);
  const refMonth = ref === null ? null : monthIndex(formatDay(ref));
  const candidates: DateFact[] = [];
  for (let i = before.length - 1; i >= 0 && before[i]!.end > start; i--) {
    const f = before[i]!;
    const v = f.value;
    if (!v || f.rule === 'date/anaphora' || f.rule === 'date/current' || !/^\d{4}-(?:\d{2}|W\d{2})/.test(v)) continue;
    // Not a comparison's base ("rose in January from December", "against an average of 3.97
    // billion in January"), a period six months or more from the reference date ("recorded in
    // February 1986", "the same month last year"), one still to come ("will launch a model in
    // April"), nor the day a report came out ("GM said on March 4").
    if (BASE_OF_COMPARISON.test(text.slice(Math.max(0, f.start - 48), f.start)) || COMPARED_BEFORE.test(text.slice(Math.max(0, f.start - 16), f.start))) continue;
    if (refMonth !== null && (Math.abs(monthIndex(v) - refMonth) > STORY_MONTHS || monthIndex(v) > refMonth)) continue;
    if (REPORTED_ON_BEFORE.test(text.slice(Math.max(0, f.start - 24), f.start))) continue;
    candidates.push(f);
  }
  // A period of the anaphor's own unit first ("February sales … For the month"), then a day
  // written as a date (not a bare weekday: "a follow-through Monday … for the entire week").
  const own = unit === 'month' ? /^\d{4}-\d{2}$/ : /^\d{4}-W\d{2}$/;
  const hit = candidates.find((f) => own.test(f.value!));
  if (hit) return hit.value!;
  for (const f of candidates) {
    const v = f.value!;
    if (unit === 'month' && /^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 7);
    if (unit === 'week' && /^\d{4}-\d{2}-\d{2}$/.test(v) && f.rule !== 'date/weekday') return shiftFrom(v, 'week', 0, null);
  }
  return ref === null ? null : shiftFrom(formatDay(ref), unit, 0, null);
}

/** A verb of reporting and "on" before a day: "said on", "announced on Monday", "released on". */
const REPORTED_ON_BEFORE = /(?<![\p{L}])(?:said|says|announced|released|reported|published|told\s{1,2}\p{L}+)\s{1,2}(?:on\s{1,2})?(?:\p{Lu}\p{Ll}+,?\s{1,2})?$/u;

/** Non-overlapping candidates in text order: longer spans first, then rule order. */
function choose(candidates: Candidate[], textLength: number, ctx: RunContext): Candidate[] {
  const ranked = candidates
    .map((c, i) => ({ c, i }))
    .sort((x, y) => y.c.end - y.c.start - (x.c.end - x.c.start) || x.i - y.i)
    .map((x) => x.c);
  const taken = new Uint8Array(textLength); // spans are short, so marking characters stays linear
  const kept: Candidate[] = [];
  for (const c of ranked) {
    let free = true;
    for (let k = c.start; k < c.end && free; k++) free = taken[k] === 0;
    if (!free) {
      ctx.trace(`dates: dropped ${c.rule} @${c.start}-${c.end}, overlapped by a longer or earlier-rule date`);
      continue;
    }
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export const datesExtractor: Extractor<DateFact> = {
  kind: 'dates',
  extract(doc: Doc, ctx: RunContext): DateFact[] {
    const text = doc.text;
    const ref = parseIsoDay(ctx.referenceDate);
    const tenseAt = tenseGuesser(doc);
    const candidates = DATE_RULES.filter((r) => !r.style || r.style === ctx.dateStyle).flatMap((r) => {
      try {
        return r.find(text);
      } catch (e) {
        ctx.trace(`dates: rule ${r.name} failed (${String(e)}); its candidates are skipped`);
        return [];
      }
    });
    const chosen = choose(candidates, text.length, ctx);
    const skip = new Set<number>();
    const facts: DateFact[] = [];
    // Each counted date's step, by its fact (a step back again names the same period: anaphorValue).
    const steps = new Map<DateFact, Step>();
    const valueOf = (c: Candidate) => {
      let since: boolean | undefined;
      return c.resolve({ ref, tense: () => tenseAt(c.start, c.end), since: () => (since ??= afterSince(text, c.start, c.end)) });
    };
    chosen.forEach((c, i) => {
      if (skip.has(i)) return;
      let value = c.anaphor ? (c.anaphor.event ? null : anaphorValue(c, facts, ref, text, steps)) : valueOf(c);
      let end = c.end;
      // "the day before last Tuesday's hearing": counted from the date right after it, one expression.
      const next = chosen[i + 1];
      if (c.anaphor?.adjacent && c.anaphor.unit !== 'period' && next && !next.anaphor && /^\s{1,2}$/.test(text.slice(c.end, next.start))) {
        const v = valueOf(next);
        value = v ? shiftFrom(v, c.anaphor.unit, c.anaphor.shift, c.anaphor.part) : null;
        end = next.end;
        skip.add(i + 1);
      }
      // "June of that year", "in March the following year": the month (or its day) in the year the
      // phrase after it counts from the dates before; so are the months listed before it ("in May,
      // June and September of that year").
      if (!c.anaphor && next?.anaphor?.unit === 'year' && !next.anaphor.event && value !== null && MONTH_VALUE.test(value) && OF_ANAPHOR.test(text.slice(c.end, next.start))) {
        let first = facts.length;
        for (let at = c.start; first > 0; first--) {
          const f = facts[first - 1]!;
          // A month that names its own year keeps it ("in May 2019, June and September of that year").
          if (f.value === null || !MONTH_VALUE.test(f.value) || /\d{4}/.test(f.text) || !LIST_JOIN.test(text.slice(f.end, at))) break;
          at = f.start;
        }
        // Counted from the dates before the list, not from its own months, nor from a month the
        // text gave no year ("Talks began in 2019. In March, talks broke down, and in May of that year").
        const year = anaphorValue(next, facts.slice(0, first).filter((f) => !(f.rule === 'date/month' || f.rule === 'date/month-day') || /\d{4}/.test(f.text)), ref, text, steps);
        if (year !== null && /^\d{4}$/.test(year)) {
          value = year + value.slice(4);
          end = next.end;
          skip.add(i + 1);
          for (const f of facts.slice(first)) f.value = year + f.value!.slice(4);
        }
      }
      // "in May a year ago", "March 3 a year earlier", "the first quarter two years ago": the month,
      // day or quarter that many years before, one expression (as TimeBank writes "the quarter a
      // year ago"); not a date that names its year or counts itself ("last summer a year ago").
      const yearsBack = !c.anaphor && next && !next.anaphor && value !== null && IN_YEAR_VALUE.test(value) && /^\s{1,2}$/.test(text.slice(c.end, next.start)) ? YEARS_BACK.exec(text.slice(next.start, next.end)) : null;
      const backBy = yearsBack ? (/^\d/.test(yearsBack[1]!) ? Number(yearsBack[1]) : dateLexicon().counts.get(yearsBack[1]!.toLowerCase())) : undefined;
      if (backBy !== undefined && value !== null && !COUNTED_OR_YEARED.test(text.slice(c.start, c.end))) {
        // "a year earlier" and "a year ago" count back from the story's period, as a comparison does
        // ("the fourth quarter a year ago" in a February 2025 report of the fourth quarter is
        // 2023-Q4); "two years ago" and more count from the reference year ("at Christmas two years
        // ago" said in June 2025 is 2023-12-25, "in October three years ago" 2022-10).
        if (/^\d{4}/.test(value)) value = withYear(value, backBy > 1 && /ago$/i.test(yearsBack![0]) && ref !== null ? partsOf(ref).year - backBy : yearOf(value) - backBy);
        end = next!.end;
        skip.add(i + 1);
      }
      // A clock time and the day another rule found next to it are one date: "at noon on June
      // four", "June four at noon" (the clock rule joins only the days it reads itself).
      let timezone = c.timezone;
      const pair = next && !c.anaphor && !next.anaphor && c.dayless !== next.dayless ? JOINS.exec(text.slice(c.end, next.start)) : null;
      if (pair && (c.dayless ? pair[1] === undefined && pair[2] === undefined : pair[1] !== undefined || pair[2] !== undefined)) {
        // `value` is already c's own (no anaphor); only the neighbour's is read here.
        const nextValue = valueOf(next!);
        const [clock, dayValue, clockValue] = c.dayless ? [c, nextValue, value] : [next!, value, nextValue];
        const t = clockValue?.indexOf('T') ?? -1;
        if (dayValue !== null && DAY_ONLY.test(dayValue) && clockValue !== null && t >= 0) {
          value = dayValue + clockValue.slice(t);
          end = next!.end;
          timezone = clock.timezone;
          skip.add(i + 1);
        }
      }
      // "Published 12 March 2023 14:30": a 24-hour time right after a day with its year, as a web
      // page's dateline writes it (alone, "14:30" may be a score or a ratio: no clock time).
      if (value !== null && !value.includes('T') && DAY_ONLY.test(value) && /\d{4}$|^\d{4}-\d{2}-\d{2}$/.test(text.slice(c.start, end)) && !(next && next.start <= end + 8)) {
        const hhmm = DAYLINE_TIME_AFTER.exec(text.slice(end, end + 10));
        if (hhmm) {
          value = `${value}T${hhmm[1]!.padStart(2, '0')}:${hhmm[2]!}`;
          end += hhmm[0].length;
        }
      }
      // "the night of Oct. 12", "mid-afternoon yesterday", "Tuesday late afternoon": a part of the
      // day joined to a day that has no time yet.
      let start = c.start;
      if (value !== null && DAY_ONLY.test(value)) {
        const part = dayPartAround(text, Math.max(chosen[i - 1]?.end ?? 0, c.start - 32), c.start, end, next?.start ?? text.length);
        if (part) {
          value = `${value}T${part.code}`;
          start = part.start;
          end = part.end;
        }
      }
      const f: DateFact = { text: '', start, end, rule: c.rule, value };
      if (c.anaphor && end === c.end) steps.set(f, { unit: c.anaphor.unit, shift: c.anaphor.shift, part: c.anaphor.part });
      if (c.mod) f.mod = c.mod;
      else withMod(text, f, chosen[i - 1]?.end ?? 0);
      // "over the next week or so": how near, written after the date (TIMEX3 APPROX).
      const orSo = f.value !== null ? OR_SO_AFTER.exec(text.slice(f.end, f.end + 12)) : null;
      if (orSo) {
        f.end += orSo[0].length;
        f.mod ??= 'APPROX';
      }
      // "profitable until 1994 or later", "for 2026 and beyond": the date and what follows it.
      const open = f.value !== null && !f.mod ? OPEN_END_AFTER.exec(text.slice(f.end, f.end + 16)) : null;
      if (open) {
        f.end += open[0].length;
        f.mod = /^(?:later|after|beyond)$/i.test(open[1] ?? open[2] ?? open[3]!) ? 'ON_OR_AFTER' : 'ON_OR_BEFORE';
      }
      adjectival(text, f);
      f.text = text.slice(f.start, f.end);
      if (timezone) f.timezone = timezone;
      // "in May, June and July next year", "between May and July last year": the months listed or
      // ranged before a month of a counted year are that year's too, or the year before where the
      // run crosses the new year ("from November to March next year": this November). So are those
      // before a month of a written year ("between March and May 1986", "during Jan/Dec 1986").
      if ((f.rule === 'date/month-of-year' || f.rule === 'date/month-year') && f.value !== null && YEAR_MONTH.test(f.value)) {
        let [year, month] = [Number(f.value.slice(0, 4)), Number(f.value.slice(5))];
        for (let k = facts.length - 1, at = f.start; k >= 0; k--) {
          const g = facts[k]!;
          if (g.rule !== 'date/month' || g.value === null || !YEAR_MONTH.test(g.value) || !modKept(g) || !(LIST_JOIN.test(text.slice(g.end, at)) || RANGE_JOIN.test(text.slice(g.end, at)))) break;
          const own = Number(g.value.slice(5));
          if (own > month) year--;
          month = own;
          g.value = `${year}${g.value.slice(4)}`;
          at = g.start;
        }
      }
      facts.push(f);
    });
    frontedYear(doc, facts);
    followRangeStart(doc, facts, tenseAt, ctx.referenceDate ? ctx.referenceDate.slice(0, 7) : null, ctx.referenceDate ? ctx.referenceDate.slice(0, 10) : null);
    // Say why a value is missing: most often a relative date in a document without a reference date.
    const explained = joinWeekOf(text, facts).map((f) => (f.value === null ? { ...f, unresolved: ref ? 'not normalized' : 'no reference date' } : f));
    return joinClockRanges(text, markRanges(text, explained));
  },
};
