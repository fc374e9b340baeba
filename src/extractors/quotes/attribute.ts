/**
 * Speaker sieves, from most to least certain (after CoreNLP's quote attribution). Each sieve
 * touches only quotes still without an attribution.
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
import type { Paragraph } from '../../layout/index.js';
import type { Speaker } from '../../types.js';
import { ARTICLES, NameIndex, nameContext, notAName, opensSentence, subjectAfter, subjectBefore, type NameContext, type Subject } from './names.js';
import type { QuoteSpan } from './spans.js';
import { isCapitalised, isPossessive, quoteTokens, stripPossessive, type Token } from './tokens.js';
import { isPluralSubjectWord, type QuoteWords } from './words.js';
import { trimName } from '../../trim.js';
import { isNameWord as isKnownNameWord } from '../../document.js';

export interface Attribution {
  speaker: Speaker | null;
  rule: string;
}

interface Pending {
  rule: string;
  subject: Subject;
}

const MAX_AFTER = 30;
/** A manner verb after a quote credits it past at most this many words (its subject: "Sam Hill scoffed"). */
const MAX_MANNER_GAP = 4;
/** At most this many tokens on either side of a quote count as its sentence (keeps hostile input linear). */
const MAX_WINDOW = 80;
const PRONOUN_PARAGRAPHS = 3;
/** How far back (paragraphs) the person holding a role ("the mayor") is looked for. */
const HOLDER_PARAGRAPHS = 30;
const CONTINUATION_PARAGRAPHS = 1;
const BULLETS = new Set(['-', '•', '*', '–', '—']);
const MAX_COLON_NAME = 4;
/** How far back (characters) the pronoun fallback looks for a name, however long the paragraphs. */
const PRONOUN_REACH = 3000;
/** A paragraph of at most this many tokens can be a headline line. */
const MAX_HEADLINE_TOKENS = 40;
/** said-next: the next sentence's speech verb within this many tokens of its start, this many words after it. */
const MAX_NEXT_SUBJECT = 8;
const MAX_NEXT_TAIL = 6;
/** An acronym: two to six capitals ("NATO", "UNICEF"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** A list item ends like a sentence ("• Police said three people were hurt.") or is a fragment. */
const LIST_SENTENCE_END = /[.!?…]["'”’)]{0,3}$/u;

/** Whether a paragraph holds sentences: not a table row, a byline, repeated page furniture, or a list item that is no sentence ("- Revenue up 4%"). */
function holdsSentences(p: Paragraph | undefined): boolean {
  if (!p) return true;
  if (p.role === 'table' || p.role === 'byline' || p.role === 'boilerplate') return false;
  return p.role !== 'list' || LIST_SENTENCE_END.test(p.text);
}
const MAX_NEXT_SENTENCE = 20;
/** sentence-subject: a leading phrase before the subject is at most this many tokens. */
const MAX_LEAD_PHRASE = 10;
const MAX_PAREN_TOKENS = 8;
const MAX_APPOSITIVE_TOKENS = 12;
/** possessive: the speech noun at most this many tokens before the quote. */
const MAX_POSSESSIVE_GAP = 12;
const CONTENT_LINKS = new Set(['that', 'about', 'of', ':']);
/** An auxiliary after the name counts only before a participle ("is questioning", "has called"). */
const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have']);
const VERB_FORM = /^\p{Ll}{2,}(?:ing|ed)$/u;
const DASHES = new Set(['―', '—', '–', '-']);
const CREDIT_END = new Set(['.', ',', ';']);
/** A credit after a dash is a name of at most this many tokens (initials and their periods count). */
const MAX_CREDIT_TOKENS = 6;
/** A transcript label: one to three all-capitals words (two letters at least) and a colon, at the start. */
const TRANSCRIPT_LABEL = /^\s{0,3}((?:\p{Lu}[\p{Lu}’'.-]{0,20}\s){0,2}\p{Lu}[\p{Lu}’'-]{1,20}):\s/u;
const SENTENCE_END = new Set(['.', '!', '?']);
/** A quote whose text ends a sentence ("….”, "…?”"), closing mark included. */
const SENTENCE_FINAL = /[.!?…][’'"”»]?\s{0,2}["”»]$/u;

interface Ctx extends NameContext {
  doc: Doc;
  index: NameIndex;
  quoteToken: number[];
  /** Index of each paragraph's first token. */
  paragraphStart: number[];
}

/** Length in tokens of the speech-verb form starting at token `k`, or 0. */
function verbAt(c: Ctx, k: number): number {
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
  const prev = c.tokens[k - 1];
  const before = c.tokens[k - 2];
  if (isCapitalised(t) || prev?.kind !== 'word' || prev.paragraph !== t.paragraph || (isCapitalised(prev) && !opensClause(c, k - 1)) || isPossessive(prev) || !isPluralSubjectWord(prev.lower)) return 0;
  if (before && before.paragraph === t.paragraph && (before.lower === 'a' || before.lower === 'an')) return 0;
  const len = formAt(c, k, c.words.lemmaHeads);
  const after = c.tokens[k + len];
  if (len && after?.kind === 'word' && (c.words.verbHeads.get(after.lower) ?? []).some((f) => f.every((w, i) => c.tokens[k + len + i]?.lower === w))) return 0;
  return len;
}

const WORDS = /[\p{L}-]+/gu;
const DETERMINERS = new Set(['the', 'a', 'an', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'many', 'such', 'no']);

/** Length in tokens of the lower-case form from `heads` (forms by first token) starting at token `k`, or 0. */
function formAt(c: Ctx, k: number, heads: ReadonlyMap<string, readonly (readonly string[])[]>): number {
  const t = c.tokens[k];
  if (!t || t.kind !== 'word' || isCapitalised(t)) return 0;
  for (const form of heads.get(t.lower) ?? []) {
    if (form.every((w, i) => c.tokens[k + i]?.lower === w)) return form.length;
  }
  return 0;
}

/** Length in tokens of the manner-of-speaking verb form ("scoffed", "shouted") at token `k`, or 0. */
function mannerAt(c: Ctx, k: number): number {
  return formAt(c, k, c.words.mannerHeads);
}

/** Whether token `k` opens its sentence or follows a colon, bullet or dash (where any word is capitalised). */
function opensClause(c: Ctx, k: number): boolean {
  const prev = c.tokens[k - 1];
  if (!prev || prev.paragraph !== c.tokens[k]!.paragraph || prev.sentenceEnd !== c.tokens[k]!.sentence) return true;
  return prev.kind === 'quote' || (prev.kind === 'punct' && prev.text !== ',');
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

const CALENDAR_WORD = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/u;

/**
 * "The family will find a way, adds Ida Moss." / "The plan, says Moss, is dead.": a speech verb
 * right after a comma with a name right after it has that name as its subject.
 */
function invertedSubject(c: Ctx, k: number, len: number): Subject | null {
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
function bounds(c: Ctx, tq: number): { lo: number; hi: number } {
  const { tokens } = c;
  const q = tokens[tq]!;
  let lo = tq;
  while (lo > 0 && tq - lo < MAX_WINDOW && tokens[lo - 1]!.paragraph === q.paragraph && tokens[lo - 1]!.sentenceEnd === q.sentence) lo--;
  let hi = tq;
  while (
    hi + 1 < tokens.length &&
    hi - tq < MAX_WINDOW &&
    tokens[hi + 1]!.paragraph === q.paragraph &&
    tokens[hi + 1]!.sentence === q.sentenceEnd &&
    tokens[hi + 1]!.kind !== 'quote'
  )
    hi++;
  return { lo, hi };
}

/** Rule said-after / said-later: the first speech verb after the quote in its sentence. */
function fromAfter(c: Ctx, tq: number, hi: number): Pending | null {
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
function fromBefore(c: Ctx, tq: number, lo: number): Pending | null {
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

/** Index of the first token of the sentence holding token `k`, not before `lo`. */
function sentenceStart(c: Ctx, k: number, lo: number): number {
  const { tokens } = c;
  let s = k;
  while (s > lo && tokens[s - 1]!.paragraph === tokens[k]!.paragraph && tokens[s - 1]!.sentenceEnd === tokens[k]!.sentence && k - s < MAX_WINDOW) s--;
  return s;
}

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

/** Rule according-to: "according to X" in the quote's sentence, after it or before it. */
function fromAccordingTo(c: Ctx, lo: number, tq: number, hi: number): Pending | null {
  for (let k = lo; k < hi; k++) {
    if (k === tq || c.tokens[k]!.lower !== 'according' || c.tokens[k + 1]?.lower !== 'to') continue;
    const end = k < tq ? tq - 1 : hi;
    const subject = subjectAfter(c, k + 2, end, true);
    if (subject) return { rule: 'quote/according-to', subject };
  }
  return null;
}

/**
 * Rule org: a headline line (a list item or a short paragraph) that opens with a short capitalised
 * source and a colon ("- Newswire: Ports shut as strike enters a “second week”"). A section label
 * ("Analysis: Why the vote matters") or a word the document also writes in lower case names nobody.
 */
function fromColonSource(c: Ctx, tq: number): Pending | null {
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

/**
 * Rule said-next: a quote that ends its own sentence, followed by a short sentence that only says
 * who spoke ("“…?” ¶ Ruiz said." / "“….” Ruiz said on Friday."). The next sentence may open the
 * next paragraph when the quote ends its own. Its subject comes first, its speech verb within a few
 * words, and at most a few words follow the verb ("in a statement", "Friday"), with no "that" and no
 * new clause ("Ruiz said he …" starts a new statement).
 */
function fromNextSentence(c: Ctx, tq: number, hi: number): Pending | null {
  const { tokens } = c;
  const q = tokens[tq]!;
  if (!SENTENCE_FINAL.test(c.text.slice(q.start, q.end))) return null;
  const n = hi + 1;
  const first = tokens[n];
  if (!first || first.kind !== 'word') return null;
  if (first.paragraph !== q.paragraph && (first.paragraph !== q.paragraph + 1 || c.paragraphStart[first.paragraph] !== n)) return null;
  let e = n;
  while (
    e + 1 < tokens.length &&
    e - n < MAX_NEXT_SENTENCE &&
    tokens[e + 1]!.paragraph === first.paragraph &&
    tokens[e + 1]!.sentence === first.sentence &&
    tokens[e + 1]!.kind !== 'quote'
  )
    e++;
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

/**
 * Rule dash-credit: a quote credited after a dash, as in reader comments and pull quotes
 * ("“…” ― Ida Moss", "“…” — Ida Moss, a nurse"): a short capitalised name right after the dash,
 * then the end of the paragraph, a period or a comma.
 */
function fromDashCredit(c: Ctx, tq: number): Pending | null {
  const { tokens } = c;
  const dash = tokens[tq + 1];
  if (!dash || !DASHES.has(dash.text) || dash.paragraph !== tokens[tq]!.paragraph) return null;
  let k = tq + 2;
  while (k < tokens.length && k - (tq + 2) < MAX_CREDIT_TOKENS && tokens[k]!.paragraph === dash.paragraph && (isCapitalised(tokens[k]!) || (tokens[k]!.text === '.' && isInitial(tokens[k - 1]!)))) k++;
  if (k === tq + 2) return null;
  const next = tokens[k];
  if (next && next.paragraph === dash.paragraph && !CREDIT_END.has(next.text)) return null;
  const subject = subjectAfter(c, tq + 2, k - 1);
  return subject?.kind === 'name' ? { rule: 'quote/dash-credit', subject } : null;
}

function isInitial(t: Token): boolean {
  return t.kind === 'word' && t.text.length === 1 && isCapitalised(t);
}

/** "HOLLOWAY: …" / "MS. RUIZ: …": an all-capitals speaker label at the start of `text`, as transcripts write it. */
function transcriptLabel(c: Ctx, text: string, base: number): Subject | null {
  const m = TRANSCRIPT_LABEL.exec(text);
  if (!m) return null;
  const words = m[1]!.split(' ').filter((w) => !c.words.titles.has(w.toLowerCase().replace(/\.$/, '')));
  const last = words[words.length - 1];
  if (!last || c.words.sections.has(m[1]!.toLowerCase()) || c.words.stops.has(last.toLowerCase())) return null;
  // The document's own spelling of the surname ("MCCAIN" -> "McCain"), else the word in title case.
  const written = spellings(c).get(last);
  const name = words.slice(0, -1).map(titleCase).concat(written ?? titleCase(last)).join(' ');
  const start = base + m.index + m[0].indexOf(m[1]!);
  return { kind: 'name', name, title: null, start, end: start + m[1]!.length };
}

const spellingCache = new WeakMap<readonly Token[], Map<string, string>>();

/** Each word's first spelling that is not all capitals, by its all-capitals form ("MCCAIN" -> "McCain"), built once per document. */
function spellings(c: Ctx): Map<string, string> {
  let map = spellingCache.get(c.tokens);
  if (!map) {
    map = new Map();
    for (const t of c.tokens) {
      if (t.kind !== 'word') continue;
      const upper = t.text.toUpperCase();
      if (upper !== t.text && !map.has(upper)) map.set(upper, t.text);
    }
    spellingCache.set(c.tokens, map);
  }
  return map;
}

function titleCase(w: string): string {
  return w.charAt(0) + w.slice(1).toLowerCase();
}

/**
 * Rule transcript: the quote opens with a speaker label ("“HOLLOWAY: Well, look …”"), or its paragraph
 * does ("MARSH: But you said “…”").
 */
function fromTranscript(c: Ctx, tq: number, inside: boolean): Pending | null {
  const q = c.tokens[tq]!;
  const base = inside ? q.start + 1 : c.tokens[c.paragraphStart[q.paragraph]!]!.start;
  const subject = transcriptLabel(c, c.text.slice(base, inside ? q.end : q.start), base);
  return subject ? { rule: 'quote/transcript', subject } : null;
}

/**
 * Rule sentence-subject: a partial quote inside a sentence without a speech verb takes the named
 * subject that opens the sentence ("Ruiz openly admires the plan as a “bold step”", "At the rally,
 * Ruiz promised “jobs, jobs, jobs”"): a capitalised name followed by a lower-case word (its verb).
 * A name that is also written in lower case, or a phrase of role words alone, names nobody.
 */
function fromSentenceSubject(c: Ctx, lo: number, tq: number): Pending | null {
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
function openingSubject(c: Ctx, lo: number, limit: number): { subject: Subject; next: number } | null {
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

/**
 * Rule possessive: "Ruiz’s claim that the plan was “dead”", "the minister’s remarks about “…”": a
 * possessive before a noun for something said, a few tokens before the quote in its sentence, with
 * no speech verb between them. A possessive that names nobody ("the minister’s") gives speaker null.
 */
function fromPossessive(c: Ctx, lo: number, tq: number): Pending | null {
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

/** A name without the punctuation a parser may leave at its edges ("Ada Ruiz," -> "Ada Ruiz"). */
function cleanName(name: string): string {
  // "Robert C. “Bobby” Scott" -> "Robert C. Scott": a quoted nickname is no part of the name.
  const words = trimName(name).split(/\s+/);
  return words.filter((w, i) => i === 0 || i === words.length - 1 || !(/^[“"]/u.test(w) && /[”"]$/u.test(w))).join(' ');
}

function named(c: Ctx, s: { name: string; title: string | null; start?: number; end?: number }, at: number): Speaker {
  const name = cleanName(c.index.fullest(cleanName(s.name), at));
  const out: Speaker = s.title ? { name, title: s.title } : { name };
  if (s.start !== undefined && s.end !== undefined) {
    out.start = s.start;
    out.end = s.start + trimName(c.text.slice(s.start, s.end)).length;
  }
  return out;
}

/** Where a speaker is named before a quote: a speech verb's subject, a person's name, or an earlier quote's speaker. */
interface Mention {
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
type Gender = 'm' | 'f' | 'n';

/** A name ending in an organisation word ("Transit Council") or written as an acronym ("NATO"). */
function isOrganisation(c: Ctx, name: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return c.words.orgHeads.has(last.toLowerCase()) || ACRONYM.test(last);
}

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
}

/** Gender by surname from courtesy titles in the document ("Mrs Ada Ruiz" -> ruiz: f). */
function titleGenders(c: Ctx): Map<string, Gender> {
  const out = new Map<string, Gender>();
  const { tokens } = c;
  for (let k = 0; k < tokens.length; k++) {
    const g = c.words.genders.get(tokens[k]!.lower);
    if (!g || c.words.pronouns.has(tokens[k]!.lower)) continue;
    let j = tokens[k + 1]?.text === '.' ? k + 2 : k + 1;
    let last = -1;
    for (; j < tokens.length && j - k <= MAX_COLON_NAME && isCapitalised(tokens[j]!); j++) last = j;
    if (last >= 0 && !out.has(tokens[last]!.lower)) out.set(stripPossessive(tokens[last]!.lower), g);
  }
  return out;
}

/**
 * The gender a quote's speaker must have: its speech verb's pronoun ("she said"), else the
 * pronoun that opens its sentence ("He disagreed, calling it “…”").
 */
function genderCue(c: Ctx, tq: number, p: Pending | null): Gender | undefined {
  if (p?.subject.kind === 'pronoun') return p.subject.pronoun === 'it' ? 'n' : c.words.genders.get(p.subject.pronoun);
  const first = c.tokens[bounds(c, tq).lo]!;
  return first.kind === 'word' && c.words.pronouns.has(first.lower) ? c.words.genders.get(first.lower) : undefined;
}

/** Named subjects of every speech verb outside quotes ("Ruiz said that …"), in text order, at the name. */
function speechMentions(c: Ctx, blockers: number[]): Mention[] {
  const out: Mention[] = [];
  const { tokens } = c;
  let sentStart = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k === 0 || t.sentence !== tokens[k - 1]!.sentenceEnd || t.paragraph !== tokens[k - 1]!.paragraph) sentStart = k;
    const len = verbAt(c, k);
    if (!len) continue;
    // Table rows, bylines, page furniture and list items that are not sentences: no speech verb there names a speaker.
    if (!holdsSentences(c.doc.paragraphs[t.paragraph])) continue;
    const s = invertedSubject(c, k, len) ?? subjectBefore(c, k, sentStart);
    // "Officials said …", "The minister wrote back.": someone new speaks, though unnamed.
    // A present form ("claims", "reports") there is too often a noun to count.
    const form = tokens.slice(k, k + len).map((x) => x.lower).join(' ');
    if (s?.kind === 'unnamed' && (s.head !== undefined || !c.words.presents.has(form))) blockers.push(t.start);
    if (s?.kind !== 'name') continue;
    const at = s.start ?? t.start;
    const lone = s.name.includes(' ') || isOrganisation(c, s.name) ? undefined : s.name;
    out.push({ at, paragraph: t.paragraph, sentence: c.doc.sentenceIndexAt(at), speaker: named(c, s, t.start), kind: 'speech', lone });
  }
  return out;
}

/**
 * Sentences whose subject is "he" or "she" (first word, or first after a leading phrase and its
 * comma: "On Monday, she …"), with the pronoun's gender.
 */
function pronounSentences(c: Ctx): Map<number, Gender> {
  const out = new Map<number, Gender>();
  const { tokens } = c;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const g = c.words.genders.get(t.lower);
    if (!g || !c.words.pronouns.has(t.lower) || out.has(t.sentence)) continue;
    const prev = tokens[k - 1];
    const opens = opensSentence(tokens, k);
    let afterLead = false;
    if (!opens && prev!.text === ',') {
      let j = k - 2;
      while (j >= 0 && k - j <= MAX_LEAD_PHRASE && tokens[j]!.paragraph === t.paragraph && tokens[j]!.sentenceEnd === t.sentence && tokens[j]!.kind === 'word') j--;
      const before = tokens[j];
      afterLead = !before || before.paragraph !== t.paragraph || before.sentenceEnd !== t.sentence;
    }
    if (opens || afterLead) out.set(t.sentence, g);
  }
  return out;
}

/**
 * Whether a person mention opens its sentence as its only subject: the sentence's first word,
 * not followed by "and" and another name ("Moss and Lee won" is about two people).
 */
function opensWith(c: Ctx, m: Mention): boolean {
  const sentence = c.doc.sentences[m.sentence];
  // Only a few role words may stand before the name ("Former ambassador Lionel Abara disagreed."), not another name ("Lee and Moss").
  const before = c.text.slice(sentence?.start ?? m.at, m.at);
  if (!sentence || !/^(?:[\p{L}-]{1,30}\s{1,3}){0,4}$/u.test(before)) return false;
  if (before.split(/\s+/).some((w) => w === 'and' || w === 'or' || (/^\p{Lu}/u.test(w) && !c.words.titles.has(w.toLowerCase()) && before.indexOf(w) > 0))) return false;
  const after = c.text.slice(m.speaker.end ?? m.at, (m.speaker.end ?? m.at) + 8);
  return !/^\s{1,3}and\s{1,3}\p{Lu}/u.test(after);
}

/** A photo credit holds this many characters at most ("(Ida Moss / Harbor News)"). */
const MAX_CREDIT = 80;

/**
 * Whether [start, end) lies inside a bracketed credit with a slash, as photo captions give them
 * ("… tents. (Ida Moss / Harbor News)"): the photographer is nobody the story is about.
 */
function inCredit(text: string, para: Paragraph, start: number, end: number): boolean {
  const open = text.lastIndexOf('(', start);
  if (open < para.start || start - open > MAX_CREDIT) return false;
  const close = text.indexOf(')', end);
  if (close < 0 || close > para.end || close - end > MAX_CREDIT) return false;
  const inside = text.slice(open + 1, close);
  return inside.includes('/') && !inside.includes('(');
}

/**
 * Sentences whose subject is a role ("the mayor", "the former coach"): "the", at most two
 * lower-case words, a title word, then a lower-case word (the verb), after an optional leading
 * phrase and its comma. One mention each, at "the", with the role as its head.
 */
function roleSubjects(c: Ctx): Mention[] {
  const out: Mention[] = [];
  const { tokens } = c;
  const seen = new Set<number>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower !== 'the' || seen.has(t.sentence)) continue;
    const prev = tokens[k - 1];
    const lead = prev?.text === ',' ? sentenceStart(c, k - 1, 0) : -1;
    const opens = opensSentence(tokens, k) || (lead >= 0 && lead < k - 1 && c.words.stops.has(tokens[lead]!.lower));
    if (!opens) continue;
    let h = k + 1;
    while (h < tokens.length && h - k <= 3 && tokens[h]!.kind === 'word' && !isCapitalised(tokens[h]!) && !c.words.titles.has(tokens[h]!.lower)) h++;
    const head = tokens[h];
    const verb = tokens[h + 1];
    if (!head || !c.words.titles.has(head.lower) || isCapitalised(head) || !verb || verb.kind !== 'word' || isCapitalised(verb) || c.words.stops.has(verb.lower)) continue;
    if (!holdsSentences(c.doc.paragraphs[t.paragraph])) continue;
    seen.add(t.sentence);
    out.push({ at: t.start, paragraph: t.paragraph, sentence: c.doc.sentenceIndexAt(t.start), speaker: { name: head.lower }, kind: 'description', head: head.lower });
  }
  return out;
}

/** What a resolution looks for: a person (he, she, "the mayor"), an organisation (it, "the company"), or either. */
type Want = 'person' | 'org' | 'any';

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

  // Sieves 2 and 3 in one sweep in text order: a pronoun, a description ("the mayor said") or a
  // quote nobody is credited with in its sentence takes the person (or organisation) named in the
  // latest sentence before it that names one who fits: a speech verb's subject, a person's name,
  // or an earlier quote's speaker. Within that sentence the first who fits wins (the subject).
  const blockers: number[] = [];
  const speech = speechMentions(c, blockers);
  for (const m of speech) if (m.lone) c.index.speakers.add(m.lone);
  const genders = titleGenders(c);
  const pronounSubjects = pronounSentences(c);
  // A speaker's gender: from a courtesy title in the document ("Mrs Ruiz"), else from a given name
  // of one gender ("Irene Ruiz"); an organisation ("Metro Transit Council", "NATO") is never
  // "he" or "she".
  const genderOf = (sp: Speaker): Gender | undefined => {
    const known = genders.get(lastWord(sp.name));
    if (known) return known;
    if (isOrganisation(c, sp.name)) return 'n';
    const first = sp.name.slice(0, sp.name.indexOf(' ') >>> 0).toLowerCase();
    return sp.name.includes(' ') ? c.words.givenGenders.get(first) : undefined;
  };
  const persons = new Set<string>();
  const history: Mention[] = [];
  let historyFrom = 0;
  // Person mentions by paragraph, found once each (a paragraph holding no sentences names nobody).
  const peopleCache = new Map<number, Mention[]>();
  const peopleOf = (p: number): Mention[] => {
    let list = peopleCache.get(p);
    if (!list) {
      const para = doc.paragraphs[p]!;
      list = holdsSentences(para)
        ? [
            ...c.index.personMentions(para.start, para.end).filter((m) => !inCredit(doc.text, para, m.start, m.end)).map((m) => {
              persons.add(m.name);
              return { at: m.start, paragraph: p, sentence: doc.sentenceIndexAt(m.start), speaker: { name: m.name, start: m.start, end: m.end }, kind: 'person' as const };
            }),
            ...c.index.orgMentions(para.start, para.end).map((m) => ({ at: m.start, paragraph: p, sentence: doc.sentenceIndexAt(m.start), speaker: { name: m.name, start: m.start, end: m.end }, kind: 'org' as const })),
          ].sort((a, b) => a.at - b.at)
        : [];
      peopleCache.set(p, list);
    }
    return list;
  };
  // Whether the sentence of mention `m` names the role `head` ("Ada Ruiz is the mayor.").
  const givesRole = (m: Mention, head: string): boolean => {
    const sentence = doc.sentences[m.sentence];
    return sentence !== undefined && (doc.text.slice(sentence.start, sentence.end).toLowerCase().match(WORDS) ?? ([] as string[])).includes(head);
  };
  const fits = (m: Mention, want: Want, cue: Gender | undefined, described: boolean): boolean => {
    const g = genderOf(m.speaker);
    if (want === 'org') return m.kind === 'org' || g === 'n' || (m.kind !== 'person' && g === undefined && !persons.has(m.speaker.name));
    // An organisation merely named speaks only when a description asks for one ("the agency said").
    if (m.kind === 'org') return false;
    if (want === 'person' && g === 'n') return false;
    // "the mayor said": a description names a person the text gave as one (by name, title or given name).
    if (described && want === 'person' && m.kind !== 'person' && !g && !persons.has(m.speaker.name) && !c.index.isPersonName(m.speaker.name)) return false;
    return !cue || cue === 'n' || !g || g === cue;
  };
  // Whether someone unnamed speaks after mention `m` (outside its sentence) and before `to`: blockers are in text order.
  const blockedBetween = (m: Mention, to: number): boolean => {
    let lo = 0;
    let hi = blockers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blockers[mid]! <= m.at) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < blockers.length && blockers[i]! < to; i++) if (doc.sentenceIndexAt(blockers[i]!) !== m.sentence) return true;
    return false;
  };
  const resolve = (q: number, window: number, want: Want, cue: Gender | undefined, subjectless: boolean, head?: string): Mention | null => {
    // A description ("the mayor") asks for someone the text gives as a person or holding the role.
    const described = head !== undefined;
    const span = spans[q]!;
    const own = tokens[quoteToken[q]!]!.sentence;
    const from = Math.max(doc.paragraphs[Math.max(0, span.paragraph - window)]!.start, span.open - PRONOUN_REACH);
    const people: Mention[] = [];
    for (let p = doc.paragraphIndexAt(from); p >= 0 && p <= span.paragraph; p++) for (const m of peopleOf(p)) if (m.at >= from && m.at < span.open) people.push(m);
    // The history pointer moves by the widest window any call uses, so a wider call later still finds its mentions.
    const widest = Math.max(doc.paragraphs[Math.max(0, span.paragraph - 2 * PRONOUN_PARAGRAPHS)]!.start, span.open - PRONOUN_REACH);
    while (historyFrom < history.length && history[historyFrom]!.at < widest) historyFrom++;
    const told = history.slice(historyFrom).filter((h) => h.at >= from && h.at < span.open);
    // "On Monday, the mayor brought the plan up again. “…,” he said.": a sentence whose subject is a
    // role stands for the person who holds it.
    if (want === 'person' && !subjectless) for (const d of descriptions) if (d.at >= from && d.at < span.open) people.push(d);
    // A sentence whose subject is a pronoun of the same gender carries the earlier person on
    // ("Ruiz won. She thanked Lee. “…,” she said."): the people it names are not who it is about.
    const chained = (m: Mention) => m.kind === 'person' && cue !== undefined && cue !== 'n' && pronounSubjects.get(m.sentence) === cue;
    const all = [...told, ...people].filter((m) => (m.kind !== 'person' || m.sentence !== own) && !chained(m)).sort((a, b) => a.at - b.at);
    // A quote credited to nobody continues the latest speaker, or the person who opens the sentence
    // right before it ("Moss did not need persuading. “…”"); anyone else merely named counts only
    // when no speaker is in reach.
    const prevSentence = tokens[bounds(c, quoteToken[q]!).lo]!.sentence - 1;
    const opener = (m: Mention) => m.kind === 'person' && m.sentence === prevSentence && opensWith(c, m);
    const pool = !subjectless || !all.some((m) => m.kind !== 'person') ? all : all.filter((m) => m.kind !== 'person' || opener(m));
    // "Ada Ruiz is the mayor. Ben Cole is the treasurer. “…,” the mayor said.": the latest who fits in
    // a sentence that gives them that role, before anyone merely named later.
    if (head !== undefined) {
      for (let i = pool.length - 1; i >= 0; i--) {
        const m = pool[i]!;
        if (fits(m, want, cue, described) && givesRole(m, head)) return m;
      }
    }
    for (let i = pool.length - 1; i >= 0; ) {
      const sentence = pool[i]!.sentence;
      let j = i;
      while (j - 1 >= 0 && pool[j - 1]!.sentence === sentence) j--;
      const inSentence = pool.slice(j, i + 1).filter((m) => fits(m, want, cue, described));
      // A pronoun or description points to the first who fits (the sentence's subject); a quote credited to nobody, to the latest speaker.
      let found: Mention | undefined = subjectless ? inSentence[inSentence.length - 1] : inSentence[0];
      if (found?.kind === 'description') found = holder(found, cue) ?? undefined;
      // A quote credited to nobody never carries a speaker over a sentence where someone unnamed speaks
      // ("“…,” said Ruiz. Officials disagreed, saying … “…”").
      if (found && subjectless && blockedBetween(found, span.open)) return null;
      if (found) return found;
      i = j - 1;
    }
    return null;
  };
  // The person the role of description `d` points to, named before it (within HOLDER_PARAGRAPHS):
  // the latest named in a sentence that gives them the role, else the latest person who fits.
  const holder = (d: Mention, cue: Gender | undefined): Mention | null => {
    const head = d.head!;
    const before: Mention[] = [];
    for (let p = Math.max(0, d.paragraph - HOLDER_PARAGRAPHS); p <= d.paragraph; p++) for (const x of peopleOf(p)) if (x.at < d.at) before.push(x);
    for (const h of history) if (h.at < d.at && d.paragraph - h.paragraph <= HOLDER_PARAGRAPHS) before.push(h);
    before.sort((a, b) => a.at - b.at);
    // "Mayor Doug Frame": a name right after the role, the strongest tie.
    for (let i = before.length - 1; i >= 0; i--) {
      const m = before[i]!;
      const word = doc.text.slice(Math.max(0, m.at - 40), m.at).trimEnd().replace(/\.$/u, '').split(/\s+/).pop()?.toLowerCase();
      if (word === head && m.kind !== 'description' && m.kind !== 'org') return m;
    }
    let latest: Mention | null = null;
    for (let i = before.length - 1; i >= 0; i--) {
      const m = before[i]!;
      if (m.kind === 'description' || m.kind === 'org' || !fits(m, 'person', cue, true)) continue;
      if (givesRole(m, head)) return m;
      latest ??= m;
    }
    return latest;
  };
  const descriptions = roleSubjects(c);
  let m = 0;
  spans.forEach((span, q) => {
    while (m < speech.length && speech[m]!.at < span.open) history.push(speech[m++]!);
    if (!result[q]) {
      const p = pending[q];
      const cue = genderCue(c, quoteToken[q]!, p);
      const subject = p?.subject;
      const role = subject?.kind === 'unnamed' ? describes(c, subject.head) : null;
      const want: Want = role ?? (cue === 'n' ? 'org' : subject?.kind === 'pronoun' && subject.pronoun !== 'they' && subject.pronoun !== 'we' ? 'person' : 'any');
      const window = subject ? PRONOUN_PARAGRAPHS : CONTINUATION_PARAGRAPHS;
      let found = resolve(q, window, want, cue, !subject, role !== null && subject?.kind === 'unnamed' ? subject.head : undefined);
      // "she said" with nobody of hers in three paragraphs: the latest speaker who fits, a few paragraphs further back.
      if (!found && subject?.kind === 'pronoun' && cue && cue !== 'n') {
        const far = resolve(q, 2 * PRONOUN_PARAGRAPHS, want, cue, false);
        if (far && far.kind !== 'person' && far.kind !== 'description' && genderOf(far.speaker) === cue) found = far;
      }
      const rule = subject?.kind === 'pronoun' ? 'quote/pronoun' : role ? p!.rule : 'quote/continuation';
      if (found) {
        result[q] = { rule, speaker: found.speaker };
        if (cue && cue !== 'n' && !genderOf(found.speaker)) genders.set(lastWord(found.speaker.name), cue);
      } else if (subject) result[q] = { rule, speaker: null };
    }
    const got = result[q];
    if (got?.speaker) {
      const sp = got.speaker;
      history.push({ at: span.open, paragraph: span.paragraph, sentence: tokens[quoteToken[q]!]!.sentence, speaker: sp, kind: 'quote' });
    }
  });
  backfillRunningQuotes();

  // A headline's quote ("‘Hard choices’ ahead for council") is the words of whoever the story
  // credits with them: the speaker of the first later quote that holds the same words.
  spans.forEach((span, q) => {
    if (doc.paragraphs[span.paragraph]?.role !== 'headline' || result[q]?.speaker) return;
    const words = normalizeWords(doc.text.slice(span.start, span.end));
    if (!words) return;
    for (let r = q + 1; r < spans.length; r++) {
      const got = result[r];
      if (got?.speaker && normalizeWords(doc.text.slice(spans[r]!.start, spans[r]!.end)).includes(words)) {
        result[q] = { rule: 'quote/headline', speaker: got.speaker };
        return;
      }
    }
  });

  return result.map((r) => r ?? { rule: 'quote/unattributed', speaker: null });
}

/** Lower-case words of `text` joined by single spaces, without punctuation, for comparing quoted words. */
function normalizeWords(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/**
 * What a definite description names: a person for a title or party word ("the mayor", "the
 * Kentucky Republican"), an organisation for an organisation word ("the company", "the agency");
 * null for anything else ("the report") or no description.
 */
function describes(c: NameContext, head: string | undefined): Want | null {
  if (!head) return null;
  if (c.words.titles.has(head) || c.words.demonyms.has(head)) return 'person';
  if (c.words.orgs.has(head)) return 'org';
  return null;
}
