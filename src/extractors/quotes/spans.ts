/**
 * Quote spans: where quotation marks open and close, paragraph by paragraph. A linear scan, no
 * regex: an opening mark starts a span, its pair's closing mark ends it; straight marks, whose
 * opener and closer are the same character, pair by alternation.
 */
import type { Doc } from '../../document.js';
import type { MarkPair } from './words.js';

/** A quoted span: the marks' offsets and the trimmed text between them. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset one past the closing mark, or the paragraph's end when the quote never closes there. */
  close: number;
  /** Trimmed content between the marks. */
  start: number;
  end: number;
  paragraph: number;
  /** False when the paragraph ended before a closing mark (a quote running on into the next paragraph). */
  closed: boolean;
}

const SPACE = /\s/;

/**
 * Every quoted span of `doc`, in text order. A span never crosses its paragraph's end, so a stray
 * mark costs one quote, never the document. A second opening mark while a curly quote is open
 * restarts the span there (the first was stray). Empty and whitespace-only spans are skipped.
 */
export function findQuoteSpans(doc: Doc, marks: readonly MarkPair[]): QuoteSpan[] {
  const closerOf = new Map(marks.map((m) => [m.open, m.close]));
  const text = doc.text;
  const out: QuoteSpan[] = [];
  doc.paragraphs.forEach((p, paragraph) => {
    let openAt = -1;
    let closer = '';
    const emit = (open: number, inner: number, innerEnd: number, close: number, closed: boolean) => {
      let s = inner;
      let e = innerEnd;
      while (s < e && SPACE.test(text[s]!)) s++;
      while (e > s && SPACE.test(text[e - 1]!)) e--;
      if (e > s) out.push({ open, close, start: s, end: e, paragraph, closed });
    };
    for (let i = p.start; i < p.end; i++) {
      const c = text[i]!;
      if (openAt < 0) {
        const cl = closerOf.get(c);
        if (cl !== undefined) {
          openAt = i;
          closer = cl;
        }
      } else if (c === closer) {
        emit(openAt, openAt + 1, i, i + 1, true);
        openAt = -1;
      } else if (closerOf.get(c) === closer && c !== closer) {
        openAt = i; // "“A … “B …”": the first opener was stray; B starts here.
      }
    }
    if (openAt >= 0) emit(openAt, openAt + 1, p.end, p.end, false);
  });
  return out;
}
