/**
 * Calendar arithmetic for the date resolver: days as UTC timestamps, ISO-8601 weeks, TIMEX3
 * value strings. Pure functions; never reads the clock.
 */

/** A calendar day as a count of days since 1970-01-01 (UTC). */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of year-month-day, or null when that is not a real calendar day. */
export function dayOf(year: number, month: number, day: number): DayNumber | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.round(d.getTime() / MS_PER_DAY);
}

/** The day number of a YYYY-MM-DD string, or null. */
export function parseIsoDay(s: string | null): DayNumber | null {
  const m = s ? ISO_DAY.exec(s) : null;
  return m ? dayOf(+m[1]!, +m[2]!, +m[3]!) : null;
}

/** Year, month (1-12), day of month and ISO weekday (Monday = 1) of a day number. */
export function partsOf(n: DayNumber): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(n * MS_PER_DAY);
  const wd = d.getUTCDay();
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: wd === 0 ? 7 : wd };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `2024-10-28`. */
export function formatDay(n: DayNumber): string {
  const p = partsOf(n);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** `2024-10` for a year and month, carrying months over year ends (month 13 = next January). */
export function formatMonth(year: number, month: number): string {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return `${pad(y, 4)}-${pad(m)}`;
}

/** ISO-8601 week of a day: `2024-W44` (week 1 holds the year's first Thursday). */
export function formatWeek(n: DayNumber): string {
  const { weekday } = partsOf(n);
  const thursday = n + 4 - weekday;
  const year = partsOf(thursday).year;
  const jan1 = dayOf(year, 1, 1)!;
  const week = Math.floor((thursday - jan1) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

const ISO_WEEK = /^(\d{4})-W(\d{2})/;

/** The Monday of an ISO-8601 week value (`2024-W44`, `2024-W44-WE`), or null. */
export function parseIsoWeek(s: string): DayNumber | null {
  const m = ISO_WEEK.exec(s);
  if (!m) return null;
  const week = +m[2]!;
  if (week < 1 || week > 53) return null;
  // Week 1 holds January 4th; its Monday is the week's first day.
  const jan4 = dayOf(+m[1]!, 1, 4)!;
  return jan4 - (partsOf(jan4).weekday - 1) + 7 * (week - 1);
}

/** The nearest day with ISO weekday `weekday` on or before (`dir` -1) or on or after (+1) day `n`. */
export function nearestWeekday(n: DayNumber, weekday: number, dir: -1 | 1): DayNumber {
  const diff = weekday - partsOf(n).weekday;
  if (dir < 0) return n + (diff > 0 ? diff - 7 : diff);
  return n + (diff < 0 ? diff + 7 : diff);
}
