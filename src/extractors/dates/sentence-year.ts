/**
 * The year a sentence names for "the year" in it: "charges in 1986, leading to a loss for the
 * year" (1986), "revenue for the year was $2.1bn, up from $1.8bn in 2022" (2023), "in 2019 sales
 * fell in the second half of the year" (2019-H2). Shared by the rules that read "the year" as the
 * current one when the sentence names none (anaphora.ts "for the year", "the rest of the year";
 * quarters.ts "the second half of the year").
 */
import { dateLexicon } from './lexicon.js';

/** A year in digits, not a count ("1,986"), a fiscal pair ("1986/87") or part of a longer number. */
const YEAR = /(?<![\d,.\/])(?:1[89]|20)\d\d(?![\d\/]|,\d)/gu;
/** The first such year (no `g`: no state between calls). */
const FIRST_YEAR = new RegExp(YEAR.source, 'u');
/** A comparison between "the year" and a year after it: "compared with a loss in 1985", "after a contraction in 1985". */
const COMPARED = /(?<![\p{L}])(?:compared|from|against|versus|vs|than|after)(?![\p{L}])/iu;
const POSSESSIVE_AFTER = /^['’]s(?![\p{L}])/u;
/** A results noun right after a year: "1988 earnings", "1985 net" (date-half-results.txt). */
let resultsAfter: RegExp | null = null;
const RESULTS_AFTER = () => (resultsAfter ??= new RegExp(`^\\s{1,2}(?:\\p{L}{1,15}\\s{1,2})?(?:${dateLexicon().halfResultAlt})(?![\\p{L}-])`, 'iu'));
let timeBefore: RegExp | null = null;
/**
 * A preposition of time right before a year (date-year-time-prepositions.txt), "fiscal" allowed
 * between: "in 1986", "during fiscal 1987"; after a comparison, "from" too ("up from 3.1 in 1985",
 * "from 1985 levels").
 */
const TIME_BEFORE = () =>
  (timeBefore ??= new RegExp(`(?<![\\p{L}])(?:${dateLexicon().yearTimeAlt}|from)\\s{1,2}(?:fiscal\\s{1,2})?$`, 'iu'));
/**
 * The end of a sentence or paragraph: a stop and white space ("Sept. 30" ends one too: the window
 * is only shorter), a blank line, an indented line.
 */
const SENTENCE_END = /[.!?]["”’)]?\s+|\n\s*\n|\n[ \t]{2,}/gu;
const FIRST_SENTENCE_END = new RegExp(SENTENCE_END.source, 'u');
/** An aside opened by a comma and a relative pronoun or a participle, with no comma since: ", which won in ", ", founded in ". */
const ASIDE_BEFORE = /,\s{1,2}(?:which|who|whose|where|when|\p{Ll}{2,}ed)(?![\p{L}])[^,]*$/u;
/** How far either way of "the year" its sentence is read for a year. */
const SENTENCE_WINDOW = 300;
/**
 * After "the year": a year counted from a day or from another year, not the calendar one ("the
 * year starting April 1", "the year to March 31", "the year before", "the year 2025"); "after it
 * reported" begins a clause.
 */
export const NOT_CALENDAR_YEAR_AFTER =
  /^\s{1,2}(?:starting|beginning|from|through|to|ending|ended|(?:before|after)(?!\s{1,2}(?:it|he|she|they|we|i|you)(?![\p{L}]))|earlier|later|ago|\d{4})(?![\p{L}\d])/iu;

let dateBeforeYear: RegExp | null = null;
/** A month (with its day) or a day and a slash right before a year: "December, 1986", "March 3 1986", "3/4/1986". */
function dateBefore(): RegExp {
  return (dateBeforeYear ??= new RegExp(`(?<![\\p{L}])(?:${dateLexicon().monthAlt})(?:\\s{1,2}\\d{1,2}(?:st|nd|rd|th)?)?,?\\s{1,2}$|\\d{1,2}(?:st|nd|rd|th)?,?\\s{1,2}$|\\/$`, 'u'));
}

/** A sentence's end, not after an initial or an abbreviation's capital ("U.S. plants", "J. Smith"). */
const FULL_SENTENCE_END = /(?<!(?:^|[\s.])\p{Lu})[.!?]["”’)]?\s+|\n\s*\n|\n[ \t]{2,}/gu;
const FIRST_FULL_SENTENCE_END = new RegExp(FULL_SENTENCE_END.source, 'u');

/** The sentence around [start, end) (up to SENTENCE_WINDOW characters each side). */
export function sentenceAround(text: string, start: number, end: number): string {
  const head = text.slice(Math.max(0, start - SENTENCE_WINDOW), start);
  let stop = 0;
  for (const m of head.matchAll(FULL_SENTENCE_END)) stop = m.index + m[0].length;
  const tail = text.slice(end, end + SENTENCE_WINDOW);
  const cut = tail.search(FIRST_FULL_SENTENCE_END);
  return head.slice(stop) + text.slice(start, end) + (cut < 0 ? tail : tail.slice(0, cut));
}

/** The start of the sentence before the one holding `at`, looking at most `window` characters back (else the window's start). */
export function previousSentenceStart(text: string, at: number, window: number): number {
  const from = Math.max(0, at - window);
  let last = from;
  let beforeLast = from;
  for (const m of text.slice(from, at).matchAll(FULL_SENTENCE_END)) {
    beforeLast = last;
    last = from + m.index + m[0].length;
  }
  return last === from ? from : beforeLast;
}

/** The latest year a text writes in digits ("in 1986", "fiscal 1987/88" → 1987), else null. */
export function latestYear(text: string): number | null {
  let best: number | null = null;
  for (const m of text.matchAll(YEAR)) best = Math.max(best ?? 0, Number(m[0]));
  return best;
}

/**
 * The year that "the year" at start..end is, when its sentence names it: the nearest year before
 * it ("charges in 1986, leading to a loss for the year"; "sees 1988 earnings of 3.35, up from
 * three for the year"), else a year after it that it is compared with, plus one ("a loss for the
 * year, compared with a profit in 1985": 1986). Not a year of a full date ("the December, 1986
 * withdrawal"), nor one set off by commas ("The bank, founded in 1998, reported a loss for the
 * year"). Null when the sentence names none.
 */
export function yearOfSentence(text: string, start: number, end: number): string | null {
  const head = text.slice(Math.max(0, start - SENTENCE_WINDOW), start);
  let stop = 0;
  for (const m of head.matchAll(SENTENCE_END)) stop = m.index + m[0].length;
  const own = head.slice(stop);
  const before = [...own.matchAll(YEAR)]
    .filter((m) => !dateBefore().test(own.slice(0, m.index)))
    // The time of what is reported: after a preposition of time ("in 1986"), or naming results
    // ("1988 earnings"); not a modifier's ("a 2008 low") or a deadline's ("by 2027").
    .filter((m) => (TIME_BEFORE().test(own.slice(0, m.index)) && !/^from/i.test(own.slice(0, m.index).trimEnd().split(/\s/).pop() ?? '')) || RESULTS_AFTER().test(own.slice(m.index + 4)))
    // In an aside set off by commas, opened by a relative pronoun or a participle, the year is the
    // aside's: "The bank, founded in 1998, reported", "The club, which won in 1987, expects".
    .filter((m) => !(ASIDE_BEFORE.test(own.slice(0, m.index)) && own.slice(m.index).includes(',')))
    .pop();
  if (before) return before[0];
  const tail = text.slice(end, end + SENTENCE_WINDOW);
  const cut = tail.search(FIRST_SENTENCE_END);
  const mine = cut < 0 ? tail : tail.slice(0, cut);
  const after = FIRST_YEAR.exec(mine);
  if (!after) return null;
  const lead = mine.slice(0, after.index);
  const ofFigure = TIME_BEFORE().test(lead) || POSSESSIVE_AFTER.test(mine.slice(after.index + 4));
  return ofFigure && COMPARED.test(lead) ? String(Number(after[0]) + 1) : null;
}
