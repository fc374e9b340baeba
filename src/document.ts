/**
 * Doc: one document's text with its paragraphs and sentences as offset spans, and (lazily) one
 * compromise parse per paragraph. Extractors share only this and the RunContext.
 *
 * compromise is parsed lazily and never on more than MAX_CHUNK characters at a time: its cost
 * grows faster than linearly with the length of what it is given (a 200 KB paragraph takes
 * seconds), so each sentence is its own chunk (a sentence longer than that is cut at spaces), and
 * a chunk is parsed only when a rule asks about it. Most sentences are never parsed: the cheap
 * scanners find the candidates, and only the few whose reading depends on a person's name ask.
 *
 * `text` is the layout's view of the document (src/layout): the text as a reader reads it, with a
 * line break inside a paragraph read as a space and pasted-text artefacts (`\r\n`, no-break spaces,
 * HTML character references) read as what they stand for. Its paragraphs are the layout's, each
 * with its role (headline, byline, dateline, prose, table, list). Extractors find facts in `text`;
 * the pipeline's last step maps their offsets back into `source`, the text as given. Sentences
 * are found inside paragraphs by a linear scan: a `.`, `!` or `?` (plus any closing quotes or
 * brackets) followed by a space and an upper-case letter, digit or opening quote ends a sentence,
 * unless the word before the period is a known abbreviation ("Oct.", "Gen."), a dotted initialism
 * ("U.S.") or a single initial.
 */
import { createRequire } from 'node:module';
import type nlpFn from 'compromise';
import { isAbbreviation } from './abbreviation.js';
import { readLayout, type Layout, type Paragraph, type Span } from './layout/index.js';
import { loadOrBuild, readWordSet } from './lexicon.js';
import { partitionPoint } from './search.js';
import { punctuationEdges } from './trim.js';

/** A span of the document's text (the view): offsets and the text between them. */
export type { Span } from './layout/index.js';

/** A person-name mention found by compromise, with document offsets. */
export interface NameMention extends Span {}

type NlpDoc = ReturnType<typeof nlpFn>;

/**
 * compromise, loaded on the first parse: loading it costs about 0.3 s (it builds its lexicon), which
 * a document whose sentences never need a parse should not pay.
 */
let nlpLoaded: typeof nlpFn | null = null;
/** compromise itself, loaded on first use (also for the quote words' lexicon lookups). */
export function compromise(): typeof nlpFn {
  nlpLoaded ??= createRequire(import.meta.url)('compromise') as typeof nlpFn;
  return nlpLoaded;
}
function nlp(text: string): NlpDoc {
  return compromise()(text);
}

let lexicon: ReadonlyMap<string, string | string[]> | undefined;
/** compromise's lexicon tags of a noun: a word with one of them may be counted. */
export const NOMINAL_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Uncountable', 'Actor', 'ProperNoun', 'Person', 'Place', 'Organization', 'Demonym', 'Unit', 'Currency']);
/**
 * Its tags of a finite verb that makes the word before it its subject: "Since Monday is a holiday"
 * ("since" is "because"), "the first-quarter was weak" (the date is the noun). Not the present
 * tense, which plural nouns share ("since March shares have risen").
 */
export const FINITE_VERB_TAGS = new Set(['Copula', 'Modal', 'Auxiliary', 'PastTense']);
/** Its tags of closed-class words: conjunctions, prepositions, pronouns (reflexives too), adverbs, determiners. */
const CLOSED_TAGS = new Set(['Conjunction', 'Preposition', 'Pronoun', 'Adverb', 'Determiner', 'QuestionWord', 'Reflexive']);

/** Whether a word's lexicon tags make it a function word only (a closed class, and no noun): "because", "off", "such". */
export function onlyClosedClass(tags: readonly string[]): boolean {
  return tags.some((t) => CLOSED_TAGS.has(t)) && !tags.some((t) => NOMINAL_TAGS.has(t));
}

/** Whether the dictionary knows a word only as an adjective ("critical", "black"; not "official", "last"). */
export function onlyAdjective(tags: readonly string[]): boolean {
  return tags.length > 0 && tags.every((t) => t === 'Adjective' || t === 'Comparable');
}

/**
 * The tags compromise's lexicon gives a lower-case word ("worst" → Superlative, "critics" → Plural);
 * empty when it does not know it. The lexicon is copied into the prebuilt data (24,600 words, about
 * 0.6 MB, read in under 10 ms), so a lookup does not load compromise itself (about 0.2 s): the
 * numbers extractor asks for almost every document.
 */
export function lexiconTags(word: string): readonly string[] {
  lexicon ??= loadOrBuild('compromise-lexicon', () => new Map(Object.entries((compromise().model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon)));
  const tags = lexicon.get(word);
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

/**
 * The parse budget of a document: compromise parses at most this share of its characters (or
 * PARSE_FLOOR characters, whichever is more). compromise runs at about a quarter of the speed of
 * the rest of the pipeline, so this bounds any document's time to a small multiple of ordinary
 * news, however hostile its text. News stays far below it: on BBC and Reuters (8,301 documents)
 * 1.2% of all characters are parsed (2.9% before parses took a window around the name instead of
 * its sentence), and no document over 8,000 characters parses more than 1.3% of its text (shorter
 * ones stay under the floor).
 */
export const PARSE_SHARE = 0.1;
export const PARSE_FLOOR = 20_000;
/** The words either side of a span that compromise is given to find the names around it ({@link Doc.peopleIn}). */
export const PARSE_WINDOW_WORDS = 5;

/** Where the `words` words before `at` start (not before `limit`). */
function wordsBack(text: string, at: number, limit: number, words: number): number {
  let i = at;
  for (let n = 0; n < words && i > limit; n++) {
    while (i > limit && WHITESPACE.test(text[i - 1]!)) i--;
    while (i > limit && !WHITESPACE.test(text[i - 1]!)) i--;
  }
  return i;
}

/** Where the `words` words after `at` end (not after `limit`). */
function wordsAhead(text: string, at: number, limit: number, words: number): number {
  let i = at;
  for (let n = 0; n < words && i < limit; n++) {
    while (i < limit && WHITESPACE.test(text[i]!)) i++;
    while (i < limit && !WHITESPACE.test(text[i]!)) i++;
  }
  return i;
}
const WHITESPACE = /\s/u;

/** The most characters handed to compromise in one parse. */
export const MAX_CHUNK = 2000;

/** The word right before an offset, with only spaces or a hyphen between. */
const WORD_BEFORE = /([\p{L}\p{M}.'’]{1,40})(?: {1,3}|-)$/u;
/** Right after an offset: a capitalised word, with only spaces or a hyphen between. */
const WORD_AFTER = /^(?: {1,3}|-)([\p{L}\p{M}]{1,40})/u;
const SENTENCE_END = /[.!?]/;
const CLOSERS = new Set(['"', '\'', '”', '’', ')', ']', '»']);
const OPENERS_OR_UPPER = /[\p{Lu}\p{N}"'“‘(\[«]/u;

const nameParticles = () => readWordSet('quote-name-particles.txt');
const givenNames = () => readWordSet('person-given-names.txt');

/** Whether compromise's lexicon knows `word` (or a part of it between hyphens) as part of a person's name. */
export function isNameWord(word: string): boolean {
  const nameWords = readWordSet('person-name-words.txt');
  const w = word.toLowerCase().replace(/['’]s$/u, '').replace(/\.$/, '');
  return nameWords.has(w) || (w.includes('-') && w.split('-').some((part) => nameWords.has(part)));
}

/** "of" and a capitalised word: the run before it names a body or a place ("Chamber of Commerce"). */
const OF_NAME_AFTER = /^\s{1,3}of\s{1,3}(?:the\s{1,3})?\p{Lu}/u;
/** Tags of compromise's lexicon that make a word part of a person's name. */
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);

/**
 * Where a run of capitalised words holds a person the way compromise tags one, told from its
 * lexicon alone: a given name, then words up to the run's last, which the lexicon knows only as
 * parts of names or does not know at all ("Ada Okafor": compromise takes an unknown title-case
 * word after a given name for a surname), the words from the given name on being no entry of
 * their own but a person's ("Sri Lanka" is a country), or a person the lexicon holds whole
 * ("Barack Obama"). Words before the given name are left
 * out ("President Ada Okafor"). Gives the index of the given name in `parts`, or null when only
 * a parse can tell (a last word the lexicon knows as something else: "Hill", "Disney"; "of" and a
 * name after the run, `after`: "Francisco Chamber of Commerce" names a body).
 * On 1,279 such runs in BBC news this agreed with the parse on 1,272; the rest were people the
 * parse missed for a place word it reads in them ("Barbara Castle", "Stephen Cape").
 */
export function personByLexicon(parts: readonly string[], after = ''): number | null {
  if (parts.length < 2 || OF_NAME_AFTER.test(after)) return null;
  let first = -1;
  // The words up to the run's end from each word on: a person the lexicon holds whole ("Barack
  // Obama"), or, from the first given name, no entry but a person's.
  let firstTagged = false;
  for (let i = 0; i < parts.length - 1; i++) {
    const tags = lexiconTags(parts.slice(i).join(' ').toLowerCase());
    if (tags.length > 0 && onlyNameTags(tags)) return i;
    if (first < 0 && isGivenName(parts[i]!)) [first, firstTagged] = [i, tags.length > 0];
  }
  if (first < 0 || firstTagged) return null;
  const last = parts[parts.length - 1]!.toLowerCase().replace(/['’]s$/u, '');
  return /^\p{L}[\p{L}'’-]*$/u.test(last) && onlyNameTags(lexiconTags(last)) ? first : null;
}

const onlyNameTags = (tags: readonly string[]) => tags.every((t) => NAME_TAGS.has(t));

/** Whether `word` is a given name in compromise's lexicon (person-given-names.txt). */
export function isGivenName(word: string): boolean {
  return givenNames().has(word.toLowerCase());
}

/** Whether `word` is a determiner, preposition, conjunction, pronoun… (never inside a name compromise finds). */
export function isFunctionWord(word: string): boolean {
  return readWordSet('person-function-words.txt').has(word.toLowerCase());
}

/** Right before an offset: a title-case word and one to three spaces. */
const TITLE_WORD_BEFORE = /(?:^|[^\p{L}\p{M}'’.-])(\p{Lu}\p{Ll}[\p{Ll}\p{M}]{0,30}) {1,3}$/u;
/** Right after an offset: one to three spaces and a title-case word. */
const TITLE_WORD_AFTER = /^ {1,3}(\p{Lu}\p{Ll}[\p{Ll}\p{M}]{0,30})(?![\p{L}\p{M}'’-])/u;
/** A title-case word: a capital, then lower case (an ALL-CAPS headline word is not one). */
const TITLE_CASE = /^\p{Lu}[\p{Ll}\p{M}]/u;

export class Doc {
  /** The text as given: fact offsets point into it once the pipeline is done. */
  readonly source: string;
  /** The layout's view of `source`, which the extractors read (same offsets as `source` where no edit changed a length). */
  readonly text: string;
  /** The document's layout: paragraphs with roles, headline, byline, dateline, and the map from `text` back to `source`. */
  readonly layout: Layout;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Span[];
  /** The sentences (an overlong one cut in pieces of at most MAX_CHUNK): what compromise parses, one at a time. */
  readonly chunks: readonly Span[];
  /** People compromise finds in a window of a chunk (or a whole chunk), by the window's "start:end". */
  private windowPeople = new Map<string, NameMention[]>();
  private parsedChars = 0;
  private overBudget = false;

  private readonly time: ((stage: string, ms: number) => void) | undefined;

  /** `time`, when given, receives the milliseconds spent on the layout and splitting ('split') and in each compromise parse ('compromise'). */
  constructor(text: string, time?: (stage: string, ms: number) => void) {
    const t0 = time ? performance.now() : 0;
    this.source = text;
    this.layout = readLayout(text);
    this.text = this.layout.text;
    this.time = time;
    this.paragraphs = this.layout.paragraphs;
    this.sentences = this.paragraphs.flatMap((p) => splitSentences(this.text, p));
    this.chunks = makeChunks(this.text, this.sentences);
    if (time) time('split', performance.now() - t0);
  }

  /** The paragraph holding `offset` (or the nearest one before it). */
  paragraphAt(offset: number): Paragraph | undefined {
    return spanAt(this.paragraphs, offset);
  }

  /** The index of the paragraph holding `offset`, or -1. */
  paragraphIndexAt(offset: number): number {
    return indexAt(this.paragraphs, offset);
  }

  /** The index of the sentence holding `offset` (or the nearest one before it), or -1. */
  sentenceIndexAt(offset: number): number {
    return indexAt(this.sentences, offset);
  }

  /** The sentence holding `offset` (or the nearest one before it). */
  sentenceAt(offset: number): Span | undefined {
    return spanAt(this.sentences, offset);
  }

  /**
   * Person names compromise finds around [start, end), with document offsets: in each chunk it
   * overlaps, the words of [start, end) and PARSE_WINDOW_WORDS words either side (a whole chunk
   * when [start, end) covers it). A name is told by its own words and its neighbours' (a given
   * name, an honorific, "said"), and a parse costs about its length: a window of a few words costs
   * a quarter of its sentence.
   */
  peopleIn(start: number, end: number): NameMention[] {
    const out: NameMention[] = [];
    for (let i = Math.max(0, indexAt(this.chunks, start)); i < this.chunks.length && this.chunks[i]!.start < end; i++) {
      const c = this.chunks[i]!;
      const from = wordsBack(this.text, Math.max(c.start, start), c.start, PARSE_WINDOW_WORDS);
      const to = wordsAhead(this.text, Math.min(c.end, end), c.end, PARSE_WINDOW_WORDS);
      for (const m of this.peopleOfWindow(from, to)) if (m.start < end && m.end > start) out.push(m);
    }
    return out;
  }

  /**
   * Whether [start, end) may be part of a longer name compromise would find: a word it knows as
   * part of names (person-name-words.txt: given names, surnames, honorifics) right before or after
   * it (any capitalised word but a function word, person-function-words.txt, will do when the span
   * itself is such a word), or a name particle
   * ("von", "bin") right before it, with only spaces or a hyphen between. When false, callers skip the parse: compromise finds names through that
   * lexicon, so no name it finds covers the span. A word ending in a possessive ("Russia’s") ends
   * any name before the span.
   */
  mayExtendName(start: number, end: number): boolean {
    const self = isNameWord(this.text.slice(start, end));
    const after = WORD_AFTER.exec(this.text.slice(end, end + 44))?.[1];
    if (after !== undefined && /^\p{Lu}/u.test(after) && (self ? !isFunctionWord(after) : isNameWord(after))) return true;
    const m = WORD_BEFORE.exec(this.text.slice(Math.max(0, start - 44), start));
    if (!m) return false;
    const word = m[1]!.replace(/^[.'’]+/u, '');
    if (/['’]s$/u.test(word)) return false;
    if (nameParticles().has(word.toLowerCase())) return true;
    return /^\p{Lu}/u.test(word) && (self ? !isFunctionWord(word) : isNameWord(word));
  }

  /**
   * Whether [start, end) stands in a "Given Surname" pair, read from compromise's lexicon without
   * a parse: after a given name (followsGivenName) or, itself a given name, before a name word
   * (precedesNameWord).
   */
  inGivenNamePair(start: number, end: number): boolean {
    return this.followsGivenName(start, end) || this.precedesNameWord(start, end);
  }

  /**
   * Whether [start, end), written in title case, follows a title-case given name with only spaces
   * between ("Dana Madison", "Hillary Clinton"): the start of a person's name, as compromise reads
   * it, told without a parse. Given names are person-given-names.txt (from compromise's lexicon).
   */
  followsGivenName(start: number, end: number): boolean {
    if (!TITLE_CASE.test(this.text.slice(start, end))) return false;
    const m = TITLE_WORD_BEFORE.exec(this.text.slice(Math.max(0, start - 40), start));
    if (!m) return false;
    return givenNames().has(m[1]!.toLowerCase());
  }

  /**
   * Whether [start, end) is a title-case given name followed, with only spaces between, by a
   * title-case word compromise knows in names ("Dana Madison" seen from "Dana"): a person's name
   * told without a parse.
   */
  precedesNameWord(start: number, end: number): boolean {
    const word = this.text.slice(start, end);
    if (!TITLE_CASE.test(word)) return false;
    if (!givenNames().has(word.toLowerCase())) return false;
    const m = TITLE_WORD_AFTER.exec(this.text.slice(end, end + 40));
    return m !== null && isNameWord(m[1]!);
  }

  /** Person names compromise finds anywhere in the document (parses every chunk: use peopleIn where a window will do). */
  people(): NameMention[] {
    return this.peopleIn(0, this.text.length);
  }

  /**
   * Whether a rule asked for more parses than the budget allows (PARSE_SHARE of the text): the
   * text is unlike news (a megabyte of names in a row, thousands of "“Hi,” he said."), and the
   * names beyond the budget were read as no name.
   */
  get parseBudgetSpent(): boolean {
    return this.overBudget;
  }

  private peopleOfWindow(from: number, to: number): NameMention[] {
    const key = `${from}:${to}`;
    let list = this.windowPeople.get(key);
    if (list) return list;
    list = [];
    if (this.parsedChars + (to - from) > Math.max(PARSE_FLOOR, PARSE_SHARE * this.text.length)) {
      this.overBudget = true;
      this.windowPeople.set(key, list);
      return list;
    }
    this.parsedChars += to - from;
    const t0 = this.time ? performance.now() : 0;
    const found = nlp(this.text.slice(from, to)).people().json({ offset: true }) as Array<{ offset: { start: number; length: number } }>;
    if (this.time) this.time('compromise', performance.now() - t0);
    list = this.mentionsAt(from, found);
    this.windowPeople.set(key, list);
    return list;
  }

  /** compromise's people at offsets relative to `base`, as mentions with document offsets, without the punctuation around them. */
  private mentionsAt(base: number, found: Array<{ offset: { start: number; length: number } }>): NameMention[] {
    const list: NameMention[] = [];
    for (const m of found) {
      // compromise's spans may carry the punctuation around a name ("Jane Doe,"): trim it.
      const raw = this.text.slice(base + m.offset.start, base + m.offset.start + m.offset.length);
      const [lead, tail] = punctuationEdges(raw);
      const text = raw.slice(lead, tail);
      if (!text) continue;
      const start = base + m.offset.start + lead;
      list.push({ start, end: start + text.length, text });
    }
    return list;
  }
}

/** One chunk per sentence; a sentence longer than MAX_CHUNK is cut at spaces into pieces of at most MAX_CHUNK. */
function makeChunks(text: string, sentences: readonly Span[]): Span[] {
  const out: Span[] = [];
  const push = (a: number, b: number) => out.push({ start: a, end: b, text: text.slice(a, b) });
  for (const s of sentences) {
    let a = s.start;
    while (s.end - a > MAX_CHUNK) {
      const window = text.slice(a, a + MAX_CHUNK);
      const cut = window.lastIndexOf(' ');
      const b = cut > MAX_CHUNK / 2 ? a + cut : a + MAX_CHUNK;
      push(a, b);
      a = b;
      while (a < s.end && text[a] === ' ') a++;
    }
    if (a < s.end) push(a, s.end);
  }
  return out;
}

function splitSentences(text: string, p: Span): Span[] {
  const out: Span[] = [];
  let sentStart = p.start;
  for (let i = p.start; i < p.end; i++) {
    if (!SENTENCE_END.test(text[i]!)) continue;
    let j = i + 1;
    while (j < p.end && CLOSERS.has(text[j]!)) j++;
    if (j >= p.end || text[j] !== ' ') continue;
    let k = j;
    while (k < p.end && text[k] === ' ') k++;
    if (k >= p.end || !OPENERS_OR_UPPER.test(text[k]!)) continue;
    if (text[i] === '.' && isAbbreviation(text.slice(Math.max(sentStart, i - 20), i))) continue;
    out.push({ start: sentStart, end: j, text: text.slice(sentStart, j) });
    sentStart = k;
    i = k - 1;
  }
  if (sentStart < p.end) out.push({ start: sentStart, end: p.end, text: text.slice(sentStart, p.end) });
  return out;
}


/** The index of the last span starting at or before `offset` (spans sorted by start), or -1. */
export function indexAt(spans: readonly Span[], offset: number): number {
  return partitionPoint(spans.length, (i) => spans[i]!.start > offset) - 1;
}

function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  const i = indexAt(spans, offset);
  return i >= 0 ? spans[i] : undefined;
}
