/**
 * Sieve 1, same sentence, a speech verb whose subject names the speaker: said-after ("…,” Lena
 * Ortiz said", "…,” said Health Minister Lena Ortiz", a manner verb right after: "…,” Sam Hill
 * scoffed"), said-later ("…” over the budget, she added."), said-before ("Ortiz replied, “…”",
 * "the clip shows Ortiz saying, “…”") and verb-that ("Ortiz said that the plan was “dead”").
 */
import { notAName, subjectAfter, subjectBefore, type Subject } from '../names.js';
import { isCapitalised } from '../tokens.js';
import { type Pending, MAX_AFTER, type Ctx, verbAt, formAt, invertedSubject, sentenceStart, describes } from './context.js';
import { openingSubject } from './sentence-subject.js';

/** A manner verb after a quote credits it past at most this many words (its subject: "Sam Hill scoffed"). */
const MAX_MANNER_GAP = 4;

/** Length in tokens of the manner-of-speaking verb form ("scoffed", "shouted") at token `k`, or 0. */
function mannerAt(c: Ctx, k: number): number {
  return formAt(c, k, c.words.mannerHeads);
}

/**
 * The subject of the speech verb at `k`, or null. A present form ("reports", "calls") counts as a
 * verb only with a named or pronoun subject: "dismissed reports of …" has the noun "reports".
 */
function verbSubject(c: Ctx, k: number, len: number, lo: number): Subject | null {
  const inverted = invertedSubject(c, k, len);
  if (inverted) return inverted;
  // "Mayor Ann Lee criticised the plan and said, “…”": a second verb shares the sentence's subject.
  if (COORDINATORS.has(c.tokens[k - 1]?.lower ?? '') && k - 1 > lo) {
    const opening = openingSubject(c, sentenceStart(c, k, lo), k - 1);
    if (opening) return opening.subject;
  }
  const s = subjectBefore(c, k, lo);
  const form = c.tokens.slice(k, k + len).map((t) => t.lower).join(' ');
  return s?.kind === 'unnamed' && !describes(c, s.head) && c.words.presents.has(form) ? null : s;
}

/** Rule said-after / said-later: the first speech verb after the quote in its sentence. */
export function fromAfter(c: Ctx, tq: number, hi: number): Pending | null {
  const last = Math.min(hi, tq + MAX_AFTER);
  for (let k = tq + 1; k <= last; k++) {
    if (c.tokens[k]!.lower === 'according') return null;
    const wordsBetween = c.tokens.slice(tq + 1, k).filter((t) => t.kind === 'word').length;
    // A manner verb ("“Not again,” Sam Hill scoffed.") credits only a quote right beside it.
    const len = verbAt(c, k) || (wordsBetween <= MAX_MANNER_GAP ? mannerAt(c, k) : 0);
    if (!len) continue;
    const adjacent = c.tokens.slice(tq + 1, k).every((t) => t.kind === 'punct');
    const subject = verbSubject(c, k, len, tq + 1) ?? (adjacent ? subjectAfter(c, k + len, hi, true) : null);
    if (!subject) return null;
    const wordsBefore = c.tokens.slice(tq + 1, k).filter((t) => t.kind === 'word').length;
    return { rule: adjacent || wordsBefore <= 4 ? 'quote/said-after' : 'quote/said-later', subject };
  }
  return null;
}

/** Rule said-before / verb-that: the last speech verb before the quote in its sentence that has a subject. */
export function fromBefore(c: Ctx, tq: number, lo: number): Pending | null {
  for (let k = tq - 1; k >= lo; k--) {
    // "Ida Moss shouted, “Stop!”": a manner verb only right before the quote.
    const len = verbAt(c, k) || (c.tokens.slice(k + 1, tq).every((t) => t.kind === 'punct') ? mannerAt(c, k) : 0);
    const gerund = len ? 0 : gerundAt(c, k);
    if (!len && !gerund) continue;
    const subject = len ? verbSubject(c, k, len, lo) : participleSubject(c, k, lo);
    if (!subject) continue;
    const adjacent = c.tokens.slice(k + (len || gerund), tq).every((t) => t.kind === 'punct');
    return { rule: adjacent ? 'quote/said-before' : 'quote/verb-that', subject };
  }
  return null;
}

/** Prepositions that tie an -ing speech verb to the sentence's subject ("began by saying"). */
const PARTICIPLE_LINKS = new Set(['by', 'while', 'after', 'before', 'when']);

/** Conjunctions that join a second verb to the same subject. */
const COORDINATORS = new Set(['and', 'but']);

/** Length in tokens of the speech-verb -ing form ("saying", "pointing out") starting at token `k`, or 0. */
function gerundAt(c: Ctx, k: number): number {
  return formAt(c, k, c.words.gerundHeads);
}

/**
 * The speaker of a speech verb's -ing form: the name right before it ("footage of Ruiz saying
 * “…”"), or, after a comma, the subject that opens the sentence ("Ruiz rejected the plan, saying
 * “…”", "The council issued a statement saying …" reads its subject the same way).
 */
function participleSubject(c: Ctx, k: number, lo: number): Subject | null {
  const prev = c.tokens[k - 1];
  if (!prev || k - 1 < lo) return null;
  if (prev.kind === 'word' && isCapitalised(prev) && !notAName(prev)) {
    const s = subjectBefore(c, k, lo);
    return s?.kind === 'name' ? s : null;
  }
  // Only after a comma, a noun for what was issued or said ("issued a statement saying"), or "by",
  // "while", "after", "before" ("began by saying").
  if (prev.text !== ',' && !c.words.speechNouns.has(prev.lower) && !PARTICIPLE_LINKS.has(prev.lower)) return null;
  const start = sentenceStart(c, k, lo);
  const opening = openingSubject(c, start, k);
  if (opening) return opening.subject;
  // "The party issued a statement saying …": a one-word definite description opening the sentence.
  const [the, head, verb] = [c.tokens[start], c.tokens[start + 1], c.tokens[start + 2]];
  if (the?.lower === 'the' && head?.kind === 'word' && !isCapitalised(head) && verb?.kind === 'word' && !isCapitalised(verb) && start + 2 < k) return { kind: 'unnamed', head: head.lower };
  return null;
}
