/**
 * Each number that counts something gets the sentence it is in and the source that sentence
 * names for it ("South Korean intelligence places the number at 13,000" → source "South Korean
 * intelligence"), so a document's result carries what the summary's figures show and summaries
 * can be rebuilt from results alone (`extract merge`), and what the figure is about beyond its noun
 * (`event`: "injured" in "25 people were injured"), which the summary groups by.
 */
import { FigureContext, isMeasure } from '../summary/figures.js';
import type { Refiner } from './refiner.js';

export const numberSources: Refiner = {
  name: 'number-sources',
  refine(facts, doc) {
    if (!facts.numbers.some((n) => !n.ordinal)) return facts;
    const context = new FigureContext(doc, facts.quotes);
    const numbers = facts.numbers.map((n) => {
      if (n.ordinal) return n;
      const event = context.event(n, n.unit !== null && isMeasure(n.unit));
      // A count with no noun is a figure when its verb names an event of people ("58 killed").
      if (!n.unit && !event) return n;
      return { ...n, sentence: context.sentence(n.start, n.end).text, source: context.source(n.start, n.end), ...(event ? { event } : {}) };
    });
    return { ...facts, numbers };
  },
};
