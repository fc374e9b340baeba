/** The refiners on hand-made facts: what numbers-in-dates drops, compared with the plain n × d definition. */
import { describe, expect, it } from 'vitest';
import type { RunContext } from '../src/context.js';
import { Doc } from '../src/document.js';
import { numbersInDates } from '../src/refiners/numbers-in-dates.js';
import type { DateFact, FactsByKind, NumberFact } from '../src/types.js';
import { rng } from './helpers.js';

const ctx: RunContext = { referenceDate: null, only: new Set(['numbers', 'dates', 'places', 'quotes']), dateStyle: 'news', trace: () => {} };
const num = (start: number, end: number) => ({ text: 'x'.repeat(end - start), start, end, rule: 't', value: 1, unit: null, approximate: false, bound: null, ordinal: false }) as NumberFact;
const date = (start: number, end: number) => ({ text: 'x'.repeat(end - start), start, end, rule: 't', value: null }) as unknown as DateFact;
const facts = (numbers: NumberFact[], dates: DateFact[]) => ({ numbers, dates, places: [], quotes: [] }) as FactsByKind;

describe('numbers-in-dates', () => {
  const doc = new Doc('x'.repeat(400));

  it('drops a number only where it overlaps a date (edges touching do not)', () => {
    const out = numbersInDates.refine(facts([num(0, 4), num(5, 8), num(10, 12), num(20, 30)], [date(4, 10), date(25, 26)]), doc, ctx);
    expect(out.numbers.map((n) => n.start)).toEqual([0, 10]);
  });

  it('a long number before a short one: the date after the short one does not touch it', () => {
    const out = numbersInDates.refine(facts([num(0, 20), num(5, 8)], [date(10, 12)]), doc, ctx);
    expect(out.numbers.map((n) => [n.start, n.end])).toEqual([[5, 8]]);
  });

  it('agrees with the n × d definition on random spans, in any input order', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const r = rng(seed);
      const span = () => {
        const s = Math.floor(r() * 300);
        return [s, s + 1 + Math.floor(r() * 25)] as const;
      };
      const numbers = Array.from({ length: Math.floor(r() * 30) }, () => num(...span()));
      const dates = Array.from({ length: 1 + Math.floor(r() * 10) }, () => date(...span()));
      const want = numbers.filter((n) => !dates.some((d) => d.start < n.end && n.start < d.end));
      expect(numbersInDates.refine(facts(numbers, dates), doc, ctx).numbers, `seed ${seed}`).toEqual(want);
    }
  });
});
