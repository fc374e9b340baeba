/** What a run gives every extractor besides the Doc. */
import type { FactKind } from './types.js';

export interface RunContext {
  /** YYYY-MM-DD, or null: relative dates then stay unresolved. */
  referenceDate: string | null;
  /** The kinds asked for. */
  only: ReadonlySet<FactKind>;
  /** Debug trace: refiners and rules say here what they dropped or merged, and why. */
  trace: (message: string) => void;
}
