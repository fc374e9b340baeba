/**
 * Hostile inputs for the robustness checks (test/hostile.test.ts at a small size, scripts/hostile.mjs
 * at 1 MB): each is a unit repeated until the sample holds `bytes` bytes of UTF-8, so every sample
 * is the same size as the ordinary news text it is timed against.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Units made by `unit(k)` for k = 0, 1, 2, … until the UTF-8 size reaches `bytes`. */
function varied(unit, bytes) {
  const parts = [];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const u = unit(k);
    parts.push(u);
    size += Buffer.byteLength(u);
  }
  return parts.join('');
}

/** A capitalised made-up word for `k`, one letter per base-26 digit: "Ba", "Bb", …. */
function spell(k) {
  let w = '';
  do {
    w += String.fromCharCode(97 + (k % 26));
    k = Math.floor(k / 26);
  } while (k > 0);
  return `B${w}`;
}

/** `unit` repeated (whole) until the UTF-8 size reaches `bytes`. */
export function fill(unit, bytes) {
  const n = Math.max(1, Math.ceil(bytes / Buffer.byteLength(unit)));
  return unit.repeat(n);
}

const CAPITALISED = 'Washington Paris Jordan Smith London Georgia Madison Chad Victoria Kyiv Sydney Florence Lincoln Said ';

/** name -> text of about `bytes` bytes. */
export const HOSTILE = {
  'a line without spaces': (bytes) => fill('Aa1,b.C-d’e"f(g)h:i;j/k_l+m=n?o!p', bytes),
  'opening quotation marks': (bytes) => fill('“', bytes),
  'opening quotes with words': (bytes) => fill('“We said ', bytes),
  'straight quotes': (bytes) => fill('"a " ', bytes),
  '1,1,1,…': (bytes) => fill('1,', bytes),
  'digits and separators': (bytes) => fill('1.1 1/1 1-1 1^1 1e1 ', bytes),
  'capitalised words in a row': (bytes) => fill(CAPITALISED, bytes),
  'said said said': (bytes) => fill('said ', bytes),
  'short quoted sentences': (bytes) => fill('“Hi,” he said. ', bytes),
  'month and number words': (bytes) => fill('May one March two June ten ', bytes),
  'comparisons with a year earlier': (bytes) => fill('Sales were 7 mln a year earlier, compared with 6 mln in 2023. ', bytes),
  'periods and initials': (bytes) => fill('A. B. C. U.S. ', bytes),
  // Each "First X" is a different name, so a name looked up per sentence cannot be read once.
  'sentences opening with a different "First X"': (bytes) => varied((k) => `First ${spell(k)} said profit rose 145.60/70 pct. `, bytes),
  'towns, states and counties': (bytes) => fill('Kaufman County, Tenn. Paris, Texas, St. Cloud, Minn. ', bytes),
  'one long paragraph of news': (bytes, news) => fill(news.replace(/\s*\n\s*/g, ' '), bytes),
  // Layouts (src/layout): line counts in the hundreds of thousands, one line of the whole size.
  'short lines (half a million per MB)': (bytes) => fill('a\n', bytes),
  'blank lines (a million per MB)': (bytes) => fill('\n', bytes),
  'one line of a million characters': (bytes) => fill('Prices rose 5 per cent in New York, officials said. ', bytes),
  'news hard-wrapped at 70 columns': (bytes, news) => wrap(news, 70),
  'indented and flush lines': (bytes) => fill('    Officials said\nthe plan, in New\nYork,\n', bytes),
  'table rows': (bytes) => fill('Varnsk 2 Oslovia 1\nWheat 3.45 3.50 +0.05\n', bytes),
  // A unit stated once over a table (frameUnits), and "the year" of a report (completedYear): each
  // frame's block and each year's sentence is read once.
  'tables under "in mln tonnes --" and years of reports': (bytes) => fill('Output, in mln tonnes --\n  Wheat 1.2 (1.1)\n  Corn 0.4\nIts loss for the year widened at year-end.\n', bytes),
  // One frame over a megabyte of figures on one line: each figure's row is read within a row's length.
  'a frame over one line of figures': (bytes) => `Output, in tonnes:\n${fill('1.2 3,4 ', bytes)}`,
  // Years after prepositions of comparison, months before figures and short years, on one line:
  // each year's clause and each month's neighbours are read within a bounded window.
  'years and months on one line': (bytes) => fill("rose 2.5 pct over 1985, in May 2.5 pct, Feb'87 and April Three, 1,993 members versus 2001; ", bytes),
  'hyphens at line ends': (bytes) => fill('inter-\nnational govern-\nment long-\nterm ', bytes),
  'character references': (bytes) => fill('AT&amp;T caf&eacute; &#8220;x&#8221; &#99999999; &bogus; &nbsp;', bytes),
};

/** `text` hard-wrapped: in each line, the last space before column `width` becomes a newline. */
export function wrap(text, width) {
  const out = text.split('');
  let lineStart = 0;
  let lastSpace = -1;
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    if (c === '\n') {
      lineStart = i + 1;
      lastSpace = -1;
      continue;
    }
    if (c === ' ') lastSpace = i;
    if (i - lineStart >= width && lastSpace > lineStart) {
      out[lastSpace] = '\n';
      lineStart = lastSpace + 1;
      lastSpace = -1;
    }
  }
  return out.join('');
}

/** Ordinary news text: the seeds under `root`, repeated to `bytes`. */
export function ordinaryNews(root, bytes) {
  const dir = join(root, 'seeds');
  const text = readdirSync(dir)
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n\n');
  return fill(text + '\n\n', bytes);
}
