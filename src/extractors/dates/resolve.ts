/**
 * Turns what a rule read ("month 10, day 30, no year"; "week, offset -1") into a TIMEX3 value
 * against the reference date and the clause's tense. Without a reference date, relative values are
 * null and a month-day keeps an unknown year (`XXXX-10-30`).
 */
import {
  dayOf,
  formatDay,
  formatMonth,
  formatWeek,
  nearestWeekday,
  partsOf,
  type DayNumber,
} from './calendar.js';
import type { RelativeEntry } from './lexicon.js';
import type { Tense } from './tense.js';

/** What a rule needs to resolve a value: the reference day and the tense of the date's clause. */
export interface Anchor {
  ref: DayNumber | null;
  tense: () => Tense;
  /** "since June": the date lies behind the reference, with none of a past clause's slack. */
  since?: () => boolean;
}

/** Days a month-day may lie on the "wrong" side of the reference date before its year moves. */
const SAME_YEAR_SLACK = 60;

/** Months ahead of the reference month a bare month in a past clause may still lie ("said it would vote in November"). */
const MONTH_SLACK = 2;
/** How far back a month naming a known event under a preposition of reference may lie in a future clause: five months, so never a half-year ahead. */
const HELD_SLACK = 5;

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A month-day without a year: the year that puts it near the reference date in the tense's
 * direction; with no tense, the occurrence nearest the reference date ("the fair opens on 2 June").
 */
export function resolveMonthDay(month: number, day: number, a: Anchor): string | null {
  if (a.ref === null) return dayOf(2000, month, day) === null ? null : `XXXX-${pad2(month)}-${pad2(day)}`;
  const year = partsOf(a.ref).year;
  const here = dayOf(year, month, day) ?? dayOf(year - 1, month, day) ?? dayOf(year + 1, month, day);
  if (here === null) return null;
  const diff = here - a.ref;
  if (a.tense() === 'unknown') return nearestYear(month, day, here, a.ref);
  if (a.tense() === 'past' && diff > (a.since?.() ? 0 : SAME_YEAR_SLACK)) return yearShift(month, day, partsOf(here).year - 1);
  if (a.tense() === 'future' && diff < -SAME_YEAR_SLACK) return yearShift(month, day, partsOf(here).year + 1);
  return formatDay(here);
}

/**
 * Of candidate days in ascending order, the one a direction picks: past → the latest on or before
 * `ref` (strictly before when `strict`), future → the earliest on or after it (strictly after),
 * unknown → the nearer of those two, a tie to the past.
 */
export function pickDay(days: readonly DayNumber[], ref: DayNumber, dir: Tense, strict = false): DayNumber | undefined {
  const before = days.filter((n) => (strict ? n < ref : n <= ref)).pop();
  const after = days.find((n) => (strict ? n > ref : n >= ref));
  if (dir === 'past') return before;
  if (dir === 'future') return after;
  return before === undefined || (after !== undefined && after - ref < ref - before) ? after : before;
}

/** "last Oct. 23", "next March 3": the month-day strictly before (or after) the reference date. */
export function resolveMonthDayStrict(month: number, day: number, a: Anchor, dir: 'past' | 'future'): string | null {
  if (a.ref === null) return null;
  const y = partsOf(a.ref).year;
  const days = [y - 1, y, y + 1].map((x) => dayOf(x, month, day)).filter((n): n is DayNumber => n !== null);
  const pick = pickDay(days, a.ref, dir, true);
  return pick === undefined ? null : formatDay(pick);
}

/** Of the month-day in the years around `here`, the one nearest `ref`; a tie goes to the past. */
function nearestYear(month: number, day: number, here: DayNumber, ref: DayNumber): string | null {
  const y = partsOf(here).year;
  let best = here;
  for (const n of [dayOf(y - 1, month, day), dayOf(y + 1, month, day)]) {
    if (n !== null && (Math.abs(n - ref) < Math.abs(best - ref) || (Math.abs(n - ref) === Math.abs(best - ref) && n < best))) best = n;
  }
  return formatDay(best);
}

function yearShift(month: number, day: number, year: number): string | null {
  const n = dayOf(year, month, day);
  return n === null ? null : formatDay(n); // 29 February may not exist in the other year
}

/**
 * A month without a year: the latest such month on or before the reference month (past), or the
 * next (future); in a past clause a month at most MONTH_SLACK ahead is still the coming one. With
 * no tense, the nearest such month (six months either way goes to the past).
 */
export function resolveMonth(month: number, a: Anchor, modifier: 'last' | 'next' | 'this' | null, reported: () => 'held' | 'named' | 'figure' | null = () => null): string | null {
  if (a.ref === null) return `XXXX-${pad2(month)}`; // "last April" names April: XXXX-04 (GUIDELINES)
  const p = partsOf(a.ref);
  const dir = modifier === 'last' ? 'past' : modifier === 'next' ? 'future' : a.tense();
  let year = p.year;
  if (modifier === 'this') return formatMonth(year, month);
  if (dir === 'unknown') {
    const ahead = (month - p.month + 12) % 12;
    return formatMonth(p.year, ahead < 6 ? p.month + ahead : p.month + ahead - 12);
  }
  const ahead = (month - p.month + 12) % 12; // months from the reference month forward to `month`
  if (modifier === null && dir === 'past' && ahead > 0 && ahead <= MONTH_SLACK && !a.since?.()) return formatMonth(p.year, p.month + ahead);
  // "last February" said in March is a year ago (the month just ended is "last month", "in
  // February"): with "last", the reference month and the one before it are last year's.
  if (dir === 'past' && (month > p.month || (modifier === 'last' && (month === p.month || month === p.month - 1)))) year--;
  // In a future clause a month that names a known event or reported figures (`reported`, asked
  // only then) need not be ahead: one naming an event may be at most MONTH_SLACK back ("from
  // January's record three pct", "will discuss their February pact" said in April), one naming
  // figures the month just ended ("will publish figures for February" said in March); "will visit
  // in February" is next year's, and so are "will attend December's summit" said in March and
  // "wages will rise 3 pct in August" said in October.
  // A known event a preposition of reference hangs on the clause ("prices will stay below a
  // December forecast" said in April) may be up to HELD_SLACK back.
  const back = (p.month - month + 12) % 12;
  const kind = dir === 'future' && modifier === null && back >= 1 && back <= HELD_SLACK ? reported() : null;
  const justEnded = kind === 'held' || (back <= MONTH_SLACK && (kind === 'named' || (kind === 'figure' && back === 1)));
  if (dir === 'future' && !justEnded && (month < p.month || (modifier === 'next' && month === p.month))) year++;
  if (dir === 'future' && justEnded && month > p.month) year--;
  return formatMonth(year, month);
}

/**
 * A weekday: the nearest such day on or before the reference date (past), on or after it
 * (future), or either way when the clause has no tense ("schools close on Friday").
 */
export function resolveWeekday(weekday: number, a: Anchor, modifier: 'last' | 'next' | 'this' | null): string | null {
  // Without a reference date the weekday is still named: XXXX-WXX-5 (GUIDELINES).
  if (a.ref === null) return `XXXX-WXX-${weekday}`;
  if (modifier === 'last') return formatDay(nearestWeekday(a.ref - 1, weekday, -1));
  if (modifier === 'next') return formatDay(nearestWeekday(a.ref + 1, weekday, 1));
  const tense = a.tense();
  if (tense !== 'unknown') return formatDay(nearestWeekday(a.ref, weekday, tense === 'future' ? 1 : -1));
  const back = nearestWeekday(a.ref, weekday, -1);
  const ahead = nearestWeekday(a.ref, weekday, 1);
  return formatDay(ahead - a.ref < a.ref - back ? ahead : back);
}

/** A relative phrase from date-relative.tsv ("last week" → 2024-W43). */
export function resolveRelative(entry: RelativeEntry, a: Anchor): string | null {
  if (a.ref === null) return null;
  const p = partsOf(a.ref);
  switch (entry.unit) {
    case 'day':
      return formatDay(a.ref + (entry.offset ?? 0)) + (entry.part ? `T${entry.part}` : '');
    case 'week':
      return formatWeek(a.ref + 7 * (entry.offset ?? 0));
    case 'month':
      return formatMonth(p.year, p.month + (entry.offset ?? 0));
    case 'year':
      return String(p.year + (entry.offset ?? 0)).padStart(4, '0');
    case 'weekend':
      return `${formatWeek(weekendWeek(a.ref, entry.offset, a))}-WE`;
    case 'decade':
      // TIMEX3 writes a decade as its first three digits: "the past decade" in 2011 → 200.
      return String(Math.floor(p.year / 10) + (entry.offset ?? 0)).padStart(3, '0');
  }
}

/**
 * A day in the week of the weekend meant: on a Saturday or Sunday, the current weekend; else the
 * one before (past) or after (future) the reference date.
 */
function weekendWeek(ref: DayNumber, offset: number | null, a: Anchor): DayNumber {
  const onWeekend = partsOf(ref).weekday >= 6;
  if (offset === null) return onWeekend || a.tense() === 'future' ? ref : ref - 7;
  if (offset < 0) return onWeekend ? ref - 7 : nearestWeekday(ref, 7, -1);
  return onWeekend ? ref + 7 : ref;
}

/** "three days ago" → a day, "two weeks ago" → a week, "a month ago" → a month. */
export function resolveAgo(n: number, unit: string, a: Anchor): string | null {
  if (a.ref === null) return null;
  const p = partsOf(a.ref);
  if (unit.startsWith('day')) return formatDay(a.ref - n);
  if (unit.startsWith('week')) return formatWeek(a.ref - 7 * n);
  if (unit.startsWith('month')) return formatMonth(p.year, p.month - n);
  return String(p.year - (unit.startsWith('decade') ? 10 * n : n)).padStart(4, '0');
}

/**
 * "the third quarter": of the reference year, or the year before when past and not yet begun; the
 * quarter completed last is always the one just ended.
 */
export function resolveQuarter(quarter: number, a: Anchor): string | null {
  if (a.ref === null) return `XXXX-Q${quarter}`;
  const p = partsOf(a.ref);
  const current = Math.ceil(p.month / 3);
  // The quarter completed last is reported in either tense ("will report third-quarter results" in October).
  if (quarter === (current === 1 ? 4 : current - 1)) return `${String(current === 1 ? p.year - 1 : p.year).padStart(4, '0')}-Q${quarter}`;
  let year = p.year;
  if (a.tense() === 'past' && quarter > current) year--;
  if (a.tense() === 'future' && quarter < current) year++;
  return `${String(year).padStart(4, '0')}-Q${quarter}`;
}

/** "June last year": a month of the year `offset` years from the reference year. */
export function resolveMonthOfRelativeYear(month: number, offset: number, a: Anchor): string | null {
  if (a.ref === null) return `XXXX-${pad2(month)}`; // "October last year" names October: XXXX-10 (GUIDELINES)
  return formatMonth(partsOf(a.ref).year + offset, month);
}

/** "July 1 this year", "April one last year": a day of that month (null for a day the month lacks); with no day, the month. */
export function resolveDayOfRelativeYear(month: number, day: number | null, offset: number, a: Anchor): string | null {
  const v = resolveMonthOfRelativeYear(month, offset, a);
  if (v === null || day === null) return v;
  if (a.ref === null) return dayOf(2000, month, day) === null ? null : `${v}-${pad2(day)}`;
  const d = dayOf(Number(v.slice(0, 4)), month, day);
  return d === null ? null : formatDay(d);
}

const SEASON_ORDER = ['SP', 'SU', 'FA', 'WI'];

/**
 * A season without a written year ("last summer" → 2023-SU): "last"/"next" move a year, "this"
 * keeps the reference year, "this past" is the latest one begun; bare ("in the spring"), a past clause takes last year's when the
 * season has not yet begun, a future one next year's when it is over.
 */
export function resolveSeason(season: string, a: Anchor, modifier: 'last' | 'next' | 'this' | 'past' | null): string | null {
  if (a.ref === null) return `XXXX-${season}`;
  const p = partsOf(a.ref);
  let year = p.year + (modifier === 'last' ? -1 : modifier === 'next' ? 1 : 0);
  if (modifier === null || modifier === 'past') {
    const current = p.month <= 2 ? -1 : Math.floor((p.month - 3) / 3); // January and February: last year's winter
    const index = SEASON_ORDER.indexOf(season);
    const tense = modifier === 'past' ? 'past' : a.tense();
    if (tense === 'past' && index > current) year--;
    if (tense === 'future' && index < current) year++;
  }
  return `${String(year).padStart(4, '0')}-${season}`;
}
