/**
 * The only place order lives: the Doc reads the document's layout (src/layout), every extractor
 * runs on the Doc, then the refiners run in turn over all the facts.
 */
import type { RunContext } from './context.js';
import type { Doc } from './document.js';
import type { Extractor } from './extractors/extractor.js';
import { datesExtractor } from './extractors/dates.js';
import { numbersExtractor } from './extractors/numbers.js';
import { placesExtractor } from './extractors/places.js';
import { quotesExtractor } from './extractors/quotes.js';
import { numberSources } from './refiners/number-sources.js';
import { numbersInDates } from './refiners/numbers-in-dates.js';
import { orderAndDedupe } from './refiners/order-and-dedupe.js';
import type { Refiner } from './refiners/refiner.js';
import { sourceOffsets } from './refiners/source-offsets.js';
import type { FactsByKind } from './types.js';

export const EXTRACTORS: readonly Extractor[] = [numbersExtractor, datesExtractor, placesExtractor, quotesExtractor];

/** The last, sourceOffsets, moves every fact from the layout's view to the text as given. */
export const REFINERS: readonly Refiner[] = [numbersInDates, orderAndDedupe, numberSources, sourceOffsets];

export function runPipeline(doc: Doc, ctx: RunContext): FactsByKind {
  let facts: FactsByKind = { numbers: [], dates: [], places: [], quotes: [] };
  // Numbers need the dates to drop digits inside them, so dates run whenever numbers are asked for.
  const needed = new Set(ctx.only);
  if (needed.has('numbers')) needed.add('dates');
  const time = ctx.time;
  for (const ex of EXTRACTORS) {
    if (!needed.has(ex.kind)) continue;
    const t0 = time ? performance.now() : 0;
    facts = { ...facts, [ex.kind]: ex.extract(doc, ctx) };
    if (time) time(ex.kind, performance.now() - t0);
  }
  const t0 = time ? performance.now() : 0;
  for (const r of REFINERS) facts = r.refine(facts, doc, ctx);
  if (time) time('refiners', performance.now() - t0);
  for (const kind of needed) if (!ctx.only.has(kind)) facts = { ...facts, [kind]: [] };
  return facts;
}
