/** dates: placeholder until its extractor is written. */
import type { Extractor } from './extractor.js';
import type { DateFact } from '../types.js';

export const datesExtractor: Extractor<DateFact> = {
  kind: 'dates',
  extract: () => [],
};
