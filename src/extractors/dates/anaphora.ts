/**
 * Periods named by the story rather than the calendar:
 *   - the current one: "for the year", "to end the day", "in morning trading" (the day the story
 *     last named), "the first nine months of the year", "later in the day",
 *     "the week's busiest session", "by year-end", "by year's end" (the reference date's year, week
 *     or day; "year-end" with mod END);
 *   - one counted from the date the text gave last: "the following year", "the next day", "the day
 *     before", "the previous month", "that year", "that same day". The anchor is the nearest date
 *     before it in the text (within ANCHOR_WINDOW characters) precise enough for the unit; with none,
 *     the reference date ("rose 5% from the previous year" is the year before the reference year);
 *   - a weekday counted from the day the story names itself, however far back: "the following
 *     Monday", "the previous Friday" (not from another such count), else from the reference date.
 * Not: "player of the year", "the year before last", "in the year 2000" (a year rule takes that),
 * "player of the year after winning" ("of" before it and a gerund after make "after" the clause's).
 */
import { lexiconTags, onlyClosedClass } from '../../document.js';
import { dayOf, formatDay, formatMonth, formatWeek, nearestWeekday, parseIsoDay, parseIsoWeek, partsOf } from './calendar.js';
import { dateLexicon } from './lexicon.js';
import type { Anchor } from './resolve.js';
import type { Candidate, DateRule } from './rule.js';
import { fixed } from './text.js';
import { latestYear, NOT_CALENDAR_YEAR_AFTER, sentenceAround, yearOfSentence } from './sentence-year.js';

/** How far back a date may lie and still anchor "the following year". */
export const ANCHOR_WINDOW = 600;

export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/**
 * A counted run of months or a part before "of the year" makes it the current year: "the first
 * nine months of the year", "the rest of the year" (not "the coldest months of the year", "seven
 * days of the week": a year or a week in general).
 */
const PART_OF = /(?<![\p{L}])(?:(?:first|last|final|past|remaining|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s{1,2}(?:months|weeks|quarters)|half|end|start|beginning|rest|remainder|balance|middle|course)\s{1,2}of\s{1,2}the\s{1,2}(year|month|week)(?![\p{L}'’-])/giu;
/**
 * "for the year", "for the full year", "for the fiscal year", "in the current fiscal year", "the
 * week's": a result or a record of the current period.
 */
const FOR_THE = /(?<![\p{L}])(?:(?:for\s{1,2}the\s{1,2}(?:(?:full|whole|entire|fiscal|current)\s{1,2}){0,2}|in\s{1,2}the\s{1,2}current\s{1,2}(?:fiscal\s{1,2})?)(year|week|month)(?![\p{L}'’-])(?!\s{1,2}(?:before|after|ahead|ended|ending|to\s{1,2}come|that|when|in\s{1,2}which|of|\d))|the\s{1,2}(week|year|month)['’]s(?=\s{1,2}\p{Ll}))/giu;
/** "later in the day", "earlier in the week". */
const IN_THE = /(?<![\p{L}])(?:later|earlier|early|late)\s{1,2}in\s{1,2}(the\s{1,2}(day|week|month|year))(?![\p{L}'’-])/giu;
/**
 * "to end the day", "closed the day", "at the start of the day": the trading day the story is about
 * ("at the end of the day" is an idiom, "in the end").
 */
const DAY_OF = /(?<![\p{L}])(?:to\s{1,2}(?:end|close|start|open)|ended|ending|closed|closing|started|starting|opened|opening|(?:start|beginning|opening)\s{1,2}of)\s{1,2}(the\s{1,2}day)(?![\p{L}'’-])/giu;
/** "in morning trading", "the afternoon session": a part of the trading day the story is about. */
const SESSION = /(?<![\p{L}-])(morning|afternoon|evening)\s{1,2}(?:trading|session|dealings)(?![\p{L}])/giu;
/** "by year-end", "since year end", "by year's end", "around year end", "at year-end 1986" (that year's end). */
const YEAR_END = /(?<![\p{L}-])(?:by|since|at|before|until|from|through|around|near|towards?|after|into)\s{1,2}((?:the\s{1,2})?year(?:-|\s|['’]s\s{1,2})end(?:\s{1,2}(1[5-9]\d\d|20\d\d)(?![\d\/-]))?)(?![\p{L}-])/giu;
/** "the following year", "the next day", "the day before", "that year", "the same day". */
const ANAPHOR = /(?<![\p{L}])(?:the\s{1,2}(following|next|previous|preceding|prior|same)\s{1,2}(day|morning|evening|night|week|month|quarter|year)|that\s{1,2}(?:same\s{1,2})?(day|week|month|quarter|year)|the\s{1,2}(day|week|month|quarter|year)\s{1,2}(before|after))(?![\p{L}'’-])/giu;
/**
 * "of" before the period and a gerund after "before"/"after": "player of the year after winning",
 * "the last months of the year after gaining" are the clause's "after" ("The day after winning the
 * title" stays a date). Case as written.
 */
const GERUND_AFTER = /^\s{1,2}\p{Ll}{2,}ing(?![\p{L}])/u;
const OF_BEFORE = /(?<![\p{L}])of\s{1,2}$/iu;

/**
 * "for a third straight day", "a second consecutive week", "the fifth successive session", "for a
 * second day running": the day (week, month, year) the story is about, the last in the run.
 */
const NTH_STRAIGHT = /(?<![\p{L}])(?:a|the)\s{1,2}(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s{1,2}(?:(?:straight|consecutive|successive)\s{1,2}(day|session|week|month|year)(?![\p{L}'’-])|(day|session|week|month|year)\s{1,2}(?:running|in\s{1,2}a\s{1,2}row)(?![\p{L}]))/giu;

/**
 * "its worst week since March", "the busiest day in years": a superlative period measured against
 * the past is the one the story is about (the unit word is the date).
 */
const BEST_SINCE = /(?<![\p{L}])(?:its|their|his|her|our|the)\s{1,2}(best|\p{Ll}{3,}st)\s{1,2}(?:single[-\s])?(day|session|week|month|quarter|year)\s{1,2}(?:since|in|for)(?![\p{L}])/gu;

/** Whether `w` is a superlative ("best", or what compromise's lexicon tags Superlative: "worst", "busiest"; not "interest"). */
function isSuperlative(w: string): boolean {
  return w === 'best' || lexiconTags(w).includes('Superlative');
}

/** The unit a period noun counts in: a trading "session" is a day. */
function unitOfNoun(noun: string): Unit {
  return noun === 'session' ? 'day' : (noun as Unit);
}

/**
 * "the same month a year ago", "the same quarter last year", "the corresponding period a year
 * earlier" (also "comparable", "equivalent", or none: "the quarter a year ago"): the
 * period the story named last (its month, its quarter; for "period", whatever it named), a year
 * back; with none named, the reference date's.
 */
const SAME_A_YEAR_AGO = /(?<![\p{L}])the\s{1,2}(?:(?:same|corresponding|comparable|equivalent)\s{1,2})?(day|week|month|quarter|period)\s{1,2}(?:a\s{1,2}year\s{1,2}(?:ago|earlier|before)|last\s{1,2}year|(?:of\s{1,2})?the\s{1,2}(?:previous|prior)\s{1,2}year)(?![\p{L}'’-])/giu;

/**
 * "this month and next", "this year or next", "higher this year than last", "as high this week as
 * last": the second of two periods, its noun elided, before a stop or a function word (not "than
 * last reported", "than last season", "this month and last updated"). Group 1
 * the first's modifier, 2 its unit, 3 the elided one's modifier.
 */
const ELIDED_NEXT = /(?<![\p{L}])(this|last|next)\s{1,2}(week|month|quarter|year)\s{1,2}(?:and|or|to|than|as)\s{1,2}(next|last)(?![\p{L}'’-])(?!\s{1,2}(?:week|month|quarter|year|weeks|months|quarters|years|time|one)(?![\p{L}]))/giu;
/** A stop or the end right after the elided period of a comparison: "bigger this year than last." */
const STOP_AFTER = /^\s{0,2}(?:[.,;:!?)"”’]|$)/u;
/** The word right after it. */
const NEXT_WORD = /^\s{1,2}(\p{L}+)/u;

/**
 * Whether the elided period of a comparison ends at `end`: a stop, the end, or a function word
 * follows ("than last, and", "than last without penalty"); not a word that makes "last" a verb's
 * adverb or another noun's ("than last forecast", "than last season").
 */
function elidedEnds(text: string, end: number): boolean {
  if (STOP_AFTER.test(text.slice(end, end + 4))) return true;
  const next = NEXT_WORD.exec(text.slice(end, end + 24));
  return next !== null && onlyClosedClass(lexiconTags(next[1]!.toLowerCase()));
}

/** A noun phrase or a gerund's clause after "the day after": "the", "a", a possessive, a name, "winning the final". */
const EVENT_AFTER = /^\s{1,2}(?:(?:the|a|an|his|her|its|their|our|my|this|that)\s|\p{Lu}|\p{Ll}{2,}ing(?![\p{L}]))/u;

const SHIFT: Record<string, number> = { following: 1, next: 1, after: 1, previous: -1, preceding: -1, prior: -1, before: -1, same: 0 };
const PART: Record<string, string> = { morning: 'MO', evening: 'EV', night: 'NI' };

/** The month after which a part of the year before "of the year" lies behind the reference date ("start" 0: always; "end" 12: never); null: no such part. */
function partPassedAfter(part: string): number | null {
  const p = part.toLowerCase().split(/\s+/u);
  if (p[0] === 'start' || p[0] === 'beginning') return 0;
  if (p[0] === 'end') return 12;
  if (p[0] === 'middle') return 6;
  if (p[0] !== 'first' || p.length < 3) return null;
  const n = COUNT[p[1]!] ?? Number(p[1]);
  if (!Number.isInteger(n) || n < 1) return null;
  return p[2] === 'quarters' ? 3 * n : p[2] === 'months' ? n : null;
}
const FIRST_BEFORE = /(?<![\p{L}])first\s{1,2}$/iu;
/** The "of" before "the year" that ends a part's words in PART_OF. */
const OF_THE = /\s{1,2}of\s/u;
const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11 };

/**
 * The reference date's year, or in a past clause the year before, when what the clause reports of
 * the year could not be over by the reference date: a whole year's result ("a loss of 2.02 billion
 * dlrs for the year", "the year's performance"), its end ("held contracts at year-end", "the stock
 * position at the end of the year remained") or its first nine months in March. `passedAfter`: the
 * month after which the part has passed (12 for the whole year or its end). A part already behind
 * is this year's ("licences were issued at the start of the year"), and so is the year in its last
 * fortnight, when a year's review is written.
 */
function completedYear(passedAfter: number, sentence: string, before: string, phrase: string) {
  // (Only in a sentence of results that reports nothing still to come, nor the year so far, and
  // names no year from the reference year on: "said by the end of the year there will be", "is
  // looking for good results for the year", "its biggest gain for the year", "for the financial
  // year beginning July 1, 1987" are the current year; so is a deadline, "by year-end".)
  const past = passedAfter >= 9 && !DEADLINE_BEFORE.test(before) && !SO_FAR.test(sentence.replace(phrase, ' ')) && resultsNoun(sentence) && reportsPast(sentence);
  const latest = latestYear(sentence);
  return (a: Anchor): string | null => {
    if (a.ref === null) return null;
    const p = partsOf(a.ref);
    const over = p.month > passedAfter || (p.month === 12 && p.day >= 15);
    // (A year's figure told in the second half is the year so far or a fiscal year ending then:
    // annual results come out in the first half of the next year.)
    const back = !over && p.month <= 6 && past && (latest === null || latest < p.year) && a.tense() === 'past';
    return String(p.year - (back ? 1 : 0)).padStart(4, '0');
  };
}

/** A deadline's word right before: "by year-end", "until the end of the year", "to the end of the year". */
const DEADLINE_BEFORE = /(?<![\p{L}])(?:by|until|till|to|before|through|towards?)\s{1,3}(?:the\s{1,3})?$/iu;
/** The year so far or a record in it: "so far", "to date", "a new low", "its biggest gain". */
const SO_FAR = /(?<![\p{L}])(?:so\s{1,3}far|to\s{1,3}date|new\s{1,3}(?:high|low)|biggest|worst|best|record)(?![\p{L}])/iu;

/** Whether a sentence names a result of a company or an economy (date-half-results.txt: "loss", "sales"). */
function resultsNoun(sentence: string): boolean {
  const nouns = dateLexicon().halfResultNouns;
  for (const m of sentence.matchAll(WORD)) if (nouns.has(m[0].toLowerCase())) return true;
  return false;
}

/** The words of a sentence, with their apostrophes ("we've"). */
const WORD = /\p{L}[\p{L}'’]*/gu;
/** Words of the present: its auxiliaries and copulas, "now", "current". */
const PRESENT_WORDS = new Set(['is', 'are', 'am', 'has', 'have', 'now', 'currently', 'current']);
/** A contraction of the present or the future: "we've", "they're", "it'll". */
const PRESENT_CONTRACTION = /['’](?:ve|re|ll)$/u;

/**
 * Whether a sentence only reports what is over: no cue of the future (date-tense-future.txt, the
 * verbs of expecting and of intent), no word of prediction (date-tense-predict-verbs.txt), and no
 * verb in the present ("is", "has", "remains", "we've", "now"): "Ford Canada's net loss for the year
 * widened", not "he is looking for good results for the year", "Bonn predicts growth for the year".
 */
function reportsPast(sentence: string): boolean {
  const lex = dateLexicon();
  for (const m of sentence.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (lex.futureCues.has(w) || lex.intentVerbs.has(w) || lex.predictWords.has(w) || PRESENT_WORDS.has(w) || PRESENT_CONTRACTION.test(w)) return false;
    // (A verb in the present: a lower-case word in -s the dictionary knows only as one, "remains", "says".)
    if (m[0] === w && w.endsWith('s')) {
      const tags = lexiconTags(w);
      if (tags.length > 0 && tags.every((t) => t === 'PresentTense')) return false;
    }
  }
  // Future cues of several words ("slated to", "going to"), between spaces.
  const spaced = ` ${sentence.toLowerCase().replace(/\s+/gu, ' ')} `;
  return !(multiWordCues ??= [...lex.futureCues].filter((c) => c.includes(' ')).map((c) => ` ${c} `)).some((c) => spaced.includes(c));
}
let multiWordCues: string[] | undefined;

/** "to date" or "ahead" right after a period: the one running now. */
const TO_DATE_AFTER = /^\s{1,2}(?:to\s{1,2}date|ahead)(?![\p{L}])/iu;

/** The reference date's own period. */
function current(unit: Unit) {
  return (a: Anchor): string | null => {
    if (a.ref === null) return null;
    const p = partsOf(a.ref);
    return unit === 'year' ? String(p.year).padStart(4, '0') : unit === 'month' ? formatMonth(p.year, p.month) : unit === 'week' ? formatWeek(a.ref) : formatDay(a.ref);
  };
}

/**
 * The period `unit` of an earlier date's value, a year before: "the same month a year ago" after
 * "January 2009" → 2008-01; "period" keeps the value's own precision (a quarter, a month, a day).
 * Null when the value is coarser than the unit.
 */
export function yearBackFrom(value: string, unit: Unit | 'period'): string | null {
  const at = unit === 'day' || unit === 'week' ? value.slice(0, 10) : value;
  const y = /^(\d{4})/.exec(at);
  if (!y) return null;
  if (unit === 'period') return String(+y[1]! - 1).padStart(4, '0') + at.slice(4);
  if (unit === 'year') return String(+y[1]! - 1).padStart(4, '0');
  if (unit === 'quarter') return shiftFrom(value, 'quarter', -4, null);
  if (unit === 'month') return shiftFrom(value, 'month', -12, null);
  const day = parseIsoDay(at);
  if (day === null) return null;
  const p = partsOf(day);
  const back = dayOf(p.year - 1, p.month, p.day) ?? dayOf(p.year - 1, p.month, p.day - 1)!; // 29 February → 28th
  return unit === 'week' ? formatWeek(back) : formatDay(back);
}

/** The value of `unit` shifted by `n` from an earlier date's value, or null when that value is too coarse. */
export function shiftFrom(value: string, unit: Unit, n: number, part: string | null): string | null {
  const day = parseIsoDay(value.slice(0, 10));
  if (unit === 'day') {
    if (day === null) return null;
    const v = formatDay(day + n);
    return part ? `${v}T${part}` : v;
  }
  // From a day, or from a week ("last week … the previous week").
  if (unit === 'week') {
    const from = day ?? parseIsoWeek(value);
    return from === null ? null : formatWeek(from + 7 * n);
  }
  if (unit === 'quarter') {
    // From a quarter ("2024-Q3") or anything inside one ("2024-08", "2024-08-15").
    const q = /^(\d{4})-(?:Q([1-4])|(\d{2}))/.exec(value);
    if (!q) return null;
    const q0 = +q[1]! * 4 + (q[2] ? +q[2] - 1 : Math.floor((+q[3]! - 1) / 3)) + n;
    return `${String(Math.floor(q0 / 4)).padStart(4, '0')}-Q${(q0 % 4) + 1}`;
  }
  const ym = /^(\d{4})(?:-(\d{2}))?/.exec(value);
  if (!ym) return null;
  if (unit === 'year') return String(+ym[1]! + n).padStart(4, '0');
  if (!ym[2]) return null;
  const m0 = +ym[1]! * 12 + (+ym[2]! - 1) + n;
  return formatMonth(Math.floor(m0 / 12), (m0 % 12) + 1);
}

/**
 * The day with ISO weekday `weekday` strictly after (`shift` 1) or before (-1) the day `value`
 * starts with ("the following Monday" after 2024-10-25 → 2024-10-28); null for a value with no day.
 */
export function weekdayFrom(value: string, weekday: number, shift: number): string | null {
  const day = parseIsoDay(value.slice(0, 10));
  if (day === null) return null;
  return formatDay(shift > 0 ? nearestWeekday(day + 1, weekday, 1) : nearestWeekday(day - 1, weekday, -1));
}

let weekdayAnaphor: RegExp | null = null;
/** "the following Monday", "the previous Friday", "the next Tuesday": group 1 the direction, 2 the weekday. */
function weekdayAnaphorPattern(): RegExp {
  return (weekdayAnaphor ??= new RegExp(`(?<![\\p{L}])the\\s{1,2}(following|next|previous|preceding|prior)\\s{1,2}(${dateLexicon().weekdayAlt})(?![\\p{L}])`, 'giu'));
}

export const anaphora: DateRule = {
  name: 'date/anaphora',
  find: (text) => {
    const out: Candidate[] = [];
    // Cheap tests first: each pattern's literal words, which most texts do not hold.
    for (const m of /of\s{1,2}the\s{1,2}(?:year|month|week)/i.test(text) ? text.matchAll(PART_OF) : []) {
      const start = m.index + m[0].toLowerCase().lastIndexOf('the');
      const end = m.index + m[0].length;
      const unit = m[1]!.toLowerCase() as Unit;
      // "in 2019 … in the first nine months of the year": the year its sentence names.
      const named = unit === 'year' && !NOT_CALENDAR_YEAR_AFTER.test(text.slice(end, end + 16)) ? yearOfSentence(text, start, end) : null;
      // ("the first three quarters of the year": the count's "first" lies before the match.)
      const first = FIRST_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)) ? 'first ' : '';
      const passed = unit === 'year' ? partPassedAfter(first + m[0].slice(0, m[0].search(OF_THE))) : null;
      out.push({ start, end, rule: 'date/current', resolve: named ? fixed(named) : passed !== null ? completedYear(passed, sentenceAround(text, start, end), text.slice(Math.max(0, m.index - 12), m.index), first + m[0]) : current(unit) });
    }
    for (const m of /for\s{1,2}the|current|(?:week|year|month)['’]s/i.test(text) ? text.matchAll(FOR_THE) : []) {
      const unit = (m[1] ?? m[2])!.toLowerCase() as Unit;
      const start = m[1] ? m.index + m[0].toLowerCase().indexOf('the') : m.index;
      const end = m[1] ? m.index + m[0].length : m.index + m[0].search(/['’]s$/u);
      // "for the year" in a sentence that names the year is that year (not "in the current year").
      // Not a fiscal year ("fiscal 1988" may end in 1987) nor one from a day ("the year starting April 1").
      const calendar = unit === 'year' && !/current|fiscal/i.test(m[0]) && !NOT_CALENDAR_YEAR_AFTER.test(text.slice(end, end + 16));
      const named = calendar ? yearOfSentence(text, start, end) : null;
      // ("For the month, Ford sold …" after "February truck sales": a week or a month of the story
      // is the one its sentence or the one before names; not "the month to date", "for the week
      // ahead": the reference date's.)
      const story = (unit === 'week' || unit === 'month') && !/current/i.test(m[0]) && !TO_DATE_AFTER.test(text.slice(end, end + 16));
      // (A calendar year's result in a past clause is last year's: "a loss of 2 billion for the year".)
      out.push({ start, end, rule: 'date/current', resolve: named ? fixed(named) : calendar ? completedYear(12, sentenceAround(text, start, end), text.slice(Math.max(0, m.index - 12), m.index), m[0]) : current(unit), ...(story ? { anaphor: { unit, shift: 0, part: null, story: true } } : {}) });
    }
    // "later in the day": the day the story last named ("said on Tuesday … later in the day");
    // "earlier in the year": the reference date's year.
    for (const m of text.matchAll(IN_THE)) {
      const start = m.index + m[0].length - m[1]!.length;
      const unit = m[2]!.toLowerCase() as Unit;
      if (unit === 'day') out.push({ start, end: m.index + m[0].length, rule: 'date/anaphora', resolve: () => null, anaphor: { unit, shift: 0, part: null } });
      else out.push({ start, end: m.index + m[0].length, rule: 'date/current', resolve: current(unit) });
    }
    for (const m of /the\s{1,2}day/i.test(text) ? text.matchAll(DAY_OF) : []) {
      const start = m.index + m[0].length - m[1]!.length;
      out.push({ start, end: m.index + m[0].length, rule: 'date/anaphora', resolve: () => null, anaphor: { unit: 'day', shift: 0, part: null } });
    }
    for (const m of /trading|session|dealings/i.test(text) ? text.matchAll(SESSION) : []) {
      const part = { morning: 'MO', afternoon: 'AF', evening: 'EV' }[m[1]!.toLowerCase() as 'morning' | 'afternoon' | 'evening'];
      out.push({ start: m.index, end: m.index + m[1]!.length, rule: 'date/anaphora', resolve: () => null, anaphor: { unit: 'day', shift: 0, part } });
    }
    for (const m of /straight|consecutive|successive|running|in\s{1,2}a\s{1,2}row/i.test(text) ? text.matchAll(NTH_STRAIGHT) : []) {
      const unit = unitOfNoun((m[1] ?? m[2])!.toLowerCase());
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date/anaphora', resolve: () => null, anaphor: { unit, shift: 0, part: null } });
    }
    for (const m of /st\s{1,2}(?:single[-\s])?(?:day|session|week|month|quarter|year)\s{1,2}(?:since|in|for)/i.test(text) ? text.matchAll(BEST_SINCE) : []) {
      if (!isSuperlative(m[1]!)) continue;
      const noun = m[2]!;
      const start = m.index + m[0].lastIndexOf(noun);
      out.push({ start, end: start + noun.length, rule: 'date/anaphora', resolve: () => null, anaphor: { unit: unitOfNoun(noun), shift: 0, part: null } });
    }
    for (const m of /year/i.test(text) ? text.matchAll(SAME_A_YEAR_AGO) : []) {
      const noun = m[1]!.toLowerCase() as Unit | 'period';
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date/relative', resolve: () => null, anaphor: { unit: noun, shift: 0, part: null, yearBack: true } });
    }
    // "since year-end", "from year end": the end already passed, last year's.
    for (const m of /year(?:-|\s|['’]s\s{1,2})end/i.test(text) ? text.matchAll(YEAR_END) : []) {
      const start = m.index + m[0].length - m[1]!.length;
      const back = /^(?:since|from)/i.test(m[0]);
      // "at year-end 1986": the end of the year written after it.
      // ("held contracts at year-end", in a past clause: the end last passed, last year's.)
      const resolve = m[2] ? fixed(m[2]) : back ? (a: Anchor) => (a.ref === null ? null : String(partsOf(a.ref).year - 1).padStart(4, '0')) : completedYear(12, sentenceAround(text, start, m.index + m[0].length), m[0].slice(0, m[0].length - m[1]!.length), m[0]);
      out.push({ start, end: m.index + m[0].length, rule: 'date/current', resolve, mod: 'END' });
    }
    for (const m of /(?:and|or|to|than|as)\s{1,2}(?:next|last)/i.test(text) ? text.matchAll(ELIDED_NEXT) : []) {
      const unit = m[2]!.toLowerCase() as Unit;
      const shift = m[3]!.toLowerCase() === 'next' ? 1 : -1;
      const end = m.index + m[0].length;
      if (!elidedEnds(text, end)) continue;
      out.push({ start: end - m[3]!.length, end, rule: 'date/relative', resolve: (a: Anchor) => (a.ref === null ? null : shiftFrom(formatDay(a.ref), unit, shift, null)) });
    }
    // "the following Monday", "the previous Friday": counted from the day the story named last.
    for (const m of /following|next|previous|preceding|prior/i.test(text) ? text.matchAll(weekdayAnaphorPattern()) : []) {
      const weekday = dateLexicon().weekdays.get(m[2]!) ?? dateLexicon().weekdays.get(m[2]!.toLowerCase());
      if (weekday === undefined) continue;
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date/anaphora', resolve: () => null, anaphor: { unit: 'day', shift: SHIFT[m[1]!.toLowerCase()]!, part: null, weekday } });
    }
    for (const m of text.matchAll(ANAPHOR)) {
      if (m[5] !== undefined && OF_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)) && GERUND_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
      const word = (m[1] ?? m[5] ?? 'same').toLowerCase();
      const noun = (m[2] ?? m[3] ?? m[4])!.toLowerCase();
      const unit: Unit = noun in PART ? 'day' : (noun as Unit);
      const part = PART[noun] ?? null;
      // "the day after the final", "the week before his arrest": counted from an event whose date
      // the text does not give here (unless a date follows: "the day after Christmas").
      const event = m[5] !== undefined && EVENT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date/anaphora', resolve: () => null, anaphor: { unit, shift: SHIFT[word]!, part, adjacent: m[5] !== undefined, event } });
    }
    return out;
  },
};
