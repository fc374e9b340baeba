/**
 * The human-readable format: a block per document, then the summary with the figures sources
 * disagree on first. Colour comes from the Chalk instance passed in (level 0 = no colour).
 */
import type { ChalkInstance } from 'chalk';
import type { Summary } from '../summary/summary.js';
import type { DocResult, NumberFact } from '../types.js';

const MAX_QUOTE = 160;

function clip(s: string, n = MAX_QUOTE): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

function hedge(n: NumberFact): string {
  const marks: string[] = [];
  if (n.approximate) marks.push('approx.');
  if (n.bound === 'min') marks.push('at least');
  if (n.bound === 'max') marks.push('at most');
  if (n.ordinal) marks.push('ordinal');
  return marks.length ? ` (${marks.join(', ')})` : '';
}

function formatValue(v: number): string {
  return Number.isInteger(v) ? v.toLocaleString('en-US') : String(v);
}

export function prettyDocument(d: DocResult, c: ChalkInstance): string {
  const lines: string[] = [];
  const ref = d.referenceDate ? `reference date ${d.referenceDate}` : 'no reference date';
  lines.push(c.bold.underline(d.id) + c.dim(`  ${d.source ?? ''}  (${ref})`));
  const section = (title: string, n: number) => lines.push(c.bold(`  ${title}`) + c.dim(` ${n}`));
  if (d.numbers.length) {
    section('Numbers', d.numbers.length);
    for (const n of d.numbers) {
      lines.push(`    ${c.cyan(formatValue(n.value))} ${n.unit ?? c.dim('(no unit)')}${c.yellow(hedge(n))}  ${c.dim(`“${n.text}” @${n.start}`)}`);
    }
  }
  if (d.dates.length) {
    section('Dates', d.dates.length);
    for (const x of d.dates) lines.push(`    ${c.cyan(x.value ?? '?')}  ${c.dim(`“${x.text}” @${x.start}`)}`);
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
      lines.push(`    ${who}: “${clip(q.text)}”`);
    }
  }
  if (!d.numbers.length && !d.dates.length && !d.places.length && !d.quotes.length) lines.push(c.dim('  no facts found'));
  return lines.join('\n') + '\n\n';
}

export function prettySummary(s: Summary, c: ChalkInstance): string {
  const lines: string[] = [];
  const failed = s.documents.failed.length ? c.red(`, ${s.documents.failed.length} failed`) : '';
  lines.push(c.bold.inverse(` Summary `) + c.dim(` ${s.documents.count} document${s.documents.count === 1 ? '' : 's'}`) + failed);
  const differ = s.figures.filter((f) => f.disagreement);
  if (differ.length) {
    lines.push(c.bold.red('  Where sources differ'));
    for (const f of differ) {
      const vals = f.values.map((v) => `${v.approximate ? '~' : ''}${v.bound === 'min' ? '>' : v.bound === 'max' ? '<' : ''}${formatValue(v.value)} ${c.dim(`[${v.documents.join(', ')}]`)}`);
      lines.push(`    ${c.bold(f.about)}: ${vals.join('  vs  ')}`);
    }
  }
  if (s.places.length) {
    lines.push(c.bold('  Places'));
    for (const p of s.places.slice(0, 15)) lines.push(`    ${c.green(p.name)}${p.country ? c.dim(` (${p.country})`) : ''} ${p.mentions}× in ${p.documents.length} doc${p.documents.length === 1 ? '' : 's'}`);
    if (s.places.length > 15) lines.push(c.dim(`    … and ${s.places.length - 15} more`));
  }
  if (s.speakers.length) {
    lines.push(c.bold('  Speakers'));
    for (const sp of s.speakers) lines.push(`    ${c.magenta(sp.name)}${sp.title ? c.dim(`, ${sp.title}`) : ''}: ${sp.quotes} quote${sp.quotes === 1 ? '' : 's'} in ${sp.documents.join(', ')}`);
  }
  if (s.timeline.length) {
    lines.push(c.bold('  Timeline'));
    for (const t of s.timeline) lines.push(`    ${c.cyan(t.value)}  ${[...new Set(t.mentions.map((m) => m.text))].join(', ')} ${c.dim(`[${t.documents.join(', ')}]`)}`);
  }
  for (const f of s.documents.failed) lines.push(c.red(`  failed: ${f.source}: ${f.message}`));
  return lines.join('\n') + '\n';
}
