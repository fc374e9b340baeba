/** The last sieve: single marks in a headline take the speaker of the first later quote with those words. */
import type { Doc } from '../../../document.js';
import type { QuoteSpan } from '../spans.js';
import type { Attribution } from './context.js';

/**
 * A headline's quote ("‘Hard choices’ ahead for council") is the words of whoever the story
 * credits with them: the speaker of the first later quote that holds the same words.
 */
export function headlineQuotes(doc: Doc, spans: readonly QuoteSpan[], result: (Attribution | null)[]): void {
  spans.forEach((span, q) => {
    if (doc.paragraphs[span.paragraph]?.role !== 'headline' || result[q]?.speaker) return;
    const words = normalizeWords(doc.text.slice(span.start, span.end));
    if (!words) return;
    for (let r = q + 1; r < spans.length; r++) {
      const got = result[r];
      if (got?.speaker && normalizeWords(doc.text.slice(spans[r]!.start, spans[r]!.end)).includes(words)) {
        result[q] = { rule: 'quote/headline', speaker: got.speaker };
        return;
      }
    }
  });

}

/** Lower-case words of `text` joined by single spaces, without punctuation, for comparing quoted words. */
function normalizeWords(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}
