/** numbers: placeholder until its extractor is written. */
import type { Extractor } from './extractor.js';
import type { NumberFact } from '../types.js';

export const numbersExtractor: Extractor<NumberFact> = {
  kind: 'numbers',
  extract: () => [],
};
