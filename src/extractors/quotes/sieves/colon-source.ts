/**
 * Sieve 1, roundup and org: "Jane Roe, The Daily Planet: “…”" (a person, an outlet or role, a colon);
 * a "Newswire: …" line (an outlet's headline) speaks for the outlet.
 */
import { subjectAfter } from '../names.js';
import { isCapitalised } from '../tokens.js';
import { type Pending, MAX_COLON_NAME, type Ctx } from './context.js';

const BULLETS = new Set(['-', '•', '*', '–', '—']);

/** A paragraph of at most this many tokens can be a headline line. */
const MAX_HEADLINE_TOKENS = 40;

/**
 * Rule org: a headline line (a list item or a short paragraph) that opens with a short capitalised
 * source and a colon ("- Newswire: Ports shut as strike enters a “second week”"). A section label
 * ("Analysis: Why the vote matters") or a word the document also writes in lower case names nobody.
 */
export function fromColonSource(c: Ctx, tq: number): Pending | null {
  const { tokens } = c;
  const p = tokens[tq]!.paragraph;
  let k = c.paragraphStart[p]!;
  const bullet = BULLETS.has(tokens[k]!.text);
  if (bullet) k++;
  let end = k;
  while (end < tokens.length && tokens[end]!.paragraph === p && end - k <= MAX_HEADLINE_TOKENS) end++;
  if (!bullet && end - k > MAX_HEADLINE_TOKENS) return null;
  const first = k;
  while (k < tq && k - first < MAX_COLON_NAME && isCapitalised(tokens[k]!) && !c.words.stops.has(tokens[k]!.lower)) k++;
  // A roundup line: "Jane Roe, The Daily Planet: “…”" (a person, their outlet or role, a colon).
  if (k > first + 1 && tokens[k]?.text === ',') {
    let e = k + 1;
    while (e < tq && e - k <= MAX_OUTLET_TOKENS && tokens[e]!.text !== ':' && (tokens[e]!.kind === 'word' || tokens[e]!.text === '.' || tokens[e]!.text === '&')) e++;
    if (e < tq && e > k + 1 && tokens[e]!.text === ':' && e + 1 === tq) {
      const name = splitName(c, first, k - 1);
      if (name) return { rule: 'quote/roundup', subject: { ...name, title: c.text.slice(tokens[k + 1]!.start, tokens[e - 1]!.end) } };
    }
  }
  if (k === first || k >= tq || tokens[k]!.text !== ':') return null;
  const name = c.text.slice(tokens[first]!.start, tokens[k - 1]!.end);
  if (c.words.sections.has(name.toLowerCase())) return null;
  if (k - first === 1 && c.lowerSeen.has(tokens[first]!.lower)) return null;
  return { rule: 'quote/org', subject: { kind: 'name', name, title: null, start: tokens[first]!.start, end: tokens[k - 1]!.end } };
}

/** A roundup line's outlet or role after the name: at most this many tokens ("The Daily Planet", "Channel 9"). */
const MAX_OUTLET_TOKENS = 8;

/** The tokens [a, b] as a person's name (two or more name words), or null. */
function splitName(c: Ctx, a: number, b: number): { kind: 'name'; name: string; title: null; start: number; end: number } | null {
  const s = subjectAfter(c, a, b);
  if (s?.kind !== 'name' || !s.name.includes(' ') || s.start === undefined || s.end === undefined) return null;
  return { kind: 'name', name: s.name, title: null, start: s.start, end: s.end };
}
