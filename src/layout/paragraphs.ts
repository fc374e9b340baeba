/**
 * Paragraphs and soft line breaks: which line ends a reader sees as the end of a paragraph (or of a
 * headline, a table row, a list item) and which are only where a line was wrapped, to be read as a
 * space.
 *
 * Read from the document's own layout, as a reader does:
 * - a blank line, a table row or list item on either side, or a line indented deeper than the one
 *   before ends a paragraph;
 * - in text whose paragraphs open with an indented line and go on flush (wire copy), a line that
 *   goes on at the base indent is the same paragraph;
 * - in text wrapped at a width (most lines end near one column, mid-sentence, and the next line
 *   often goes on in lower case), a line ends where it does because the next word did not fit:
 *   when the next line's first word would have fitted, the line ended on purpose (a paragraph, a
 *   headline, a dateline); when it would not, the break is soft. In text with one sentence per
 *   line, a full line that ends a sentence still ends a paragraph.
 * - whatever the width, a line that stops mid-sentence and a next line that goes on in lower case
 *   are one paragraph ("…the⏎company said"): ragged text (pasted from PDF or e-mail) has no width.
 * A word hyphenated across a line end ("govern-⏎ment") is one word: the hyphen goes when the
 * document writes the word whole elsewhere or the second part is only a word ending
 * (layout-word-endings.txt), and stays when the document writes the compound elsewhere
 * ("long-⏎term" is "long-term"); without such evidence the break is a space, which keeps a
 * suspended hyphen ("pre-⏎and post-war") as written.
 */
import { isAbbreviation } from '../abbreviation.js';
import { readWordSet } from '../lexicon.js';
import { isDateOnly, isTitleLike, opensHeadItem } from './head.js';
import type { Line } from './lines.js';

/** How line i runs into line i + 1. */
export type Break = 'hard' | 'soft' | 'join' | 'join-hyphen';

/** Wrapped text is not wider than this; a longer "width" is a paragraph per line. */
const MAX_WIDTH = 200;
const MIN_WIDTH = 20;
/** A line shorter than this that ends a sentence was not wrapped (and without a width, a shorter one is never taken as wrapped). */
const MIN_RAGGED = 40;
/** Without a width, a line at least this share of its block's longest may have been wrapped. */
const NEAR_LONGEST = 0.85;
/** A sentence wrapped without a width to tell holds at most this many lines. */
const MAX_SENTENCE_LINES = 3;
/** How many lines from the top a byline, dateline or date line may open. */
const HEAD_LINES = 6;
const TERMINAL = /[.!?…]["'”’)\]»]{0,3}$/u;
const LOWER_START = /^\p{Ll}/u;
const LEADING_DASH = /^[-–—(\[][ ]{0,2}/u;
const WORD_START = /^[\p{L}\p{N}]/u;
const DIGIT_START = /^[$£€¥]?\p{N}/u;
/** A line ending on a word in capitals. */
const CAPITALS_END = /(?:^|[^\p{L}])\p{Lu}{2,30}$/u;
const LAST_WORD = /(?:^|[^\p{L}])(\p{L}{1,30})$/u;
const UPPER_START = /^["“‘'(\[«]?[\p{Lu}\p{N}]/u;
const HYPHENATED_END = /\p{L}\p{L}-$/u;
/** The parts of a word hyphenated across a line end, each at most MAX_FRAGMENT letters (read from bounded slices). */
const MAX_FRAGMENT = 40;
const HEAD_FRAGMENT = /([\p{L}\p{M}]{1,40})-$/u;
const TAIL_FRAGMENT = /^[\p{L}\p{M}]{1,40}/u;
const WORD = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu;
/** A sentence ending inside a line: ". The", "?” She" (the word before it is read apart, from a bounded slice). */
const MID_SENTENCE_END = /[.!?]["'”’)]{0,2} {1,3}["“‘(]?\p{Lu}/gu;
/** The word right before a stop (applied to the 30 characters before it). */
const WORD_BEFORE_STOP = /(\p{L}{2,30})$/u;

interface Stats {
  /** Paragraphs open with an indented line and go on at this indent; null when indents mark nothing. */
  baseIndent: number | null;
  /** The wrap width, or null when lines are not wrapped at one. */
  width: number | null;
  /** Sentences end lines, and lines rarely hold the end of one sentence and the start of the next. */
  sentencePerLine: boolean;
  /** How many columns [from, to) of the text took as given. */
  columns: (from: number, to: number) => number;
}

/** The break after each line (the last line's is 'hard'). */
export function readBreaks(text: string, lines: readonly Line[], columns: (from: number, to: number) => number = (a, b) => b - a): Break[] {
  const stats = readStats(text, lines, columns);
  const breaks: Break[] = lines.map(() => 'hard');
  const blocks = readBlocks(text, lines, columns);
  let words: Set<string> | null = null;
  let seen = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (!a.blank) seen++;
    if (a.blank || b.blank || a.shape === 'row' || b.shape !== 'text') continue;
    const aText = text.slice(a.start + a.indent, a.contentEnd);
    const bText = text.slice(b.start + b.indent, b.contentEnd);
    if (a.shape === 'bullet' && !(b.indent > a.indent || stats.width !== null)) continue;
    if (b.indent > a.indent && !(a.shape === 'bullet' && b.indent <= a.indent + 6) && !isWrappedDoubleSpace(a, b, bText, stats)) continue;
    // Near the top, a byline, a dateline or a date line opens a line of its own, unless the line
    // before was full and ended a sentence, or a run of capitals that the next line goes on with
    // ("SOUTH⏎CHARLESTON, W.Va. --").
    if (seen <= HEAD_LINES && opensHeadItem(bText) && !(isFull(a, bText, stats) && (endsSentence(aText) || CAPITALS_END.test(aText)))) continue;
    if (HYPHENATED_END.test(aText) && LOWER_START.test(bText)) {
      words ??= wordsOf(text);
      breaks[i] = hyphenBreak(aText, bText, words);
      continue;
    }
    const context: BreakContext = { stats, block: blocks[i]!, headline: seen === 1 && isTitleLike(aText) };
    if (isSoft(a, b, aText, bText, context)) breaks[i] = 'soft';
  }
  return breaks;
}

interface BreakContext {
  stats: Stats;
  block: Block;
  /** The line is the document's first and reads as a title (capitals or title case). */
  headline: boolean;
}

function isSoft(a: Line, b: Line, aText: string, bLine: string, { stats, block, headline }: BreakContext): boolean {
  const ends = endsSentence(aText);
  // The next line's first word, past a dash or bracket a wrap may have put first ("- and which…").
  const bText = bLine.replace(LEADING_DASH, '');
  const full = isFull(a, bLine, stats);
  // A title-like first line ends where it does unless the next word could not have fitted.
  if (headline && !full) return false;
  if (stats.baseIndent !== null && b.indent <= stats.baseIndent) {
    // Wire copy: a line at the base indent goes on with its paragraph, unless a short line ended a sentence there.
    const short = stats.width !== null ? !full : stats.columns(a.start, a.contentEnd) < MIN_RAGGED;
    return !(ends && short && UPPER_START.test(bText) && a.indent <= stats.baseIndent);
  }
  // A sentence that goes on in lower case goes on in its paragraph, however short the line (ragged
  // text); a period that ended an abbreviation ("the U.S.⏎embassy") did not end the sentence.
  if (LOWER_START.test(bText) && !ends) return true;
  // A line that cannot end there (on a comma, "the", "of") goes on, and so does a figure after a
  // line that ended no sentence ("…rose by about⏎19 percent"); a date line stays apart.
  if (!ends && (runsOn(aText) || (DIGIT_START.test(bText) && !/:$/.test(aText) && !isDateOnly(bText)))) return true;
  if (stats.width === null) {
    // Too few lines to tell a width: one sentence wrapped in two or three lines (it ends on the
    // block's last line and nowhere before), each line but the last about as long as the longest.
    // A next line opening a quotation is a new one ("“…” ― Ann Lee⏎“…”").
    const len = stats.columns(a.start, a.contentEnd);
    return (
      !ends &&
      block.oneSentence &&
      len >= MIN_RAGGED &&
      len <= MAX_WIDTH &&
      len >= NEAR_LONGEST * block.width &&
      WORD_START.test(bText) &&
      !isDateOnly(bText)
    );
  }
  if (!full) return false;
  return !(ends && stats.sentencePerLine);
}

/** Whether the next line's first word would not have fitted on line `a` (false without a width). */
function isFull(a: Line, bLine: string, stats: Stats): boolean {
  return stats.width !== null && stats.columns(a.start, a.contentEnd) + 1 + firstToken(bLine).length > stats.width;
}

/** A run of lines without a blank one. */
interface Block {
  /** The longest line's width. */
  width: number;
  /** At most MAX_SENTENCE_LINES lines, the last ending a sentence and none before it. */
  oneSentence: boolean;
}

/** For each line, its block. */
function readBlocks(text: string, lines: readonly Line[], columns: (from: number, to: number) => number): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    let width = 0;
    let endsBefore = false;
    while (j < lines.length && !lines[j]!.blank) {
      const l = lines[j]!;
      width = Math.max(width, columns(l.start, l.contentEnd));
      if (j + 1 < lines.length && !lines[j + 1]!.blank && endsSentence(text.slice(l.start, l.contentEnd))) endsBefore = true;
      j++;
    }
    const n = j - i;
    const last = n > 0 ? lines[j - 1]! : null;
    const oneSentence = n >= 2 && n <= MAX_SENTENCE_LINES && !endsBefore && last !== null && endsSentence(text.slice(last.start, last.contentEnd));
    const block: Block = { width, oneSentence };
    for (let k = i; k < Math.max(j, i + 1); k++) out[k] = block;
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * A line opening with one space after a full line: text with two spaces between sentences, wrapped
 * at the first of them ("obsolete.  NATO" -> "obsolete.⏎ NATO"), not an indented paragraph.
 */
function isWrappedDoubleSpace(a: Line, b: Line, bText: string, stats: Stats): boolean {
  return b.indent === 1 && a.indent === 0 && stats.baseIndent === null && stats.width !== null && stats.columns(a.start, a.contentEnd) + 2 + firstToken(bText).length > stats.width;
}

/** Whether a line stops where no sentence or title can end: on a comma, an article, a conjunction, "of" (layout-run-on-words.txt). */
function runsOn(s: string): boolean {
  if (s.endsWith(',')) return true;
  const w = LAST_WORD.exec(s.slice(-32))?.[1];
  return w !== undefined && w === w.toLowerCase() && readWordSet('layout-run-on-words.txt').has(w);
}

/** Whether a line ends a sentence: a final stop that does not close an abbreviation ("the U.S.", "Gen."). */
function endsSentence(s: string): boolean {
  if (!TERMINAL.test(s)) return false;
  const dot = /\.["'”’)\]»]{0,3}$/u.exec(s);
  return !dot || !isAbbreviation(s.slice(Math.max(0, dot.index - 20), dot.index));
}

/** The first word of a line as a wrapper sees it: up to a space or tab (a no-break space binds). */
function firstToken(s: string): string {
  let i = 0;
  while (i < s.length && s[i] !== ' ' && s[i] !== '\t') i++;
  return s.slice(0, i);
}

function readStats(text: string, lines: readonly Line[], columns: (from: number, to: number) => number): Stats {
  // Inner lines: prose lines followed by another prose line.
  const inner: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (!a.blank && !b.blank && a.shape === 'text' && b.shape === 'text') inner.push(i);
  }
  const width = readWidth(text, lines, inner, columns);
  const stats: Stats = { baseIndent: null, width, sentencePerLine: readSentencePerLine(text, lines, inner), columns };
  // An indented line that goes on flush opens a paragraph (wire copy), unless its one space is a
  // wrapped double space.
  let dedents = 0;
  let continuationIndent = Infinity;
  for (const i of inner) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (a.indent <= b.indent) continue;
    const before = lines[i - 1];
    if (before && !before.blank && isWrappedDoubleSpace(before, a, text.slice(a.start + a.indent, a.contentEnd), stats)) continue;
    dedents++;
    continuationIndent = Math.min(continuationIndent, b.indent);
  }
  // Two paragraphs' worth of evidence: one indented line before a flush one may be a quirk.
  stats.baseIndent = dedents >= 2 ? continuationIndent : null;
  return stats;
}

/**
 * The column lines were wrapped at: the longest inner line, outliers aside (the 90th percentile,
 * plus a tenth); null unless the lines near it read as wrapped prose (most stop mid-sentence, and
 * some go on in lower case).
 */
function readWidth(text: string, lines: readonly Line[], inner: readonly number[], columns: (from: number, to: number) => number): number | null {
  if (inner.length < 2) return null;
  const lens = inner.map((i) => columns(lines[i]!.start, lines[i]!.contentEnd)).sort((x, y) => x - y);
  const p90 = lens[Math.floor(0.9 * (lens.length - 1))]!;
  let width = 0;
  for (const n of lens) if (n <= p90 * 1.1 + 1) width = n;
  if (width < MIN_WIDTH || width > MAX_WIDTH) return null;
  const band = width - Math.max(8, Math.round(0.2 * width));
  let near = 0;
  let midSentence = 0;
  let runsOnLower = 0;
  for (const i of inner) {
    const a = lines[i]!;
    const len = columns(a.start, a.contentEnd);
    if (len < band || len > width) continue;
    near++;
    if (!TERMINAL.test(text.slice(a.start, a.contentEnd))) midSentence++;
    const b = lines[i + 1]!;
    if (LOWER_START.test(text.slice(b.start + b.indent, b.contentEnd))) runsOnLower++;
  }
  // Prose wrapped at a width goes on in lower case at a third or more of its breaks (English words
  // are mostly lower case); lists and tables of short lines rarely do.
  const prose = (near >= 3 && runsOnLower >= 0.35 * near) || (near >= 4 && runsOnLower >= 0.25 * near);
  return prose && midSentence * 2 >= near ? width : null;
}

/** Whether sentences end lines: many inner lines end one, and almost none ends inside a line. */
function readSentencePerLine(text: string, lines: readonly Line[], inner: readonly number[]): boolean {
  let lineEnds = 0;
  for (const i of inner) if (endsSentence(text.slice(lines[i]!.start, lines[i]!.contentEnd))) lineEnds++;
  if (lineEnds < 2) return false;
  let midEnds = 0;
  for (const l of lines) {
    if (l.blank || l.shape !== 'text') continue;
    const s = text.slice(l.start, l.contentEnd);
    MID_SENTENCE_END.lastIndex = 0;
    for (let m = MID_SENTENCE_END.exec(s); m; m = MID_SENTENCE_END.exec(s)) {
      const word = WORD_BEFORE_STOP.exec(s.slice(Math.max(0, m.index - 30), m.index))?.[1];
      if (word !== undefined && !readWordSet('abbreviations.txt').has(word.toLowerCase())) midEnds++;
    }
  }
  return midEnds * 7 <= lineEnds;
}

/** The lower-case words of the text, for telling a hyphenated line end from a compound. */
function wordsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(WORD)) out.add(m[0].toLowerCase());
  return out;
}

/** "govern-⏎ment" reads "government"; "long-⏎term" reads "long-term". */
function hyphenBreak(aText: string, bText: string, words: ReadonlySet<string>): Break {
  const head = HEAD_FRAGMENT.exec(aText.slice(-MAX_FRAGMENT - 1))![1]!.toLowerCase();
  const tail = TAIL_FRAGMENT.exec(bText)![0].toLowerCase();
  if (words.has(head + tail)) return 'join';
  if (words.has(`${head}-${tail}`)) return 'join-hyphen';
  if (readWordSet('layout-word-endings.txt').has(tail)) return 'join';
  // No evidence either way: a space keeps a suspended hyphen ("pre-⏎and post-war") and a cut-off word as written.
  return 'soft';
}
