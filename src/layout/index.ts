/**
 * Layout: how a document is laid out, worked out before any extractor reads it, and the view of
 * its text the extractors read.
 *
 * The view is the text as a reader sees it: `\r\n` as `\n`, wide and no-break spaces as spaces,
 * invisible characters gone, HTML character references decoded (normalize.ts); and a line break
 * inside a paragraph is one space, a word hyphenated across lines is one word (paragraphs.ts), so
 * every `\n` left in the view ends a paragraph, a table row or a list item (lines.ts); a line
 * without a letter or digit is a divider, not a paragraph. The head of the document (headline,
 * byline, dateline) is found on the view's paragraphs (head.ts).
 *
 * Facts are found in the view and reported at offsets into the text as given: `offsets` maps
 * them back (offsets.ts). A text with nothing to rewrite but soft line breaks keeps every offset.
 */
import { readHead, type Dateline, type Head, type Paragraph, type ParagraphRole, type Span } from './head.js';
import { isNameList, readLines, splitLines, type RowKind } from './lines.js';
import { normalizePasted, plainSpaces } from './normalize.js';
import { OffsetChain, Rewriter } from './offsets.js';
import { readBreaks } from './paragraphs.js';

export type { Dateline, Paragraph, ParagraphRole, RowKind, Span };

export interface Layout extends Head {
  /** The view: the text as a reader reads it. Its `\n`s end paragraphs. */
  text: string;
  /** View offsets to offsets into the text as given. */
  offsets: OffsetChain;
  /** The view's paragraphs (trimmed, in order), each with its role. */
  paragraphs: Paragraph[];
}

const WORDLIKE = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;

/** The layout of `source`, the text as given. Linear in its length. */
export function readLayout(source: string): Layout {
  const pasted = normalizePasted(source);
  const text1 = pasted.text;
  const lines = readLines(text1);
  // Widths are counted in the text as given (a soft hyphen removed from the view still took a column).
  const map1 = pasted.map;
  const breaks = readBreaks(text1, lines, map1.identity ? (a, b) => b - a : (a, b) => map1.end(b) - map1.start(a));
  const w = new Rewriter(text1);
  const roles: ParagraphRole[] = [];
  const rows: Array<RowKind | undefined> = [];
  let opening = true;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.blank && opening) {
      roles.push(l.shape === 'row' ? 'table' : l.shape === 'bullet' ? 'list' : 'prose');
      rows.push(l.row);
    }
    if (l.blank) continue;
    const b = breaks[i]!;
    opening = b === 'hard';
    if (b === 'hard') continue;
    const next = lines[i + 1]!;
    const nextContent = next.start + next.indent;
    if (b === 'soft') w.replace(l.contentEnd, nextContent, ' ');
    else if (b === 'join') w.replace(l.contentEnd - 1, nextContent, '');
    else w.replace(l.contentEnd, nextContent, '');
  }
  const joined = w.finish();
  const text = plainSpaces(joined.text);
  const paragraphs: Paragraph[] = splitParagraphs(text).map((p, k) => {
    if (rows[k]) return { ...p, role: roles[k]!, row: rows[k] };
    const role = roles[k] ?? 'prose';
    return { ...p, role: role === 'prose' && isNameList(p.text) ? 'list' : role };
  });
  const head = readHead(paragraphs);
  // A line without a letter or digit (".", "* * *", "—") divides the text; it is no paragraph, and
  // counting it would put the paragraphs around it further apart than a reader sees them.
  const worded = paragraphs.filter((p) => WORDLIKE.test(p.text));
  markBoilerplate(worded);
  // Page furniture without a figure holds no fact and, like a divider, is no paragraph of the story.
  const story = worded.filter((p) => p.role !== 'boilerplate' || DIGIT.test(p.text));
  return { text, offsets: new OffsetChain([pasted.map, joined.map]), paragraphs: story, ...head };
}

/** A paragraph this short that a document repeats word for word is page furniture, not a sentence of the story. */
const MAX_BOILERPLATE = 80;

/** Marks short prose paragraphs that occur more than once in the document as boilerplate ("Story continues below advertisement."). */
function markBoilerplate(paragraphs: readonly Paragraph[]): void {
  const seen = new Map<string, number>();
  for (const p of paragraphs) if (p.role === 'prose' && p.text.length <= MAX_BOILERPLATE) seen.set(p.text, (seen.get(p.text) ?? 0) + 1);
  for (const p of paragraphs) if (p.role === 'prose' && (seen.get(p.text) ?? 0) > 1) p.role = 'boilerplate';
}

/** The view's lines, trimmed, blank ones left out: its paragraphs. */
function splitParagraphs(text: string): Span[] {
  return splitLines(text)
    .filter((l) => !l.blank)
    .map((l) => ({ start: l.start + l.indent, end: l.contentEnd, text: text.slice(l.start + l.indent, l.contentEnd) }));
}
