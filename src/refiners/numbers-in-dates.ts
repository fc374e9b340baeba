/**
 * Digits that belong to a date are not numbers: "Oct. 30", "February 2022", "October 27 or 28".
 * Drops every number whose span overlaps a date's span.
 */
import type { Refiner } from './refiner.js';

export const numbersInDates: Refiner = {
  name: 'numbers-in-dates',
  refine(facts, _doc, ctx) {
    if (facts.dates.length === 0 || facts.numbers.length === 0) return facts;
    const numbers = facts.numbers.filter((n) => {
      const date = facts.dates.find((d) => d.start < n.end && n.start < d.end);
      if (date) ctx.trace(`numbers-in-dates: dropped number "${n.text}"@${n.start} inside date "${date.text}"@${date.start}`);
      return !date;
    });
    return { ...facts, numbers };
  },
};
