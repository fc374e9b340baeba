/**
 * Speakers as the text names them: the subject phrase of a speech verb, split into title and name,
 * and the fullest name the document gives for it ("Ruiz" -> "Ada Ruiz").
 */
import { isFunctionWord, isGivenName, isNameWord as isKnownNameWord, personByLexicon, type Doc } from '../../document.js';
import { readWordSet } from '../../lexicon.js';
import { isHonorific } from './identity.js';
import { isTitleLike } from '../../layout/head.js';
import { isCapitalised, isPossessive, stripPossessive, type Token } from './tokens.js';
import type { QuoteWords } from './words.js';

/** Who a subject phrase names: a name (person or organisation), a pronoun, or nobody by name. */
export type Subject =
  | { kind: 'name'; name: string; title: string | null; start?: number; end?: number }
  | { kind: 'pronoun'; pronoun: string }
  /** Nobody by name; `head` is the role a definite description names ("the mayor" -> "mayor"). */
  | { kind: 'unnamed'; head?: string };

/** Tokens a definite description may hold before its head ("the former secretary of state and current party leader"). */
const MAX_DESCRIPTION = 10;
/** Links inside a description: coordinated roles ("the former first lady and senator"), a role's complement ("secretary of state"). */
const DESCRIPTION_LINKS: ReadonlySet<string> = new Set(['and', 'of']);

/**
 * "the mayor", "the Kentucky Republican", "the lanky, bespectacled professor": the lower-case head
 * of a definite description ending at token `last`, when "the" opens it within a few words and
 * nothing but words and commas stand between. Null for "a spokeswoman", "officials".
 */
function description(c: NameContext, first: number, last: number): { kind: 'unnamed'; head?: string } {
  const { tokens } = c;
  for (let k = first; k >= 0 && last - k <= MAX_DESCRIPTION; k--) {
    const t = tokens[k]!;
    // "U.S. senator": the period of an abbreviation written with single letters belongs to the description.
    const abbreviation = t.text === '.' && tokens[k - 1]?.end === t.start && /^(?:\p{Lu}\.)*\p{Lu}$/u.test(tokens[k - 1]!.text);
    if (t.paragraph !== tokens[last]!.paragraph || t.kind === 'quote' || (t.kind === 'punct' && t.text !== ',' && t.text !== '-' && !abbreviation)) break;
    if (t.lower === 'the') return { kind: 'unnamed', head: stripPossessive(tokens[last]!.lower) };
    // "and"/"of" between role words ("secretary of state and current nominee"), never before a determiner ("and the").
    const link = DESCRIPTION_LINKS.has(t.lower) && k < last && tokens[k + 1]!.kind === 'word' && !c.words.stops.has(tokens[k + 1]!.lower);
    if (k < first && !link && (c.words.stops.has(t.lower) || c.words.pronouns.has(t.lower))) break;
  }
  return { kind: 'unnamed' };
}

const SENTENCE_PUNCT = new Set(['.', '!', '?', ';']);
const RELATIVES = new Set(['who', 'which']);
const MAX_PHRASE = 10;
const MAX_APPOSITIVE = 12;
/** A relative clause between commas may run this long ("Ruiz, who has campaigned … since May, said"). */
const MAX_RELATIVE = 30;
/** At most this many words in a name between commas ("Ada María Ruiz Soto"). */
const MAX_NAME_WORDS = 5;
/** At most this many tokens inside a parenthetical after a name ("Moore (D-Wis.) said"). */
const MAX_PAREN = 8;

/** Context the phrase rules need: the word lists and the words the document also writes in lower case. */
export interface NameContext {
  tokens: readonly Token[];
  words: QuoteWords;
  /** Lower-case words seen uncapitalised somewhere in the document ("officials"). */
  lowerSeen: ReadonlySet<string>;
  text: string;
  /** Whether the word at this offset is a demonym ("the Chilean said", "the Chileans said"): quote-demonyms.txt. */
  demonymAt: (offset: number) => boolean;
  /** Capitalised words the document writes inside a sentence (not as its first word). */
  midSentence: ReadonlySet<string>;
}

/** Builds the shared context for subject parsing. */
export function nameContext(doc: Doc, tokens: readonly Token[], words: QuoteWords): NameContext {
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (t.kind === 'word' && !isCapitalised(t)) lowerSeen.add(t.lower);
  const demonymAt = (offset: number) => {
    const word = /^\p{L}+/u.exec(doc.text.slice(offset, offset + 40))?.[0].toLowerCase() ?? '';
    return words.demonyms.has(word) || (word.endsWith('s') && words.demonyms.has(word.slice(0, -1)));
  };
  const midSentence = new Set<string>();
  tokens.forEach((t, k) => {
    const prev = tokens[k - 1];
    if (isCapitalised(t) && prev && prev.paragraph === t.paragraph && prev.sentenceEnd === t.sentence && prev.kind === 'word') midSentence.add(t.text);
  });
  return { tokens, words, lowerSeen, text: doc.text, demonymAt, midSentence };
}

export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Whether token `k` starts its sentence (so its capital says nothing about being a name). */
export function opensSentence(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return !prev || prev.paragraph !== tokens[k]!.paragraph || prev.sentenceEnd !== tokens[k]!.sentence;
}

/**
 * Index of the first real name word of the name run [n, last]: a sentence-initial word the
 * document also writes in lower case is dropped from a run of three or more ("Defiant Ida Moss").
 */
function trimLead(c: NameContext, n: number, last: number): number {
  const t = c.tokens[n]!;
  if (!opensSentence(c.tokens, n)) return n;
  // "Unlike Ida Moss", "Currently Ida Moss", "Overstating Surrey": a preposition, conjunction, -ly
  // adverb or -ing word never opens a name.
  if (last - n >= 1 && notAName(t)) return n + 1;
  // "Said Ellis: “…”", "Adds Ida Moss, …": an inverted speech verb opening its sentence.
  if (last - n >= 1 && (c.words.verbHeads.get(t.lower) ?? []).some((f) => f.length === 1)) return n + 1;
  return last - n >= 2 && c.lowerSeen.has(t.lower) ? n + 1 : n;
}

/** A capitalised word that is never part of a name: a function word ("Unlike", "Despite"), an adverb in -ly ("Currently") or an -ing form. */
export function notAName(t: Token): boolean {
  if (isFunctionWord(t.text)) return true;
  // An adverb in -ly or a verb in -ing ("Overstating the debt") that no name in compromise's lexicon ends like ("Manning").
  return /^\p{Lu}\p{Ll}{2,}(?:ly|ing)$/u.test(t.text) && !isKnownNameWord(t.text);
}

function isNameWord(c: NameContext, t: Token): boolean {
  // "I" is the pronoun; an initial is written with its period ("Oscar I. Ruiz") and read by isInitialDot.
  if (t.text === 'I') return false;
  return isCapitalised(t) && !c.words.titles.has(t.lower) && !c.words.orgs.has(t.lower) && !c.words.stops.has(t.lower);
}

/** Whether token `k` can belong to a subject phrase (capitalised, a title or organisation word). */
function inPhrase(c: NameContext, k: number, first: number, last: number): boolean {
  const t = c.tokens[k]!;
  if (isTitleDot(c, k, first, last) || isInitialDot(c, k, first, last)) return true;
  // "Bank of Canada Governor Tiff Macklem": "of" between capitalised words.
  if (t.lower === 'of' && k > first && k < last && isCapitalised(c.tokens[k - 1]!) && isCapitalised(c.tokens[k + 1]!)) return true;
  if (t.kind !== 'word' || c.words.stops.has(t.lower)) return false;
  if (isCapitalised(t) || c.words.titles.has(t.lower) || c.words.orgs.has(t.lower)) return true;
  return isParticle(c, k, first, last);
}

/** "Sen. Ada Ruiz", "Lt. Gen. Ian Cole": the period of an abbreviated title, between title and name. */
function isTitleDot(c: NameContext, k: number, first: number, last: number): boolean {
  const t = c.tokens[k]!;
  const prev = c.tokens[k - 1];
  return t.text === '.' && k > first && k < last && prev !== undefined && prev.end === t.start && c.words.titles.has(prev.lower);
}

/** "Oscar P. Quintero": the period after a middle initial, between name words. */
function isInitialDot(c: NameContext, k: number, first: number, last: number): boolean {
  const t = c.tokens[k]!;
  const prev = c.tokens[k - 1];
  return t.text === '.' && k > first && k < last && prev !== undefined && prev.end === t.start && prev.text.length === 1 && isCapitalised(prev);
}

function isParticle(c: NameContext, k: number, first: number, last: number): boolean {
  const t = c.tokens[k]!;
  // "Ursula von der Leyen": a particle only between capitalised words.
  return c.words.particles.has(t.lower) && k > first && k < last;
}

/**
 * Splits the phrase tokens [first, last] into title and name: the name is the trailing run of
 * capitalised non-title words; with none, a phrase ending in an organisation word stands as the
 * name of that organisation ("Ruiz’s office"); a phrase of role words alone names nobody.
 */
function splitPhrase(c: NameContext, first: number, last: number): Subject {
  const { tokens, words } = c;
  let n = last + 1;
  // "Mr. King", "Charlie King": a title word after a courtesy title or a given name is a surname.
  const surnameTitle = (k: number) => {
    const t = tokens[k]!;
    if (k !== last || k <= first || !isCapitalised(t) || !words.titles.has(stripPossessive(t.lower))) return false;
    const before = tokens[k - 1]!.text === '.' ? tokens[k - 2] : tokens[k - 1];
    return before !== undefined && k - 1 >= first && (isHonorific(before.text) || (isCapitalised(before) && isGivenName(before.text)));
  };
  while (n - 1 >= first) {
    const t = tokens[n - 1]!;
    if ((isNameWord(c, t) || surnameTitle(n - 1)) && (n - 1 === last || !isPossessive(t))) n--;
    else if (isInitialDot(c, n - 1, first, last) && n - 2 > first - 1 && isNameWord(c, tokens[n - 2]!)) n--;
    else if (words.particles.has(t.lower) && n - 2 >= first && isNameWord(c, tokens[n - 2]!) && n <= last) n--;
    else break;
  }
  while (n <= last && words.particles.has(tokens[n]!.lower)) n++;
  const slice = (a: number, b: number) => c.text.slice(tokens[a]!.start, tokens[b]!.end);
  if (n <= last) n = trimLead(c, n, last);
  // "NASA Administrator Bill Nelson", "Acme Sales Director Ann Lee": in a run of three or more
  // capitalised words, a person's name starts at its first given name; the words before are the title.
  if (n <= last) n += givenNameStart(tokens.slice(n, last + 1).map((t) => t.text), (i) => isNameWord(c, tokens[n + i]!));
  if (n <= last) {
    // "the Chilean said": a demonym after an article is a person left unnamed.
    if (n === last && ARTICLES.has(tokens[n - 1]?.lower ?? '') && c.demonymAt(tokens[n]!.start)) return description(c, first, last);
    const name = stripPossessive(slice(n, last));
    // A lone capitalised word that the document also writes in lower case is a sentence-initial
    // common noun ("Officials said"), not a name.
    if (n === last && c.lowerSeen.has(tokens[n]!.lower)) return description(c, first, last);
    // "Officials said", "Witnesses told reporters": a lone plural opening its sentence, which the
    // document never capitalises inside one and compromise knows in no name, is a common noun.
    const lone = tokens[n]!;
    if (n === last && n === first && opensSentence(tokens, n) && /\p{Ll}s$/u.test(lone.text) && !isKnownNameWord(lone.text) && !c.midSentence.has(lone.text)) return description(c, first, last);
    const titled = n > first && tokens.slice(first, n).some((t) => words.titles.has(stripPossessive(t.lower)) || (isCapitalised(t) && !isPossessive(t)));
    return { kind: 'name', name, title: titled ? slice(first, n - 1) : null, start: tokens[n]!.start, end: tokens[n]!.start + name.length };
  }
  // An organisation needs a capitalised word to be named ("Ruiz’s office"); "the ministry" is nobody by name.
  const capitalised = tokens.slice(first, last + 1).some((t) => isCapitalised(t) && !words.titles.has(t.lower));
  if (words.orgs.has(tokens[last]!.lower) && capitalised) return { kind: 'name', name: slice(first, last), title: null, start: tokens[first]!.start, end: tokens[last]!.end };
  // "a ministry spokeswoman said": an unnamed spokesperson speaks for the organisation named before the role.
  if (words.titles.has(tokens[last]!.lower)) {
    for (let k = last - 1; k >= first; k--) if (words.orgs.has(tokens[k]!.lower)) return { kind: 'unnamed', head: tokens[k]!.lower };
  }
  return description(c, first, last);
}

/**
 * The subject of the speech verb at token `verb`, read leftwards but not before token `lo`:
 * skips adverbs and auxiliaries ("Ruiz also said"), a relative "who" ("Ruiz, who said"),
 * an appositive between commas ("Ruiz, Chile’s foreign minister, pointed out"). Null when
 * there is no subject to the left (the verb opens the clause, or it is passive).
 */
export function subjectBefore(c: NameContext, verb: number, lo: number): Subject | null {
  const { tokens, words } = c;
  let j = verb - 1;
  for (let s = 0; s < 3 && j >= lo && (words.skips.has(tokens[j]!.lower) || isAdverb(c, j)); s++) j--;
  // "Rep. Ida Moss (D-Ore.) said": a short parenthetical after the name (party, state, age) is skipped.
  if (j >= lo && tokens[j]!.text === ')') {
    let k = j - 1;
    while (k >= lo && j - k <= MAX_PAREN && tokens[k]!.text !== '(' && tokens[k]!.kind !== 'quote') k--;
    if (k >= lo && tokens[k]!.text === '(') {
      j = k - 1;
      for (let s = 0; s < 3 && j >= lo && words.skips.has(tokens[j]!.lower); s++) j--;
    }
  }
  if (j >= lo && words.passives.has(tokens[j]!.lower)) return null;
  // "the agency’s review says", "her letter said": a document speaks for its owner.
  const owner = j > lo ? documentOwner(c, j, lo) : null;
  if (owner) return owner;
  if (j >= lo && RELATIVES.has(tokens[j]!.lower)) {
    j--;
    if (j >= lo && tokens[j]!.text === ',') j--;
  } else if (j >= lo && tokens[j]!.text === ',') {
    let k = j - 1;
    let comma = -1;
    for (; k >= lo && k >= j - MAX_RELATIVE; k--) {
      const t = tokens[k]!;
      // Past the appositive limit only a relative clause reaches back ("Ruiz, who has … , said").
      if (k < j - MAX_APPOSITIVE && !(t.text === ',' && RELATIVES.has(tokens[k + 1]?.lower ?? ''))) {
        if (t.kind === 'quote' || SENTENCE_PUNCT.has(t.text)) break;
        continue;
      }
      // "Ida Moss, D-Ore., said": a period glued to an abbreviation before the comma ends nothing.
      // Nor does an initial's period ("Daniel O. Okafor").
      const glued = tokens[k - 1]?.end === t.start;
      const abbrev = t.text === '.' && glued && (tokens[k + 1]?.text === ',' || (tokens[k - 1]!.text.length === 1 && isCapitalised(tokens[k - 1]!)));
      if (t.kind === 'quote' || (SENTENCE_PUNCT.has(t.text) && !abbrev)) break;
      if (t.text === ',') {
        comma = k;
        break;
      }
    }
    const named = appositiveName(c, comma, j, lo);
    if (named) return named;
    // "Ida Moss, president of the Harbor Union, which speaks for 900 pilots, said": the name that
    // opens the clause, however long the appositives after it.
    const opener = clauseOpener(c, j, lo);
    if (opener) return opener;
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
      // "the bloc’s Ruiz": the owner is not part of a person's name; "Chile’s foreign ministry": it
      // is part of an organisation's.
      if (!sawCapital && isCapitalised(t)) k--;
      break;
    }
    if (!inPhrase(c, k, lo, j)) break;
    if (isCapitalised(t)) sawCapital = true;
    k--;
  }
  if (k === j) return words.stops.has(head.lower) ? null : description(c, j, j);
  // "Ida Moss with the Harbor Union says": the person before "with", "of", "at" or "from" speaks, not the organisation.
  const link = k >= lo && ARTICLES.has(tokens[k]!.lower) ? k - 1 : k;
  if (link >= lo + 1 && LINKS.has(tokens[link]!.lower) && isNameWord(c, tokens[link - 1]!) && !isPossessive(tokens[link - 1]!)) {
    let a = link - 1;
    while (a - 1 >= lo && link - a < MAX_NAME_WORDS && (isNameWord(c, tokens[a - 1]!) || isInitialDot(c, a - 1, lo, link)) && !isPossessive(tokens[a - 1]!)) a--;
    const person = splitPhrase(c, a, link - 1);
    if (person.kind === 'name' && !c.words.orgHeads.has(tokens[link - 1]!.lower)) return person;
  }
  return splitPhrase(c, k + 1, j);
}

const POSSESSIVE_PRONOUNS: Record<string, string> = { his: 'he', her: 'she', its: 'it', their: 'they' };

/**
 * The owner of the document named at token `j` ("report", "review": quote-document-nouns.txt),
 * when a possessive stands before it: a name ("Acme’s report" -> Acme), a description ("the
 * agency’s review" -> the agency, resolved later), or a pronoun ("her letter" -> she).
 */
function documentOwner(c: NameContext, j: number, lo: number): Subject | null {
  const { tokens } = c;
  if (!readWordSet('quote-document-nouns.txt').has(tokens[j]!.lower)) return null;
  let o = j - 1;
  // One adjective between ("the agency’s annual review").
  if (o > lo && tokens[o]!.kind === 'word' && !isCapitalised(tokens[o]!) && !isPossessive(tokens[o]!) && !POSSESSIVE_PRONOUNS[tokens[o]!.lower]) o--;
  const t = tokens[o]!;
  const pronoun = POSSESSIVE_PRONOUNS[t.lower];
  if (pronoun) return { kind: 'pronoun', pronoun };
  // "the IMF report stated", "a Homeland Security memo said": a name before the noun owns it.
  if (!isPossessive(t) && isCapitalised(t) && o < j && o === j - 1 && !opensSentence(tokens, o)) {
    let a = o;
    while (a - 1 >= lo && o - a < MAX_NAME_WORDS && isCapitalised(tokens[a - 1]!) && !isPossessive(tokens[a - 1]!)) a--;
    const s = splitPhrase(c, a, o);
    if (s.kind === 'name') return s;
    const org = c.text.slice(tokens[a]!.start, tokens[o]!.end);
    return { kind: 'name', name: org, title: null, start: tokens[a]!.start, end: tokens[o]!.end };
  }
  if (!isPossessive(t)) return null;
  if (!isCapitalised(t)) return description(c, o, o);
  let a = o;
  while (a - 1 >= lo && o - a < MAX_NAME_WORDS && (isCapitalised(tokens[a - 1]!) || isInitialDot(c, a - 1, lo, o)) && !isPossessive(tokens[a - 1]!)) a--;
  return splitPhrase(c, a, o);
}

/**
 * "Gingrich cynically dismissed", "Morial forcefully told": a lower-case word in -ly before a verb
 * is an adverb, unless a determiner makes it a noun ("the family said").
 */
function isAdverb(c: NameContext, k: number): boolean {
  const t = c.tokens[k]!;
  if (t.kind !== 'word' || isCapitalised(t) || !/^\p{Ll}{2,}ly$/u.test(t.text)) return false;
  const prev = c.tokens[k - 1];
  return !prev || !(ARTICLES.has(prev.lower) || isPossessive(prev) || POSSESSIVE_PRONOUNS[prev.lower] !== undefined || isFunctionWord(prev.text));
}

/** Words that tie a person to the organisation after them ("Ida Moss with the Harbor Union"). */
const LINKS = new Set(['with', 'of', 'at', 'from']);
/** A clause's opening name may be followed by this many tokens of appositives before its verb. */
const MAX_CLAUSE = 45;

/**
 * The name that opens the clause ending at token `comma` (the comma before a speech verb), when
 * the clause is that name, a comma, and appositives: "Ida Moss, president of the Harbor Union,
 * which speaks for 900 pilots, said"; "In Oslo, Ida Moss, a pilot, said". Null when the clause does
 * not open with a name and a comma, or when a quote or a sentence end stands between.
 */
function clauseOpener(c: NameContext, comma: number, lo: number): Subject | null {
  const { tokens, words } = c;
  let start = comma;
  while (start - 1 >= lo && comma - start < MAX_CLAUSE && tokens[start - 1]!.kind !== 'quote' && !SENTENCE_PUNCT.has(tokens[start - 1]!.text)) start--;
  if (start - 1 >= lo && comma - start >= MAX_CLAUSE) return null;
  // A leading phrase up to its comma ("In Oslo, …", "On Tuesday, …").
  if (words.stops.has(tokens[start]!.lower)) {
    let e = start;
    while (e < comma && e - start <= MAX_APPOSITIVE && tokens[e]!.text !== ',') e++;
    if (e >= comma) return null;
    start = e + 1;
  }
  let e = start;
  while (e < comma && e - start < MAX_PHRASE && (inPhrase(c, e, start, comma) || words.particles.has(tokens[e]!.lower)) && !isPossessive(tokens[e]!)) e++;
  const nameEnd = e;
  // "Rep. Ida Moss (D-Ore.), a …, said": a short parenthetical after the name.
  if (tokens[e]?.text === '(') {
    let p = e + 1;
    while (p < comma && p - e <= MAX_PAREN && tokens[p]!.text !== ')') p++;
    if (tokens[p]?.text === ')') e = p + 1;
  }
  if (nameEnd === start || e >= comma || tokens[e]!.text !== ',') return null;
  e = nameEnd;
  const s = splitPhrase(c, start, e - 1);
  return s.kind === 'name' && !c.words.orgHeads.has(tokens[e - 1]!.lower) ? s : null;
}

/**
 * "The bank’s governor, Ada Ruiz, said": the name between the commas (tokens `comma`+1 to `close`-1)
 * when it is a short run of name words after a role phrase; the role is the title when it holds a
 * title word. Null otherwise ("Ruiz, the bank’s governor, said" reads the word before the first comma).
 */
function appositiveName(c: NameContext, comma: number, close: number, lo: number): Subject | null {
  const { tokens, words } = c;
  if (comma < 0 || comma - 1 < lo || tokens[comma - 1]!.kind !== 'word') return null;
  const a = comma + 1;
  const b = close - 1;
  if (b < a || b - a >= MAX_NAME_WORDS || !isNameWord(c, tokens[a]!)) return null;
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    if (!(isNameWord(c, t) && !isPossessive(t)) && !isParticle(c, k, a, b) && !isInitialDot(c, k, a, b)) return null;
  }
  if (a === b && c.lowerSeen.has(tokens[a]!.lower)) return null;
  let r = comma - 1;
  while (r - 1 >= lo && comma - r < MAX_PHRASE && tokens[r - 1]!.kind === 'word') r--;
  while (r < comma - 1 && words.stops.has(tokens[r]!.lower)) r++;
  const role = tokens.slice(r, comma);
  const titled = role.some((t) => words.titles.has(stripPossessive(t.lower)));
  const name = c.text.slice(tokens[a]!.start, tokens[b]!.end);
  return { kind: 'name', name, title: titled ? c.text.slice(tokens[r]!.start, tokens[comma - 1]!.end) : null, start: tokens[a]!.start, end: tokens[b]!.end };
}

/**
 * The subject after an inverted speech verb ("…,” said Bloc Secretary-General Ada Ruiz"),
 * starting at token `from`, not past `hi`.
 */
export function subjectAfter(c: NameContext, from: number, hi: number, roles = false): Subject | null {
  const { tokens, words } = c;
  if (from > hi) return null;
  let i = from;
  const head = tokens[i]!;
  if (head.kind !== 'word') return null;
  if (words.pronouns.has(head.lower)) return { kind: 'pronoun', pronoun: head.lower };
  const article = ARTICLES.has(head.lower);
  if (article) i++;
  // "…,” says the agency’s review": a document speaks for its owner.
  if (i + 1 <= hi && isPossessive(tokens[i]!) && readWordSet('quote-document-nouns.txt').has(tokens[i + 1]!.lower)) {
    const owner = documentOwner(c, i + 1, from);
    if (owner) return owner;
  }
  let k = i;
  while (k <= hi && k - i < MAX_PHRASE && inPhrase(c, k, i, hi)) {
    if (isPossessive(tokens[k]!)) {
      // "according to Ruiz’s office": the owner belongs to the organisation's name.
      if (k + 1 <= hi && words.orgs.has(tokens[k + 1]!.lower)) k++;
      // "said the union’s Ida Moss": the name after the owner is the speaker (splitPhrase keeps the owner out).
      else if (k + 1 <= hi && isNameWord(c, tokens[k + 1]!)) {
        k++;
        continue;
      }
      k++;
      break;
    }
    k++;
  }
  // After an inverted verb or "according to": "said oil worker Ida Moss", "said Acme sales director, Ida Moss".
  const later = roles ? roleThenName(c, k, hi, i) : null;
  if (later) return later;
  if (k === i) {
    if (!article || k > hi) return { kind: 'unnamed' };
    // "said the lanky, bespectacled professor": the head is the last lower-case word of the description.
    let h = i;
    while (h - i < MAX_DESCRIPTION) {
      const n1 = tokens[h + 1];
      const n2 = tokens[h + 2];
      const word = (t: Token | undefined) => t !== undefined && t.kind === 'word' && !isCapitalised(t) && !words.stops.has(t.lower) && !words.pronouns.has(t.lower);
      if (h + 1 <= hi && word(n1)) h++;
      else if (h + 2 <= hi && n1?.text === ',' && word(n2)) h += 2;
      else break;
    }
    return description(c, h, h);
  }
  // "says the Tralee man": after an article, a capitalised run before a common noun only modifies it.
  const after = tokens[k];
  if (article && k <= hi && !isPossessive(tokens[k - 1]!) && after?.kind === 'word' && !isCapitalised(after) && !words.stops.has(after.lower)) return description(c, k, k);
  return splitPhrase(c, i, k - 1);
}

/** Lower-case role words before a name after an inverted verb: at most this many. */
const MAX_ROLE_WORDS = 6;

/**
 * "…,” said oil and gas worker Ida Moss." / "said Acme sales director, Ida Moss.": from token `k`,
 * lower-case role words (no article or preposition but "and"; numbers as in "9/11 widow") and
 * perhaps a comma, then a name that ends the clause. The role phrase is the title.
 */
function roleThenName(c: NameContext, k: number, hi: number, titleFrom = k): Subject | null {
  const { tokens, words } = c;
  let e = k;
  let roles = 0;
  while (e <= hi && roles < MAX_ROLE_WORDS) {
    const t = tokens[e]!;
    const role = t.kind === 'word' && !isCapitalised(t) && (t.lower === 'and' || !words.stops.has(t.lower)) && !words.pronouns.has(t.lower);
    // "9/11 widow", "the tenants’ association’s": a slash between numbers and a plural's apostrophe belong to the role.
    const glue = (t.text === '/' && /^\p{N}/u.test(tokens[e + 1]?.text ?? '')) || ((t.text === '’' || t.text === "'") && e > k && tokens[e - 1]!.end === t.start && /s$/u.test(tokens[e - 1]!.text));
    // "the former mayor of Springfield, Ida Moss": "of" and a place belong to the role, before a comma.
    if (t.lower === 'of' && (roles > 0 || titleFrom < k) && tokens[e + 1] && isCapitalised(tokens[e + 1]!)) {
      let p = e + 1;
      while (p <= hi && p - e <= MAX_NAME_WORDS && isCapitalised(tokens[p]!)) p++;
      if (tokens[p]?.text === ',') {
        e = p;
        roles++;
        break;
      }
    }
    if (!role && !glue) break;
    if (t.kind === 'word' && !/^\p{N}/u.test(t.text)) roles++;
    e++;
  }
  if (roles === 0) return null;
  if (tokens[e]?.text === ',') e++;
  const a = e;
  while (e <= hi && e - a < MAX_NAME_WORDS && (isNameWord(c, tokens[e]!) || isInitialDot(c, e, a, hi) || isParticle(c, e, a, hi))) e++;
  if (e - a < 1 || (e <= hi && !CLAUSE_END.has(tokens[e]!.text) && !words.stops.has(tokens[e]!.lower))) return null;
  const s = splitPhrase(c, a, e - 1);
  if (s.kind !== 'name') return null;
  return { ...s, title: c.text.slice(tokens[titleFrom]!.start, tokens[a - 1]!.end).replace(/,$/, '') };
}

const CLAUSE_END = new Set(['.', ',', ';', '!', '?', ':', ')']);

/**
 * Where a person's name starts in a run of three or more capitalised words: at its first given
 * name when the run does not open with one ("NASA Administrator Anna Lee" -> 2), else 0. The
 * last word is a surname, never the start; `ok` may rule a word out.
 */
function givenNameStart(words: readonly string[], ok: (i: number) => boolean = () => true): number {
  if (words.length < 3 || isGivenName(words[0]!)) return 0;
  for (let i = 1; i < words.length - 1; i++) if (isGivenName(words[i]!) && ok(i)) return i;
  return 0;
}

/** Index of the first item of `list` (sorted by start) that starts at or after `from`. */
function firstFrom(list: readonly { start: number }[], from: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A capitalised multi-word name the document writes somewhere, for full-name lookup. */
interface NameRun {
  parts: string[];
  start: number;
  end: number;
  /** Whether a title word stands right before it ("Senator Ada Ruiz"). */
  titled: boolean;
  /** Whether a lower-case function word stands right before it ("analysts at Vance Brothers"). */
  afterStop: boolean;
}

/** Index of the capitalised multi-word names in the document. */
export class NameIndex {
  private runs: NameRun[] = [];
  private personCache = new Map<NameRun, boolean>();
  /** Runs by their last word and by their first word (fullest, personMentions). */
  private byLast = new Map<string, NameRun[]>();
  private byFirst = new Map<string, NameRun[]>();
  /** Names ending in an organisation word ("Harbor Transit Agency"), in text order. */
  private orgRuns: { name: string; start: number; end: number }[] = [];
  /** Surnames the document gives a speech verb ("Ruiz said"): a run ending in one is a person. Filled before personMentions is asked. */
  readonly speakers = new Set<string>();

  constructor(
    private c: NameContext,
    private doc: Doc,
  ) {
    const { tokens, words } = c;
    const headline = headlineParagraphs(c, doc);
    let cur: string[] = [];
    let first = 0;
    let last = 0;
    const flush = () => {
      while (cur.length && words.particles.has(cur[cur.length - 1]!.toLowerCase())) cur.pop();
      // "Harbor Tower", "Vance Group": a run ending in an organisation or building word names no person.
      const org = cur.length > 0 && words.orgHeads.has(cur[cur.length - 1]!.toLowerCase());
      if (cur.length >= 2 && trimLead(c, first, first + cur.length - 1) > first) {
        cur = cur.slice(1);
        first++;
      }
      // "NASA Administrator Bill Nelson": the name starts at its first given name (see splitPhrase).
      const g = givenNameStart(cur);
      if (g > 0) {
        cur = cur.slice(g);
        while (tokens[first]!.text.replace(/[’']s$/u, '') !== cur[0] && first < last) first++;
      }
      // A title-case headline ("Mayor Defies Council Over Budget") runs its words together: no names from it.
      if (cur.length >= 2 && cur.length <= 5 && !org && !headline.has(tokens[first]!.paragraph)) {
        const before = tokens[first - 1];
        const titled = before !== undefined && (words.titles.has(before.lower) || isTitleDot(c, first - 1, first - 2, first));
        const afterStop = before !== undefined && !isCapitalised(before) && words.stops.has(before.lower);
        // The run ends before a possessive ending ("Ida Moss’s plan" -> "Ida Moss").
        this.runs.push({ parts: cur, start: tokens[first]!.start, end: tokens[last]!.start + stripPossessive(tokens[last]!.text).length, titled, afterStop });
      }
      cur = [];
    };
    // Organisation names: a capitalised run (titles and organisation words too) ending in an
    // organisation word ("Harbor Transit Agency", "Ministry of Health" ends in its own word).
    for (let k = 0; k < tokens.length; ) {
      const t = tokens[k]!;
      if (!(t.kind === 'word' && isCapitalised(t) && !words.stops.has(t.lower) && !headline.has(t.paragraph))) {
        k++;
        continue;
      }
      let e = k;
      while (e + 1 < tokens.length && tokens[e + 1]!.paragraph === t.paragraph && tokens[e + 1]!.kind === 'word' && isCapitalised(tokens[e + 1]!) && !words.stops.has(tokens[e + 1]!.lower) && !isPossessive(tokens[e]!)) e++;
      const lastWord = stripPossessive(tokens[e]!.lower);
      const orgWord = words.orgHeads.has(lastWord) || words.orgs.has(lastWord);
      // "Ministry of Transport", "Bank of Canada": an organisation word, "of", and a capitalised name.
      if (orgWord && !isPossessive(tokens[e]!) && tokens[e + 1]?.lower === 'of' && tokens[e + 2]?.paragraph === t.paragraph && isCapitalised(tokens[e + 2]!)) {
        e += 2;
        while (e + 1 < tokens.length && e - k < 8 && tokens[e + 1]!.paragraph === t.paragraph && tokens[e + 1]!.kind === 'word' && isCapitalised(tokens[e + 1]!) && !isPossessive(tokens[e]!)) e++;
      }
      if (e > k && e - k < 9 && orgWord) {
        const start = opensSentence(tokens, k) && c.lowerSeen.has(t.lower) ? k + 1 : k;
        const name = stripPossessive(c.text.slice(tokens[start]!.start, tokens[e]!.end));
        if (e > start) this.orgRuns.push({ name, start: tokens[start]!.start, end: tokens[start]!.start + name.length });
      }
      k = e + 1;
    }
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      const next = tokens[k + 1];
      const particle = cur.length > 0 && words.particles.has(t.lower) && next !== undefined && isNameWord(c, next);
      // "Mary J. Blige": the period of a middle initial keeps the run going.
      if (cur.length > 0 && t.text === '.' && isInitialDot(c, k, first, k + 1) && next !== undefined && next.paragraph === t.paragraph && isNameWord(c, next)) {
        cur[cur.length - 1] += '.';
        continue;
      }
      if (t.kind === 'word' && (isNameWord(c, t) || particle) && (cur.length === 0 || t.paragraph === tokens[k - 1]!.paragraph)) {
        if (cur.length === 0) first = k;
        last = k;
        cur.push(stripPossessive(t.text));
        if (isPossessive(t)) flush();
      } else flush();
    }
    flush();
    const add = (map: Map<string, NameRun[]>, key: string, r: NameRun) => {
      const list = map.get(key);
      if (list) list.push(r);
      else map.set(key, [r]);
    };
    for (const r of this.runs) {
      add(this.byLast, r.parts[r.parts.length - 1]!, r);
      add(this.byFirst, r.parts[0]!, r);
    }
  }

  /**
   * Whether a run reads as a person: a title before it, its last word the lone subject of a speech
   * verb elsewhere ("Ruiz said"), or compromise tags it as a person and no
   * preposition or article stands before it (compromise also tags firms: "at Vance Brothers"),
   * which its lexicon tells without a parse for a given name and a surname (personByLexicon).
   */
  private isPerson(r: NameRun): boolean {
    let known = this.personCache.get(r);
    if (known === undefined) {
      // compromise finds people through its lexicon of name words: a run holding none is no person
      // it would find, and needs no parse.
      known =
        r.titled ||
        this.speakers.has(r.parts[r.parts.length - 1]!) ||
        (!r.afterStop && r.parts.some((p) => isKnownNameWord(p)) && (personByLexicon(r.parts, this.doc.text.slice(r.end, r.end + 24)) !== null || this.doc.peopleIn(r.start, r.end).some((m) => m.start < r.end && m.end > r.start)));
      this.personCache.set(r, known);
    }
    return known;
  }

  /**
   * Person mentions starting in [from, to), in text order: every name run that reads as a person
   * ("Ada Ruiz", "Sen. Ida Moss"), and every lone word that is the last word of such a run
   * elsewhere in the document ("Ruiz" once "Ada Ruiz" was named), each with the fullest name.
   * A lone word that opens its sentence and is also written in lower case is no mention.
   */
  personMentions(from: number, to: number): { start: number; end: number; name: string }[] {
    const out: { start: number; end: number; name: string }[] = [];
    for (let i = firstFrom(this.runs, from); i < this.runs.length && this.runs[i]!.start < to; i++) {
      const r = this.runs[i]!;
      if (this.isPerson(r)) out.push({ start: r.start, end: r.end, name: this.fullest(r.parts.join(' '), r.start) });
    }
    const { tokens } = this.c;
    for (let k = firstFrom(tokens, from); k < tokens.length && tokens[k]!.start < to; k++) {
      const t = tokens[k]!;
      if (!isNameWord(this.c, t)) continue;
      // A word inside a longer capitalised run belongs to that run (counted above when it is a person).
      const prev = tokens[k - 1];
      if (prev && prev.paragraph === t.paragraph && isNameWord(this.c, prev) && !isPossessive(prev)) continue;
      const next = tokens[k + 1];
      if (next && next.paragraph === t.paragraph && isNameWord(this.c, next) && !isPossessive(t)) continue;
      if (opensSentence(tokens, k) && this.c.lowerSeen.has(t.lower)) continue;
      const word = stripPossessive(t.text);
      if (!(this.byLast.get(word) ?? []).some((r) => this.isPerson(r))) continue;
      out.push({ start: t.start, end: t.start + word.length, name: this.fullest(word, t.start) });
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /** Organisation names ("Harbor Transit Agency") starting in [from, to), in text order. */
  orgMentions(from: number, to: number): { start: number; end: number; name: string }[] {
    const out: { start: number; end: number; name: string }[] = [];
    for (let i = firstFrom(this.orgRuns, from); i < this.orgRuns.length && this.orgRuns[i]!.start < to; i++) out.push(this.orgRuns[i]!);
    return out;
  }

  /** Whether the document writes `name` (or a longer name ending in it) as a person's name somewhere. */
  isPersonName(name: string): boolean {
    const parts = name.split(/\s+/);
    return (this.byLast.get(parts[parts.length - 1]!) ?? []).some((r) => r.parts.length >= parts.length && parts.every((p, i) => r.parts[r.parts.length - parts.length + i] === p) && this.isPerson(r));
  }

  /**
   * The fullest name for `name` near offset `at`: the longest run ending in the same words
   * ("Vance" -> "Leo Vance"), else, for one word, a person-like run starting with it ("Park" ->
   * "Park Min-jun", never "Park Avenue" or "Park Holdings"); ties go to the nearest mention before
   * `at`, then the nearest after. Runs ending in an organisation word never count.
   */
  fullest(name: string, at: number): string {
    const parts = name.split(/\s+/);
    if (parts.length > 3) return name;
    const endsWith = (r: NameRun) =>
      r.parts.length > parts.length && parts.every((p, i) => r.parts[r.parts.length - parts.length + i] === p);
    const startsWith = (r: NameRun) => parts.length === 1 && r.parts[0] === parts[0] && this.isPerson(r);
    const pick = (candidates: readonly NameRun[], ok: (r: NameRun) => boolean): string | null => {
      let best: NameRun | null = null;
      for (const r of candidates) {
        if (!ok(r)) continue;
        if (!best || r.parts.length > best.parts.length || (r.parts.length === best.parts.length && closer(r.start, best.start, at))) best = r;
      }
      return best ? best.parts.join(' ') : null;
    };
    return pick(this.byLast.get(parts[parts.length - 1]!) ?? [], endsWith) ?? pick(this.byFirst.get(parts[0]!) ?? [], startsWith) ?? name;
  }
}

/** A paragraph of at least this many words, nearly all capitalised, is a title-case headline. */
const HEADLINE_MIN_WORDS = 4;
const HEADLINE_CAPITALISED = 0.8;

/**
 * Paragraphs written in title case ("Senator Corners Rival On Tax Plan"), and the document's
 * headline when it is in capitals or title case however short ("Mayor Lee Warns"): capitals there
 * say nothing of names.
 */
function headlineParagraphs(c: NameContext, doc: Doc): Set<number> {
  const words = new Map<number, number>();
  const caps = new Map<number, number>();
  for (const t of c.tokens) {
    if (t.kind !== 'word' || /^\p{N}/u.test(t.text)) continue;
    words.set(t.paragraph, (words.get(t.paragraph) ?? 0) + 1);
    if (isCapitalised(t)) caps.set(t.paragraph, (caps.get(t.paragraph) ?? 0) + 1);
  }
  const out = new Set<number>();
  for (const [p, n] of words) if (n >= HEADLINE_MIN_WORDS && (caps.get(p) ?? 0) >= HEADLINE_CAPITALISED * n) out.add(p);
  doc.paragraphs.forEach((p, i) => {
    if (p.role === 'headline' && isTitleLike(p.text)) out.add(i);
  });
  return out;
}

function closer(a: number, b: number, at: number): boolean {
  const score = (x: number) => (x <= at ? at - x : 1e12 + x - at);
  return score(a) < score(b);
}
