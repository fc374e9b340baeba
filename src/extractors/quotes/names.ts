/**
 * Speakers as the text names them: the subject phrase of a speech verb, split into title and name,
 * and the fullest name the document gives for it ("Singh" -> "Sabrina Singh").
 */
import type { Doc } from '../../document.js';
import { isCapitalised, isPossessive, stripPossessive, type Token } from './tokens.js';
import type { QuoteWords } from './words.js';

/** Who a subject phrase names: a name (person or organisation), a pronoun, or nobody by name. */
export type Subject =
  | { kind: 'name'; name: string; title: string | null }
  | { kind: 'pronoun'; pronoun: string }
  | { kind: 'unnamed' };

const SENTENCE_PUNCT = new Set(['.', '!', '?', ';']);
const RELATIVES = new Set(['who', 'which']);
const MAX_PHRASE = 10;
const MAX_APPOSITIVE = 12;

/** Context the phrase rules need: the word lists and the words the document also writes in lower case. */
export interface NameContext {
  tokens: readonly Token[];
  words: QuoteWords;
  /** Lower-case words seen uncapitalised somewhere in the document ("officials"). */
  lowerSeen: ReadonlySet<string>;
  text: string;
}

/** Builds the shared context for subject parsing. */
export function nameContext(doc: Doc, tokens: readonly Token[], words: QuoteWords): NameContext {
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (t.kind === 'word' && !isCapitalised(t)) lowerSeen.add(t.lower);
  return { tokens, words, lowerSeen, text: doc.text };
}

function isNameWord(c: NameContext, t: Token): boolean {
  return isCapitalised(t) && !c.words.titles.has(t.lower) && !c.words.orgs.has(t.lower) && !c.words.stops.has(t.lower);
}

/** Whether token `k` can belong to a subject phrase (capitalised, a title or organisation word). */
function inPhrase(c: NameContext, k: number, first: number, last: number): boolean {
  const t = c.tokens[k]!;
  if (t.kind !== 'word' || c.words.stops.has(t.lower)) return false;
  if (isCapitalised(t) || c.words.titles.has(t.lower) || c.words.orgs.has(t.lower)) return true;
  // "Ursula von der Leyen": a particle only between capitalised words.
  return c.words.particles.has(t.lower) && k > first && k < last;
}

/**
 * Splits the phrase tokens [first, last] into title and name: the name is the trailing run of
 * capitalised non-title words; with none, a phrase ending in an organisation word stands as the
 * name of that organisation ("Yoon’s office"); a phrase of role words alone names nobody.
 */
function splitPhrase(c: NameContext, first: number, last: number): Subject {
  const { tokens, words } = c;
  let n = last + 1;
  while (n - 1 >= first) {
    const t = tokens[n - 1]!;
    if (isNameWord(c, t) && (n - 1 === last || !isPossessive(t))) n--;
    else if (words.particles.has(t.lower) && n - 2 >= first && isNameWord(c, tokens[n - 2]!) && n <= last) n--;
    else break;
  }
  while (n <= last && words.particles.has(tokens[n]!.lower)) n++;
  const slice = (a: number, b: number) => c.text.slice(tokens[a]!.start, tokens[b]!.end);
  if (n <= last) {
    const name = stripPossessive(slice(n, last));
    // A lone capitalised word that the document also writes in lower case is a sentence-initial
    // common noun ("Officials said"), not a name.
    if (n === last && c.lowerSeen.has(tokens[n]!.lower)) return { kind: 'unnamed' };
    const titled = n > first && tokens.slice(first, n).some((t) => words.titles.has(stripPossessive(t.lower)));
    return { kind: 'name', name, title: titled ? slice(first, n - 1) : null };
  }
  // An organisation needs a capitalised word to be named ("Yoon’s office"); "the ministry" is nobody by name.
  const capitalised = tokens.slice(first, last + 1).some((t) => isCapitalised(t) && !words.titles.has(t.lower));
  if (words.orgs.has(tokens[last]!.lower) && capitalised) return { kind: 'name', name: slice(first, last), title: null };
  return { kind: 'unnamed' };
}

/**
 * The subject of the speech verb at token `verb`, read leftwards but not before token `lo`:
 * skips adverbs and auxiliaries ("Rutte also said"), a relative "who" ("Zelenskyy, who said"),
 * an appositive between commas ("Sybiha, Ukraine’s foreign minister, pointed out"). Null when
 * there is no subject to the left (the verb opens the clause, or it is passive).
 */
export function subjectBefore(c: NameContext, verb: number, lo: number): Subject | null {
  const { tokens, words } = c;
  let j = verb - 1;
  for (let s = 0; s < 3 && j >= lo && words.skips.has(tokens[j]!.lower); s++) j--;
  if (j >= lo && words.passives.has(tokens[j]!.lower)) return null;
  if (j >= lo && RELATIVES.has(tokens[j]!.lower)) {
    j--;
    if (j >= lo && tokens[j]!.text === ',') j--;
  } else if (j >= lo && tokens[j]!.text === ',') {
    let k = j - 1;
    let comma = -1;
    for (; k >= lo && k >= j - MAX_APPOSITIVE; k--) {
      const t = tokens[k]!;
      if (t.kind === 'quote' || SENTENCE_PUNCT.has(t.text)) break;
      if (t.text === ',') {
        comma = k;
        break;
      }
    }
    if (comma - 1 < lo || !isCapitalised(tokens[comma - 1]!)) return null;
    j = comma - 1;
  }
  if (j < lo) return null;
  const head = tokens[j]!;
  if (head.kind !== 'word') return null;
  if (words.pronouns.has(head.lower)) return { kind: 'pronoun', pronoun: head.lower };
  let k = j;
  let sawCapital = false;
  while (k >= lo && j - k < MAX_PHRASE) {
    const t = tokens[k]!;
    if (isPossessive(t) && k < j) {
      // "NATO’s Rutte": the owner is not part of a person's name; "Russia’s foreign ministry": it
      // is part of an organisation's.
      if (!sawCapital && isCapitalised(t)) k--;
      break;
    }
    if (!inPhrase(c, k, lo, j)) break;
    if (isCapitalised(t)) sawCapital = true;
    k--;
  }
  if (k === j) return words.stops.has(head.lower) ? null : { kind: 'unnamed' };
  return splitPhrase(c, k + 1, j);
}

/**
 * The subject after an inverted speech verb ("…,” said NATO Secretary-General Mark Rutte"),
 * starting at token `from`, not past `hi`.
 */
export function subjectAfter(c: NameContext, from: number, hi: number): Subject | null {
  const { tokens, words } = c;
  if (from > hi) return null;
  let i = from;
  const head = tokens[i]!;
  if (head.kind !== 'word') return null;
  if (words.pronouns.has(head.lower)) return { kind: 'pronoun', pronoun: head.lower };
  if (head.lower === 'the') i++;
  let k = i;
  while (k <= hi && k - i < MAX_PHRASE && inPhrase(c, k, i, hi)) {
    if (isPossessive(tokens[k]!)) {
      // "according to Yoon’s office": the owner belongs to the organisation's name.
      if (k + 1 <= hi && words.orgs.has(tokens[k + 1]!.lower)) k++;
      k++;
      break;
    }
    k++;
  }
  if (k === i) return { kind: 'unnamed' };
  return splitPhrase(c, i, k - 1);
}

/** A capitalised multi-word name the document writes somewhere, for full-name lookup. */
interface NameRun {
  parts: string[];
  start: number;
}

/** Index of the capitalised multi-word names in the document. */
export class NameIndex {
  private runs: NameRun[] = [];

  constructor(c: NameContext) {
    const { tokens, words } = c;
    let cur: string[] = [];
    let start = 0;
    const flush = () => {
      while (cur.length && words.particles.has(cur[cur.length - 1]!.toLowerCase())) cur.pop();
      if (cur.length >= 2 && cur.length <= 5) this.runs.push({ parts: cur, start });
      cur = [];
    };
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      const next = tokens[k + 1];
      const particle = cur.length > 0 && words.particles.has(t.lower) && next !== undefined && isNameWord(c, next);
      if (t.kind === 'word' && (isNameWord(c, t) || particle) && (cur.length === 0 || t.paragraph === tokens[k - 1]!.paragraph)) {
        if (cur.length === 0) start = t.start;
        cur.push(stripPossessive(t.text));
        if (isPossessive(t)) flush();
      } else flush();
    }
    flush();
  }

  /**
   * The fullest name for `name` near offset `at`: the longest run ending in the same words
   * ("Rutte" -> "Mark Rutte"), else, for one word, starting with it ("Yoon" -> "Yoon Suk Yeol");
   * ties go to the nearest mention before `at`, then the nearest after.
   */
  fullest(name: string, at: number): string {
    const parts = name.split(/\s+/);
    if (parts.length > 3) return name;
    const endsWith = (r: NameRun) =>
      r.parts.length > parts.length && parts.every((p, i) => r.parts[r.parts.length - parts.length + i] === p);
    const startsWith = (r: NameRun) => parts.length === 1 && r.parts[0] === parts[0];
    const pick = (ok: (r: NameRun) => boolean): string | null => {
      let best: NameRun | null = null;
      for (const r of this.runs) {
        if (!ok(r)) continue;
        if (!best || r.parts.length > best.parts.length || (r.parts.length === best.parts.length && closer(r.start, best.start, at))) best = r;
      }
      return best ? best.parts.join(' ') : null;
    };
    return pick(endsWith) ?? pick(startsWith) ?? name;
  }
}

function closer(a: number, b: number, at: number): boolean {
  const score = (x: number) => (x <= at ? at - x : 1e12 + x - at);
  return score(a) < score(b);
}
