/**
 * Holidays and named days from date-holidays.tsv: fixed ("Christmas" 12-25), counted from Easter
 * ("Good Friday" Easter − 2, by the Gregorian computus) or the n-th or last weekday of a month
 * ("Thanksgiving" the fourth Thursday of November, "Memorial Day" the last Monday of May).
 *
 * "Christmas 2010", "Easter of 2019": that year's. "last Christmas", "next Easter", "this
 * Thanksgiving": the one before, after or in the reference year. Bare: the occurrence the clause's
 * tense points to (past: on or before the reference date; future: on or after), else the nearest.
 * Without a reference date a fixed day keeps an unknown year (XXXX-12-25) and a moving one is null.
 *
 * A one-word name is matched capitalised only ("an epiphany", "prayers of thanksgiving" are no
 * days); a longer one in lower case too ("black friday", "christmas eve"), but not one the calendar marks capitalised ("until election day"). Not a date: a name inside a longer name ("Christmas Island", "the Good Friday Agreement": a
 * capitalised word after it); a national day after another country's name or adjective ("India's
 * Independence Day", "Canadian Thanksgiving": found, its value unresolved).
 */
import { NOMINAL_TAGS, lexiconTags, onlyClosedClass } from '../../document.js';
import { alternation, loadOrBuild, readList, readTable } from '../../lexicon.js';
import { dayOf, formatDay, nearestWeekday, partsOf, type DayNumber } from './calendar.js';
import { pickDay, type Anchor } from './resolve.js';
import type { Candidate, DateRule } from './rule.js';

type DayRule =
  | { kind: 'fixed'; month: number; day: number }
  | { kind: 'easter'; offset: number }
  | { kind: 'nth'; n: number; weekday: number; month: number; offset: number }
  | { kind: 'last'; weekday: number; month: number; offset: number };

interface Holiday {
  rule: DayRule;
  /** Words naming the holiday's own country ("US", "American"); empty for a day of no one country. */
  qualifiers: Set<string>;
  /** Found only as written with capitals ("Election Day"; "until election day" is a common noun). */
  capitalised: boolean;
}

interface HolidayLexicon {
  byName: Map<string, Holiday>;
  /** date-holiday-kinds.txt: nouns that make a holiday's name a thing's ("Christmas lights"). */
  kinds: Set<string>;
  /** Group 1 this/last/next, 2 the name, 3 a year after it. */
  HOLIDAY: RegExp;
}

const DAY_RULE = /^(?:(\d{2})-(\d{2})|easter([+-]\d{1,3})|nth:([1-5]):([1-7]):(\d{2})([+-]\d{1,2})?|last:([1-7]):(\d{2})([+-]\d{1,2})?)$/;

function parseDayRule(s: string): DayRule | null {
  const m = DAY_RULE.exec(s);
  if (!m) return null;
  if (m[1]) return { kind: 'fixed', month: +m[1], day: +m[2]! };
  if (m[3]) return { kind: 'easter', offset: +m[3] };
  if (m[4]) return { kind: 'nth', n: +m[4], weekday: +m[5]!, month: +m[6]!, offset: +(m[7] ?? 0) };
  return { kind: 'last', weekday: +m[8]!, month: +m[9]!, offset: +(m[10] ?? 0) };
}

let cached: HolidayLexicon | null = null;

function holidayLexicon(): HolidayLexicon {
  return (cached ??= loadOrBuild('dates/holidays', () => {
    const rows = readTable('date-holidays.tsv', ['name', 'day', 'qualifiers', 'case'], (r) =>
      (parseDayRule(r.day!) ? null : `day "${r.day}" is not MM-DD, easter±N, nth:N:W:MM[±N] or last:W:MM[±N]`) ??
      (['any', 'capitalised'].includes(r.case!) ? null : `case "${r.case}" is not any|capitalised`),
    );
    const byName = new Map<string, Holiday>();
    for (const r of rows) {
      const qualifiers = new Set(r.qualifiers === '-' ? [] : r.qualifiers!.split('|').map((q) => q.toLowerCase()));
      byName.set(key(r.name!), { rule: parseDayRule(r.day!)!, qualifiers, capitalised: r.case === 'capitalised' });
    }
    // Straight or curly apostrophes; the name in any case ("christmas eve").
    const names = alternation(rows.map((r) => r.name!)).replace(/'/g, "['’]");
    return {
      byName,
      kinds: new Set(readList('date-holiday-kinds.txt').map((w) => w.toLowerCase())),
      HOLIDAY: new RegExp(`(?<![\\p{L}])(?:(this|last|next)\\s{1,2})?(${names})(?![\\p{L}'’-])(?:\\s{1,2}(?:(?:of|in)\\s{1,2})?(1[5-9]\\d\\d|20\\d\\d)(?![\\d%]))?`, 'giu'),
    };
  }));
}

const key = (name: string) => name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');

/** Whether `text` opens with a holiday's name ("Easter holidays", "Christmas sales"). */
export function opensWithHoliday(text: string): boolean {
  const re = holidayLexicon().HOLIDAY;
  re.lastIndex = 0;
  const m = re.exec(text.slice(0, 60));
  return m !== null && m.index === 0;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm: Meeus, Jones, Butcher). */
export function easter(year: number): DayNumber {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, day)!;
}

/** The holiday's day in `year`. */
export function holidayIn(rule: DayRule, year: number): DayNumber | null {
  switch (rule.kind) {
    case 'fixed':
      return dayOf(year, rule.month, rule.day);
    case 'easter':
      return easter(year) + rule.offset;
    case 'nth': {
      const first = nearestWeekday(dayOf(year, rule.month, 1)!, rule.weekday, 1);
      return first + 7 * (rule.n - 1) + rule.offset;
    }
    case 'last': {
      const next = dayOf(rule.month === 12 ? year + 1 : year, rule.month === 12 ? 1 : rule.month + 1, 1)!;
      return nearestWeekday(next - 1, rule.weekday, -1) + rule.offset;
    }
  }
}

/** How many days ahead a holiday naming a noun ("the Easter recess") is still the one meant, whatever the clause's tense. */
const ATTRIBUTIVE_AHEAD_DAYS = 45;

function resolveHoliday(h: Holiday, a: Anchor, modifier: string | null, year: string | undefined, attributive = false): string | null {
  if (year) {
    const n = holidayIn(h.rule, +year);
    return n === null ? null : formatDay(n);
  }
  if (a.ref === null) {
    // "Christmas", "last Christmas": a fixed day named, its year unknown (as "last April" is XXXX-04).
    if (h.rule.kind !== 'fixed') return null;
    return `XXXX-${String(h.rule.month).padStart(2, '0')}-${String(h.rule.day).padStart(2, '0')}`;
  }
  const ref = a.ref;
  const y = partsOf(ref).year;
  const days = [y - 1, y, y + 1].map((x) => holidayIn(h.rule, x)).filter((n): n is DayNumber => n !== null);
  if (modifier === 'this') return formatDay(holidayIn(h.rule, y)!);
  // "a May Day stoppage", "before the Easter recess" a few weeks ahead: that one, though "said"
  // makes the clause past (its event's time is the noun's, not the day's).
  const soon = attributive ? days.find((n) => n >= ref && n - ref <= ATTRIBUTIVE_AHEAD_DAYS) : undefined;
  if (soon !== undefined) return formatDay(soon);
  // "last Easter", "next Christmas": strictly before or after the reference date.
  const dir = modifier === 'last' ? 'past' : modifier === 'next' ? 'future' : a.tense();
  const pick = pickDay(days, ref, dir, modifier !== null);
  return pick === undefined ? null : formatDay(pick);
}

const CAPITAL_AFTER = /^\s{1,2}\p{Lu}/u;
/** A year right before a holiday's name: "2015 ". Group 1 = the year. */
const YEAR_BEFORE = /(?<![\p{L}\p{N}.,/$£€-])((?:1[5-9]|20)\d\d)\s{1,2}$/u;
/** A lower-case word right after a position: " holiday", " work". Group 1 = the word. */
const LOWER_WORD_AFTER = /^\s{1,2}(\p{Ll}{2,20})(?![\p{L}'’-])/u;

/**
 * Whether a lower-case noun follows `at`: a word the dictionary knows as a noun, or one it does not
 * know that has no adverb's or participle's ending ("holiday", "celebrations"); not a function word
 * or a finite verb ("Easter is", "Christmas in").
 */
function nounAfter(text: string, at: number): boolean {
  const w = LOWER_WORD_AFTER.exec(text.slice(at, at + 24))?.[1];
  if (w === undefined) return false;
  const tags = lexiconTags(w);
  if (tags.length === 0) return !/(?:ly|ed)$/.test(w);
  return tags.some((t) => NOMINAL_TAGS.has(t)) && !onlyClosedClass(tags) && !tags.some((t) => VERB_TAGS_OF_CLAUSE.has(t));
}
/** Tags of a verb that makes the word after a holiday its clause's verb ("Christmas falls on", "Easter is"). */
const VERB_TAGS_OF_CLAUSE = new Set(['PresentTense', 'PastTense', 'Copula', 'Modal', 'Auxiliary']);

let demonymWords: string[] | null = null;

/**
 * A country's adjective or name: a demonym (quote-demonyms.txt, "Indian", "Canadian"), or a word
 * that begins like one ("India", "Ukraine", "Mexico" → indian, ukrainian, mexican); so "Obama's
 * Thanksgiving" or "New York's Labor Day" keep their date. A country with an irregular adjective
 * ("France", French) is missed.
 */
function isCountryWord(w: string): boolean {
  demonymWords ??= readList('quote-demonyms.txt').map((d) => d.toLowerCase());
  if (demonymWords.includes(w)) return true;
  const stem = w.slice(0, Math.max(4, w.length - 2));
  return w.length >= 4 && demonymWords.some((d) => d.startsWith(stem));
}
/** The capitalised word (or possessive) right before a position: "India's ", "Ukrainian ". */
const QUALIFIER_BEFORE = /(?<![\p{L}.])(\p{Lu}(?:\p{L}{0,20}|(?:\.\p{Lu}){1,3}\.?))(?:['’]s)?\s{1,2}$/u;

/** A lower-case word right after a holiday's name, a hyphen's e-card too: group 1 = it. */
const KIND_AFTER = /^\s{1,2}(\p{Ll}[\p{Ll}-]{0,20})(?![\p{L}])/u;

export const holidays: DateRule = {
  name: 'date/holiday',
  find: (text) => {
    const lex = holidayLexicon();
    const out: Candidate[] = [];
    for (const m of text.matchAll(lex.HOLIDAY)) {
      const h = lex.byName.get(key(m[2]!));
      if (!h) continue;
      // A one-word name only as written ("an epiphany", "prayers of thanksgiving" are no days); a
      // longer one in lower case too, as web text writes it ("black friday", "christmas eve").
      // And a name that is a common noun in lower case only as written (case: capitalised).
      if ((!/\s/.test(m[2]!) || h.capitalised) && !/^\p{Lu}/u.test(m[2]!)) continue;
      const end = m.index + m[0].length;
      // "Christmas Island", "the Good Friday Agreement", "Independence Day: Resurgence" are names.
      if (!m[3] && (CAPITAL_AFTER.test(text.slice(end, end + 4)) || /^:\s/.test(text.slice(end, end + 2)))) continue;
      // "the 2015 New Year's Eve events": a year written right before the name is its year.
      const yearBefore = !m[1] && !m[3] ? YEAR_BEFORE.exec(text.slice(Math.max(0, m.index - 8), m.index)) : null;
      // "Christmas lights", "an Easter egg", "the Christmas number one": a thing named for the day
      // (date-holiday-kinds.txt), no time ("Christmas sales", "the Easter recess" stay dates; so do
      // "pre-Christmas offers" and a year's "the 2019 Christmas lights").
      if (!m[1] && !m[3] && yearBefore === null && !/p(?:re|ost)-$/iu.test(text.slice(Math.max(0, m.index - 5), m.index)) && lex.kinds.has(KIND_AFTER.exec(text.slice(end, end + 24))?.[1]?.toLowerCase() ?? '')) continue;
      const modifier = m[1]?.toLowerCase() ?? null;
      let foreign = false;
      if (h.qualifiers.size && !m[1]) {
        const q = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1]?.toLowerCase();
        foreign = q !== undefined && !h.qualifiers.has(q) && isCountryWord(q);
      }
      const start = yearBefore ? m.index - yearBefore[0].length : m.index;
      const year = m[3] ?? yearBefore?.[1];
      // A holiday naming a noun after it ("the Easter holiday", "a May Day stoppage", "New Year's
      // Eve celebrations") is the one a few weeks ahead, if one is (resolveHoliday).
      const attributive = !modifier && !year && nounAfter(text, end);
      out.push({ start, end, rule: 'date/holiday', resolve: foreign ? () => null : (a: Anchor) => resolveHoliday(h, a, modifier, year, attributive) });
    }
    return out;
  },
};

let namedDayPattern: RegExp | null = null;

/**
 * "Black Monday", "Super Tuesday", "Bloody Sunday" (date-named-days.txt): a day named by what
 * happened on it, found as written with no value (which day it is only the story knows), so its
 * weekday is not read as this week's. Inside a longer name too ("the Bloody Sunday Inquiry"): no
 * weekday there either.
 */
export const namedDays: DateRule = {
  name: 'date/named-day',
  find: (text) => {
    namedDayPattern ??= new RegExp(`(?<![\\p{L}'’-])(?:${alternation(readList('date-named-days.txt'))})(?![\\p{L}])`, 'gu');
    const out: Candidate[] = [];
    for (const m of /day/.test(text) ? text.matchAll(namedDayPattern) : []) out.push({ start: m.index, end: m.index + m[0].length, rule: 'date/named-day', resolve: () => null });
    return out;
  },
};
