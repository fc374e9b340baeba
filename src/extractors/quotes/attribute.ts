/**
 * Speaker sieves, from most to least certain (after CoreNLP's quote attribution). Each sieve
 * touches only quotes still without an attribution. This module holds their order; each sieve is
 * a module of sieves/ (said.ts, according-to.ts, possessive.ts, dash-credit.ts, next-sentence.ts,
 * transcript.ts, colon-source.ts, sentence-subject.ts, coreference.ts, headline.ts), and what they
 * share is in sieves/context.ts.
 *
 * 1. Same sentence: a speech verb whose subject names the speaker.
 *    - said-after:  "…,” Lena Ortiz said" / "…,” said Health Minister Lena Ortiz" / "…,” said retired
 *      steel worker Lena Ortiz" / "…,” Sam Hill scoffed" (a manner verb, quote-manner-verbs.tsv, only here
 *      and right before a quote)
 *    - said-later:  "…” over the budget, she added."  (verb later in the sentence after the quote)
 *    - said-before: "Ortiz replied, “…”", "the clip shows Ortiz saying, “…”"
 *    - verb-that:   "Ortiz said that the plan was “dead”", "Ortiz rejected it, saying it was “dead”"
 *    - according-to: "“…,” according to the mayor’s office"
 *    - possessive:  "Ruiz’s claim that … “…”" (a noun for something said after a possessive name)
 *    - dash-credit: "“…” ― Ida Moss" (reader comments, pull quotes)
 *    - said-next:   "“…?” Ruiz said." / "“….” ¶ Ruiz said." (a short sentence right after that only says who spoke)
 *    - transcript:  "“HOLLOWAY: …”", "MARSH: … “…”" (all-capitals speaker labels)
 *    - roundup:     "Jane Roe, The Daily Planet: “…”" (a person, an outlet or role, a colon)
 *    - org:         a "Newswire: …" line (an outlet's headline) speaks for the outlet.
 *    - sentence-subject: a partial quote with no speech verb takes its sentence's named subject
 *      ("Ruiz openly admires X as a “strong leader”", "Ruiz is blunt: “…”").
 *    Subjects are read past appositives, parentheticals and -ly adverbs ("Ida Moss, president of the
 *    union, which …, sharply said"), after "and" ("criticised the plan and said"), and from a
 *    document's owner ("the agency’s review says" -> the agency). A quote that opens its sentence
 *    tries the words after it first; a quote inside a sentence tries the subject before it first
 *    ("Ruiz told X that … “…,” a paper reported": Ruiz's words).
 * 2. pronoun ("he said"), description ("the mayor said", "the company said") and continuation (a
 *    quote nobody is credited with): the person or organisation named in the latest sentence before
 *    it that names one who fits: a speech verb's subject, an earlier quote's speaker, a person's name
 *    (for continuation only the one opening the sentence right before), an organisation's name (for
 *    "the agency" only). Fits: the pronoun's gender (courtesy titles, given names), a person for
 *    "he", "she" and titles, an organisation for "it" and organisation words. Sentences a
 *    same-gender pronoun carries on are skipped; continuation never crosses a sentence where someone
 *    unnamed speaks. An unclosed paragraph of a running quote takes the next segment's speaker.
 * 3. headline: single marks in a headline take the speaker of the first later quote with those words.
 * Whatever is left is quote/unattributed with speaker null.
 */
import type { Doc } from '../../document.js';
import { NameIndex, nameContext } from './names.js';
import type { QuoteSpan } from './spans.js';
import { quoteTokens, type Token } from './tokens.js';
import { type QuoteWords } from './words.js';
import { fromAccordingTo } from './sieves/according-to.js';
import { fromColonSource } from './sieves/colon-source.js';
import { type Attribution, type Pending, type Ctx, bounds, sentenceStart, named, describes } from './sieves/context.js';
import { coreference } from './sieves/coreference.js';
import { fromDashCredit } from './sieves/dash-credit.js';
import { headlineQuotes } from './sieves/headline.js';
import { fromNextSentence } from './sieves/next-sentence.js';
import { fromPossessive } from './sieves/possessive.js';
import { fromAfter, fromBefore } from './sieves/said.js';
import { fromSentenceSubject } from './sieves/sentence-subject.js';
import { fromTranscript } from './sieves/transcript.js';

export type { Attribution } from './sieves/context.js';

function firstAttribution(c: Ctx, tq: number): Pending | null {
  const label = fromTranscript(c, tq, true);
  if (label) return label;
  const { lo, hi } = bounds(c, tq);
  const opensSentence = !c.tokens.slice(lo, tq).some((t) => t.kind === 'word');
  const rules = opensSentence
    ? [() => fromAfter(c, tq, hi), () => fromAccordingTo(c, lo, tq, hi)]
    : [() => fromPossessive(c, lo, tq), () => fromBefore(c, tq, lo), () => fromAccordingTo(c, lo, tq, hi), () => fromAfter(c, tq, hi)];
  for (const r of rules) {
    const found = r();
    if (found) return found;
  }
  const endsSentence = !c.tokens.slice(tq + 1, hi + 1).some((t) => t.kind === 'word');
  // "… rolled out a new message: “It's about me.”": a quote after a colon that ends the sentence before.
  const before = c.tokens[lo - 1];
  if (opensSentence && before?.text === ':' && before.paragraph === c.tokens[tq]!.paragraph) {
    const prevLo = sentenceStart(c, lo - 1, 0);
    const introduced = fromSentenceSubject(c, prevLo, lo);
    if (introduced) return introduced;
  }
  return (
    fromDashCredit(c, tq) ??
    (opensSentence && endsSentence ? fromNextSentence(c, tq, hi) : null) ??
    fromTranscript(c, tq, false) ??
    fromColonSource(c, tq) ??
    (opensSentence ? null : fromSentenceSubject(c, lo, tq))
  );
}

/**
 * Attributes every quote span (work titles already removed) in `doc`, returning one
 * attribution per span.
 */
export function attributeQuotes(doc: Doc, spans: readonly QuoteSpan[], tokens: readonly Token[], words: QuoteWords): Attribution[] {
  const base = nameContext(doc, tokens, words);
  const quoteToken = quoteTokens(tokens);
  const paragraphStart: number[] = [];
  tokens.forEach((t, k) => {
    paragraphStart[t.paragraph] ??= k;
  });
  const c: Ctx = { ...base, doc, index: new NameIndex(base, doc), quoteToken, paragraphStart };

  // Sieve 1: the quote's own sentence.
  const pending = spans.map((_, q) => firstAttribution(c, quoteToken[q]!));
  const result: (Attribution | null)[] = pending.map((p, q) => {
    if (!p) return null;
    if (p.subject.kind === 'name') return { rule: p.rule, speaker: named(c, p.subject, spans[q]!.start) };
    if (p.subject.kind === 'unnamed' && !describes(c, p.subject.head)) return { rule: p.rule, speaker: null };
    return null;
  });

  const backfillRunningQuotes = () => {
    for (let q = spans.length - 2; q >= 0; q--) {
      const next = result[q + 1];
      if (!result[q] && !spans[q]!.closed && next?.speaker && spans[q + 1]!.paragraph === spans[q]!.paragraph + 1) {
        result[q] = { rule: 'quote/continuation', speaker: next.speaker };
      }
    }
  };
  backfillRunningQuotes();

  // Sieves 2 and 3: pronouns, descriptions and quotes credited to nobody (sieves/coreference.ts).
  coreference(c, spans, pending, result);
  backfillRunningQuotes();

  // A headline's quote takes the speaker of the first later quote with its words (sieves/headline.ts).
  headlineQuotes(doc, spans, result);

  return result.map((r) => r ?? { rule: 'quote/unattributed', speaker: null });
}
