/**
 * The document as a flat token stream for the attribution rules: words, punctuation, and one
 * `quote` token standing for each quoted span (marks included), so no rule reads inside a quote.
 * Each token knows its paragraph and sentence.
 */
import { indexAt, type Doc } from '../../document.js';
import type { QuoteSpan } from './spans.js';

export interface Token {
  kind: 'word' | 'punct' | 'quote';
  start: number;
  end: number;
  text: string;
  lower: string;
  paragraph: number;
  /** Sentence index of the token's first character. */
  sentence: number;
  /** Sentence index of the token's last character (differs from `sentence` only for long quotes). */
  sentenceEnd: number;
  /** For a quote token: the index of its span. */
  quote?: number;
}

// A word: letters/digits joined by single apostrophes, periods or hyphens ("Secretary-General",
// "Chile’s", "U.S"); anything else that is not space is one punctuation token. Linear: the joiners
// are disjoint from the word characters.
const TOKEN = /[\p{L}\p{N}]+(?:[’'.\-][\p{L}\p{N}]+)*|\S/gu;
const WORDISH = /^[\p{L}\p{N}]/u;

/** Tokens of `doc` in text order, with each span in `quotes` (sorted) as one token. */
export function tokenize(doc: Doc, quotes: readonly QuoteSpan[]): Token[] {
  const out: Token[] = [];
  const text = doc.text;
  const sentenceOf = (o: number) => Math.max(0, indexAt(doc.sentences, o));
  let q = 0;
  doc.paragraphs.forEach((p, paragraph) => {
    let from = p.start;
    const words = (a: number, b: number) => {
      const chunk = text.slice(a, b);
      for (const m of chunk.matchAll(TOKEN)) {
        const start = a + m.index;
        const s = sentenceOf(start);
        out.push({
          kind: WORDISH.test(m[0]) ? 'word' : 'punct',
          start,
          end: start + m[0].length,
          text: m[0],
          lower: m[0].toLowerCase(),
          paragraph,
          sentence: s,
          sentenceEnd: s,
        });
      }
    };
    while (q < quotes.length && quotes[q]!.paragraph === paragraph) {
      const span = quotes[q]!;
      words(from, span.open);
      // A nickname inside a name ("Robert C. “Bobby” Scott") leaves no token: the name reads on across it.
      if (span.silent) {
        from = span.close;
        q++;
        continue;
      }
      out.push({
        kind: 'quote',
        start: span.open,
        end: span.close,
        text: text.slice(span.open, span.close),
        lower: '',
        paragraph,
        sentence: sentenceOf(span.open),
        sentenceEnd: sentenceOf(Math.max(span.open, span.close - 1)),
        quote: q,
      });
      from = span.close;
      q++;
    }
    words(from, p.end);
  });
  return out;
}

/** For each quote span's index, the index of its token in `tokens`. */
export function quoteTokens(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  tokens.forEach((t, k) => {
    if (t.kind === 'quote' && t.quote !== undefined) out[t.quote] = k;
  });
  return out;
}

/** Whether a word token starts with a capital letter. */
export function isCapitalised(t: Token): boolean {
  return t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}

const POSSESSIVE = /[’']s$/u;

/** Whether a word ends in a possessive ’s ("Chile’s"). */
export function isPossessive(t: Token): boolean {
  return t.kind === 'word' && POSSESSIVE.test(t.text);
}

/** A word without its possessive ending. */
export function stripPossessive(s: string): string {
  return s.replace(POSSESSIVE, '');
}
