/** The top-level object of JSON and YAML output. */
import type { Summary } from '../summary/summary.js';
import type { DocResult } from '../types.js';

/** Names the output contract; bumped only when a field changes meaning. */
export const SCHEMA_NAME = 'extract/v1';

export interface Envelope {
  schema: typeof SCHEMA_NAME;
  documents: DocResult[];
  summary?: Summary;
}

export function envelope(documents: DocResult[], summary: Summary | null): Envelope {
  return summary ? { schema: SCHEMA_NAME, documents, summary } : { schema: SCHEMA_NAME, documents };
}
