/** What a run gives every extractor besides the Doc. */
import type { DateStyle, FactKind } from './types.js';

export interface RunContext {
  /** YYYY-MM-DD, or null: relative dates then stay unresolved. */
  referenceDate: string | null;
  /** The kinds asked for. */
  only: ReadonlySet<FactKind>;
  /** Which time expressions count as dates (see ExtractOptions.dateStyle). */
  dateStyle: DateStyle;
  /** Debug trace: refiners and rules say here what they dropped or merged, and why. */
  trace: (message: string) => void;
  /** When set, receives the milliseconds each pipeline stage took (see ExtractHooks.time). */
  time?: (stage: string, ms: number) => void;
}
