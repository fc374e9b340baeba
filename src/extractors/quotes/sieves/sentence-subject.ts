/**
 * Sieve 1, sentence-subject: a partial quote with no speech verb takes its sentence's named subject
 * ("Ruiz openly admires X as a “strong leader”", "Ruiz is blunt: “…”").
 */
import { ARTICLES, notAName, subjectAfter, type Subject } from '../names.js';
import { isCapitalised, isPossessive } from '../tokens.js';
import { isNameWord as isKnownNameWord } from '../../../document.js';
import { type Pending, MAX_LEAD_PHRASE, MAX_PAREN_TOKENS, type Ctx, sentenceStart } from './context.js';

const MAX_APPOSITIVE_TOKENS = 12;

/** An auxiliary after the name counts only before a participle ("is questioning", "has called"). */
const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have']);

const VERB_FORM = /^\p{Ll}{2,}(?:ing|ed)$/u;

/**
 * Rule sentence-subject: a partial quote inside a sentence without a speech verb takes the named
 * subject that opens the sentence ("Ruiz openly admires the plan as a “bold step”", "At the rally,
 * Ruiz promised “jobs, jobs, jobs”"): a capitalised name followed by a lower-case word (its verb).
 * A name that is also written in lower case, or a phrase of role words alone, names nobody.
 */
export function fromSentenceSubject(c: Ctx, lo: number, tq: number): Pending | null {
  const { tokens } = c;
  const found = openingSubject(c, lo, tq);
  if (!found) return null;
  const next = tokens[found.next]!;
  // "Ruiz is a …" describes; "Ruiz is again questioning …", "Ruiz has called …" act; "Ruiz is blunt: “…”" introduces.
  const introduced = tokens[tq - 1]?.text === ':';
  if (!introduced && AUXILIARIES.has(next.lower) && !tokens.slice(found.next + 1, Math.min(tq, found.next + 4)).some((t) => t.kind === 'word' && VERB_FORM.test(t.lower))) return null;
  return { rule: 'quote/sentence-subject', subject: found.subject };
}

/**
 * The named subject that opens the sentence starting at token `lo`, before token `limit`: after one
 * leading phrase and its comma ("At the rally, Ruiz …"), a capitalised name, then (past a short
 * parenthetical or one appositive) a lower-case word, its verb. `next` is that word's index. A name
 * that is also written in lower case, a possessive ("Ruiz’s plan …"), or a function word names nobody.
 */
export function openingSubject(c: Ctx, lo: number, limit: number): { subject: Subject; next: number } | null {
  const { tokens } = c;
  let k = lo;
  // "At the rally, Ruiz …": skip one leading phrase up to its comma ("The Harbor Union …" is no such phrase).
  const articleName = ARTICLES.has(tokens[k]!.lower) && k + 1 < limit && isCapitalised(tokens[k + 1]!);
  if (c.words.stops.has(tokens[k]!.lower) && !articleName) {
    let j = k;
    while (j < limit && j - k <= MAX_LEAD_PHRASE && tokens[j]!.text !== ',' && tokens[j]!.kind !== 'quote') j++;
    if (j >= limit || tokens[j]!.text !== ',') return null;
    k = j + 1;
  }
  // "The Harbor Union issued …": an article before a capitalised name.
  const from = k;
  if (ARTICLES.has(tokens[k]!.lower) && k + 1 < limit && isCapitalised(tokens[k + 1]!)) k++;
  if (k >= limit || tokens[k]!.kind !== 'word' || !isCapitalised(tokens[k]!) || notAName(tokens[k]!)) return null;
  // "Following Monday’s debate": a sentence-initial word the document writes in lower case is no name.
  if (c.lowerSeen.has(tokens[k]!.lower) && !c.words.titles.has(tokens[k]!.lower)) return null;
  // The name phrase ends where its capitalised run does (the word after it is the verb, not a noun it modifies).
  let runEnd = k;
  while (runEnd + 1 < limit && (isCapitalised(tokens[runEnd + 1]!) || tokens[runEnd + 1]!.text === '.' || c.words.particles.has(tokens[runEnd + 1]!.lower))) runEnd++;
  // "The Democratic Senate nominee has wondered …": capitalised words between an article and a
  // lower-case role word modify the role; the subject is that description, not a name.
  const role = tokens[runEnd + 1];
  if (from !== k && role && runEnd + 1 < limit && role.kind === 'word' && !isCapitalised(role) && c.words.titles.has(role.lower)) {
    let e = runEnd + 1;
    while (e < limit && tokens[e]!.kind === 'word' && !isCapitalised(tokens[e]!) && c.words.titles.has(tokens[e]!.lower)) e++;
    const verb = tokens[e];
    if (!verb || e >= limit || verb.kind !== 'word' || isCapitalised(verb) || c.words.stops.has(verb.lower)) return null;
    return { subject: { kind: 'unnamed', head: tokens[e - 1]!.lower }, next: e };
  }
  const s = subjectAfter(c, from, from === k ? limit - 1 : runEnd);
  if (s?.kind !== 'name' || /[’']s$/u.test(s.name)) return null;
  // "Fans were seen …": one capitalised word opening its sentence is a name only if the document
  // also capitalises it inside a sentence or compromise knows it as part of names.
  if (!s.name.includes(' ') && s.start === tokens[k]!.start && k === sentenceStart(c, k, lo) && !isKnownNameWord(s.name) && !c.midSentence.has(s.name)) return null;
  // The token after the name phrase (and a short parenthetical): a lower-case verb-like word.
  let e = k;
  while (e < limit && (isCapitalised(tokens[e]!) || tokens[e]!.text === '.' || c.words.titles.has(tokens[e]!.lower) || c.words.particles.has(tokens[e]!.lower))) e++;
  if (tokens[e]?.text === '(') {
    const close = tokens.slice(e, Math.min(limit, e + MAX_PAREN_TOKENS)).findIndex((t) => t.text === ')');
    if (close > 0) e += close + 1;
  }
  // "Ida Moss, R-Ore., despite doubts, backed …": one appositive between commas.
  if (tokens[e]?.text === ',') {
    const close = tokens.slice(e + 1, Math.min(limit, e + 1 + MAX_APPOSITIVE_TOKENS)).findIndex((t) => t.text === ',');
    if (close >= 0) e += close + 2;
  }
  if (tokens[e]?.kind === 'word' && isPossessive(tokens[e - 1]!)) return null;
  const next = tokens[e];
  if (!next || e >= limit || next.kind !== 'word' || isCapitalised(next) || c.words.stops.has(next.lower)) return null;
  return { subject: s, next: e };
}
