/**
 * "the week of March 6", "the week beginning 13 March": a week named by one of its days is one
 * date, the ISO week that holds the week's middle day (TIMEX3
 * `2000-W10`), with "the week …" in its span. The words and where the day lies come from
 * date-week-of.tsv. Not a count of weeks ("four weeks ended May 31", "a week of talks"), nor a
 * week that another word picks ("last week of March 1").
 */
import { alternation, readTable } from '../../lexicon.js';
import type { DateFact } from '../../types.js';
import { formatWeek, parseIsoDay } from './calendar.js';

type DayInWeek = 'inside' | 'start';
/** Days from the named day to the week's middle day. */
const TO_MIDDLE: Record<DayInWeek, number> = { inside: 0, start: 3 };

let pattern: { re: RegExp; days: Map<string, DayInWeek> } | null = null;
function weekOfPattern() {
  if (pattern) return pattern;
  const rows = readTable('date-week-of.tsv', ['word', 'day'], (r) => (r.day! in TO_MIDDLE ? null : 'day must be inside or start'));
  const days = new Map(rows.map((r) => [r.word!.toLowerCase(), r.day as DayInWeek]));
  // Group 1 = "the", group 2 = the word before "week" when there is no "the", group 3 = the linking word.
  const re = new RegExp(`(?:(?<![\\p{L}\\p{N}-])(the)\\s{1,2}|(?:(?<![\\p{L}\\p{N}-])(\\p{L}{1,12})\\s{1,2}|^\\s{0,3}))week\\s{1,2}(${alternation([...days.keys()])})\\s{1,2}(?:on\\s{1,2})?$`, 'iu');
  pattern = { re, days };
  return pattern;
}

/** Words before a "week" without "the" that still leave the week to the day: "in week beginning Feb 22". */
const PREPOSITIONS = new Set(['in', 'for', 'during', 'over', 'through', 'throughout']);

/**
 * The facts with each day named as a week's ("the week of March 6") turned into that week; a
 * date found inside the joined words ("the week") is dropped (new array; facts are not changed
 * in place).
 */
export function joinWeekOf(text: string, facts: readonly DateFact[]): DateFact[] {
  const out: DateFact[] = [];
  for (const f of facts) {
    const day = f.value !== null && !f.mod ? parseIsoDay(f.value) : null;
    const from = Math.max(0, f.start - 40);
    const lead = text.slice(from, f.start);
    const m = day !== null && /week/i.test(lead) ? weekOfPattern().re.exec(lead) : null;
    // Without "the", only after a preposition or at a line's start: "in week beginning Feb 22".
    if (!m || (m[1] === undefined && m[2] !== undefined && !PREPOSITIONS.has(m[2].toLowerCase()))) {
      out.push(f);
      continue;
    }
    const start = from + m.index + (m[1] !== undefined ? 0 : m[0].search(/week/i));
    // "the week" itself may have been read as a date: it is this one's head now. A date that
    // reaches into the joined words from before them keeps this one as it is.
    while (out.length && out[out.length - 1]!.start >= start) out.pop();
    if (out.length && out[out.length - 1]!.end > start) {
      out.push(f);
      continue;
    }
    const middle = day! + TO_MIDDLE[weekOfPattern().days.get(m[3]!.toLowerCase())!];
    out.push({ ...f, start, rule: 'date/week-of', value: formatWeek(middle), text: text.slice(start, f.end) });
  }
  return out;
}
