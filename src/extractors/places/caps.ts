/**
 * Upper-case text folded for gazetteer lookups: datelines ("OSLOVIA (AP) —", "VARNSK, March 3 -",
 * "VARNSK 2021-05-04") and whole upper-case lines (headlines) are title-cased word by word, so
 * "NEW VARNSK" looks up as "New Varnsk". The folded text has the same length and offsets as the
 * original; facts are still sliced from the original.
 */
import type { Gazetteer } from './gazetteer.js';

/** An upper-case run at a line's start, before "(", ",", a dash or a digit (a dateline). */
const DATELINE = /^[ \t]{0,8}(\p{Lu}{2,}(?:[ /]{1,3}\p{Lu}{2,}){0,4})(?=[ \t]{0,3}(?:\(|,|—|–|-|\d))/u;
const LINE = /[^\n]+/g;
const LOWER = /\p{Ll}/u;
/** Numbers side by side ("VARNSK 71 64 .526"): a table row of teams, not a headline. */
const TABLE_ROW = /\d[ \t]{1,3}[.\d]/;
const UPPER = /\p{Lu}/gu;
const WORD = /\p{L}+(?:\.\p{L})*\.?/gu;
/** Upper-case letters a line needs before it counts as an upper-case line. */
const MIN_UPPER = 3;

/**
 * `text` with its upper-case zones title-cased; tokens that the gazetteer knows as written ("UK")
 * stay. `extra` zones are folded too (the layout's dateline place: "ST. LOUIS, March 3 -").
 */
export function foldCaps(text: string, g: Gazetteer, extra: ReadonlyArray<readonly [number, number]> = []): string {
  const zones: Array<[number, number]> = [];
  for (const m of text.matchAll(LINE)) {
    if (!LOWER.test(m[0]) && (m[0].match(UPPER)?.length ?? 0) >= MIN_UPPER) {
      if (!TABLE_ROW.test(m[0])) zones.push([m.index, m.index + m[0].length]);
    } else {
      const d = DATELINE.exec(m[0]);
      if (d) zones.push([m.index + d[0].length - d[1]!.length, m.index + d[0].length]);
    }
  }
  for (const [a, b] of extra) if (!zones.some(([x, y]) => x < b && a < y)) zones.push([a, b]);
  if (zones.length === 0) return text;
  zones.sort((x, y) => x[0] - y[0]);
  let out = '';
  let at = 0;
  for (const [a, b] of zones) {
    out += text.slice(at, a);
    out += text.slice(a, b).replace(WORD, (w) => titleCase(w, g));
    at = b;
  }
  return out + text.slice(at);
}

function titleCase(word: string, g: Gazetteer): string {
  if (g.curatedHeads.has(word)) return word;
  const t = word[0]! + word.slice(1).toLowerCase();
  return t.length === word.length ? t : word;
}
