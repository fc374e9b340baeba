/**
 * Linear-time trims at a string's edges. A regex such as /[\s\p{P}]+$/ retries from every position
 * of a long inner run (quadratic); these walk in from each end once.
 */
const SPACE_OR_PUNCT = /[\s\p{P}]/u;
const TRAILING_SEPARATOR = /[\s,;:!?]/;
const LOWER = /\p{Ll}/u;

/** Where `s` starts and ends once white space and punctuation at either end are left out. */
export function punctuationEdges(s: string): [start: number, end: number] {
  let a = 0;
  let b = s.length;
  while (a < b && SPACE_OR_PUNCT.test(s[a]!)) a++;
  while (b > a && SPACE_OR_PUNCT.test(s[b - 1]!)) b--;
  return [a, b];
}

/** `s` without white space and punctuation at either end. */
export function trimPunctuation(s: string): string {
  return s.slice(...punctuationEdges(s));
}

/**
 * A name without what a parser leaves at its edges ("Ada Ruiz," -> "Ada Ruiz"): punctuation and
 * white space before it; white space, commas, semicolons, colons, ! and ? after it; or else a
 * final period after two lower-case letters ("said Ada Ruiz." -> "Ada Ruiz", "Ruiz Jr." kept).
 */
export function trimName(s: string): string {
  let a = 0;
  const n = s.length;
  while (a < n && SPACE_OR_PUNCT.test(s[a]!)) a++;
  let b = n;
  while (b > a && TRAILING_SEPARATOR.test(s[b - 1]!)) b--;
  if (b === n && n - a >= 3 && s[n - 1] === '.' && LOWER.test(s[n - 2]!) && LOWER.test(s[n - 3]!)) b = n - 1;
  return s.slice(a, b);
}
