/** What the speaker sieves share: the context of one document's quotes, its tokens around a quote, speech verbs and their subjects, and the speaker a found name becomes. */
import type { Doc } from '../../../document.js';
import type { Speaker } from '../../../types.js';
import { NameIndex, subjectAfter, type NameContext, type Subject } from '../names.js';
import { isCapitalised, isPossessive, type Token } from '../tokens.js';
import { isPluralSubjectWord } from '../words.js';
import { trimName } from '../../../trim.js';

export interface Attribution {
  speaker: Speaker | null;
  rule: string;
}

export interface Pending {
  rule: string;
  subject: Subject;
}

export const MAX_AFTER = 30;

/** At most this many tokens on either side of a quote count as its sentence (keeps hostile input linear). */
const MAX_WINDOW = 80;

export const MAX_COLON_NAME = 4;

/** sentence-subject: a leading phrase before the subject is at most this many tokens. */
export const MAX_LEAD_PHRASE = 10;

export const MAX_PAREN_TOKENS = 8;

export interface Ctx extends NameContext {
  doc: Doc;
  index: NameIndex;
  quoteToken: number[];
  /** Index of each paragraph's first token. */
  paragraphStart: number[];
}

/** Length in tokens of the speech-verb form starting at token `k`, or 0. */
export function verbAt(c: Ctx, k: number): number {
  const t = c.tokens[k];
  if (!t || t.kind !== 'word') return 0;
  // "the United States", "Consumer Reports": a capitalised verb form inside a sentence is a name's word.
  if (isCapitalised(t) && !opensClause(c, k)) return 0;
  for (const form of c.words.verbHeads.get(t.lower) ?? []) {
    if (!form.every((w, i) => c.tokens[k + i]?.lower === w)) continue;
    // "the states", "their claims", "Obama’s remarks": a present form after a determiner or possessive is a noun.
    const prev = c.tokens[k - 1];
    if (c.words.presents.has(form.join(' ')) && prev && prev.paragraph === t.paragraph && (DETERMINERS.has(prev.lower) || isPossessive(prev))) return 0;
    // "as the Globe put it, “…”": a form ending in "it" is the idiom only before punctuation, a quote
    // or an adverb in -ly ("put it bluntly"), not "put it in a box marked “…”".
    if (form[form.length - 1] === 'it') {
      const after = c.tokens[k + form.length];
      if (after && after.paragraph === t.paragraph && after.kind === 'word' && !/^\p{Ll}{2,}ly$/u.test(after.text)) return 0;
    }
    return form.length;
  }
  // "Critics say …", "Many lawmakers warn …": a plural present right after a lower-case plural subject;
  // not a noun in a compound ("a police report says", "a New York Times report").
  // (The form first: a map lookup rules out nearly every word before the subject's lexicon lookup.)
  const len = formAt(c, k, c.words.lemmaHeads);
  if (!len) return 0;
  const prev = c.tokens[k - 1];
  const before = c.tokens[k - 2];
  if (isCapitalised(t) || prev?.kind !== 'word' || prev.paragraph !== t.paragraph || (isCapitalised(prev) && !opensClause(c, k - 1)) || isPossessive(prev) || !isPluralSubjectWord(prev.lower)) return 0;
  if (before && before.paragraph === t.paragraph && (before.lower === 'a' || before.lower === 'an')) return 0;
  const after = c.tokens[k + len];
  if (len && after?.kind === 'word' && (c.words.verbHeads.get(after.lower) ?? []).some((f) => f.every((w, i) => c.tokens[k + len + i]?.lower === w))) return 0;
  return len;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'many', 'such', 'no']);

/** Length in tokens of the lower-case form from `heads` (forms by first token) starting at token `k`, or 0. */
export function formAt(c: Ctx, k: number, heads: ReadonlyMap<string, readonly (readonly string[])[]>): number {
  const t = c.tokens[k];
  if (!t || t.kind !== 'word' || isCapitalised(t)) return 0;
  for (const form of heads.get(t.lower) ?? []) {
    if (form.every((w, i) => c.tokens[k + i]?.lower === w)) return form.length;
  }
  return 0;
}

/** Whether token `k` opens its sentence or follows a colon, bullet or dash (where any word is capitalised). */
function opensClause(c: Ctx, k: number): boolean {
  const prev = c.tokens[k - 1];
  if (!prev || prev.paragraph !== c.tokens[k]!.paragraph || prev.sentenceEnd !== c.tokens[k]!.sentence) return true;
  return prev.kind === 'quote' || (prev.kind === 'punct' && prev.text !== ',');
}

const CALENDAR_WORD = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/u;

/**
 * "The family will find a way, adds Ida Moss." / "The plan, says Moss, is dead.": a speech verb
 * right after a comma with a name right after it has that name as its subject.
 */
export function invertedSubject(c: Ctx, k: number, len: number): Subject | null {
  const { tokens } = c;
  const prev = tokens[k - 1];
  const next = tokens[k + len];
  // "…, adds Ida Moss." after a comma; "Said Ida Moss: “…”" opening a sentence.
  const opening = opensClause(c, k) && prev?.kind !== 'quote';
  if ((prev?.text !== ',' && !opening) || !next || (prev && next.paragraph !== prev.paragraph && !opening) || !isCapitalised(next) || c.words.stops.has(next.lower) || c.words.pronouns.has(next.lower)) return null;
  if (CALENDAR_WORD.test(next.lower)) return null;
  let hi = k + len;
  while (hi + 1 < tokens.length && hi - k < MAX_AFTER && tokens[hi + 1]!.paragraph === next.paragraph && tokens[hi + 1]!.sentence === next.sentence && tokens[hi + 1]!.kind !== 'quote') hi++;
  const s = subjectAfter(c, k + len, hi, true);
  if (s?.kind !== 'name' || s.end === undefined) return null;
  // The name must end the clause ("…, adds Ida Moss."), not be the verb's object ("…, recalled Ida Moss talking").
  let e = k + len;
  while (e <= hi && tokens[e]!.start < s.end) e++;
  const after = tokens[e];
  return !after || after.paragraph !== next.paragraph || after.kind === 'quote' || CLAUSE_PUNCT.has(after.text) ? s : null;
}

const CLAUSE_PUNCT = new Set(['.', ',', ';', '!', '?', ':', '(']);

/** Token bounds of the sentence around quote token `tq`: [lo, tq) before it, (tq, hi] after it. */
export function bounds(c: Ctx, tq: number): { lo: number; hi: number } {
  const { tokens } = c;
  const q = tokens[tq]!;
  let lo = tq;
  while (lo > 0 && tq - lo < MAX_WINDOW && tokens[lo - 1]!.paragraph === q.paragraph && tokens[lo - 1]!.sentenceEnd === q.sentence) lo--;
  return { lo, hi: lastInSentence(tokens, tq, q.paragraph, q.sentenceEnd, MAX_WINDOW) };
}

/**
 * The last token after token `from`, at most `max` tokens on, still in `paragraph` and `sentence`
 * and before the next quote (`from` itself when the next token is not).
 */
export function lastInSentence(tokens: readonly Token[], from: number, paragraph: number, sentence: number, max: number): number {
  let k = from;
  while (k + 1 < tokens.length && k - from < max && tokens[k + 1]!.paragraph === paragraph && tokens[k + 1]!.sentence === sentence && tokens[k + 1]!.kind !== 'quote') k++;
  return k;
}

/** Index of the first token of the sentence holding token `k`, not before `lo`. */
export function sentenceStart(c: Ctx, k: number, lo: number): number {
  const { tokens } = c;
  let s = k;
  while (s > lo && tokens[s - 1]!.paragraph === tokens[k]!.paragraph && tokens[s - 1]!.sentenceEnd === tokens[k]!.sentence && k - s < MAX_WINDOW) s--;
  return s;
}

/** A name without the punctuation a parser may leave at its edges ("Ada Ruiz," -> "Ada Ruiz"). */
function cleanName(name: string): string {
  // "Robert C. “Bobby” Scott" -> "Robert C. Scott": a quoted nickname is no part of the name.
  const words = trimName(name).split(/\s+/);
  return words.filter((w, i) => i === 0 || i === words.length - 1 || !(/^[“"]/u.test(w) && /[”"]$/u.test(w))).join(' ');
}

export function named(c: Ctx, s: { name: string; title: string | null; start?: number; end?: number }, at: number): Speaker {
  const name = cleanName(c.index.fullest(cleanName(s.name), at));
  const out: Speaker = s.title ? { name, title: s.title } : { name };
  if (s.start !== undefined && s.end !== undefined) {
    out.start = s.start;
    out.end = s.start + trimName(c.text.slice(s.start, s.end)).length;
  }
  return out;
}

/** Where a speaker is named before a quote: a speech verb's subject, a person's name, or an earlier quote's speaker. */
export interface Mention {
  at: number;
  paragraph: number;
  sentence: number;
  speaker: Speaker;
  kind: 'speech' | 'person' | 'quote' | 'org' | 'description';
  /** For a description ("the mayor"): its head. */
  head?: string;
  /** For a speech mention: the one word the text gave as its subject ("Ruiz said"), if that is all it gave. */
  lone?: string;
}

/** m, f, or n for an organisation (never "he" or "she"). */
export type Gender = 'm' | 'f' | 'n';

/** What a resolution looks for: a person (he, she, "the mayor"), an organisation (it, "the company"), or either. */
export type Want = 'person' | 'org' | 'any';

/**
 * What a definite description names: a person for a title or party word ("the mayor", "the
 * Kentucky Republican"), an organisation for an organisation word ("the company", "the agency");
 * null for anything else ("the report") or no description.
 */
export function describes(c: NameContext, head: string | undefined): Want | null {
  if (!head) return null;
  if (c.words.titles.has(head) || c.words.demonyms.has(head)) return 'person';
  if (c.words.orgs.has(head)) return 'org';
  return null;
}
