/**
 * Marks dates that are the ends of a range: "from 2001 to 2009" and "between March and May" give
 * `range: "from"` and `range: "to"`; "since February 2022" is an open range's start (`from`),
 * "until June" an open range's end (`to`). Words come from date-range-words.tsv.
 */
import { readTable } from '../../lexicon.js';
import type { DateFact } from '../../types.js';

type Role = 'start' | 'link' | 'since' | 'until';
const ROLES: readonly Role[] = ['start', 'link', 'since', 'until'];
/** The word (or dash) right before a position, within a few spaces. */
const WORD_BEFORE = /(\p{L}{1,10}|[-–])\s{0,3}$/u;
/** All of the text between two dates when it is one linking word: " to ", " and ", "-". */
const LINK_BETWEEN = /^\s{0,3}(\p{L}{1,10}|[-–])\s{0,3}$/u;

let roles: Map<string, Set<Role>> | null = null;
function rangeRoles(): Map<string, Set<Role>> {
  if (roles) return roles;
  const rows = readTable('date-range-words.tsv', ['word', 'role'], (r) =>
    ROLES.includes(r.role as Role) ? null : `role "${r.role}" is not one of ${ROLES.join(', ')}`,
  );
  roles = new Map();
  for (const r of rows) {
    const set = roles.get(r.word!.toLowerCase()) ?? new Set<Role>();
    set.add(r.role as Role);
    roles.set(r.word!.toLowerCase(), set);
  }
  return roles;
}

const has = (word: string | undefined, role: Role) => !!word && !!rangeRoles().get(word.toLowerCase())?.has(role);

/** The facts with `range` set on those that end a range (new objects; the input is not changed). */
export function markRanges(text: string, facts: readonly DateFact[]): DateFact[] {
  const out = facts.map((f) => ({ ...f }));
  for (let i = 0; i < out.length; i++) {
    const f = out[i]!;
    if (f.range) continue;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, f.start - 16), f.start))?.[1];
    const next = out[i + 1];
    const link = next ? LINK_BETWEEN.exec(text.slice(f.end, next.start))?.[1] : undefined;
    if (next && has(before, 'start') && has(link, 'link')) {
      f.range = 'from';
      next.range = 'to';
    } else if (has(before, 'since')) f.range = 'from';
    else if (has(before, 'until')) f.range = 'to';
  }
  return out;
}

/** A clock time's value: its day, its hour and minute, and its ISO offset where it has one ("1991-05-10T18:00Z", "…T12:45-06:00"). */
const CLOCK_VALUE = /^(\d{4}-\d{2}-\d{2})?.*T(\d{2}:\d{2})(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Two clock times of one range ("to" or a dash between them, or "from"/"between" before and "and"
 * between): the first takes the second's zone when it has none ("from 0800 to 1800GMT", "2300
 * to 0200 gmt" are both in GMT); and an evening start with a morning end, the end with no day of
 * its own, runs overnight ("from 10 p.m. to 2 a.m.", "2300 to 0200 GMT": the end is on the next
 * day). Not times in two zones ("7 p.m. ET and 6 p.m. CT"), nor a list ("at 1800 and 1200 GMT").
 * New objects.
 */
export function joinClockRanges(text: string, facts: readonly DateFact[]): DateFact[] {
  const out = facts.map((f) => ({ ...f }));
  for (let i = 0; i + 1 < out.length; i++) {
    const [f, next] = [out[i]!, out[i + 1]!];
    if (!f.value || !next.value) continue;
    const a = CLOCK_VALUE.exec(f.value);
    const b = CLOCK_VALUE.exec(next.value);
    const link = LINK_BETWEEN.exec(text.slice(f.end, next.start))?.[1];
    const range = (f.range === 'from' && next.range === 'to') || (link !== undefined && link !== 'and' && has(link, 'link'));
    if (!a || !b || !range || (f.timezone && next.timezone && f.timezone.toLowerCase() !== next.timezone.toLowerCase())) continue;
    if (!f.timezone && next.timezone && a[3] === undefined) {
      f.timezone = next.timezone;
      if (b[3] !== undefined) f.value += b[3];
    }
    // "5 November 2024 7am-8pm", "from 7am to 8pm on 5 November": an end with no day of its own
    // is on the other end's day (the reference date had given it one).
    if (a[1] !== undefined && b[1] !== undefined && a[1] !== b[1]) {
      if (BARE_CLOCK.test(next.text) && !BARE_CLOCK.test(f.text)) next.value = a[1] + next.value.slice(10);
      // (Overnight, "from 10pm to 2am on Saturday", the start is the evening before.)
      else if (BARE_CLOCK.test(f.text) && !BARE_CLOCK.test(next.text)) f.value = (a[2]! >= EVENING && b[2]! < NOON ? nextDay(b[1], -1) : b[1]) + f.value.slice(10);
    }
    const b2 = CLOCK_VALUE.exec(next.value)!;
    if (a[1] !== undefined && a[1] === b2[1] && a[2]! >= EVENING && b2[2]! < NOON && BARE_CLOCK.test(next.text)) next.value = nextDay(a[1]) + next.value.slice(10);
  }
  return out;
}

/** An overnight range starts at or after this hour and ends before noon. */
const EVENING = '18:00';
const NOON = '12:00';

/** A clock time with no day written with it: digits, "a.m."/"p.m.", a zone ("0200 gmt", "2 a.m.", "5 p.m. ET"). */
const BARE_CLOCK = /^\d{1,2}(?:[:.]?\d{2})?(?:\s?[aApP]\.?\s?[mM]\.?)?(?:\s{0,2}\(?[A-Za-z]{1,5}(?:[+-]\d{1,2})?\)?)?$/;

/** The day after a YYYY-MM-DD day (or before it, with -1). */
function nextDay(day: string, step = 1): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + step);
  return d.toISOString().slice(0, 10);
}
