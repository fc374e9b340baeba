/** Sieve 1, said-next: "“…?” Ruiz said." / "“….” ¶ Ruiz said." (a short sentence right after that only says who spoke). */
import { subjectBefore } from '../names.js';
import { type Pending, type Ctx, lastInSentence, verbAt } from './context.js';

/** said-next: the next sentence's speech verb within this many tokens of its start, this many words after it. */
const MAX_NEXT_SUBJECT = 8;

const MAX_NEXT_TAIL = 6;

const MAX_NEXT_SENTENCE = 20;

const SENTENCE_END = new Set(['.', '!', '?']);

/** A quote whose text ends a sentence ("….”, "…?”"), closing mark included. */
const SENTENCE_FINAL = /[.!?…][’'"”»]?\s{0,2}["”»]$/u;

/**
 * Rule said-next: a quote that ends its own sentence, followed by a short sentence that only says
 * who spoke ("“…?” ¶ Ruiz said." / "“….” Ruiz said on Friday."). The next sentence may open the
 * next paragraph when the quote ends its own. Its subject comes first, its speech verb within a few
 * words, and at most a few words follow the verb ("in a statement", "Friday"), with no "that" and no
 * new clause ("Ruiz said he …" starts a new statement).
 */
export function fromNextSentence(c: Ctx, tq: number, hi: number): Pending | null {
  const { tokens } = c;
  const q = tokens[tq]!;
  if (!SENTENCE_FINAL.test(c.text.slice(q.start, q.end))) return null;
  const n = hi + 1;
  const first = tokens[n];
  if (!first || first.kind !== 'word') return null;
  if (first.paragraph !== q.paragraph && (first.paragraph !== q.paragraph + 1 || c.paragraphStart[first.paragraph] !== n)) return null;
  const e = lastInSentence(tokens, n, first.paragraph, first.sentence, MAX_NEXT_SENTENCE);
  const after = tokens[e + 1];
  if (after && after.paragraph === first.paragraph && after.sentence === first.sentence) return null;
  if (!SENTENCE_END.has(tokens[e]!.text)) return null;
  for (let k = n; k <= e && k - n <= MAX_NEXT_SUBJECT; k++) {
    const len = verbAt(c, k);
    if (!len) continue;
    const subject = subjectBefore(c, k, n);
    if (!subject || subject.kind === 'unnamed') return null;
    const tail = tokens.slice(k + len, e).filter((t) => t.kind === 'word');
    if (tail.length > MAX_NEXT_TAIL || tail.some((t) => t.lower === 'that' || c.words.pronouns.has(t.lower))) return null;
    return { rule: 'quote/said-next', subject };
  }
  return null;
}
