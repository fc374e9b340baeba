/**
 * Each number that counts something gets the sentence it is in and the source that sentence
 * names for it ("South Korean intelligence places the number at 13,000" → source "South Korean
 * intelligence"), so a document's result carries what the summary's figures show and summaries
 * can be rebuilt from results alone (`extract merge`).
 */
import { FigureContext } from '../summary/figures.js';
import type { Refiner } from './refiner.js';

export const numberSources: Refiner = {
  name: 'number-sources',
  refine(facts, doc) {
    if (!facts.numbers.some((n) => n.unit && !n.ordinal)) return facts;
    const context = new FigureContext(doc, facts.quotes);
    const numbers = facts.numbers.map((n) =>
      n.unit && !n.ordinal ? { ...n, sentence: context.sentence(n.start, n.end).text, source: context.source(n.start, n.end) } : n,
    );
    return { ...facts, numbers };
  },
};
