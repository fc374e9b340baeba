/** The shape of a date rule and of what it finds. */
import type { DateMod, DateStyle } from '../../types.js';
import type { Anchor } from './resolve.js';

export interface Candidate {
  start: number;
  end: number;
  rule: string;
  resolve: (a: Anchor) => string | null;
  /** The part of the period meant ("the late 1990s" → END), as a TIMEX3 mod. */
  mod?: DateMod;
  /**
   * A period counted from the date the text gave last ("the following year": year, +1); `adjacent`:
   * from a date right after it first ("the day before last Tuesday"); `event`: an event follows
   * ("the day after the final"), so with no date right after it the value is unknown; `story`: the
   * period of a date its sentence or the one before names ("sales in the week ended March 19 … the
   * week's activity"), else the reference date's.
   */
  anaphor?: { unit: 'day' | 'week' | 'month' | 'quarter' | 'year' | 'period'; shift: number; part: string | null; adjacent?: boolean; event?: boolean; yearBack?: boolean; weekday?: number; story?: boolean };
  /** The time zone written with a clock time ("ET", "GMT+8"). */
  timezone?: string;
  /** A clock time with no day of its own in its span: a day found next to it by another rule takes it ("at noon on June four"). */
  dayless?: true;
}

export interface DateRule {
  name: string;
  /** Set when the rule runs only in one date style (`timeml`: vague "now", "recently"). */
  style?: DateStyle;
  find: (text: string) => Candidate[];
}
