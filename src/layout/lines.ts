/**
 * The lines of a text and the shape of each: prose, a list item, or a row of a table (sports
 * results, fixtures, prices, aligned columns). Table rows and list items are their own paragraphs:
 * prose rules (speech verbs, sentence subjects, "City, State") do not read them as sentences, and a
 * wrapped line is never joined to them.
 *
 * Shapes are read from structure, never from names:
 * - columns: short cells apart by a tab or two or more spaces (not the double space after a
 *   sentence, nor two spaces typed inside a long sentence);
 * - results: "Hamburg 2 Zurich 1", "Hamburg 2-1 Zurich", "Hamburg v Zurich" (capitalised names
 *   and scores, with any bracketed scorers set aside);
 * - figures: two or more numbers, a quarter of the words or more, and no function word (a
 *   sentence has them: "rose to 3.45 from 3.20"): "Wheat 3.45 3.50 +0.05", "Shr 1.20 dlrs vs 1.10";
 * - a bullet ("-", "*", "•", "1.", "a)") opening the line.
 * A results or figures line is a row when a neighbouring line is one too, or it stands alone
 * between blank lines; a one-off look-alike inside wrapped prose stays prose.
 */
import { readWordSet } from '../lexicon.js';
import { isDateOnly } from './head.js';

export type LineShape = 'text' | 'bullet' | 'row';

export interface Line {
  /** Offset of the first character. */
  start: number;
  /** Offset of the line end (its `\n`, or the end of the text). */
  end: number;
  /** Leading white space (spaces, tabs). */
  indent: number;
  /** Offset one past the last character that is not white space. */
  contentEnd: number;
  blank: boolean;
  shape: LineShape;
  /** For a row: what kind of table row it is. */
  row?: RowKind;
}

/** A bullet always: a symbol no sentence opens with. */
const BULLET_SYMBOL = /^[ \t]{0,12}[*+•·▪‣◦●○■□►✓][ \t]{1,4}\S/u;
/** A bullet when the line before ends a sentence or is a bullet too: a dash, "1.", "2)", "(a)". */
const BULLET_DASHED = /^[ \t]{0,12}(?:[-–—]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]{1,4}\S/u;
/** A line that ends a sentence or announces a list. */
const ENDS_CLAUSE = /[.!?:;…]["'”’)\]»]{0,3}[ \t]*$/u;
const CAP_WORD = /^[\p{Lu}][\p{L}\p{M}.'’&-]{0,30}$/u;
const SCORE = /^\d{1,3}$/;
const SCORE_PAIR = /^\d{1,3}[-–:]\d{1,3}$/;
const FIGURE = /^[(+\-−]?[$£€¥]?\d[\d,.]*%?\)?$/u;
const BRACKETED = /\([^()\n]{0,80}\)/g;
const SPACE_RUN = /[ \t]+/;
const SPACE = /\s/;
/** A cell of a table row holds at most this many words. */
const MAX_CELL_WORDS = 6;
/** A line of figures next to table rows holds at most this many words. */
const MAX_WEAK_TOKENS = 10;
/** Where columnStarts puts a cell after a tab (tab-separated cells line up whatever their widths). */
const TAB_COLUMN = -1;
/** What a row of any kind holds somewhere: a digit, a column gap, or a lone "v"/"vs". */
const MAY_BE_ROW = /\d|\t| {2}|(?:^| )[vV][sS]?\.?(?: |$)|versus/;
const DIGIT = /\d/;
/** A results line without a score: a fixture ("Leeds v Hull"). */
const VERSUS_LINE = /^[^\d]*$/;
const GAP = /\t| {2}/;
/** A listed item: a capitalised word right before a bracket (read from the 32 characters before it) that opens with a capital. */
const NAME_BEFORE = /\p{Lu}[\p{L}\p{M}'’.-]{0,30} ?$/u;
const BRACKET_NAME = /^\( ?\p{Lu}/u;
const MIN_LISTED = 3;
const LONE_PUNCT = /^[\p{P}]{1,3}$/u;

/** "v", "vs." (layout-versus-words.txt). */
const versusWords = () => readWordSet('layout-versus-words.txt');
/** Lower-case words inside a team's name: "Queen of the South" (layout-name-joiners.txt). */
const nameJoiners = () => readWordSet('layout-name-joiners.txt');

/** The lines of `text` (split at `\n` only: the text has been normalised), each with its shape. */
export function readLines(text: string): Line[] {
  const lines = splitLines(text);
  shapeLines(text, lines);
  return lines;
}

/** The lines of `text` at `\n`, with their indents and trimmed ends, all shaped 'text'. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let from = 0;
  for (;;) {
    const nl = text.indexOf('\n', from);
    const end = nl < 0 ? text.length : nl;
    let s = from;
    while (s < end && SPACE.test(text[s]!)) s++;
    let e = end;
    while (e > s && SPACE.test(text[e - 1]!)) e--;
    lines.push({ start: from, end, indent: s - from, contentEnd: e, blank: e === s, shape: 'text' });
    if (nl < 0) break;
    from = nl + 1;
  }
  return lines;
}

/** A table row's kind: aligned columns, sports results or fixtures, figures (prices, earnings). */
export type RowKind = 'columns' | 'results' | 'figures';

function shapeLines(text: string, lines: Line[]): void {
  // A date on a line of its own ("March 5, 2024") is a date line (src/layout/head.ts), not a row of figures.
  const kinds: Array<RowKind | null> = lines.map((l) => {
    if (l.blank) return null;
    const content = text.slice(l.start + l.indent, l.contentEnd);
    return isDateOnly(content) ? null : rowKind(content);
  });
  // Fixtures ("Leeds v Hull") need a neighbouring row: one such line alone may be a court case.
  const fixtures = lines.map((l, i) => kinds[i] === 'results' && VERSUS_LINE.test(text.slice(l.start + l.indent, l.contentEnd)));
  const cellStarts = lines.map((l) => (l.blank || !GAP.test(text.slice(l.start + l.indent, l.contentEnd)) ? [] : columnStarts(text.slice(l.start, l.contentEnd))));
  const cellSets = cellStarts.map((c) => (c.length > 0 ? new Set(c) : null));
  const aligned = (i: number, j: number) => cellSets[j] !== null && cellStarts[i]!.some((c) => cellSets[j]!.has(c));
  const isBlank = (i: number) => i < 0 || i >= lines.length || lines[i]!.blank;
  // A short line of figures without a sentence's words is a row beside a row ("12 mths").
  const weak = lines.map((l, i) => !l.blank && kinds[i] === null && isFigureLine(text.slice(l.start + l.indent, l.contentEnd)));
  const strongAt = (i: number) => !isBlank(i) && kinds[i] !== null;
  const rowishAt = (i: number) => strongAt(i) || (!isBlank(i) && weak[i]!);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    const k = kinds[i] ?? null;
    const alone = isBlank(i - 1) && isBlank(i + 1);
    // Two lines whose cells start at the same column are rows of a table, however few their cells.
    const pairedGaps = (!isBlank(i - 1) && aligned(i, i - 1)) || (!isBlank(i + 1) && aligned(i, i + 1));
    const weakRow = weak[i]! && (strongAt(i - 1) || strongAt(i + 1));
    if (k === 'columns' || pairedGaps || weakRow || (k !== null && (rowishAt(i - 1) || rowishAt(i + 1) || (alone && !fixtures[i])))) {
      l.shape = 'row';
      l.row = k ?? (weakRow ? 'figures' : 'columns');
      continue;
    }
    const content = text.slice(l.start, l.contentEnd);
    if (BULLET_SYMBOL.test(content)) l.shape = 'bullet';
    else if (BULLET_DASHED.test(content)) {
      const prev = lines[i - 1];
      const next = lines[i + 1];
      const opens = isBlank(i - 1) || prev!.shape === 'bullet' || ENDS_CLAUSE.test(text.slice(prev!.start, prev!.contentEnd));
      const listed = !isBlank(i + 1) && BULLET_DASHED.test(text.slice(next!.start, next!.contentEnd));
      if (opens || (listed && prev?.shape === 'bullet')) l.shape = 'bullet';
    }
  }
}

/**
 * Where the cells after column gaps start: gaps of a tab or two or more spaces between short cells
 * (at most MAX_CELL_WORDS words each), not the double space after a sentence; none when a cell is
 * longer (two spaces typed inside prose).
 */
function columnStarts(content: string): number[] {
  const starts: number[] = [];
  let cellStart = 0;
  while (cellStart < content.length && (content[cellStart] === ' ' || content[cellStart] === '\t')) cellStart++;
  let longCell = false;
  const closeCell = (end: number) => {
    if (content.slice(cellStart, end).split(' ').length > MAX_CELL_WORDS) longCell = true;
  };
  for (let i = cellStart + 1; i < content.length; i++) {
    const c = content[i]!;
    if (c !== ' ' && c !== '\t') continue;
    let j = i;
    let tab = false;
    while (j < content.length && (content[j] === ' ' || content[j] === '\t')) {
      if (content[j] === '\t') tab = true;
      j++;
    }
    if ((tab || j - i >= 2) && j < content.length && !/[.!?:;,"”]/.test(content[i - 1]!)) {
      closeCell(i);
      // Tab stops line cells up however long they are: a tab gap counts as column TAB_COLUMN.
      starts.push(tab ? TAB_COLUMN : j);
      cellStart = j;
    }
    i = j;
  }
  closeCell(content.length);
  return longCell ? [] : starts;
}

/** Which kind of table row the content of a line is, if any. */
function rowKind(content: string): RowKind | null {
  // Every kind needs a digit, a column gap or a "v" between teams: most prose lines have none.
  if (!MAY_BE_ROW.test(content)) return null;
  // Columns hold names and figures; a line with a sentence's function words is justified prose.
  if (columnStarts(content).length >= 2 && countWords(content.split(SPACE_RUN)).functionWords < 2) return 'columns';
  const tokens = content.replace(BRACKETED, ' ').trim().split(SPACE_RUN).filter((t) => t !== '');
  while (tokens.length > 0 && LONE_PUNCT.test(tokens[tokens.length - 1]!)) tokens.pop();
  if (tokens.length < 2) return null;
  if (isResults(tokens)) return 'results';
  const { figures, functionWords } = countWords(tokens);
  return functionWords === 0 && figures >= 2 && figures * 4 >= tokens.length ? 'figures' : null;
}

/** How many words are figures, and how many function words ("the", "of": person-function-words.txt; "v" and "vs" aside). */
function countWords(tokens: readonly string[]): { figures: number; functionWords: number } {
  const functionWords = readWordSet('person-function-words.txt');
  let figures = 0;
  let fn = 0;
  for (const t of tokens) {
    const w = t.toLowerCase();
    if (FIGURE.test(t)) figures++;
    else if (!versusWords().has(w) && functionWords.has(w.replace(/[,.;:]$/, ''))) fn++;
  }
  return { figures, functionWords: fn };
}

/** At most MAX_WEAK_TOKENS words, one figure or more, no function word: a row when its neighbours are rows. */
function isFigureLine(content: string): boolean {
  if (!DIGIT.test(content)) return false;
  const tokens = content.split(SPACE_RUN);
  if (tokens.length > MAX_WEAK_TOKENS) return false;
  const { figures, functionWords } = countWords(tokens);
  return functionWords === 0 && figures >= 1;
}

/**
 * A list of names with what they belong to in brackets: a squad ("Goalkeepers: Ann Lee (Leeds),
 * Tom Cho (Hull), Ida Moss (York)"), a field of runners. At least MIN_LISTED such items apart by
 * commas or semicolons, and at most two function words besides: a list, not sentences.
 */
export function isNameList(paragraph: string): boolean {
  if (!paragraph.includes('(')) return false;
  let items = 0;
  for (const m of paragraph.matchAll(BRACKETED)) {
    const after = paragraph.slice(m.index + m[0].length, m.index + m[0].length + 2).trimStart();
    if (!BRACKET_NAME.test(m[0]) || !(after === '' || after[0] === ',' || after[0] === ';')) continue;
    if (NAME_BEFORE.test(paragraph.slice(Math.max(0, m.index - 32), m.index))) items++;
  }
  if (items < MIN_LISTED) return false;
  return countWords(paragraph.replace(BRACKETED, ' ').split(SPACE_RUN)).functionWords <= 2;
}

/** "Name 2 Name 1", "Name 2-1 Name", "Name v Name": names of one to five capitalised words. */
function isResults(tokens: readonly string[]): boolean {
  let i = 0;
  const name = (): boolean => {
    const from = i;
    while (i < tokens.length && (CAP_WORD.test(tokens[i]!) || (i > from && nameJoiners().has(tokens[i]!) && i + 1 < tokens.length && CAP_WORD.test(tokens[i + 1]!)))) i++;
    return i > from && i - from <= 5;
  };
  if (!name() || i >= tokens.length) return false;
  const mid = tokens[i]!;
  if (SCORE.test(mid)) {
    i++;
    if (!name() || i >= tokens.length || !SCORE.test(tokens[i]!.replace(/[.,;]$/, ''))) return false;
    return i === tokens.length - 1;
  }
  if (SCORE_PAIR.test(mid) || versusWords().has(mid.toLowerCase())) {
    i++;
    return name() && i === tokens.length;
  }
  return false;
}
