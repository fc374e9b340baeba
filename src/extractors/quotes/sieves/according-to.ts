/** Sieve 1, according-to: "“…,” according to the mayor’s office". */
import { subjectAfter } from '../names.js';
import type { Pending, Ctx } from './context.js';

/** Rule according-to: "according to X" in the quote's sentence, after it or before it. */
export function fromAccordingTo(c: Ctx, lo: number, tq: number, hi: number): Pending | null {
  for (let k = lo; k < hi; k++) {
    if (k === tq || c.tokens[k]!.lower !== 'according' || c.tokens[k + 1]?.lower !== 'to') continue;
    const end = k < tq ? tq - 1 : hi;
    const subject = subjectAfter(c, k + 2, end, true);
    if (subject) return { rule: 'quote/according-to', subject };
  }
  return null;
}
