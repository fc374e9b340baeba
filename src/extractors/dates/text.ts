/** Small text helpers shared by the date rules: the word before or after a position. */

/** The word right before a position (at most 20 letters back, one to three spaces). */
const WORD_BEFORE = /(\p{L}{1,20})-?\s{0,3}$/u;
/** The word right after a position. */
const WORD_AFTER = /^\s{1,3}(\p{L}{1,20})/u;

/** The lower-cased word right before `at`, or null. */
export const wordBefore = (text: string, at: number): string | null =>
  WORD_BEFORE.exec(text.slice(Math.max(0, at - 25), at))?.[1]?.toLowerCase() ?? null;

/** The word right after `at` as written, or null. */
export const wordAfter = (text: string, at: number): string | null => WORD_AFTER.exec(text.slice(at, at + 25))?.[1] ?? null;

/** A resolver that ignores the anchor. */
export const fixed = (value: string | null) => (): string | null => value;
