/**
 * The human-readable format: a block per document, then the summary with the figures sources
 * disagree on first. Colour comes from the Chalk instance passed in (level 0 = no colour).
 */
import type { ChalkInstance } from 'chalk';
import type { Summary } from '../summary/summary.js';
import type { DocResult, NumberFact } from '../types.js';
import { maxOf } from '../arrays.js';


function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

function hedge(n: NumberFact): string {
  const marks: string[] = [];
  if (n.approximate) marks.push('approx.');
  if (n.bound === 'min') marks.push('at least');
  if (n.bound === 'max') marks.push('at most');
  if (n.ordinal) marks.push('ordinal');
  if (n.change) marks.push(n.change === 'up' ? 'a rise' : 'a fall');
  return marks.length ? ` (${marks.join(', ')})` : '';
}

function formatValue(v: number): string {
  return Number.isInteger(v) ? v.toLocaleString('en-US') : String(v);
}

export function prettyDocument(d: DocResult, c: ChalkInstance): string {
  const lines: string[] = [];
  const from = d.referenceDateFrom === 'dateline' ? ', from the dateline' : d.referenceDateFrom === 'document' ? ', from the document' : '';
  const ref = d.referenceDate ? `reference date ${d.referenceDate}${from}` : 'no reference date';
  lines.push(c.bold.underline(d.id) + c.dim(`  ${d.source ?? ''}  (${ref})`));
  if (d.title) lines.push(`  ${c.italic(d.title)}`);
  const section = (title: string, n: number) => lines.push(c.bold(`  ${title}`) + c.dim(` ${n}`));
  if (d.numbers.length) {
    section('Numbers', d.numbers.length);
    for (const n of d.numbers) {
      lines.push(`    ${c.cyan(formatValue(n.value))} ${n.unit ?? c.dim('(no unit)')}${c.yellow(hedge(n))}  ${c.dim(`“${n.text}” @${n.start}`)}`);
    }
  }
  if (d.dates.length) {
    section('Dates', d.dates.length);
    // The part of a period ("early October": 2024-10 START) and the zone of a clock time go after the value.
    for (const x of d.dates) lines.push(`    ${c.cyan(x.value ?? '?')}${x.mod ? ` ${x.mod}` : ''}${x.timezone ? ` ${x.timezone}` : ''}  ${c.dim(`“${x.text}” @${x.start}`)}`);
  }
  if (d.places.length) {
    section('Places', d.places.length);
    const counts = new Map<string, { country: string | null; n: number }>();
    for (const p of d.places) {
      const e = counts.get(p.name) ?? { country: p.country, n: 0 };
      e.n++;
      counts.set(p.name, e);
    }
    for (const [name, e] of counts) lines.push(`    ${c.green(name)}${e.country ? c.dim(` (${e.country})`) : ''}${e.n > 1 ? c.dim(` ×${e.n}`) : ''}`);
  }
  if (d.quotes.length) {
    section('Quotes', d.quotes.length);
    for (const q of d.quotes) {
      const who = q.speaker ? c.magenta(q.speaker.name) : c.dim('(unattributed)');
      // The whole line fits WIDTH: indent, name, ": “", the clipped words, "”".
      const name = q.speaker ? q.speaker.name : '(unattributed)';
      lines.push(`    ${who}: “${clip(q.text, Math.max(20, WIDTH - 4 - name.length - 4))}”`);
    }
  }
  if (!d.numbers.length && !d.dates.length && !d.places.length && !d.quotes.length) lines.push(c.dim('  no facts found'));
  return lines.join('\n') + '\n\n';
}

/** The widest line the summary prints, in columns. */
export const WIDTH = 100;

/** A piece of a line that is never broken: its text and how it is coloured. */
interface Piece {
  text: string;
  style?: (s: string) => string;
}

/**
 * Lays pieces out after `indent`, separated by spaces, breaking before a piece that would pass
 * WIDTH (the next line starts at `hang`); a piece too long for a line of its own is clipped.
 */
function wrap(indent: string, pieces: readonly Piece[], hang = indent + '  '): string[] {
  const lines: string[] = [];
  let plain = indent;
  let styled = indent;
  let empty = true;
  for (const p of pieces) {
    if (!empty && plain.length + 1 + p.text.length > WIDTH) {
      lines.push(styled);
      plain = styled = hang;
      empty = true;
    }
    const room = WIDTH - plain.length - (empty ? 0 : 1);
    const text = p.text.length > room ? clip(p.text, Math.max(1, room)) : p.text;
    const sep = empty ? '' : ' ';
    plain += sep + text;
    styled += sep + (p.style ? p.style(text) : text);
    empty = false;
  }
  if (!empty || lines.length === 0) lines.push(styled);
  return lines;
}

/** Pieces of a list, each but the last with `sep` after it. */
function listPieces(items: readonly string[], sep: string, style?: (s: string) => string): Piece[] {
  return items.map((t, i) => ({ text: i < items.length - 1 ? t + sep : t, style }));
}

/** A summary entry's documents: the ids it lists, then how many more it counts (lists are capped). */
function docPieces(e: { documents: readonly string[]; documentCount: number }, style: (s: string) => string): Piece[] {
  const more = e.documentCount - e.documents.length;
  return [...listPieces(e.documents, ',', style), ...(more > 0 ? [{ text: `(+${more} more)`, style }] : [])];
}

/** How many mentions of a disputed value the pretty summary shows, with their sentences. */
const MENTIONS_SHOWN = 3;

/** The most characters of a document's title a mention shows. */
const TITLE_SHOWN = 40;

/** A figure value as the summary views show it: "~10,000", ">300", "7.9 inch". */
export function valueText(v: Summary['figures'][number]['values'][number]): string {
  return `${v.approximate ? '~' : ''}${v.bound === 'min' ? '>' : v.bound === 'max' ? '<' : ''}${formatValue(v.value)}${v.unit ? ` ${v.unit}` : ''}`;
}

export function prettySummary(s: Summary, c: ChalkInstance): string {
  const lines: string[] = [];
  const failed = s.documents.failed.length ? c.red(`, ${s.documents.failed.length} failed`) : '';
  lines.push(c.bold.inverse(` Summary `) + c.dim(` ${s.documents.count} document${s.documents.count === 1 ? '' : 's'}`) + failed);
  const differ = s.figures.filter((f) => f.disagreement);
  if (differ.length) {
    lines.push(c.bold.red('  Where sources differ'));
    for (const f of differ) {
      lines.push(...wrap('    ', [{ text: f.about, style: c.bold }]));
      const width = maxOf(f.values.map((v) => valueText(v).length));
      for (const v of f.values) {
        const pieces: Piece[] = [{ text: valueText(v).padEnd(width), style: c.cyan }, ...docPieces(v, c.dim)];
        if (v.sources.length) pieces.push(...listPieces(v.sources, ';', c.magenta).map((p, i) => (i === 0 ? { ...p, text: `— ${p.text}` } : p)));
        lines.push(...wrap('      ', pieces, '      ' + ' '.repeat(width + 1)));
        // Where each value was read: the document, its title and the sentence, for the first few.
        for (const m of v.mentions.slice(0, MENTIONS_SHOWN)) {
          const where: Piece = { text: `${m.doc}${m.title ? ` «${clip(m.title, TITLE_SHOWN)}»` : ''}:`, style: c.dim };
          const words = `“${m.sentence ?? m.text}”`.split(' ').map((w) => ({ text: w }));
          lines.push(...wrap('        ', [where, ...words], '          '));
        }
        if (v.mentions.length > MENTIONS_SHOWN) lines.push(c.dim(`        … and ${v.count - MENTIONS_SHOWN} more`));
      }
    }
  }
  const agreed = s.figures.filter((f) => !f.disagreement);
  if (agreed.length) {
    lines.push(c.bold('  Figures'));
    for (const f of agreed) {
      const vals = listPieces(f.values.map((v) => `${valueText(v)}${v.sources.length ? ` (${v.sources.join('; ')})` : ''}`), ',', c.cyan);
      const docs = listPieces([...new Set(f.values.flatMap((v) => v.documents))].sort(), ',', c.dim);
      lines.push(...wrap('    ', [{ text: `${f.about}:`, style: c.bold }, ...vals, { text: '—', style: c.dim }, ...docs]));
    }
  }
  if (s.places.length) {
    lines.push(c.bold('  Places'));
    for (const p of s.places.slice(0, 15)) {
      const where = `${p.mentions}× in ${p.documentCount} doc${p.documentCount === 1 ? '' : 's'}`;
      lines.push(...wrap('    ', [{ text: p.name, style: c.green }, ...(p.country ? [{ text: `(${p.country})`, style: c.dim }] : []), { text: where }]));
    }
    if (s.places.length > 15) lines.push(c.dim(`    … and ${s.places.length - 15} more`));
  }
  if (s.speakers.length) {
    lines.push(c.bold('  Speakers'));
    for (const sp of s.speakers) {
      const who = `${sp.name}${sp.title ? `, ${sp.title}` : ''}${sp.aliases.length ? ` (also ${sp.aliases.join(', ')})` : ''}:`;
      lines.push(...wrap('    ', [{ text: who, style: c.magenta }, { text: `${sp.quotes} quote${sp.quotes === 1 ? '' : 's'} in` }, ...docPieces(sp, c.dim)]));
    }
  }
  if (s.timeline.length) {
    lines.push(c.bold('  Timeline'));
    for (const t of s.timeline) {
      const texts = [...new Set(t.mentions.map((m) => m.text.replace(/\s+/g, ' ')))];
      lines.push(...wrap('    ', [{ text: t.value, style: c.cyan }, ...listPieces(texts, ','), ...docPieces(t, c.dim)]));
      // What happened then: the sentence of its first mention.
      const first = t.mentions.find((m) => m.sentence);
      if (first) lines.push(c.dim(`      ${clip(`“${first.sentence}”`, WIDTH - 6)}`));
    }
  }
  for (const f of s.documents.failed) lines.push(...wrap('  ', [{ text: `failed: ${f.source}: ${f.message}`, style: c.red }]));
  return lines.join('\n') + '\n';
}
