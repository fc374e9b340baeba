/**
 * The head of a news document: its headline, byline and dateline.
 *
 * - headline: the first paragraph, when more follow and it reads as a title: short, and without a
 *   closing period unless written in capitals or title case with three words of four letters or
 *   more ("Mayor Defies Council Over Budget.", not "Ada Ruiz won on Monday.").
 * - byline: one of the first paragraphs opening with "By" and a capitalised name, short.
 * - dateline: where and when the story was filed. Either a paragraph of its own near the top (a
 *   place in capitals and a date, "WASHINGTON 1996-08-30", or a date alone, "March 3, 2021"), or
 *   the opening of the first paragraph of text: a place in capitals (or any capitalised place
 *   before an agency in brackets), an optional date or region after a comma, an optional agency,
 *   then a dash or colon ("LONDON, March 3 (Reuters) - ", "OTTAWA — ", "Ottawa (AP) — ").
 */
import { loadOrBuild, readTable } from '../lexicon.js';
import type { RowKind } from './lines.js';

/** What a paragraph is: `boilerplate` is a short paragraph a page repeats ("Story continues below advertisement."). */
export type ParagraphRole = 'headline' | 'byline' | 'dateline' | 'prose' | 'table' | 'list' | 'boilerplate';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Paragraph extends Span {
  role: ParagraphRole;
  /** For a table row: its kind (a results line's teams are not places). */
  row?: RowKind;
}

export interface Dateline extends Span {
  /** The place as written ("LONDON"), or null. */
  place: Span | null;
  /** The date as written ("March 3", "1996-08-30"), or null. */
  date: Span | null;
}

export interface Head {
  headline: Span | null;
  byline: Span | null;
  dateline: Dateline | null;
}

/** How many paragraphs from the top a byline or dateline may stand. */
const HEAD_PARAGRAPHS = 4;
const MAX_HEADLINE_CHARS = 200;
const MAX_HEADLINE_WORDS = 30;
const MAX_BYLINE_WORDS = 8;
/** How far into the first paragraph a dateline may open a sentence (after a headline and byline run into it). */
const MAX_DATELINE_AT = 400;
const SENTENCE_START = /[.!?]["'”’)]{0,2} {1,3}/g;
const ENDS_PERIOD = /[.;,:]["'”’)\]»]{0,3}$/u;
const LOWER = /\p{Ll}/u;
/** The last word starts with a capital (closing punctuation aside). */
const LAST_WORD_CAPITALISED = /(?:^|[^\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]{0,40}[^\p{L}\p{N}]{0,4}$/u;
const WORDS = /[\p{L}\p{M}'’-]+/gu;
const BYLINE = /^(?:by|BY|By)[ :]{1,3}\p{Lu}/u;
/** Upper-case place words: "LONDON", "SAN FRANCISCO", "ST. LOUIS", "WASHINGTON/BRUSSELS". */
const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}'’.-]{1,30}(?:[ /]{1,2}\p{Lu}[\p{Lu}'’.-]{0,30}){0,4}`;
/** Capitalised place words, allowed only before an agency in brackets: "Ottawa (Reuters) -". */
const TITLE_PLACE = String.raw`\p{Lu}[\p{L}'’.-]{1,30}(?:[ ]\p{Lu}[\p{L}'’.-]{0,30}){0,3}`;
/** An agency in brackets, opening with a letter ("(Reuters)", "(ABC7)", "(Thomson Reuters Foundation)"; not "(1.8 to 2.7 Fahrenheit)"). */
const AGENCY = String.raw`\(\p{L}[\p{L}\p{N} &./-]{0,39}\)`;
/** A dateline's dash: em, en, hyphens, a colon, or the old AP wire's underscore ("WASHINGTON (AP) _ "). */
const DASH = String.raw`(?:—|–|-{1,2}|:|_)`;
/** A dateline opening a paragraph: place, optional ", date or region", optional agency, dash. */
const DATELINE_OPENING = new RegExp(
  String.raw`^(?:(${CAPS_PLACE})(?:,[ ]{1,2}([^\n—–()]{1,40}?))?(?:[ ]{1,2}${AGENCY})?|(${TITLE_PLACE})(?:,[ ]{1,2}([^\n—–()]{1,40}?))?[ ]{1,2}${AGENCY})[ ]{1,3}${DASH}(?:[ ]{1,3}(?=\S)|$)`,
  'u',
);
/** A dateline paragraph: a place in capitals and what follows it ("WASHINGTON 1996-08-30"). */
const DATELINE_LINE = new RegExp(String.raw`^(${CAPS_PLACE})(?:,?[ ]{1,3}(.{1,40}))?$`, 'u');
const DATE_TOKEN = /^(?:\d{1,4}(?:st|nd|rd|th)?|\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})$/;

/** Month and weekday names (date-months.tsv, date-weekdays.tsv), lower case, without a final period. */
let dateWordSet: Set<string> | null = null;
function dateWords(): Set<string> {
  return (dateWordSet ??= loadOrBuild('layout:date-words', () => {
    const months = readTable('date-months.tsv', ['name']).map((r) => r.name!);
    const days = readTable('date-weekdays.tsv', ['name']).map((r) => r.name!);
    return new Set([...months, ...days].map((w) => w.toLowerCase().replace(/\.$/, '')));
  }));
}

/** Whether `s` is only a date: month and weekday names, day and year numbers, ISO or numeric dates. */
export function isDateOnly(s: string): boolean {
  const tokens = s.split(/[ ,]+/).filter((t) => t !== '');
  if (tokens.length === 0 || tokens.length > 6) return false;
  let named = false;
  let numbers = 0;
  for (const t of tokens) {
    const w = t.toLowerCase().replace(/\.$/, '');
    if (dateWords().has(w)) named = true;
    else if (DATE_TOKEN.test(w)) numbers++;
    else return false;
  }
  return (named && numbers > 0) || (numbers === 1 && /\d{4}-\d{2}-\d{2}|\d[/.-]\d/.test(s));
}

function wordCount(s: string): number {
  return s.match(WORDS)?.length ?? 0;
}

/**
 * Capitals or title case: most words of four letters or more start with a capital, and so does the
 * last word (title case capitalises it: "Mayor Lee Warns Council"; a sentence full of names ends
 * as a sentence does: "… National Bureau of Economic Research study of 135").
 */
/** A first line ending in a period is a headline only with this many words of four letters or more ("Ada Ruiz won on Monday." is a sentence). */
const MIN_TITLE_WORDS_WITH_PERIOD = 3;

/** The words of four letters or more in `s`. */
function longWords(s: string): string[] {
  return (s.match(WORDS) ?? []).filter((w) => w.length >= 4);
}

export function isTitleLike(s: string): boolean {
  if (!LOWER.test(s)) return /\p{Lu}/u.test(s);
  const long = longWords(s);
  if (long.length < 2 || !LAST_WORD_CAPITALISED.test(s)) return false;
  const caps = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps >= 0.8 * long.length;
}

/** Finds the head in `paragraphs` and marks their roles (headline, byline, dateline paragraphs). */
export function readHead(paragraphs: Paragraph[]): Head {
  const head: Head = { headline: null, byline: null, dateline: null };
  const top = Math.min(paragraphs.length, HEAD_PARAGRAPHS);
  const first = paragraphs[0];
  if (
    first &&
    paragraphs.length >= 2 &&
    first.role === 'prose' &&
    first.text.length <= MAX_HEADLINE_CHARS &&
    wordCount(first.text) <= MAX_HEADLINE_WORDS &&
    wordCount(first.text) >= 1 &&
    (!ENDS_PERIOD.test(first.text) || (isTitleLike(first.text) && longWords(first.text).length >= MIN_TITLE_WORDS_WITH_PERIOD)) &&
    !isByline(first.text) &&
    !isDatelineParagraph(first.text) &&
    datelineOpening(first.text) === null
  ) {
    first.role = 'headline';
    head.headline = { start: first.start, end: first.end, text: first.text };
  }
  for (let i = 0; i < top; i++) {
    const p = paragraphs[i]!;
    if (p.role !== 'prose') continue;
    if (!head.byline && isByline(p.text)) {
      p.role = 'byline';
      head.byline = { start: p.start, end: p.end, text: p.text };
      continue;
    }
    if (head.dateline) continue;
    if (isDatelineParagraph(p.text)) {
      p.role = 'dateline';
      const m = DATELINE_LINE.exec(p.text);
      const place = m ? sub(p, 0, m[1]!.length) : null;
      const date = m ? (m[2] ? sub(p, p.text.length - m[2].length, p.text.length) : null) : sub(p, 0, p.text.length);
      head.dateline = { start: p.start, end: p.end, text: p.text, place, date };
      continue;
    }
    let m = datelineOpening(p.text);
    let at = 0;
    if (!m) {
      // Web text runs headline, byline and story into one paragraph: a dateline opening one of its
      // first sentences ("… By Ann Lee. WASHINGTON, April 5 (Reuters) - The …") is its dateline.
      for (const s of p.text.slice(0, MAX_DATELINE_AT).matchAll(SENTENCE_START)) {
        const from = s.index + s[0].length;
        const mm = datelineOpening(p.text.slice(from));
        // In capitals, with an agency or a date: "NATO - the alliance …" opens no story.
        if (mm && /^\p{Lu}{2}/u.test(mm[0]) && (mm[0].includes('(') || isDateOnly(mm[2] ?? mm[4] ?? ''))) {
          m = mm;
          at = from;
          break;
        }
      }
    }
    if (m) {
      const placeText = m[1] ?? m[3]!;
      const rest = m[2] ?? m[4];
      const place = sub(p, at, at + placeText.length);
      let date: Span | null = null;
      if (rest !== undefined) {
        const restAt = p.text.indexOf(rest, at + placeText.length);
        if (isDateOnly(rest)) date = sub(p, restAt, restAt + rest.length);
      }
      head.dateline = { start: p.start + at, end: p.start + at + m[0].length, text: m[0], place, date };
      if (m[0].length === p.text.length) {
        p.role = 'dateline';
        continue;
      }
    }
    // Only the first paragraph of text may open with a dateline.
    if (p.role === 'prose') break;
  }
  return head;
}

/**
 * A dateline opening a paragraph of text (lower case follows: "SOCCER - HAMBURG WIN" is a
 * headline), or a whole line ("LONDON, March 3 (Reuters) -", its story on the next line).
 */
function datelineOpening(s: string): RegExpExecArray | null {
  const m = DATELINE_OPENING.exec(s);
  return m && (m[0].length === s.length || LOWER.test(s.slice(m[0].length))) ? m : null;
}

/** A byline: "By" and a few capitalised words, no figures, no closing stop ("By Ann Lee and Tom Cho, Reuters"). */
function isByline(s: string): boolean {
  if (!BYLINE.test(s) || /\d|[.!?]$/.test(s) || wordCount(s) > MAX_BYLINE_WORDS) return false;
  const long = (s.match(WORDS) ?? []).filter((w) => w.length >= 4);
  return long.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * Whether a line opens an item of the head of a document: a byline, a dateline, a date line. Near
 * the top such a line is never a wrapped line's continuation (src/layout/paragraphs.ts).
 */
export function opensHeadItem(line: string): boolean {
  return isByline(line) || datelineOpening(line) !== null || isDatelineParagraph(line);
}

function isDatelineParagraph(s: string): boolean {
  if (s.length > 60) return false;
  if (isDateOnly(s)) return true;
  const m = DATELINE_LINE.exec(s);
  return m !== null && m[2] !== undefined && isDateOnly(m[2]);
}

function sub(p: Span, a: number, b: number): Span {
  return { start: p.start + a, end: p.start + b, text: p.text.slice(a, b) };
}
