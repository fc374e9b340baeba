/**
 * Digits that belong to a date are not numbers: "Oct. 30", "February 2022", "October 27 or 28".
 * Drops every number whose span overlaps a date's span. O((n + d) log d), not n × d: a long
 * document has thousands of each. The dates are sorted by start, with the date reaching furthest
 * among each prefix; a number overlaps a date if the furthest-reaching date that starts before the
 * number's end reaches past the number's start.
 */
import { partitionPoint } from '../search.js';
import type { DateFact } from '../types.js';
import type { Refiner } from './refiner.js';

export const numbersInDates: Refiner = {
  name: 'numbers-in-dates',
  refine(facts, _doc, ctx) {
    if (facts.dates.length === 0 || facts.numbers.length === 0) return facts;
    const dates = [...facts.dates].sort((a, b) => a.start - b.start);
    const furthest: DateFact[] = [];
    for (const d of dates) furthest.push(furthest.length > 0 && furthest[furthest.length - 1]!.end >= d.end ? furthest[furthest.length - 1]! : d);
    const numbers = facts.numbers.filter((n) => {
      const k = partitionPoint(dates.length, (i) => dates[i]!.start >= n.end);
      const date = k > 0 && furthest[k - 1]!.end > n.start ? furthest[k - 1]! : null;
      if (date) ctx.trace(`numbers-in-dates: dropped number "${n.text}"@${n.start} inside date "${date.text}"@${date.start}`);
      return !date;
    });
    return numbers.length === facts.numbers.length ? facts : { ...facts, numbers };
  },
};
