/**
 * Quarters and halves as business news writes them, beside the ordinal quarters of rules.ts
 * ("the third quarter"):
 *   - codes: "Q2 2022", "2019-Q1", "Q4/2023", "q1", "2019-H2", "1H 2024", "H1 2025" (a half code
 *     only with its year: "H2" alone is as often hydrogen, "an H1 visa" a visa);
 *   - halves with their year: "the first half of 2024", "the second half of this year", "the
 *     back half of the year", "the first two quarters of 2025", "first-half 2023" (a bare "the
 *     second half" is as often a match's as a year's: left out);
 *   - a half before a noun of reported results, with no year: "first-half profit", "H1 net sales",
 *     "second-half earnings" (date-half-results.txt; "a first-half deficit" is a match's);
 *   - relative quarters: "this quarter", "last quarter", "next quarter", "the coming quarter",
 *     "this quarter's loss"
 *     (counted from the reference date's quarter; not "the last quarter of 2023", "the past quarter
 *     century"; "the following quarter" counts from the story's, which this rule does not know).
 * A code after a capitalised word is a model's name ("Audi Q5", "the Galaxy H2"), not a quarter.
 */
import { partsOf } from './calendar.js';
import { dateLexicon } from './lexicon.js';
import { resolveQuarter, type Anchor } from './resolve.js';
import type { Candidate, DateRule } from './rule.js';
import { fixed } from './text.js';
import { NOT_CALENDAR_YEAR_AFTER, yearOfSentence } from './sentence-year.js';

const CODE =
  /(?<![\p{L}\d-])(?:([QH])([1-4])(?:\s{0,2}[-/]\s{0,2}|\s{1,2}(?:of\s{1,2})?)?(1[5-9]\d\d|20\d\d)?|(1[5-9]\d\d|20\d\d)\s{0,2}[-/]?\s{0,2}([QH])([1-4])|([1-4])([QH])\s{1,2}(1[5-9]\d\d|20\d\d))(?![\p{L}\d]|-\p{L})/giu;
/**
 * A half with its year: "the second half of 2024", "first-half 2023", "the back half of this year",
 * "the second half of fiscal 1986" (the fiscal year's label);
 * "the last half", "the latter half", "the back half" are the second, "the front half" the first;
 * "the first two quarters" and "the last two quarters" are halves too. "the year" is the one its
 * sentence names, else the current one, as for "the rest of the year" (sentence-year.ts); not a
 * year counted from a day or another year ("the first half of the year to March 31", "the year
 * before": NOT_CALENDAR_YEAR_AFTER).
 */
const HALF =
  /(?<![\p{L}])(?:the\s{1,2})?(?:(first|second|1st|2nd|last|latter|back|front)[-\s]half|(first|last|final)\s{1,2}two\s{1,2}quarters)(?:\s{1,2}of)?\s{1,2}(?:(?:the\s{1,2}year\s{1,2}|fiscal\s{1,2}(?:year\s{1,2})?)?(1[5-9]\d\d|20\d\d)(?!\d|\/\d)|(this|last|next|the)\s{1,2}year(?![\p{L}'’]))/giu;
/** The words that name the first half ("the front half", "the first two quarters"); the rest name the second. */
const FIRST_HALF = /^(?:first|1st|front)$/i;
/** Built once from the lexicon: a half ("first-half", "H1") right before up to two words and a results noun. */
let halfResult: RegExp | null = null;
function halfResultPattern(): RegExp {
  return (halfResult ??= new RegExp(
    `(?<![\\p{L}\\d-])(?:(first|second|1st|2nd)[-‑]half|H([12]))(?=(?:\\s{1,2}[\\p{L}-]{1,15}){0,2}?\\s{1,2}(?:${dateLexicon().halfResultAlt})(?![\\p{L}-]))`,
    'giu',
  ));
}
const RELATIVE_QUARTER = /(?<![\p{L}])(?:the\s{1,2})?(this|last|next|coming|past)\s{1,2}quarter(?![\p{L}-]|['’](?!s(?![\p{L}])))(?!\s{1,2}(?:of|century|centuries)(?![\p{L}]))/giu;
const CAPITAL_BEFORE = /(?<![\p{L}])\p{Lu}[\p{L}]{1,20}\s{1,2}$/u;
const SENTENCE_END_BEFORE = /(?:^|[.!?]["”’)]?\s{1,3}|\n\s{0,3})$/;

/** Whether a capitalised word stands right before `at` and is no sentence's first word: a code there is a name's ("Audi Q5"). */
function afterName(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 24), at);
  return CAPITAL_BEFORE.test(before) && !SENTENCE_END_BEFORE.test(before.replace(CAPITAL_BEFORE, ''));
}

const SHIFT: Record<string, number> = { this: 0, last: -1, past: -1, next: 1, coming: 1 };

function shiftedQuarter(shift: number) {
  return (a: Anchor): string | null => {
    if (a.ref === null) return null;
    const p = partsOf(a.ref);
    const q = Math.ceil(p.month / 3) - 1 + shift;
    const year = p.year + Math.floor(q / 4);
    return `${String(year).padStart(4, '0')}-Q${(((q % 4) + 4) % 4) + 1}`;
  };
}

function half(h: number, year: string | undefined) {
  if (year) return fixed(`${year}-H${h}`);
  return (a: Anchor): string | null => {
    if (a.ref === null) return `XXXX-H${h}`;
    const p = partsOf(a.ref);
    const current = p.month <= 6 ? 1 : 2;
    // The half completed last is reported in either tense; the current one is this year's; the
    // other goes the way of the clause (past: last year's, else this year's).
    if (h !== current && current === 1) return `${String(p.year - 1).padStart(4, '0')}-H${h}`;
    if (h !== current && a.tense() === 'future') return `${String(p.year + 1).padStart(4, '0')}-H${h}`;
    return `${String(p.year).padStart(4, '0')}-H${h}`;
  };
}

export const quarterCodes: DateRule = {
  name: 'date/quarter-code',
  find: (text) => {
    const out: Candidate[] = [];
    // Cheap tests first (what each pattern needs literally): most texts hold no quarter at all.
    for (const m of /[QH][1-4]|[1-4][QH]/i.test(text) ? text.matchAll(CODE) : []) {
      const kind = (m[1] ?? m[5] ?? m[8])!.toUpperCase();
      const n = +(m[2] ?? m[6] ?? m[7])!;
      const year = m[3] ?? m[4] ?? m[9];
      if (kind === 'H' && n > 2) continue;
      // A half code needs its year: "H2" alone is as often hydrogen or a visa ("an H1 visa").
      if (kind === 'H' && !year) continue;
      // "Audi Q5", "the Galaxy H2": a model's name (not a sentence's first word, as in "Sales Q3").
      if (!m[4] && afterName(text, m.index)) continue;
      // A bare code must stand alone: "Q3" yes, not before a capitalised word ("Q3 Cup").
      const end = m.index + m[0].length;
      if (!year && /^\s{0,2}\p{Lu}\p{Ll}/u.test(text.slice(end, end + 4)) && !/^\s{0,2}(?:Q|H)\d/u.test(text.slice(end, end + 4))) continue;
      const resolve = kind === 'Q' ? (year ? fixed(`${year}-Q${n}`) : (a: Anchor) => resolveQuarter(n, a)) : half(n, year);
      out.push({ start: m.index, end, rule: 'date/quarter-code', resolve });
    }
    for (const m of /half|two\s{1,2}quarters/i.test(text) ? text.matchAll(HALF) : []) {
      const h = FIRST_HALF.test((m[1] ?? m[2])!) ? 1 : 2;
      const rel = m[4]?.toLowerCase();
      const end = m.index + m[0].length;
      if (rel === 'the' && NOT_CALENDAR_YEAR_AFTER.test(text.slice(end, end + 16))) continue;
      const named = rel === 'the' ? yearOfSentence(text, m.index, end) : null;
      const year = m[3] ?? named;
      const resolve = year
        ? fixed(`${year}-H${h}`)
        : // "the year" its sentence does not name is this one: a clause's tense ("expects an upturn
          // in the second half of the year, he said") is too weak a cue to move it back.
          (a: Anchor) => (a.ref === null ? `XXXX-H${h}` : `${String(partsOf(a.ref).year + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0)).padStart(4, '0')}-H${h}`);
      out.push({ start: m.index, end, rule: 'date/quarter-code', resolve });
    }
    for (const m of /half|H[12]/i.test(text) ? text.matchAll(halfResultPattern()) : []) {
      // "H1" is a code only in capitals; the word form any case ("FIRST-HALF PROFIT"). After a
      // capitalised word a code is a name's ("Green H2 output": hydrogen), as for the codes above.
      if (m[2] !== undefined && (!/^H/.test(m[0]) || afterName(text, m.index))) continue;
      const h = m[2] ? +m[2] : /^(?:first|1st)$/i.test(m[1]!) ? 1 : 2;
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date/quarter-code', resolve: half(h, undefined) });
    }
    for (const m of /quarter/i.test(text) ? text.matchAll(RELATIVE_QUARTER) : []) {
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'date/quarter-code', resolve: shiftedQuarter(SHIFT[m[1]!.toLowerCase()]!) });
    }
    return out;
  },
};
