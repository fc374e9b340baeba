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
  // A document read back by `extract merge` keeps out what its run's --only left out.
  const kept = only ?? FACT_KINDS.filter((k) => !(result as { [LEFT_OUT]?: readonly FactKind[] })[LEFT_OUT]?.includes(k));
  if (kept.length === FACT_KINDS.length) return result;
  const out: Record<string, unknown> = { ...result };
  for (const k of FACT_KINDS) if (!kept.includes(k)) delete out[k];
  return out as Omit<DocResult, FactKind>;
}

/** On a document read back by `extract merge`: the kinds its run's --only left out (filled in empty for the summary). */
export const LEFT_OUT = Symbol('leftOut');

/** A document read back, with the kinds --only left out as empty lists (it found none of them for the summary), marked {@link LEFT_OUT}. */
export function withAllKinds(d: DocResult): DocResult {
  const missing = FACT_KINDS.filter((k) => d[k] === undefined);
  if (!missing.length) return d;
  const filled = { ...d, ...Object.fromEntries(missing.map((k) => [k, []])) } as DocResult;
  Object.defineProperty(filled, LEFT_OUT, { value: missing, enumerable: false });
  return filled;
}
