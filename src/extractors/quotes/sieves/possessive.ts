/** Sieve 1, possessive: "Ruiz’s claim that … “…”" (a noun for something said after a possessive name). */
import { subjectAfter } from '../names.js';
import { isCapitalised, isPossessive } from '../tokens.js';
import { type Pending, MAX_PAREN_TOKENS, type Ctx, verbAt } from './context.js';

/** possessive: the speech noun at most this many tokens before the quote. */
const MAX_POSSESSIVE_GAP = 12;

const CONTENT_LINKS = new Set(['that', 'about', 'of', ':']);

/**
 * Rule possessive: "Ruiz’s claim that the plan was “dead”", "the minister’s remarks about “…”": a
 * possessive before a noun for something said, a few tokens before the quote in its sentence, with
 * no speech verb between them. A possessive that names nobody ("the minister’s") gives speaker null.
 */
export function fromPossessive(c: Ctx, lo: number, tq: number): Pending | null {
  const { tokens } = c;
  for (let k = tq - 1; k > lo && tq - k <= MAX_POSSESSIVE_GAP; k--) {
    if (tokens[k]!.kind === 'quote') return null;
    const noun = c.words.speechNouns.has(tokens[k]!.lower) && isPossessive(tokens[k - 1]!);
    if (!noun && verbAt(c, k)) return null;
    if (!noun) continue;
    // The quote must be what was said ("claim that …“…”", "remarks about “…”"), not a verdict on it ("claim was “absurd”").
    if (k + 1 !== tq && !CONTENT_LINKS.has(tokens[k + 1]!.lower)) return null;
    const owner = tokens[k - 1]!;
    if (!isCapitalised(owner)) return { rule: 'quote/possessive', subject: { kind: 'unnamed' } };
    let first = k - 1;
    while (first - 1 >= lo && k - first < MAX_PAREN_TOKENS && isCapitalised(tokens[first - 1]!) && !isPossessive(tokens[first - 1]!)) first--;
    const s = subjectAfter(c, first, k - 1);
    return s?.kind === 'name' ? { rule: 'quote/possessive', subject: s } : null;
  }
  return null;
}
