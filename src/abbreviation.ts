/** Periods that end a word, not a sentence: shared by sentence splitting (document.ts) and the layout step. */
import { readWordSet } from './lexicon.js';

const WORD_BEFORE_DOT = /([\p{L}.]{1,20})$/u;
const APOSTROPHES = new Set(["'", '\u2019']);
/** What follows a word's apostrophe in a possessive or a contraction: "'s", "n't", "'d", "'m", "'ll", "'re", "'ve". */
const CONTRACTION_TAIL = /^(?:s|t|d|m|ll|re|ve)$/iu;
const DOTTED_INITIALISM = /^(?:\p{L}\.){1,6}\p{L}?$/u;

/**
 * Whether a period right after `before` ends an abbreviation: a single initial ("J. Smith"), a
 * dotted initialism ("U.S.", "D.P.R.K."), or a word in abbreviations.txt ("Oct.", "Gen."); not
 * the tail of a word after an apostrophe ("Poor's.").
 */
export function isAbbreviation(before: string): boolean {
  const m = WORD_BEFORE_DOT.exec(before);
  if (!m) return false;
  const word = m[1]!;
  // A possessive's or a contraction's tail after a word's apostrophe ends a word, not an
  // abbreviation: "CD-ROM's.", "you don't.", "in the 30's." (the "s" or "t" alone would read as an
  // initial). Not an opening quote ("told the court: 'Mr. Smith lied"), nor an abbreviation written
  // with one ("Nat'l. Guard").
  if (m.index > 1 && APOSTROPHES.has(before[m.index - 1]!) && /[\p{L}\p{N}]/u.test(before[m.index - 2]!) && CONTRACTION_TAIL.test(word)) return false;
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  if (DOTTED_INITIALISM.test(word + '.')) return true;
  return readWordSet('abbreviations.txt').has(word.toLowerCase());
}
