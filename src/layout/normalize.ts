/**
 * Text as pasted, read as a reader reads it (the first layout pass, character by character):
 * `\r\n`, a lone `\r` and the other line and page ends (form feed, Unicode separators) are line
 * ends (`\n`); a soft hyphen at a line end joins the word it broke ("Ger\u00AD⏎many"); C1 control
 * characters are the windows-1252 characters they nearly always stand for ("\u0085" is "…"); soft hyphens, zero-width spaces, word joiners and stray byte order marks are not
 * there; HTML character references left in plain text (`&amp;`, `&eacute;`, `&#233;`, `&#x2019;`)
 * are the characters they stand for. Tabs and no-break, thin and other wide spaces stay for the
 * line pass (a tab is a column gap; a no-break space binds two words on one line) and become
 * plain spaces at the end (plainSpaces).
 *
 * One linear scan with one regex whose branches are fixed-length or bounded: safe on hostile text.
 */
import { loadOrBuild, readTable } from '../lexicon.js';
import { Rewriter, type OffsetMap } from './offsets.js';

const PASTED =
  /(?:\u00AD|&shy;)[ \t]{0,8}(?:\r\n?|\n)[ \t]{0,40}|\r\n?|[\v\f\u2028\u2029]|[\u0080-\u009F]|[\u00AD\u200B\u2060\uFEFF]|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,7});/g;
/** Line ends other than `\n`: carriage return, vertical tab, form feed, Unicode line and paragraph separators. */
const LINE_END = /^[\r\v\f\u2028\u2029]$/;
const C1 = /^[\u0080-\u009F]$/;
const SPACE_LIKE = /^[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]$/;
const WIDE_SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
const WIDE_SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const INVISIBLE = /^[\u00AD\u200B\u2060\uFEFF]$/;
/** A quick test: does the text hold anything the pass would change? Most news does not. */
const ANY = /[\r\v\f\u0080-\u009F\u2028\u2029\u200B\u00AD\u2060\uFEFF&]/;

/** Named character references (layout-html-entities.tsv: HTML 4.01's, with apos), name -> text. */
let entityMap: Map<string, string> | null = null;
function entities(): Map<string, string> {
  return (entityMap ??= loadOrBuild('layout:entities', () => {
    const rows = readTable('layout-html-entities.tsv', ['name', 'codepoints'], (r) =>
      /^[A-Za-z][A-Za-z0-9]{1,7}$/.test(r.name!) && /^[0-9A-F]{4,6}(?: [0-9A-F]{4,6})*$/.test(r.codepoints!) ? null : 'name must be letters and digits, codepoints hex',
    );
    return new Map(rows.map((r) => [r.name!, String.fromCodePoint(...r.codepoints!.split(' ').map((h) => parseInt(h, 16)))]));
  }));
}

let c1Map: Map<number, string> | null = null;
/** C1 controls as windows-1252 characters (layout-c1-windows-1252.tsv), code -> text. */
function windows1252(): Map<number, string> {
  return (c1Map ??= loadOrBuild('layout:windows-1252', () => {
    const rows = readTable('layout-c1-windows-1252.tsv', ['code', 'codepoint'], (r) =>
      /^00[89][0-9A-F]$/.test(r.code!) && /^[0-9A-F]{4}$/.test(r.codepoint!) ? null : 'code must be 0080-009F, codepoint four hex digits',
    );
    return new Map(rows.map((r) => [parseInt(r.code!, 16), String.fromCodePoint(parseInt(r.codepoint!, 16))]));
  }));
}

/** What a character reference stands for, as the view writes it; null to leave it as written. */
function decodeReference(ref: string): string | null {
  let ch: string | undefined;
  if (ref[1] === '#') {
    const hex = ref[2] === 'x' || ref[2] === 'X';
    const cp = parseInt(ref.slice(hex ? 3 : 2, -1), hex ? 16 : 10);
    if (!(cp > 0 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    // 128-159 are windows-1252's characters (as HTML5 reads them: &#150; is "–"); other control
    // characters (a wire's end-of-text mark, line noise) are not text.
    if (cp >= 0x80 && cp < 0xa0) return windows1252().get(cp) ?? '';
    if ((cp < 0x20 && cp !== 0x09 && cp !== 0x0a) || cp === 0x7f) return '';
    ch = String.fromCodePoint(cp);
  } else {
    ch = entities().get(ref.slice(1, -1));
    if (ch === undefined) return null;
  }
  if (SPACE_LIKE.test(ch)) return ' ';
  if (INVISIBLE.test(ch)) return '';
  return ch;
}

/**
 * Tabs and wide or no-break spaces as plain spaces: the last step of the view, after the line pass
 * (which reads tabs as column gaps, and a no-break space as binding two words on one line).
 */
export function plainSpaces(text: string): string {
  return WIDE_SPACE.test(text) ? text.replace(WIDE_SPACES, ' ') : text;
}

/** `text` with pasted-text artefacts read as a reader reads them, and the map back to `text`. */
export function normalizePasted(text: string): { text: string; map: OffsetMap } {
  const w = new Rewriter(text);
  if (ANY.test(text)) {
    PASTED.lastIndex = 0;
    for (let m = PASTED.exec(text); m; m = PASTED.exec(text)) {
      const s = m[0];
      let by: string | null;
      // A soft hyphen at a line end marks where a word was broken: the word is whole again.
      if (s.length > 1 && (s[0] === '\u00AD' || s.startsWith('&shy;')) && /\n|\r/.test(s)) by = '';
      else if (LINE_END.test(s[0]!)) by = '\n';
      else if (s[0] === '&') by = decodeReference(s);
      else if (C1.test(s)) by = windows1252().get(s.charCodeAt(0)) ?? null;
      else by = '';
      if (by !== null) w.replace(m.index, m.index + s.length, by);
    }
  }
  return w.finish();
}
