/** A refiner takes all facts of a document and returns new arrays (never mutating its input). */
import type { RunContext } from '../context.js';
import type { Doc } from '../document.js';
import type { FactsByKind } from '../types.js';

export interface Refiner {
  name: string;
  refine(facts: FactsByKind, doc: Doc, ctx: RunContext): FactsByKind;
}
