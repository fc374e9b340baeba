/**
 * Each resolved date gets the sentence it is in, so the summary's timeline can say what happened
 * on a day ("2024-10-28: Ukraine's intelligence service said on Monday that …"), and summaries
 * rebuilt from results alone (`extract merge`) say the same.
 */
import { FigureContext } from '../summary/figures.js';
import type { Refiner } from './refiner.js';

export const dateSentences: Refiner = {
  name: 'date-sentences',
  refine(facts, doc) {
    if (!facts.dates.some((d) => d.value)) return facts;
    const context = new FigureContext(doc, []);
    const dates = facts.dates.map((d) => (d.value ? { ...d, sentence: context.sentence(d.start, d.end).text } : d));
    return { ...facts, dates };
  },
};
