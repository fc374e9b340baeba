/**
 * The only place order lives: the Doc reads the document's layout (src/layout); without a
 * reference date, the dateline's date becomes one; every extractor runs on the Doc; then the
 * refiners run in turn over all the facts.
 */
import type { RunContext } from './context.js';
import { Doc } from './document.js';
import type { Extractor } from './extractors/extractor.js';
import { datesExtractor } from './extractors/dates.js';
import { numbersExtractor } from './extractors/numbers.js';
import { placesExtractor } from './extractors/places.js';
import { quotesExtractor } from './extractors/quotes.js';
import { dateSentences } from './refiners/date-sentences.js';
import { numberSources } from './refiners/number-sources.js';
import { numbersInDates } from './refiners/numbers-in-dates.js';
import { orderAndDedupe } from './refiners/order-and-dedupe.js';
import type { Refiner } from './refiners/refiner.js';
import { sourceOffsets } from './refiners/source-offsets.js';
import type { FactsByKind } from './types.js';

export const EXTRACTORS: readonly Extractor[] = [numbersExtractor, datesExtractor, placesExtractor, quotesExtractor];

/** The last, sourceOffsets, moves every fact from the layout's view to the text as given. */
export const REFINERS: readonly Refiner[] = [numbersInDates, orderAndDedupe, numberSources, dateSentences, sourceOffsets];

/**
 * The date of the document's dateline ("WASHINGTON 1996-08-30", "LONDON, March 3, 2021 (Reuters) -",
 * a date line under the headline), when it names a whole day: read by the dates extractor, with no
 * reference date, on the dateline's date alone.
 */
export function datelineDate(doc: Doc, ctx: RunContext): string | null {
  const span = doc.layout.dateline?.date;
  if (!span) return null;
  const facts = datesExtractor.extract(new Doc(span.text), { ...ctx, referenceDate: null, trace: () => {} });
  const day = facts.find((f) => f.value !== null && /^\d{4}-\d{2}-\d{2}$/.test(f.value));
  return day?.value ?? null;
}

/** The facts of `doc`, and the reference date they were read against (ctx's, else the dateline's). */
export function runPipeline(doc: Doc, given: RunContext): { facts: FactsByKind; referenceDate: string | null } {
  let ctx = given;
  if (ctx.referenceDate === null) {
    const fromDateline = datelineDate(doc, ctx);
    if (fromDateline) {
      ctx.trace(`reference date ${fromDateline} from the dateline "${doc.layout.dateline!.text}"`);
      ctx = { ...ctx, referenceDate: fromDateline };
    }
  }
  let facts: FactsByKind = { numbers: [], dates: [], places: [], quotes: [] };
  // Numbers need the dates to drop digits inside them, and the quotes for the source a quote's
  // speaker gives a figure, so both run whenever numbers are asked for: --only never changes what
  // the kinds asked for contain.
  const needed = new Set(ctx.only);
  if (needed.has('numbers')) {
    needed.add('dates');
    needed.add('quotes');
  }
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
  return { facts, referenceDate: ctx.referenceDate };
}
