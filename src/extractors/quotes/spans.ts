/**
 * Quote spans: where quotation marks open and close, paragraph by paragraph. A linear scan, no
 * regex: an opening mark starts a span, its pair's closing mark ends it; a straight mark, whose
 * opener and closer are the same character, opens or closes by its neighbours.
 */
import type { Doc } from '../../document.js';
import type { MarkPair } from './words.js';
import { alternation } from '../../lexicon.js';

/** A quoted span: the marks' offsets and the trimmed text between them. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset one past the closing mark, or the paragraph's end when the quote never closes there. */
  close: number;
  /** Trimmed content between the marks. */
  start: number;
  end: number;
  paragraph: number;
  /** False when the paragraph ended before a closing mark (a quote running on into the next paragraph). */
  closed: boolean;
  /** A nickname inside a name: no quote, and no token either (see tokens.ts). */
  silent?: boolean;
}

const NAME_AFTER = /^\s\p{Lu}\p{Ll}/u;

/** "Rep. Robert C. “Bobby” Scott", "singer Riefian “Ifan” Fajarsyah": one or two capitalised words quoted between the parts of a name. */
export function isNickname(text: string, q: QuoteSpan): boolean {
  const inner = text.slice(q.start, q.end);
  if (!/^\p{Lu}/u.test(inner) || /[.,!?;:]$/u.test(inner) || inner.split(/\s+/).length > 2) return false;
  const before = text.slice(Math.max(0, q.open - 40), q.open);
  // A capitalised word or an initial ("C.") and one space before the mark.
  const word = before.endsWith(' ') && !before.endsWith('  ') ? before.slice(0, -1).split(/\s/).pop()! : '';
  return /^\p{Lu}/u.test(word) && !/[,;:!?]$/u.test(word) && (!word.endsWith('.') || word.length === 2) && NAME_AFTER.test(text.slice(q.close, q.close + 3));
}

const SPACE = /\s/;
/** What may stand right before a straight opening mark: nothing (paragraph start), space, a bracket or a dash. */
const BEFORE_OPEN = /[\s([{:\u2014\u2013/-]/u;
/** What may stand right after a straight closing mark: nothing (paragraph end), space or punctuation. */
const AFTER_CLOSE = /[\s\p{P}]/u;
const DIGIT = /\p{N}/u;
const WORD_START = /[\p{L}\p{N}]/u;

/**
 * How a straight mark (one character for both ends) reads from its neighbours: an opener stands
 * after space or a bracket and before a non-space ("said: "We"), a closer after a non-space and
 * before space or punctuation ("won," he). Anything else, and a digit's inch mark ("a 5" gap"),
 * is no quote mark at all.
 */
function straightRole(text: string, i: number, from: number, to: number, open: boolean): 'open' | 'close' | null {
  const prev = i > from ? text[i - 1]! : '';
  const next = i + 1 < to ? text[i + 1]! : '';
  const closes = prev !== '' && !SPACE.test(prev) && (next === '' || AFTER_CLOSE.test(next));
  if (DIGIT.test(prev) && !(open && closes && next !== '-')) return null;
  if ((prev === '' || BEFORE_OPEN.test(prev)) && next !== '' && !SPACE.test(next)) return 'open';
  return closes ? 'close' : null;
}

/**
 * Every quoted span of `doc`, in text order. A span never crosses its paragraph's end, so a stray
 * mark costs one quote, never the document. A second opening mark while a curly quote is open
 * restarts the span there (the first was stray); a straight opener while a straight quote is open
 * ends the open one there (a reopened quote: "We won. "Next week…"). Empty and whitespace-only
 * spans are skipped.
 */
export function findQuoteSpans(doc: Doc, marks: readonly MarkPair[]): QuoteSpan[] {
  const closerOf = new Map(marks.map((m) => [m.open, m.close]));
  const closers = new Set(marks.map((m) => m.close));
  const text = doc.text;
  // Only a mark changes anything below: the scan goes from one to the next. The last search is
  // remembered (no mark in [searchedFrom, nextMark)), so paragraphs without one cost one pass in all.
  const anyMark = new RegExp(alternation(marks.flatMap((m) => [m.open, m.close])), 'g');
  let searchedFrom = Infinity;
  let nextMark = -1;
  const markFrom = (i: number): number => {
    if (i >= searchedFrom && i <= nextMark) return nextMark;
    anyMark.lastIndex = i;
    searchedFrom = i;
    nextMark = anyMark.exec(text)?.index ?? text.length;
    return nextMark;
  };
  const out: QuoteSpan[] = [];
  doc.paragraphs.forEach((p, paragraph) => {
    let openAt = -1;
    let closer = '';
    const emit = (open: number, inner: number, innerEnd: number, close: number, closed: boolean) => {
      let s = inner;
      let e = innerEnd;
      while (s < e && SPACE.test(text[s]!)) s++;
      while (e > s && SPACE.test(text[e - 1]!)) e--;
      if (e > s) out.push({ open, close, start: s, end: e, paragraph, closed });
    };
    // A quote opened with one kind of mark and closed with another ("“We won."", ""We won.”"): the
    // first other closer in closing position, used when the paragraph ends with the quote still open.
    let otherClose = -1;
    let nested = false;
    const before = out.length;
    for (let i = markFrom(p.start); i < p.end; i = markFrom(i + 1)) {
      const c = text[i]!;
      const cl = closerOf.get(c);
      // A quote inside the open one ("“A ‘b’ c" with other marks) closes its own marks: not a candidate then.
      if (openAt >= 0 && cl !== undefined && cl !== c && c !== closer && cl !== closer) nested = true;
      if (openAt >= 0 && otherClose < 0 && !nested && c !== closer && closers.has(c) && (cl !== c || straightRole(text, i, p.start, p.end, false) === 'close')) otherClose = i;
      if (cl === c) {
        // A straight mark: its role comes from its neighbours, not from alternation.
        const role = straightRole(text, i, p.start, p.end, openAt >= 0 && closer === c);
        if (role === 'open') {
          if (openAt >= 0 && closer === c) emit(openAt, openAt + 1, i, i, true);
          if (openAt < 0 || closer === c) {
            openAt = i;
            closer = c;
          }
        } else if (role === 'close' && openAt >= 0 && closer === c) {
          emit(openAt, openAt + 1, i, i + 1, true);
          openAt = -1;
          otherClose = -1;
          nested = false;
        }
      } else if (openAt < 0) {
        if (cl !== undefined) {
          openAt = i;
          closer = cl;
        } else if (closers.has(c) && (i === p.start || SPACE.test(text[i - 1]!)) && i + 1 < p.end && WORD_START.test(text[i + 1]!)) {
          // "”Fear. I am afraid.” ― Ida Moss": a closing mark typed where the opening one belongs.
          openAt = i;
          closer = c;
        }
      } else if (c === closer) {
        emit(openAt, openAt + 1, i, i + 1, true);
        openAt = -1;
        otherClose = -1;
        nested = false;
      } else if (cl === closer) {
        // "“A …" “B …”": A closed with another kind of mark; else "“A … “B …”": A's opener was stray. B starts here.
        if (otherClose > openAt) emit(openAt, openAt + 1, otherClose, otherClose + 1, true);
        otherClose = -1;
        nested = false;
        openAt = i;
      }
    }
    // A headline without double marks may quote in single ones.
    if (p.role === 'headline' && openAt < 0 && out.length === before) out.push(...headlineSingleQuotes(text, p.start, p.end, paragraph));
    if (openAt >= 0 && otherClose > openAt) {
      emit(openAt, openAt + 1, otherClose, otherClose + 1, true);
      // The text after the mismatched closer is read again, for the quotes it holds.
      const rest = findQuoteSpans({ text, paragraphs: [{ ...p, start: otherClose + 1 }] } as unknown as Doc, marks);
      for (const r of rest) out.push({ ...r, paragraph });
    } else if (openAt >= 0) emit(openAt, openAt + 1, p.end, p.end, false);
  });
  return out;
}

/** Single marks in a headline: ‘…’ or '…', opening at the start or after a space, closing before a space, punctuation or the end. */
const HEADLINE_SINGLE = /(?<![\p{L}\p{N}])(['‘])([^'‘’\n]{1,120}?[^\s'‘’])['’](?![\p{L}\p{N}])/gu;

/**
 * A headline quotes in single marks ("‘Hard choices’ ahead for council"), where the apostrophe
 * would otherwise read as one: quotes there, and only there, open with ‘ or ' after nothing, a
 * space or a bracket and close with ’ or ' before a space, punctuation or the end.
 */
function headlineSingleQuotes(text: string, start: number, end: number, paragraph: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const m of text.slice(start, end).matchAll(HEADLINE_SINGLE)) {
    const open = start + m.index;
    const inner = open + m[1]!.length;
    out.push({ open, close: inner + m[2]!.length + 1, start: inner, end: inner + m[2]!.length, paragraph, closed: true });
  }
  return out;
}
