/**
 * Every kind comes out in text order, and two facts of one kind never overlap: of overlapping
 * facts the longer one is kept (on a tie, the earlier one). One exception: the two ends of a vague
 * magnitude ("thousands of" is 1,000 to 10,000) are two numbers on one span, its `from` then its `to`.
 */
import { FACT_KINDS, type Fact, type FactsByKind } from '../types.js';
import type { Refiner } from './refiner.js';

export const orderAndDedupe: Refiner = {
  name: 'order-and-dedupe',
  refine(facts, _doc, ctx) {
    const out = { ...facts } as Record<keyof FactsByKind, Fact[]>;
    for (const kind of FACT_KINDS) {
      const sorted = [...facts[kind]].sort((a, b) => a.start - b.start || b.end - a.end);
      const kept: Fact[] = [];
      for (const f of sorted) {
        const last = kept[kept.length - 1];
        if (last && f.start < last.end && !sameSpanRange(last, f)) {
          const winner = f.end - f.start > last.end - last.start ? f : last;
          const loser = winner === f ? last : f;
          ctx.trace(`order-and-dedupe: dropped ${kind} "${loser.text}"@${loser.start} overlapping "${winner.text}"@${winner.start}`);
          kept[kept.length - 1] = winner;
          continue;
        }
        kept.push(f);
      }
      out[kind] = kept;
    }
    return out as unknown as FactsByKind;
  },
};

/** The `to` end of a range written on the same span as its `from` end (a vague magnitude). */
export function sameSpanRange(a: Fact, b: Fact): boolean {
  return a.start === b.start && a.end === b.end && 'range' in a && 'range' in b && a.range === 'from' && b.range === 'to';
}
