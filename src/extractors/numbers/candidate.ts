/** A number found by a rule, before and while the resolver fills in its hedge, unit and range. */
export interface Candidate {
  start: number;
  end: number;
  value: number;
  ordinal: boolean;
  rule: string;
  /** The scale multiplier written with the number ("million"), if any. */
  scale: number | null;
  /** Where the text after the number (its unit or counted noun) begins. */
  tail: number;
  /** Where a currency sign before the number begins, else `start`. */
  head: number;
  /** Where the hedge before the number begins, else `head`. */
  lead: number;
  /** One side of a score ("2-1"): no unit, no range. */
  score?: boolean;
  unit: string | null;
  /** Where the unit came from: a currency/measure table, a hyphen compound, or the counted noun. */
  unitFrom: 'table' | 'compound' | 'noun' | null;
  /** The counted noun may be the last word of a name ("12 Maria Sharapova"; see CountedNoun.name): dropped once the guards have read it, where it is one. */
  nameNoun?: 'given' | 'maybe';
  /** The words qualifying a counted noun ("North Korean" in "10,000 North Korean troops"). */
  qualifier?: string;
  approximate: boolean;
  bound: 'min' | 'max' | null;
  hedge?: string;
  /** Where a hedge written right after the number ends ("300 or more protesters", "20-odd years"): its noun is read from there. */
  hedgeEnd?: number;
  range?: 'from' | 'to';
  /** A vague magnitude's upper end ("thousands" 1,000 to 10,000 → 10000); `value` is the lower. */
  upper?: number;
  /** A fraction ("two thirds", "1 over 3", "2 1/4"). */
  fraction?: boolean;
  /** The second figure of a quote's pair written with a slash ("145.60/70": 145.70): with the first, a range. */
  slashPair?: true;
  /** Which way the sentence says the figure moved ("rose 5%" up, "cut 200 jobs" down), else null. */
  change: 'up' | 'down' | null;
}

export function candidate(start: number, end: number, value: number, ordinal: boolean, rule: string, scale: number | null): Candidate {
  return { start, end, value, ordinal, rule, scale, tail: end, head: start, lead: start, unit: null, unitFrom: null, approximate: false, bound: null, change: null };
}

/**
 * `value` times a scale, without binary noise: 4.1 × 1e6 is 4100000, not 4099999.9999999995 (15
 * significant digits are all a double holds exactly).
 */
export function scaled(value: number, scale: number): number {
  return Number((value * scale).toPrecision(15));
}
