/**
 * "the week of March 6", "the week beginning 13 March": a week named by one of its days is one
 * date, the ISO week that holds the week's middle day (TIMEX3 `2000-W10`), with "the week …" in
 * its span. The words and where the day lies come from date-week-of.tsv; a Sunday after "of"
 * opens the week it names, as a Monday does ("the week of Sunday, Nov. 3"). A day range inside one
 * week joins it ("the week of Nov. 18-22"). Not a count of weeks ("four weeks ended May 31", "a
 * week of talks"), nor a week that another word picks ("last week of March 1").
 */
import { alternation, readTable } from '../../lexicon.js';
import type { DateFact } from '../../types.js';
import { formatWeek, parseIsoDay, partsOf } from './calendar.js';
import { wordBefore } from './text.js';

type DayInWeek = 'inside' | 'start';
/** Days from the named day to the week's middle day. */
const TO_MIDDLE: Record<DayInWeek, number> = { inside: 0, start: 3 };

let pattern: { re: RegExp; days: Map<string, DayInWeek> } | null = null;
function weekOfPattern() {
  if (pattern) return pattern;
  const rows = readTable('date-week-of.tsv', ['word', 'day'], (r) => (r.day! in TO_MIDDLE ? null : 'day must be inside or start'));
  const days = new Map(rows.map((r) => [r.word!.toLowerCase(), r.day as DayInWeek]));
  // Group 1 = "the", group 2 = the linking word ("on" or "from" may follow: "the week starting from
  // March 2").
  const re = new RegExp(`(?<![\\p{L}\\p{N}-])(?:(the)\\s{1,2})?week\\s{1,2}(${alternation([...days.keys()])})\\s{1,2}(?:(?:on|from)\\s{1,2})?$`, 'iu');
  pattern = { re, days };
  return pattern;
}

/** Words before a "week" without "the" that still leave the week to the day: "in week beginning Feb 22". */
const PREPOSITIONS = new Set(['in', 'for', 'during', 'over', 'through', 'throughout']);
/** Nothing but white space or a list's bullet between a line's start and a position. */
const LINE_OPENING = /^[\s•*–—-]*$/u;
/** Between two days of one range: "Nov. 18-22", "18 to 22 November". */
const RANGE_LINK = /^\s{0,2}(?:[-–]|to|through|and)\s{0,2}$/iu;

/** Whether "week" at `at`, with no "the", opens its line or follows a preposition ("in week beginning"). */
function bareWeekAllowed(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (LINE_OPENING.test(text.slice(lineStart, at))) return true;
  return PREPOSITIONS.has(wordBefore(text, at) ?? '');
}

/**
 * The facts with each day named as a week's ("the week of March 6") turned into that week; a
 * date found inside the joined words ("the week") is dropped, and so is the day range's other end
 * in the same week (new array; facts are not changed in place).
 */
export function joinWeekOf(text: string, facts: readonly DateFact[]): DateFact[] {
  const out: DateFact[] = [];
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    const day = f.value !== null && !f.mod ? parseIsoDay(f.value) : null;
    const from = Math.max(0, f.start - 40);
    const lead = text.slice(from, f.start);
    const m = day !== null && /week/i.test(lead) ? weekOfPattern().re.exec(lead) : null;
    const start = m ? from + m.index : -1;
    if (!m || (m[1] === undefined && !bareWeekAllowed(text, start))) {
      out.push(f);
      continue;
    }
    // "the week" itself may have been read as a date: it is this one's head now. A date that
    // reaches into the joined words from before them keeps this one as it is.
    while (out.length && out[out.length - 1]!.start >= start) out.pop();
    if (out.length && out[out.length - 1]!.end > start) {
      out.push(f);
      continue;
    }
    const said = weekOfPattern().days.get(m[2]!.toLowerCase())!;
    // A Sunday after "of" opens its week ("the week of Sunday, Nov. 3"): ISO weeks end on one.
    const where: DayInWeek = said === 'inside' && partsOf(day!).weekday === 7 ? 'start' : said;
    const week = formatWeek(day! + TO_MIDDLE[where]);
    let end = f.end;
    // "the week of Nov. 18-22": the range's other end, in the same week, is part of it.
    const next = facts[i + 1];
    const nextDay = next?.value ? parseIsoDay(next.value) : null;
    const inWeek = nextDay !== null && nextDay > day! && (where === 'start' ? nextDay - day! < 7 : formatWeek(nextDay) === week);
    if (next && inWeek && !next.mod && RANGE_LINK.test(text.slice(f.end, next.start))) {
      end = next.end;
      i++;
    }
    out.push({ ...f, start, end, rule: 'date/week-of', value: week, text: text.slice(start, end) });
  }
  return out;
}
