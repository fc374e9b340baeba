/**
 * quotes: quoted speech and who said it.
 *
 * Finds every span between quotation marks (curly “…”, straight "…" read as opening or closing by
 * their neighbours, «…»; pairs are data in quote-marks.tsv) paragraph by paragraph; the text
 * excludes the marks but keeps the punctuation inside them. A quote that runs on over several paragraphs gives one fact per
 * paragraph segment; an unclosed mark ends at its paragraph.
 *
 * Leaves out: empty quotes; single-quoted text outside headlines (’ is also the apostrophe; nested
 * ‘…’ stays inside its outer quote); quoted names of things (channels, shows, books, operations: see
 * works.ts); scare quotes and terms nobody in the sentence is credited with (see terms.ts).
 *
 * Rule order: spans (quotes/spans.ts) -> drop work titles (quotes/works.ts) -> speaker sieves
 * (quotes/attribute.ts) -> drop terms (quotes/terms.ts). Speakers resolve to the fullest name the
 * document gives (quotes/names.ts) and carry an identity (quotes/identity.ts) and the offsets of
 * the mention that decided them.
 */
import type { Extractor } from './extractor.js';
import type { QuoteFact } from '../types.js';
import { attributeQuotes } from './quotes/attribute.js';
import { findQuoteSpans, isNickname } from './quotes/spans.js';
import { quoteTokens, tokenize } from './quotes/tokens.js';
import { isWorkTitle } from './quotes/works.js';
import { findTerms } from './quotes/terms.js';
import { speakerId, withoutHonorifics } from './quotes/identity.js';
import type { Speaker } from '../types.js';
import { quoteWords } from './quotes/words.js';

export const quotesExtractor: Extractor<QuoteFact> = {
  kind: 'quotes',
  extract(doc, ctx) {
    const words = quoteWords();
    const all = findQuoteSpans(doc, words.marks);
    // No quotation at all (most paragraphs of most documents): nothing to attribute, no tokens needed.
    if (all.length === 0) return [];
    for (const q of all) {
      if (!isNickname(doc.text, q)) continue;
      q.silent = true;
      ctx.trace(`quote/nickname: "${doc.text.slice(q.start, q.end)}" is a nickname inside a name, not speech`);
    }
    const spans = all.filter((q) => {
      if (q.silent) return false;
      if (!isWorkTitle(doc.text, q, words)) return true;
      ctx.trace(`quote/work-title: "${doc.text.slice(q.start, q.end)}" names a work, not speech`);
      return false;
    });
    // Work titles stay masked in the token stream so no rule reads their words as a name.
    const tokens = tokenize(doc, all);
    const keptIndex = new Map(spans.map((q, i) => [q, i]));
    const keptTokens = tokens.map((t) => (t.kind === 'quote' ? { ...t, quote: keptIndex.get(all[t.quote!]!) } : t));
    const attributions = attributeQuotes(doc, spans, keptTokens, words);
    const quoteToken = quoteTokens(keptTokens);
    const texts = spans.map((q) => doc.text.slice(q.start, q.end));
    const credited = attributions.map((a) => a.rule !== 'quote/continuation' && a.rule !== 'quote/unattributed');
    const weak = attributions.map((a) => a.rule === 'quote/sentence-subject');
    const terms = findTerms(texts, keptTokens, quoteToken, credited, weak);
    const out: QuoteFact[] = [];
    spans.forEach((q, i) => {
      if (terms[i]!.term) {
        ctx.trace(`quote/term: "${texts[i]}" is a term, not speech (${terms[i]!.why})`);
        return;
      }
      out.push({ text: texts[i]!, start: q.start, end: q.end, rule: attributions[i]!.rule, speaker: finishSpeaker(attributions[i]!.speaker) });
    });
    return out;
  },
};

/**
 * A speaker as output: its name, its title without courtesy words ("Mr", "Dr": a title says what
 * a person does), its identity key, and the offsets of the mention that decided it.
 */
function finishSpeaker(sp: Speaker | null): Speaker | null {
  if (!sp) return null;
  const out: Speaker = { name: sp.name };
  const title = withoutHonorifics(sp.title);
  if (title) out.title = title;
  out.id = speakerId(sp.name);
  if (sp.start !== undefined && sp.end !== undefined) {
    out.start = sp.start;
    out.end = sp.end;
  }
  return out;
}
