/** quotes: placeholder until its extractor is written. */
import type { Extractor } from './extractor.js';
import type { QuoteFact } from '../types.js';

export const quotesExtractor: Extractor<QuoteFact> = {
  kind: 'quotes',
  extract: () => [],
};
