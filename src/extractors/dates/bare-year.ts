/**
 * Whether four bare digits are a year: the dates' year rule and the numbers' check read the same
 * decision, so a number is never both a year and a count, nor lost to both.
 */
import { dateLexicon } from './lexicon.js';
import { wordAfter, wordBefore } from './text.js';
import { numberLexicon } from '../numbers/lexicon.js';

/** A possessive right before: "the company's 1998 results". */
export const POSSESSIVE_BEFORE = /[\p{L}\d]['’]s?\s{1,2}$/u;
/** A lower-case word of three letters or more ending in "s": a plural, unless one of the lookalikes below. */
const PLURAL_SHAPE = /^\p{Ll}{3,}s$/u;
/** Words in -s that are no plural: singulars in -ss/-us/-is/-ous, adverbs in -wards ("from 2000 onwards", "in 2005 towards"). */
const SINGULAR_SHAPE = /(?:ss|us|is|ous|wards)$/;
/** The years a bare number can be: 1500 to 2199. */
const YEAR_DIGITS = /^(?:1[5-9]|2[01])\d\d$/;
/** A year, then "and" or "or", right before: "2002 and ". */
const YEAR_JOINED_BEFORE = /(?<![\d,.])(?:1[5-9]|2[01])\d\d\s{1,2}(?:and|or)\s{1,2}$/u;
const PLURAL_LOOKALIKES = new Set(['does', 'goes', 'says', 'sees', 'this', 'thus', 'unless', 'was', 'has', 'its', 'hers', 'whereas', 'always', 'as']);

/**
 * "in 2024", "since 2001", "the 2020 election", "its 1998 results", "the year 2004": a bare year
 * has a year word, determiner or possessive before it, or an event noun after it. Not "in 1500
 * homes" or "the 2000 troops" (a lower-case plural after: a count, unless a determiner comes
 * before a number that is not round: "the 2003 talks"), nor "the 1520 sq m site" (a measure).
 */
export function isBareYear(text: string, start: number, end: number): boolean {
  const lex = dateLexicon();
  const digits = text.slice(start, end);
  if (!YEAR_DIGITS.test(digits)) return false;
  const before = wordBefore(text, start);
  const after = wordAfter(text, end);
  const afterLower = after?.toLowerCase() ?? '';
  const nounAfter = lex.yearNouns.has(afterLower);
  // "the year 2004 shows": the year's own noun in apposition decides, whatever follows; so does a
  // year joined to it after a determiner ("the 2002 and 2004 finals", "its 2003 or 2004 results";
  // not a range of counts, "between 1500 and 2000 workers").
  if (before?.toLowerCase() === 'year' || joinedToYear(text, start, lex.determiners)) return true;
  const possessive = POSSESSIVE_BEFORE.test(text.slice(Math.max(0, start - 6), start));
  const cueBefore = possessive || (before !== null && lex.yearCues.has(before));
  if (!nounAfter && !cueBefore) return false;
  // A determiner before a year that is not round keeps it ("the 2003 talks": news writes a count
  // of 2,003 with its comma); else a lower-case plural after makes it a count ("restored to 1850 homes").
  const determiner = Number(digits) % 100 !== 0 && before !== null && lex.determiners.has(before.toLowerCase());
  if (!nounAfter && !determiner && after !== null && PLURAL_SHAPE.test(after) && !SINGULAR_SHAPE.test(after) && !PLURAL_LOOKALIKES.has(after)) return false;
  // "a 1520 sq m clinic", "2000 mg": a unit of measure right after makes it a measure.
  // ("In 2021 GB News launched": a spaced capital code is a name's start, the year stays.)
  const unit = nounAfter ? null : numberLexicon().UNIT_AFTER.exec(text.slice(end, end + 24));
  return !(unit && !(/^\s/.test(unit[0]) && /^\p{Lu}{2,}$/u.test(unit[1] ?? '')));
}

/** A year joined by "and"/"or" right before, itself after a determiner or a possessive ("the 2002 and "). */
function joinedToYear(text: string, start: number, determiners: ReadonlySet<string>): boolean {
  const from = Math.max(0, start - 12);
  const m = YEAR_JOINED_BEFORE.exec(text.slice(from, start));
  if (!m) return false;
  const first = from + m.index;
  const word = wordBefore(text, first);
  return (word !== null && determiners.has(word.toLowerCase())) || POSSESSIVE_BEFORE.test(text.slice(Math.max(0, first - 6), first));
}
