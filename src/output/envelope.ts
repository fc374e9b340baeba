/** The top-level object of JSON and YAML output. */
import type { FailedInput, Summary } from '../summary/summary.js';
import { FACT_KINDS, type DocResult, type FactKind } from '../types.js';

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

/**
 * A document as it is written: with `only`, the kinds not asked for are left out (an empty list
 * would read as "none found"). Without `only`, the document itself.
 */
export function asWritten(result: DocResult, only: readonly FactKind[] | null | undefined): DocResult | Omit<DocResult, FactKind> {
  if (!only || only.length === FACT_KINDS.length) return result;
  const out: Record<string, unknown> = { ...result };
  for (const k of FACT_KINDS) if (!only.includes(k)) delete out[k];
  return out as Omit<DocResult, FactKind>;
}
