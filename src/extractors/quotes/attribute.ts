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
 *    - org:         a "Newswire: …" line (an outlet's headline) speaks for the outlet.
 *    A quote that opens its sentence tries the words after it first; a quote inside a sentence
 *    tries the subject before it first ("Ruiz told X that … “…,” a paper reported": Ruiz's words).
 * 2. pronoun: "he said" -> the nearest speaker mention before it (within 3 paragraphs), else the
 *    nearest person name compromise finds.
 * 3. continuation: an unattributed quote takes the nearest speaker in its own or the previous
 *    paragraph; an unclosed paragraph of a running quote takes the next segment's speaker.
 * Whatever is left is quote/unattributed with speaker null.
 */
import type { Doc } from '../../document.js';
import type { Speaker } from '../../types.js';
import { NameIndex, nameContext, subjectAfter, subjectBefore, type NameContext, type Subject } from './names.js';
import type { QuoteSpan } from './spans.js';
import { isCapitalised, stripPossessive, type Token } from './tokens.js';
import type { QuoteWords } from './words.js';

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
const EDGE_PUNCT = /^[\s\p{P}]+|[\s,;:!?]+$|(?<=\p{Ll}{2})\.$/gu;
/** A paragraph of at most this many tokens can be a headline line. */
const MAX_HEADLINE_TOKENS = 40;

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
  for (const form of c.words.verbHeads.get(t.lower) ?? []) {
    if (form.every((w, i) => c.tokens[k + i]?.lower === w)) return form.length;
  }
  return 0;
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

function firstAttribution(c: Ctx, tq: number): Pending | null {
  const { lo, hi } = bounds(c, tq);
  const opensSentence = !c.tokens.slice(lo, tq).some((t) => t.kind === 'word');
  const rules = opensSentence
    ? [() => fromAfter(c, tq, hi), () => fromAccordingTo(c, lo, tq, hi)]
    : [() => fromBefore(c, tq, lo), () => fromAccordingTo(c, lo, tq, hi), () => fromAfter(c, tq, hi)];
  for (const r of rules) {
    const found = r();
    if (found) return found;
  }
  return fromColonSource(c, tq);
}

/** A name without the punctuation a parser may leave at its edges ("Ada Ruiz," -> "Ada Ruiz"). */
function cleanName(name: string): string {
  return name.replace(EDGE_PUNCT, '');
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

type Gender = 'm' | 'f';

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
    const s = subjectBefore(c, k, sentStart);
    if (s?.kind === 'name') out.push({ at: t.start, paragraph: t.paragraph, speaker: named(c, s, t.start) });
  }
  return out;
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
  const genderOf = (sp: Speaker) => genders.get(lastWord(sp.name));
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
  let people: { at: number; paragraph: number; name: string }[] | null = null;
  let pi = 0;
  let lastPerson: { at: number; paragraph: number; name: string } | null = null;
  spans.forEach((span, q) => {
    while (m < mentions.length && mentions[m]!.at < span.open) history.push(mentions[m++]!);
    if (!result[q]) {
      const p = pending[q];
      const cue = genderCue(c, quoteToken[q]!, p);
      if (p?.subject.kind === 'pronoun') {
        const prev = latest(span.paragraph, PRONOUN_PARAGRAPHS, cue);
        if (prev) {
          result[q] = { rule: 'quote/pronoun', speaker: prev.speaker };
          if (cue && !genderOf(prev.speaker)) genders.set(lastWord(prev.speaker.name), cue);
        } else if (history.length && span.paragraph - history[history.length - 1]!.paragraph <= PRONOUN_PARAGRAPHS) {
          result[q] = { rule: 'quote/pronoun', speaker: null };
        } else {
          people ??= doc.people().map((n) => ({ at: n.start, paragraph: doc.paragraphIndexAt(n.start), name: n.text }));
          while (pi < people.length && people[pi]!.at < span.open) lastPerson = people[pi++]!;
          const before = lastPerson && span.paragraph - lastPerson.paragraph <= PRONOUN_PARAGRAPHS - 1 ? lastPerson : null;
          result[q] = before
            ? { rule: 'quote/pronoun', speaker: { name: c.index.fullest(cleanName(before.name.replace(/[’']s$/u, '')), before.at) } }
            : { rule: 'quote/pronoun', speaker: null };
        }
      } else {
        const prev = latest(span.paragraph, CONTINUATION_PARAGRAPHS, cue);
        if (prev) result[q] = { rule: 'quote/continuation', speaker: prev.speaker };
      }
    }
    const got = result[q];
    if (got?.speaker) history.push({ at: span.open, paragraph: span.paragraph, speaker: got.speaker });
  });
  backfillRunningQuotes();

  return result.map((r) => r ?? { rule: 'quote/unattributed', speaker: null });
}
