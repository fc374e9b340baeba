/** The one interface every extractor implements (see STYLE.md). */
import type { RunContext } from '../context.js';
import type { Doc } from '../document.js';
import type { Fact, FactKind } from '../types.js';

export interface Extractor<F extends Fact = Fact> {
  kind: FactKind;
  /** Facts of this kind in `doc`, in text order. Never throws on text. */
  extract(doc: Doc, ctx: RunContext): F[];
}
