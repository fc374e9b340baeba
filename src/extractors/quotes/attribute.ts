/**
 * Speaker sieves, from most to least certain (after CoreNLP's quote attribution). Each sieve
 * touches only quotes still without an attribution.
 *
 * 1. Same sentence: a speech verb whose subject names the speaker.
 *    - said-after:  "…,” Lena Ortiz said" / "…,” said Health Minister Lena Ortiz"
 *    - said-later:  "…” over the budget, she added."  (verb later in the sentence after the quote)
 *    - said-before: "Ortiz replied, “…”"
 *    - verb-that:   "Ortiz said that the plan was “dead”", "the ministry dismissed it as “noise”"
 *    - according-to: "“…,” according to the mayor’s office"
 *    - possessive:  "Ruiz’s claim that … “…”" (a noun for something said after a possessive name)
 *    - dash-credit: "“…” ― Ida Moss" (reader comments, pull quotes)
 *    - said-next:   "“…?” Ruiz said." / "“….” ¶ Ruiz said." (a short sentence right after that only says who spoke)
 *    - transcript:  "“HOLLOWAY: …”", "MARSH: … “…”" (all-capitals speaker labels)
 *    - org:         a "Newswire: …" line (an outlet's headline) speaks for the outlet.
 *    - sentence-subject: a partial quote with no speech verb takes its sentence's named subject
 *      ("Ruiz openly admires X as a “strong leader”").
 *    A quote that opens its sentence tries the words after it first; a quote inside a sentence
 *    tries the subject before it first ("Ruiz told X that … “…,” a paper reported": Ruiz's words).
 * 2. pronoun: "he said" -> the person opening the sentence before (when more recent than any
 *    speaker mention), else the nearest speaker mention before it (within 3 paragraphs), else the
 *    nearest person name compromise finds.
 * 3. continuation: an unattributed quote takes the nearest speaker in its own or the previous
 *    paragraph; an unclosed paragraph of a running quote takes the next segment's speaker.
 * Whatever is left is quote/unattributed with speaker null.
 */
import type { Doc } from '../../document.js';
import type { Paragraph } from '../../layout/index.js';
import type { Speaker } from '../../types.js';
import { NameIndex, nameContext, subjectAfter, subjectBefore, type NameContext, type Subject } from './names.js';
import type { QuoteSpan } from './spans.js';
import { isCapitalised, isPossessive, stripPossessive, type Token } from './tokens.js';
import type { QuoteWords } from './words.js';
import { trimName } from '../../trim.js';

export interface Attribution {
  speaker: Speaker | null;
  rule: string;
}

interface Pending {
  rule: string;
  subject: Subject;
}

const MAX_AFTER = 15;
/** At most this many tokens on either side of a quote count as its sentence (keeps hostile input linear). */
const MAX_WINDOW = 80;
const PRONOUN_PARAGRAPHS = 3;
const CONTINUATION_PARAGRAPHS = 1;
const BULLETS = new Set(['-', '•', '*', '–', '—']);
const MAX_COLON_NAME = 4;
/** How many earlier speakers a pronoun looks back through for one of its gender. */
const MAX_LOOKBACK = 8;
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

/**
 * The subject of the speech verb at `k`, or null. A present form ("reports", "calls") counts as a
 * verb only with a named or pronoun subject: "dismissed reports of …" has the noun "reports".
 */
function verbSubject(c: Ctx, k: number, len: number, lo: number): Subject | null {
  const s = subjectBefore(c, k, lo);
  const form = c.tokens.slice(k, k + len).map((t) => t.lower).join(' ');
  return s?.kind === 'unnamed' && c.words.presents.has(form) ? null : s;
}

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
    const len = verbAt(c, k);
    if (!len) continue;
    const adjacent = c.tokens.slice(tq + 1, k).every((t) => t.kind === 'punct');
    const subject = verbSubject(c, k, len, tq + 1) ?? (adjacent ? subjectAfter(c, k + len, hi) : null);
    if (!subject) return null;
    const wordsBefore = c.tokens.slice(tq + 1, k).filter((t) => t.kind === 'word').length;
    return { rule: adjacent || wordsBefore <= 4 ? 'quote/said-after' : 'quote/said-later', subject };
  }
  return null;
}

/** Rule said-before / verb-that: the last speech verb before the quote in its sentence that has a subject. */
function fromBefore(c: Ctx, tq: number, lo: number): Pending | null {
  for (let k = tq - 1; k >= lo; k--) {
    const len = verbAt(c, k);
    if (!len) continue;
    const subject = verbSubject(c, k, len, lo);
    if (!subject) continue;
    const adjacent = c.tokens.slice(k + len, tq).every((t) => t.kind === 'punct');
    return { rule: adjacent ? 'quote/said-before' : 'quote/verb-that', subject };
  }
  return null;
}

/** Rule according-to: "according to X" in the quote's sentence, after it or before it. */
function fromAccordingTo(c: Ctx, lo: number, tq: number, hi: number): Pending | null {
  for (let k = lo; k < hi; k++) {
    if (k === tq || c.tokens[k]!.lower !== 'according' || c.tokens[k + 1]?.lower !== 'to') continue;
    const end = k < tq ? tq - 1 : hi;
    const subject = subjectAfter(c, k + 2, end);
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
  if (k === first || k >= tq || tokens[k]!.text !== ':') return null;
  const name = c.text.slice(tokens[first]!.start, tokens[k - 1]!.end);
  if (c.words.sections.has(name.toLowerCase())) return null;
  if (k - first === 1 && c.lowerSeen.has(tokens[first]!.lower)) return null;
  return { rule: 'quote/org', subject: { kind: 'name', name, title: null } };
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
function transcriptLabel(c: Ctx, text: string): Subject | null {
  const m = TRANSCRIPT_LABEL.exec(text);
  if (!m) return null;
  const words = m[1]!.split(' ').filter((w) => !c.words.titles.has(w.toLowerCase().replace(/\.$/, '')));
  const last = words[words.length - 1];
  if (!last || c.words.sections.has(m[1]!.toLowerCase()) || c.words.stops.has(last.toLowerCase())) return null;
  // The document's own spelling of the surname ("MCCAIN" -> "McCain"), else the word in title case.
  const written = c.tokens.find((t) => t.kind === 'word' && t.text !== last && t.text.toUpperCase() === last)?.text;
  const name = words.slice(0, -1).map(titleCase).concat(written ?? titleCase(last)).join(' ');
  return { kind: 'name', name, title: null };
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
  const text = inside ? c.text.slice(q.start + 1, q.end) : c.text.slice(c.tokens[c.paragraphStart[q.paragraph]!]!.start, q.start);
  const subject = transcriptLabel(c, text);
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
  let k = lo;
  // "At the rally, Ruiz …": skip one leading phrase up to its comma.
  if (c.words.stops.has(tokens[k]!.lower)) {
    let j = k;
    while (j < tq && j - k <= MAX_LEAD_PHRASE && tokens[j]!.text !== ',' && tokens[j]!.kind !== 'quote') j++;
    if (j >= tq || tokens[j]!.text !== ',') return null;
    k = j + 1;
  }
  if (k >= tq || tokens[k]!.kind !== 'word' || !isCapitalised(tokens[k]!)) return null;
  // "Following Monday’s debate": a sentence-initial word the document writes in lower case is no name.
  if (c.lowerSeen.has(tokens[k]!.lower) && !c.words.titles.has(tokens[k]!.lower)) return null;
  const s = subjectAfter(c, k, tq - 1);
  if (s?.kind !== 'name' || /[’']s$/u.test(s.name)) return null;
  // The token after the name phrase (and a short parenthetical): a lower-case verb-like word.
  let e = k;
  while (e < tq && (isCapitalised(tokens[e]!) || tokens[e]!.text === '.' || c.words.titles.has(tokens[e]!.lower) || c.words.particles.has(tokens[e]!.lower))) e++;
  if (tokens[e]?.text === '(') {
    const close = tokens.slice(e, Math.min(tq, e + MAX_PAREN_TOKENS)).findIndex((t) => t.text === ')');
    if (close > 0) e += close + 1;
  }
  // "Ida Moss, R-Ore., despite doubts, backed …": one appositive between commas.
  if (tokens[e]?.text === ',') {
    const close = tokens.slice(e + 1, Math.min(tq, e + 1 + MAX_APPOSITIVE_TOKENS)).findIndex((t) => t.text === ',');
    if (close >= 0) e += close + 2;
  }
  if (tokens[e]?.kind === 'word' && isPossessive(tokens[e - 1]!)) return null;
  const next = tokens[e];
  if (!next || e >= tq || next.kind !== 'word' || isCapitalised(next) || c.words.stops.has(next.lower)) return null;
  // "Ruiz is a …" describes; "Ruiz is again questioning …", "Ruiz has called …" act.
  if (AUXILIARIES.has(next.lower) && !tokens.slice(e + 1, Math.min(tq, e + 4)).some((t) => t.kind === 'word' && VERB_FORM.test(t.lower))) return null;
  return { rule: 'quote/sentence-subject', subject: s };
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
  return trimName(name);
}

function named(c: Ctx, s: { name: string; title: string | null }, at: number): Speaker {
  const name = cleanName(c.index.fullest(cleanName(s.name), at));
  return s.title ? { name, title: s.title } : { name };
}

interface Mention {
  at: number;
  paragraph: number;
  speaker: Speaker;
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
  if (p?.subject.kind === 'pronoun') return c.words.genders.get(p.subject.pronoun);
  const first = c.tokens[bounds(c, tq).lo]!;
  return first.kind === 'word' && c.words.pronouns.has(first.lower) ? c.words.genders.get(first.lower) : undefined;
}

/** Named subjects of every speech verb outside quotes ("Ruiz said that …"), in text order. */
function speechMentions(c: Ctx): Mention[] {
  const out: Mention[] = [];
  const { tokens } = c;
  let sentStart = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k === 0 || t.sentence !== tokens[k - 1]!.sentenceEnd || t.paragraph !== tokens[k - 1]!.paragraph) sentStart = k;
    if (!verbAt(c, k)) continue;
    // Table rows, bylines, page furniture and list items that are not sentences: no speech verb there names a speaker.
    if (!holdsSentences(c.doc.paragraphs[t.paragraph])) continue;
    const s = subjectBefore(c, k, sentStart);
    if (s?.kind === 'name') out.push({ at: t.start, paragraph: t.paragraph, speaker: named(c, s, t.start) });
  }
  return out;
}

/**
 * The person who is the subject of the sentence before the quote's sentence (in its paragraph or
 * the one before), when that sentence opens with a person's name: "Ida Moss, D-Ore., despite …,
 * backed the bill. ¶ “…,” she said." -> Ida Moss. Compromise must read the name as a person.
 */
function previousSubject(c: Ctx, tq: number): Mention | null {
  const { tokens } = c;
  const { lo } = bounds(c, tq);
  const end = lo - 1;
  const last = tokens[end];
  if (!last || tokens[tq]!.paragraph - last.paragraph > 1) return null;
  let k = end;
  while (k > 0 && end - k < MAX_WINDOW && tokens[k - 1]!.paragraph === last.paragraph && tokens[k - 1]!.sentenceEnd === last.sentence) k--;
  if (tokens[k]!.kind !== 'word') return null;
  const s = subjectAfter(c, k, Math.min(end, k + MAX_AFTER));
  if (s?.kind !== 'name' || s.name.split(' ').some((w) => c.words.stops.has(w.toLowerCase()))) return null;
  const t = tokens[k]!;
  const at = c.text.indexOf(s.name, t.start);
  if (at < 0 || !c.doc.peopleIn(at, at + s.name.length).some((m) => m.start < at + s.name.length && m.end > at)) return null;
  return { at: t.start, paragraph: t.paragraph, speaker: named(c, s, t.start) };
}

/**
 * Attributes every quote span (work titles already removed) in `doc`, returning one
 * attribution per span.
 */
export function attributeQuotes(doc: Doc, spans: readonly QuoteSpan[], tokens: readonly Token[], words: QuoteWords): Attribution[] {
  const base = nameContext(doc, tokens, words);
  const quoteToken: number[] = [];
  tokens.forEach((t, k) => {
    if (t.kind === 'quote' && t.quote !== undefined) quoteToken[t.quote] = k;
  });
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
    if (p.subject.kind === 'unnamed') return { rule: p.rule, speaker: null };
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

  // Sieves 2 and 3 in one sweep in text order: the latest speaker mention before each quote whose
  // gender does not clash with the quote's pronoun ("Mr Vance said … She disagreed, calling it “…”").
  const mentions = speechMentions(c);
  const genders = titleGenders(c);
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
  const history: Mention[] = [];
  const latest = (paragraph: number, window: number, cue: Gender | undefined): Mention | null => {
    for (let i = history.length - 1; i >= 0 && history.length - i <= MAX_LOOKBACK; i--) {
      const h = history[i]!;
      if (paragraph - h.paragraph > window) break;
      const g = genderOf(h.speaker);
      if (!cue || !g || g === cue) return h;
    }
    return null;
  };
  let m = 0;
  spans.forEach((span, q) => {
    while (m < mentions.length && mentions[m]!.at < span.open) history.push(mentions[m++]!);
    if (!result[q]) {
      const p = pending[q];
      const cue = genderCue(c, quoteToken[q]!, p);
      if (p?.subject.kind === 'pronoun') {
        const prev = latest(span.paragraph, PRONOUN_PARAGRAPHS, cue);
        const subj = previousSubject(c, quoteToken[q]!);
        if (subj && (!prev || prev.at < subj.at) && (!cue || !genderOf(subj.speaker) || genderOf(subj.speaker) === cue)) {
          result[q] = { rule: 'quote/pronoun', speaker: subj.speaker };
          if (cue && !genderOf(subj.speaker)) genders.set(lastWord(subj.speaker.name), cue);
        } else if (prev) {
          result[q] = { rule: 'quote/pronoun', speaker: prev.speaker };
          if (cue && !genderOf(prev.speaker)) genders.set(lastWord(prev.speaker.name), cue);
        } else if (history.length && span.paragraph - history[history.length - 1]!.paragraph <= PRONOUN_PARAGRAPHS) {
          result[q] = { rule: 'quote/pronoun', speaker: null };
        } else {
          // The last person compromise names before the quote, within reach: only those sentences are parsed.
          const from = Math.max(doc.paragraphs[Math.max(0, span.paragraph - (PRONOUN_PARAGRAPHS - 1))]!.start, span.open - PRONOUN_REACH);
          const found = doc.peopleIn(from, span.open).filter((n) => n.start < span.open);
          const last = found[found.length - 1];
          const before = last ? { at: last.start, name: last.text } : null;
          result[q] = before
            ? { rule: 'quote/pronoun', speaker: { name: c.index.fullest(cleanName(before.name.replace(/[’']s$/u, '')), before.at) } }
            : { rule: 'quote/pronoun', speaker: null };
        }
      } else {
        const prev = latest(span.paragraph, CONTINUATION_PARAGRAPHS, cue);
        // "Ida Moss, a senator, praised the bill. “It is overdue.”": the person who opens the sentence before.
        const subj = previousSubject(c, quoteToken[q]!);
        if (subj && (!prev || prev.at < subj.at) && (!cue || !genderOf(subj.speaker) || genderOf(subj.speaker) === cue)) {
          result[q] = { rule: 'quote/continuation', speaker: subj.speaker };
        } else if (prev) result[q] = { rule: 'quote/continuation', speaker: prev.speaker };
      }
    }
    const got = result[q];
    if (got?.speaker) history.push({ at: span.open, paragraph: span.paragraph, speaker: got.speaker });
  });
  backfillRunningQuotes();

  return result.map((r) => r ?? { rule: 'quote/unattributed', speaker: null });
}
