/**
 * Whether four bare digits are a year: the dates' year rule and the numbers' check read the same
 * decision, so a number is never both a year and a count, nor lost to both.
 */
import { alternation } from '../../lexicon.js';
import { dateLexicon } from './lexicon.js';
import { wordAfter, wordBefore } from './text.js';
import { numberLexicon } from '../numbers/lexicon.js';
import { lexiconTags, onlyAdjective } from '../../document.js';

/**
 * "end" as a noun right before: "at year-end 1986", "at end 1986", "by end 1991" (not the verb:
 * "will end 1998 leases").
 */
const YEAR_END_BEFORE = /(?:year[-\s]|(?<![\p{L}])(?:at|by|from|since|until|till|before|after|around|near)\s{1,2})end\s{1,2}$/iu;
/** A possessive right before: "the company's 1998 results". */
export const POSSESSIVE_BEFORE = /[\p{L}\d]['’]s?\s{1,2}$/u;
/** A lower-case word of three letters or more ending in "s": a plural, unless one of the lookalikes below. */
const PLURAL_SHAPE = /^\p{Ll}{3,}s$/u;
/** Words in -s that are no plural: singulars in -ss/-us/-is/-ous, adverbs in -wards ("from 2000 onwards", "in 2005 towards"). */
const SINGULAR_SHAPE = /(?:ss|us|is|ous|wards)$/;
/** The years a bare number can be: 1500 to 2199. */
const YEAR_DIGITS = /^(?:1[5-9]|2[01])\d\d$/;
/**
 * A dimension's sign and another number, after or before: "2048 * 1080 pixels", "a 1600x1200
 * screen". (The sign spaced on both sides or on neither: "15x 2025 earnings" is a multiple and a
 * year.) The numbers read the same patterns: DIMENSION_AFTER for a first side, DIMENSION_GAP for
 * what lies between two.
 */
export const DIMENSION_AFTER = /^(?:\s[x×*X]\s|[x×*X])\d/u;
const DIMENSION_BEFORE = /\d(?:\s[x×*X]\s|[x×*X])$/u;
export const DIMENSION_GAP = /^(?:\s[x×*X]\s|[x×*X])$/u;
const PLURAL_LOOKALIKES = new Set(['does', 'goes', 'says', 'sees', 'this', 'thus', 'unless', 'was', 'has', 'its', 'hers', 'whereas', 'always', 'as']);

/**
 * "in 2024", "since 2001", "the 2020 election", "its 1998 results", "the year 2004": a bare year
 * has a year word, determiner or possessive before it, or an event noun or a result's noun
 * (date-half-results.txt: "good 1986 results") after it. A round number
 * with a lower-case plural after it is a count ("up to 2000 soldiers", "the 1500 homes"): news
 * writes a count of 1,986 with its comma, so "in 1986 earnings", "the 2002 and 2004 finals",
 * "from 1985 levels" are years. A unit of measure after it makes a measure ("the 1520 sq m
 * site", "to 1440 yen").
 */
export function isBareYear(text: string, start: number, end: number): boolean {
  const lex = dateLexicon();
  const digits = text.slice(start, end);
  if (!YEAR_DIGITS.test(digits)) return false;
  // A side of a dimension is no year ("resolutions of 2048 * 1080", "in 1920x1080"), nor the first
  // end of a range of counts ("1500 to 2000 people").
  if (dimensionSide(text, start, end) || firstOfCountRange(text, start, end)) return false;
  const before = wordBefore(text, start);
  const after = wordAfter(text, end);
  // ("expects good 1986 results", "sees 1987 earnings at 1.25 dlrs": a result's year; a round
  // number before one is a count, "2000 sales staff", "1500 losses".)
  const round = Number(digits) % 100 === 0;
  // (Only a year of the 1900s or 2000s: "1650 sales", "near 2050 levels" are counts and points.)
  const modern = Number(digits) >= 1900 && Number(digits) < 2050;
  // ("1987 quarterly comparisons", "its 1986 annual report": so does a period's adjective before
  // a report's noun; "1987 daily visitors", "2000 daily flights" count.)
  const nounAfter = lex.yearNouns.has(after?.toLowerCase() ?? '') || (!round && modern && (lex.resultNouns.has(after?.toLowerCase() ?? '') || periodReport(text, end, after)));
  // "the year 2004 shows": the year's own noun in apposition decides, whatever follows.
  if (before?.toLowerCase() === 'year') return true;
  const possessive = POSSESSIVE_BEFORE.test(text.slice(Math.max(0, start - 6), start));
  // A list of years after a cue is cued too: "in 1994, 1995 and 1997".
  const cueBefore = possessive || (before !== null && lex.yearCues.has(before)) || (!round && modern && adjectiveAfterDeterminer(text, start, before, after)) || YEAR_END_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || yearList().test(text.slice(Math.max(0, start - 80), start));
  if (!nounAfter && !cueBefore) return modern && (yearByShape(text, start, end, before, after, round) || subjectYear(text, start, end, after, round) || comparedYear(text, start, end, before, after, round) || leftYear(text, start, end, before, round));
  if (!nounAfter && round && after !== null && pluralWord(after) && !timeThenClause(text, start, end, before, after) && !secondOfYears(text, start)) return false;
  // ("In 2021 GB News launched": a spaced capital code is a name's start, the year stays.)
  const unit = nounAfter ? null : numberLexicon().UNIT_AFTER.exec(text.slice(end, end + 24));
  return !(unit && !(/^\s/.test(unit[0]) && /^\p{Lu}{2,}$/u.test(unit[1] ?? '')));
}

/** A clause's end right after a number: a stop, a comma, a bracket or a dash. */
const CLAUSE_END_AFTER = /^(?:\s{0,2}[.,;:!?)]|\s{1,2}[-–—]\s|\s*$)/u;

/**
 * "a rise of 3,400 over 1985", "96 pct up on 1985", "compared with 1986", "higher than 1986",
 * "past 1989": after a preposition of comparison or extent (date-year-compare-cues.txt), a modern
 * year that nothing counted or measured follows ("over 1500 soldiers", "with 1987 votes" are
 * counts). Not a round number ("rose to over 2000.", "went past 1900" count as often), nor a
 * comma's thousands.
 */
function comparedYear(text: string, start: number, end: number, before: string | null, after: string | null, round: boolean): boolean {
  if (round || before === null || !dateLexicon().yearCompareCues.has(before.toLowerCase()) || !/\s$/u.test(text.slice(Math.max(0, start - 1), start))) return false;
  if (countedAfterWord(text, end) || numberLexicon().UNIT_AFTER.test(text.slice(end, end + 24))) return false;
  // ("More than 1980 were arrested": a bound's "than" counts.)
  if (before.toLowerCase() === 'than' && BOUND_THAN_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return false;
  // Its clause ends after it, a list of years goes on, or a result's or year's noun follows
  // ("compared with 1986,", "over 1987, 1988 and 1989", "over 1985 levels"); not a time or a place
  // of a count ("compared with 1970 in the previous storm", "including 1950 in Texas").
  const lex = dateLexicon();
  const w = after?.toLowerCase() ?? '';
  const ends = CLAUSE_END_AFTER.test(text.slice(end, end + 4)) || YEAR_LIST_AFTER.test(text.slice(end, end + 16)) || JOINED_CLAUSE_AFTER.test(text.slice(end, end + 16));
  // (A result's noun may come after an adjective: "compared with 1986 record results".)
  const second = SECOND_WORD_AFTER.exec(text.slice(end, end + 40))?.[1]?.toLowerCase() ?? '';
  if (!ends && !lex.resultNouns.has(w) && !lex.yearNouns.has(w) && !lex.resultNouns.has(second) && !(lex.functionWords.has(w) && !COUNT_PLACE_AFTER.has(w))) return false;
  // The nearest figure before the preposition in its clause, counting a plural and of the same
  // size, compares counts: "1,993 members versus 2001", "2,500 people, compared with 1970"; not
  // "95,000 cars …, up 2.6% on 2003", "1987 earnings … flat compared with 1986".
  const lead = text.slice(Math.max(0, start - 80), start);
  const clause = lead.slice(Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('; '), lead.lastIndexOf('? '), lead.lastIndexOf('! ')) + 1);
  let last: RegExpExecArray | null = null;
  for (const m of clause.matchAll(FIGURE_AND_WORD)) last = m;
  if (last !== null) {
    const value = Number(last[1]!.replace(/,/g, ''));
    const year = /^(?:19|20)\d\d$/u.test(last[1]!);
    const size = Number(text.slice(start, end));
    // (Money or a measure is no count of things: "up to 700 dlrs on 1986 and 1987 models".)
    const unit = numberLexicon().UNIT_AFTER.test(` ${last[2]!}`);
    if (!year && !unit && pluralWord(last[2]!.toLowerCase()) && value >= size / 3 && value <= size * 3) return false;
  }
  return true;
}

/** "more", "fewer" or "less" before "than": a bound. */
const BOUND_THAN_BEFORE = /(?<![\p{L}])(?:more|fewer|less)\s{1,2}than\s{1,2}$/iu;
/** The second word after a position: group 1. */
const SECOND_WORD_AFTER = /^\s{1,2}\p{L}{1,20}\s{1,2}(\p{L}{1,20})/u;
/** A conjunction and a lower-case word after a year: another clause ("compared with 2019 and hold"). */
const JOINED_CLAUSE_AFTER = /^\s{1,2}(?:and|but|while)\s{1,2}\p{Ll}/u;
/** A list's next year after a year: ", 1988", " and 1989". */
const YEAR_LIST_AFTER = /^(?:,\s{1,2}|\s{1,2}(?:and|or|to)\s{1,2})(?:1[5-9]|2[01])\d\d(?!\d|,\d)/u;
/** A figure and the word after it: "2,500 people", "1,993 members". Groups 1, 2 = the figure, the word. */
const FIGURE_AND_WORD = /(?<![\d,.])(\d[\d,]*(?:\.\d+)?)%?\s{1,2}(\p{Ll}{2,20})/gu;
/** Function words after a year that make it a count's: a time or a place of the count ("compared with 1970 in the previous storm", "beyond 1950 a season ago", "over 1965 during the protests"), a plural's verb ("over 1965 were"). */
const COUNT_PLACE_AFTER = new Set(['in', 'on', 'at', 'during', 'a', 'an', 'ago', 'were', 'are', 'have', 'from', 'across', 'inside', 'outside']);

/** Up to two words before an adjective right before a position: "a very" before "strong 1986" (group 1 may be absent). */
const THREE_WORDS_BEFORE = /(?:(?<![\p{L}'’-])(\p{L}{1,20})\s{1,3})?(?<![\p{L}'’-])(\p{L}{1,20})\s{1,3}\p{L}{1,20}\s{1,3}$/u;
/** Words of an approximate count before a number: "about 1950 attended" counts. */
const COUNT_HEDGES = new Set(['about', 'around', 'nearly', 'almost', 'some', 'approximately', 'roughly', 'only', 'just', 'another', 'all']);
/** A letter, or a hyphen and a letter, glued after the digits: "1080p", "the 1150-megawatt plant". */
const GLUED_AFTER = /^(?:\p{L}|[-‑]\p{L})/u;
/** Columns apart: three spaces or a tab between two words. */
const TABLE_GAP = /\S(?:\s{3,}|\t)\S/u;
/** Whether a determiner or an adverb stands before the adjective right before `start`: "a fairly low 1950", "the high 1985" (not "the notes mature 2031"). */
export function levelPhraseBefore(text: string, start: number): boolean {
  const words = THREE_WORDS_BEFORE.exec(text.slice(Math.max(0, start - 64), start));
  const w = words?.[2]?.toLowerCase();
  if (w === undefined) return false;
  return dateLexicon().determiners.has(w) || w === 'a' || w === 'an' || lexiconTags(w).includes('Adverb') || /^\p{Ll}{3,}ly$/u.test(w);
}
/** A rate's "a" or "an" right after the digits: "2040 an ounce" (not "1987 per share loss"). */
export const RATE_AFTER = /^\s{1,2}an?\s{1,2}\p{L}/u;
/** A code in capitals right after the digits: a zone's ("2000 EST") or a name's. */
const CODE_AFTER = /^\s{1,3}\p{Lu}{2,4}(?![\p{L}])/u;
/** The rest of a list of four-digit figures after one: ", 1996 or 2000", " and 2001". */
const LIST_OF_FIGURES = /^(?:,\s{1,2}\d{4}(?!\d|,\d))*(?:,?\s{1,2}(?:or|and|to|-)\s{1,2}\d{4}(?!\d|,\d))/u;
/** Digit runs of a line, a figure's separators inside. */
const LINE_NUMBERS = /\d[\d.,]*/gu;

/**
 * A modern year no cue introduces and nothing else takes: four digits, not round, with nothing
 * counted or measured after them, no clock's word, no name or label right before ("Windows 2005",
 * "flight 1953") and no count's hedge ("about 1950 attended"), outside a table of values (a line
 * whose figures are not all years): "restate 2002 and 2003 results", "China had a deficit every
 * year except 1972", "it matures 2018", "said 2004 had been a great year". A number news writes
 * with no thousands' comma is a year; the numbers read it so and leave it, so the dates take it.
 */
function leftYear(text: string, start: number, end: number, before: string | null, round: boolean): boolean {
  if (round || GLUED_AFTER.test(text.slice(end, end + 2)) || countedAfterWord(text, end) || numberLexicon().UNIT_AFTER.test(text.slice(end, end + 24)) || CLOCK_AFTER.test(text.slice(end, end + 24)) || CODE_AFTER.test(text.slice(end, end + 8))) return false;
  // A sentence's opening figure is subjectYear's to read ("1950 attended" counts); after "at" a
  // clock's time or an address's number.
  if (before === 'at' || (start <= 4 ? TEXT_OPENING.test(text.slice(0, start)) : SENTENCE_OPENING.test(text.slice(Math.max(0, start - 6), start)))) return false;
  // The first of a list of figures whose last counts a noun: "makes 1995, 1996 or 2000 units".
  const list = LIST_OF_FIGURES.exec(text.slice(end, end + 80));
  if (list !== null && countedAfterWord(text, end + list[0].length)) return false;
  const lex = dateLexicon();
  if (before !== null && lex.labelNouns.has(before.toLowerCase())) return false;
  // (A preposition of comparison is comparedYear's to read, but for "on", a day's preposition too:
  // "On 2016 10 16"; and an adjective's level is no year:
  // "a fairly low 1950 on Friday"; nor is a price, "2040 an ounce".)
  if (before !== null && ((lex.yearCompareCues.has(before.toLowerCase()) && before.toLowerCase() !== 'on') || (onlyAdjective(lexiconTags(before.toLowerCase())) && levelPhraseBefore(text, start)))) return false;
  if (RATE_AFTER.test(text.slice(end, end + 12))) return false;
  // (After a count's hedge only where its clause ends: "optimistic about 2005, projecting …", "by
  // about 1991."; "about 1950 attended" counts.)
  if (before !== null && COUNT_HEDGES.has(before.toLowerCase())) return CLAUSE_END_AFTER.test(text.slice(end, end + 4));
  if (NAME_BEFORE.test(text.slice(Math.max(0, start - 24), start)) && !(before !== null && (lex.functionWords.has(before.toLowerCase()) || onlyAdjective(lexiconTags(before.toLowerCase()))))) return false;
  if (/[-‑–\d\p{L}]$/u.test(text.slice(Math.max(0, start - 1), start))) return false;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, Math.min(lineEnd < 0 ? text.length : lineEnd, lineStart + 400));
  // (A table's row, columns apart, whose figures are not all years holds values: "2050B  2040  DEC7".)
  if (!TABLE_GAP.test(line)) return true;
  for (const m of line.matchAll(LINE_NUMBERS)) if (!/^(?:19\d\d|20[0-4]\d)[.,]?$/u.test(m[0])) return false;
  return true;
}

/** A word and the word before it, right before a position: "the new" before "1987 tax laws". */
const TWO_WORDS_BEFORE = /(?<![\p{L}'’-])(\p{L}{1,20})\s{1,3}\p{L}{1,20}\s{1,3}$/u;

/**
 * An adjective, and a determiner before it, right before the number: "the new 1987 tax laws", "a
 * new 1990 model", "its troubled 1985 accounts". (For a number no round count is: news writes a
 * count of 1,987 with its comma.) Not before a plural after "a" or "an" ("a mere 2011 votes"), nor
 * after an adjective that goes with counts (number-modifiers.txt: "the remaining 1913 tickets").
 */
function adjectiveAfterDeterminer(text: string, start: number, before: string | null, after: string | null): boolean {
  if (before === null || !onlyAdjective(lexiconTags(before))) return false;
  const words = THREE_WORDS_BEFORE.exec(text.slice(Math.max(0, start - 64), start));
  // (An adverb may stand between: "a very strong 1986", "a particularly successful 1986".)
  const adverb = words?.[2] !== undefined && words[1] !== undefined && (lexiconTags(words[2].toLowerCase()).includes('Adverb') || /^\p{Ll}{3,}ly$/u.test(words[2])) && !dateLexicon().determiners.has(words[2].toLowerCase());
  const det = (adverb ? words![1] : words?.[2] ?? TWO_WORDS_BEFORE.exec(text.slice(Math.max(0, start - 48), start))?.[1])?.toLowerCase();
  if (det === undefined) return false;
  const article = det === 'a' || det === 'an';
  if (!article && !dateLexicon().determiners.has(det)) return false;
  if (after !== null && pluralWord(after) && (article || numberLexicon().modifiers.has(before))) return false;
  // (After an adverb, only where the clause ends or a result's noun follows: "a very strong 1986,";
  // not a level, "a very firm 2040 an ounce", "a fairly low 1950 on Friday".)
  return !adverb || CLAUSE_END_AFTER.test(text.slice(start + 4, start + 8)) || dateLexicon().resultNouns.has(after?.toLowerCase() ?? '');
}

/** A year's possessive right after it: "1985's profit", "on 2003's figures". */
const POSSESSIVE_AFTER = /^['’]s(?![\p{L}])/u;
/** "year" after it as a word of its own: "1986 YEAR", "at 1986 year end" (not "year-old", "years"). */
const YEAR_WORD_AFTER = /^\s{1,2}year(?![\p{L}-])/iu;
/** Nouns of a span right before a year, no "of" between: "nine mths 1987", "the six months 1986", "the corresponding period 1986". */
const SPAN_BEFORE = new Set(['months', 'mths', 'month', 'weeks', 'qtr', 'qtrs', 'quarters', 'period']);
/** A count of months, weeks or quarters right after a year: "1986 nine mths", "1987 three months". */
const SPAN_AFTER = /^\s{1,3}(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s{1,3}(?:mths|months|month|wks|weeks|qtrs|quarters)(?![\p{L}])/iu;
/** Verbs of a period's bounds right before a year: "ended 1986 with", "entered 2005 on course", "expect to enter 1988 in". */
const BOUND_VERBS = new Set(['end', 'ended', 'ends', 'enter', 'entered', 'enters', 'begin', 'began', 'begins', 'start', 'started', 'starts']);

/**
 * A modern year that no cue introduces, read by its shape: a possessive after it ("1985's
 * profit"), brackets around it alone ("The Crucible (1997)"); and, for a number no round count is, a
 * count of months after it ("1986 nine mths"), "year" after it ("1986 YEAR"), a span's noun or a
 * verb of a period's bounds before it ("nine mths 1987", "ended 1986 with"), or a line in capitals,
 * where case says nothing of a noun after it ("GERMAN 1987 TRADE SURPLUS"; not "1987 JOBS").
 */
function yearByShape(text: string, start: number, end: number, before: string | null, after: string | null, round: boolean): boolean {
  const lex = dateLexicon();
  // A label's number is none ("Room 1986's windows", "flight 1953").
  if (before !== null && lex.labelNouns.has(before)) return false;
  // (A capitalised function word opens a sentence, no name: "On 2003's figures".)
  // (Nor does an adjective that opens it: "Final 1986 crop payments".)
  const named = NAME_BEFORE.test(text.slice(Math.max(0, start - 24), start)) && !(before !== null && (lex.functionWords.has(before) || onlyAdjective(lexiconTags(before))));
  if (POSSESSIVE_AFTER.test(text.slice(end, end + 3))) return !named;
  // "The Crucible (1997)": a year alone in brackets after a title or a name, nothing counted after.
  if (text[start - 1] === '(' && text[end] === ')') return titleBeforeBracket(text, start - 1) && !numberLexicon().UNIT_AFTER.test(text.slice(end + 1, end + 24));
  if (round) return false;
  // "1986 nine mths includes": a count of the year's months after it.
  if (SPAN_AFTER.test(text.slice(end, end + 24))) return true;
  // Nothing after it that a count or a measure takes: a plural, a unit, a scale ("1986 mln dlrs"),
  // a comparative or an adjective of people with no noun after it ("1987 higher than", "1986 dead").
  if (countedAfterWord(text, end)) return false;
  if (YEAR_WORD_AFTER.test(text.slice(end, end + 8))) return true;
  if (before !== null && SPAN_BEFORE.has(before)) return true;
  if (before !== null && BOUND_VERBS.has(before)) return BOUND_AFTER.test(text.slice(end, end + 8));
  // A line in capitals: case says nothing of the word after, so any but a function word, a past
  // verb or a clock's time ("GERMAN 1988 TAX CUTS", "HAS MIXED 1986"; not "ARREST 1987 IN RAID",
  // "1953 HURT", "AT 1942 LOCAL TIME").
  if (capitalsLine(text, start)) return after === null || LINE_END_AFTER.test(text.slice(end, end + 4)) || capitalsYear(text, end, after.toLowerCase());
  // (After "at" it is a clock's time or an address's number as often: "at 1930 sharp", "at 1953
  // North Main St".)
  if (after === null || before === 'at') return false;
  return !named && singularAfter(text, end, after);
}

/** The line's end right after a number: a headline that ends with its year ("HAS MIXED 1986"). */
const LINE_END_AFTER = /^[ \t]{0,2}\n/u;
/** The word after a number in a line of capitals (`w`, in lower case) leaves it a year. */
function capitalsYear(text: string, end: number, w: string): boolean {
  if (dateLexicon().functionWords.has(w) || CLOCK_AFTER.test(text.slice(end, end + 24))) return false;
  return !/ed$/.test(w) && !lexiconTags(w).includes('PastTense');
}

/** What follows a year that a period's bound ends with: "ended 1986 with", "entered 2005 on course", "began 1987 at 1,895", "ended 1986." */
const BOUND_AFTER = /^(?:\s{1,3}(?:with|on|as|in|at)(?![\p{L}])|[.,;])/iu;
/**
 * Whether a title or a name stands before the bracket at `at`: a capitalised word that is no code
 * in capitals ("The Crucible (1997)"; not "(NRCN 1022)"), a closing quote, or a noun ("the play
 * (1953)"; not "was strong (1950)"). The word is read back by hand, a pattern anchored at the end
 * would scan every position.
 */
function titleBeforeBracket(text: string, at: number): boolean {
  let j = at;
  while (j > 0 && j > at - 2 && text[j - 1] === ' ') j--;
  if (j === at) return false;
  if (/["”’]/u.test(text[j - 1] ?? '')) return true;
  let i = j;
  while (i > 0 && j - i < 21 && /[\p{L}'’.-]/u.test(text[i - 1]!)) i--;
  const word = text.slice(i, j);
  if (word === '') return false;
  if (/^\p{Lu}/u.test(word)) return !/\p{Lu}\p{Lu}$/u.test(word);
  const tags = lexiconTags(word.toLowerCase());
  return tags.some((t) => t === 'Singular' || t === 'Noun') && !tags.some((t) => t === 'Adjective' || VERB_TAGS.has(t));
}

/**
 * Whether what follows `at` is counted or measured, so that a number before it is no year: a
 * plural ("workers"), a people's plural in no -s ("staff"), a unit or a scale ("tonnes", "mln"),
 * a comparative or an adjective of people with no noun after it ("1987 higher than", "1986 dead
 * and"), or an
 * adjective and then a plural or a unit ("free meals", "armed men"; not a result's noun, "crude
 * imports").
 */
function countedAfterWord(text: string, at: number): boolean {
  const m = /^\s{1,3}([\p{L}'’-]{1,20})(?:\s{1,3}([\p{L}'’-]{1,20}))?/u.exec(text.slice(at, at + 48));
  if (m === null) return false;
  const nlex = numberLexicon();
  const counted = (w: string) => pluralWord(w) || nlex.scales.has(w);
  const w = m[1]!.toLowerCase();
  const next = m[2]?.toLowerCase();
  // (An adjective of people counts them when no noun follows it: "1986 dead and 40 injured"; not
  // "1987 foreign borrowing".)
  const alone = next === undefined || dateLexicon().functionWords.has(next);
  if (counted(w) || (nlex.modifiers.has(w) && alone) || nlex.UNIT_AFTER.test(text.slice(at, at + 24))) return true;
  const tags = lexiconTags(w);
  if (tags.includes('Comparative') && alone) return true;
  // (After an adjective only, and not before a result's noun: "1987 free meals", "1953 armed men";
  // "the classic 1982 film returns", "1986 crude imports" are the year's.)
  if (next === undefined || !tags.includes('Adjective') || dateLexicon().resultNouns.has(next)) return false;
  return counted(next) || nlex.UNIT_AFTER.test(text.slice(at + m[0].length - m[2]!.length - 1, at + m[0].length + 16));
}

/** A clock's time after a four-digit number: "1930 local time", "1400 GMT", "0700 hrs". */
const CLOCK_AFTER = /^\s{1,3}(?:\p{L}{1,12}\s{1,3}time(?![\p{L}])|(?:hrs|hours|gmt|utc|local)(?![\p{L}]))/iu;
/** A capitalised word right before: a name the number belongs to ("Euro 2004 tournament", "Act 2000"). */
const NAME_BEFORE = /\p{Lu}[\p{L}.-]{0,20}\s{1,2}$/u;

/**
 * "an improved 1987 export outlook", "a record 1986 low", "the classic 1982 film", "estimated 1986
 * production": a word in lower case after the number that a count above one does not take, a
 * singular noun or an adjective (not a function word, a verb, an adverb, or a clock's "local
 * time"), makes it the year.
 */
function singularAfter(text: string, end: number, w: string): boolean {
  if (!/^\p{Ll}/u.test(w) || CLOCK_AFTER.test(text.slice(end, end + 24))) return false;
  if (dateLexicon().functionWords.has(w)) return false;
  const tags = lexiconTags(w);
  // (A word the dictionary does not know is a noun as often as not, "production", "wheat"; not one
  // in -ed, a verb's past: "1950 attended".)
  if (tags.length === 0) return /^\p{Ll}{3,}$/u.test(w) && !/ed$/.test(w) && !numberLexicon().verbs.has(w);
  return tags.some((t) => NOUN_OR_ADJECTIVE.has(t)) && !tags.some((t) => t === 'Plural' || t === 'Adverb' || VERB_TAGS.has(t));
}
const NOUN_OR_ADJECTIVE = new Set(['Noun', 'Singular', 'Uncountable', 'Adjective', 'Duration', 'Superlative']);

/** Whether the line holding `at` is written in capitals: letters, none of them lower case. */
function capitalsLine(text: string, at: number): boolean {
  // (Looked for no further than a headline runs: a long line is no headline.)
  const back = text.slice(Math.max(0, at - HEADLINE_MAX), at).lastIndexOf('\n');
  if (back < 0 && at > HEADLINE_MAX) return false;
  const from = back < 0 ? 0 : Math.max(0, at - HEADLINE_MAX) + back + 1;
  const ahead = text.slice(at, at + HEADLINE_MAX).indexOf('\n');
  if (ahead < 0 && at + HEADLINE_MAX < text.length) return false;
  const line = text.slice(from, ahead < 0 ? text.length : at + ahead);
  return line.length <= HEADLINE_MAX && !/\p{Ll}/u.test(line) && /\p{Lu}{3}/u.test(line);
}
const HEADLINE_MAX = 200;

/** A period's adjective and a report's noun after the number: "1986 annual report", "1987 quarterly comparisons". */
function periodReport(text: string, end: number, after: string | null): boolean {
  const lex = dateLexicon();
  if (after === null || !lex.periodAdjectives.has(after.toLowerCase())) return false;
  const noun = /^\s{1,3}\S{1,20}\s{1,3}(\p{L}{1,20})(?![\p{L}])/u.exec(text.slice(end, end + 48))?.[1];
  return noun !== undefined && lex.reportNouns.has(noun.toLowerCase());
}

/** Prepositions of time that open a clause's time: "In 2000 people voted", "Since 2000 children have". */
const TIME_PREPOSITIONS = new Set(['in', 'since', 'until', 'till', 'by', 'before', 'after', 'during']);
/** Tags of a finite verb (a plural subject takes the base form: "children have"): the plural after a year is the subject of the clause after it. */
const FINITE_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Copula', 'Modal', 'Auxiliary']);

/**
 * "In 2000 people voted", "Since 2000 children have been taught": a modern round year after a
 * preposition of time, then a plural and a finite verb, is the clause's time and the plural its
 * subject ("in 2000 homes the water is off", "up to 2000 people were moved" count).
 */
function timeThenClause(text: string, start: number, end: number, before: string | null, after: string): boolean {
  const year = Number(text.slice(start, end));
  if (year < 1900 || year > 2099 || before === null || !TIME_PREPOSITIONS.has(before)) return false;
  const verb = /^\s{1,3}\S{1,30}\s{1,3}(\p{Ll}{1,20})(?![\p{L}])/u.exec(text.slice(end, end + 60))?.[1];
  return verb !== undefined && lexiconTags(verb).some((t) => FINITE_TAGS.has(t)) && !pluralWord(verb);
}

/** "from 1950 to ", "between 1995 and ": a range's first end, a year that is no round count. */
const YEARS_FIRST_END = /(?:from|between)\s{1,3}(1[5-9]\d\d|20\d\d)\s{0,3}(?:to|and|-|\u2013)\s{0,3}$/iu;

/** Whether the number at `start` closes a range of years: "from 1950 to 2000 men", "between 1995 and 2000 farmers". */
function secondOfYears(text: string, start: number): boolean {
  const m = YEARS_FIRST_END.exec(text.slice(Math.max(0, start - 24), start));
  return m !== null && Number(m[1]) % 100 !== 0;
}

/** A lower-case plural: "homes", or one of the plurals in no -s ("people", "men"; number-plural-nouns.txt). */
export function pluralWord(w: string): boolean {
  return (PLURAL_SHAPE.test(w) && !SINGULAR_SHAPE.test(w) && !PLURAL_LOOKALIKES.has(w)) || numberLexicon().irregularPlurals.has(w);
}

/**
 * Whether the number ending at `end` counts the plural or measures in the unit right after it.
 * Round numbers ("2000 people") and those no modern year can be ("1650 tonnes", "3000 workers")
 * count a plural; "1985 levels", "1982 dollars" are years.
 */
export function countsAfter(text: string, end: number, value: number): boolean {
  if (value % 100 !== 0 && value >= 1900 && value < 2200) return false;
  return countedOrMeasured(text, end);
}

/** The other end of a range right after a number: " to 2000", "-3000", " and 2,500". Group 1: its digits. */
const RANGE_NEXT = /^\s{0,3}(?:[-–]|to|and)\s{0,3}(\d[\d,]{0,9})(?![\d.]|,\d)/u;

/**
 * Whether the number ending at `end` opens a range whose other end counts something: "1500 to
 * 2000 people", "between 2000 and 3000 workers", "1500-2000 tonnes"; not "from 1985 to 1990
 * levels", two years.
 */
export function firstOfCountRange(text: string, start: number, end: number): boolean {
  const m = RANGE_NEXT.exec(text.slice(end, end + 24));
  if (!m) return false;
  const end2 = end + m[0].length;
  const value = Number(m[1]!.replace(/,/g, ''));
  // The other end is larger, by less than tenfold ("in 2004 to 789m euros", "in 2003 and 21%" are
  // a year and another figure), and no year itself.
  const first = Number(text.slice(start, end));
  if (value <= first || value >= first * 10) return false;
  // After a year's cue, a first end that is no round number is a year ("from 1950 to 2000 men").
  const cue = wordBefore(text, start);
  if (cue !== null && dateLexicon().yearCues.has(cue) && first % 100 !== 0 && YEAR_DIGITS.test(text.slice(start, end))) return false;
  if (priceAfter(text, end2)) return true;
  if (!m[1]!.includes(',') && isBareYear(text, end2 - m[1]!.length, end2)) return false;
  return countsAfter(text, end2, value);
}

/** "a", "an" or "per" and a word: the unit a price is quoted per ("stg a tonne", "dlrs per ounce"). */
const PER_AFTER = /^\s{1,3}(?:a|an|per)\s{1,3}\p{L}/u;

/**
 * Whether a unit and the unit it is quoted per follow `end`: a price ("traded 1985-1990 stg a
 * tonne"), which no year is ("in 1982 dollars" is a year's money).
 */
export function priceAfter(text: string, end: number): boolean {
  const unit = numberLexicon().UNIT_AFTER.exec(text.slice(end, end + 24));
  return unit !== null && PER_AFTER.test(text.slice(end + unit[0].length, end + unit[0].length + 12));
}

/** A plural or a unit right after a number that is no year: "3000 workers", "2000 tonnes". */
function countedOrMeasured(text: string, end: number): boolean {
  const after = wordAfter(text, end);
  return (after !== null && pluralWord(after)) || numberLexicon().UNIT_AFTER.test(text.slice(end, end + 24));
}

/**
 * Where a sentence opens: after its end mark, a blank line or an indented line (a wire paragraph),
 * or an opening quote ("she said: \u201c2005 offers"). A lone line break is a wrapped line, no opening.
 */
const SENTENCE_OPENING = /(?:[.!?]["'\u201d\u2019)]?\s{1,4}|\n[ \t]*\n[ \t]*|\n[ \t]{2,}|[\s(:]["\u201c\u2018]\s?)$/u;
/** A verb of saying, "that" or "but" right before: the clause after it opens ("said 1986 was"). */
const CLAUSE_OPENING = /(?<![\p{L}])(?:said|says|say|believes|thinks|that|but)\s{1,3}$/iu;
/** The text's own start, or an opening quote at it. */
const TEXT_OPENING = /^\s{0,3}["\u201c\u2018]?\s?$/u;
/** Forms of "be" and "have" that agree with one thing: "2004 was", "2006 is", "1987 has". */
const SINGULAR_VERBS = new Set(['is', 'was', 'has']);
/** Tags of a word that is itself a verb: after an -s word it makes that word a plural noun ("1999 votes were cast"). */
const VERB_TAGS = new Set(['Copula', 'Modal', 'Auxiliary', 'PastTense', 'PresentTense', 'Verb', 'Participle']);
/** The two words after the verb that follows a year: "2004 will be", "2005 offers the". Groups: the two words. */
const TWO_WORDS = /^\s{1,3}\p{L}{1,20}\s{1,3}(\p{L}{1,20})(?:\s{1,3}(\p{L}{1,20}))?/u;

/**
 * "2004 was a bad year", "2005 offers the chance", "1987 will be another difficult year": news
 * spells out a number that opens a sentence, except a year (AP style), so four digits of a modern
 * year opening a sentence are a year before a verb that agrees with one thing alone: "is", "was",
 * "has", an -s verb before no other verb ("1999 votes were cast" is a count), or, for a year not
 * round, a modal before "be" or "see" ("2000 will be evacuated" may count). A past tense shows no
 * agreement ("1950 attended"), so it decides nothing.
 */
function subjectYear(text: string, start: number, end: number, after: string | null, round: boolean): boolean {
  if (after === null || !/^\p{Ll}/u.test(after)) return false;
  // (A clause opens after a verb of saying or "but" too: "CRA said 1986 was a poor year", "but
  // 2005 is the first year".)
  const opens = start <= 4 ? TEXT_OPENING.test(text.slice(0, start)) : SENTENCE_OPENING.test(text.slice(start - 6, start)) || CLAUSE_OPENING.test(text.slice(Math.max(0, start - 12), start));
  if (!opens) return false;
  if (SINGULAR_VERBS.has(after)) return true;
  const tags = lexiconTags(after);
  const [, next, then] = TWO_WORDS.exec(text.slice(end, end + 50)) ?? [];
  if (tags.includes('Modal')) return !round && [next, then].some((w) => w === 'be' || w === 'see');
  if (!tags.includes('PresentTense') || !/[^s]s$/u.test(after)) return false;
  return next === undefined || !lexiconTags(next.toLowerCase()).some((t) => VERB_TAGS.has(t));
}

/** Whether the number at text[start, end) is a side of a dimension: "2048 * 1080", "1600x1200", "3 × 4". */
export function dimensionSide(text: string, start: number, end: number): boolean {
  return DIMENSION_AFTER.test(text.slice(end, end + 4)) || DIMENSION_BEFORE.test(text.slice(Math.max(0, start - 4), start));
}

let yearListCompiled: RegExp | null = null;
/** A cue, then up to eight years each with its comma, right before: "in 1994, ", "since 1990, 1992, ". */
function yearList(): RegExp {
  return (yearListCompiled ??= new RegExp(`(?<![\\p{L}])(?:${alternation([...dateLexicon().yearCues, ...dateLexicon().yearCompareCues])})\\s{1,2}(?:(?:1[5-9]|2[01])\\d\\d,\\s{1,2}){1,8}$`, 'iu'));
}
