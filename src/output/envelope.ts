/** The top-level object of JSON and YAML output. */
import type { FailedInput, Summary } from '../summary/summary.js';
import type { DocResult } from '../types.js';

/** Names the output contract; bumped only when a field changes meaning. */
export const SCHEMA_NAME = 'extract/v1';

export interface Envelope {
  schema: typeof SCHEMA_NAME;
  documents: DocResult[];
  /** The inputs that failed (a file that cannot be read, a bad JSON Lines record), when any. */
  failed?: FailedInput[];
  summary?: Summary;
}

export function envelope(documents: DocResult[], summary: Summary | null, failed: readonly FailedInput[] = []): Envelope {
  return { schema: SCHEMA_NAME, documents, ...(failed.length ? { failed: [...failed] } : {}), ...(summary ? { summary } : {}) };
}
