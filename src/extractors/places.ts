/** places: placeholder until its extractor is written. */
import type { Extractor } from './extractor.js';
import type { PlaceFact } from '../types.js';

export const placesExtractor: Extractor<PlaceFact> = {
  kind: 'places',
  extract: () => [],
};
