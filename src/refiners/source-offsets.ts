/**
 * The last step: facts were found in the layout's view of the document (src/layout); their offsets
 * and text become offsets into, and the exact slice of, the text as given. A fact over a soft line
 * break keeps it in its text ("New\nYork"); a fact over `&amp;` spans the whole reference.
 */
import { FACT_KINDS, type Fact, type FactsByKind } from '../types.js';
import type { Refiner } from './refiner.js';

export const sourceOffsets: Refiner = {
  name: 'source-offsets',
  refine(facts, doc) {
    if (doc.source === doc.text) return facts;
    const offsets = doc.layout.offsets;
    const out = { ...facts } as Record<keyof FactsByKind, Fact[]>;
    for (const kind of FACT_KINDS) {
      out[kind] = facts[kind].map((f) => {
        const [start, end] = offsets.span(f.start, f.end);
        const out = { ...f, start, end, text: doc.source.slice(start, end) };
        // A quote's speaker mention is a span of the document too.
        const sp = (f as { speaker?: { start?: number; end?: number } | null }).speaker;
        if (sp && sp.start !== undefined && sp.end !== undefined) {
          const [s, e] = offsets.span(sp.start, sp.end);
          (out as { speaker?: unknown }).speaker = { ...sp, start: s, end: e };
        }
        return out;
      });
    }
    return out as unknown as FactsByKind;
  },
};
