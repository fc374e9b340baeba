/**
 * The man page, extract(1), in roff: made at build time (scripts/build-man.mjs → dist/extract.1,
 * package.json "man") from the same option table as `--help` and the README (cli-options.ts) and
 * the same examples as `--help` (cli-help.ts).
 */
import { CHECK_EXAMPLES, EXAMPLES, MERGE_EXAMPLES } from './cli-help.js';
import { OPTIONS } from './cli-options.js';

/** Text made safe for roff: backslashes, hyphens (as minus signs in flags), a leading dot or quote, and non-ASCII characters as \\[uXXXX]. */
function esc(s: string): string {
  return s
    .replace(/\\/g, '\\e')
    .replace(/-/g, '\\-')
    .replace(/^([.'])/gm, '\\&$1')
    .replace(/[^\x00-\x7f]/gu, (c) => `\\[u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`); // "…" → \[u2026]
}

/** "-f, --format <format>" → bold flags, italic argument. */
function flags(spec: string): string {
  // [^<>] stops at the next "<", so each try scans one stretch: linear on any text.
  return spec.replace(/<([^<>]+)>|([^<]+|<)/g, (_m, arg: string | undefined, plain: string | undefined) => (arg ? `\\fI${esc(arg)}\\fR` : `\\fB${esc(plain!)}\\fR`));
}

/** A help text's examples and notes: "$ " lines kept as written, the rest as paragraphs. */
function helpSection(text: string): string[] {
  const out: string[] = [];
  for (const block of text.trim().split(/\n\s*\n/)) {
    const lines = block.split('\n');
    if (/^Examples:$/.test(lines[0]!)) {
      out.push('.PP', '.nf', ...lines.slice(1).map((l) => esc(l.replace(/^ {2}/, ''))), '.fi');
    } else out.push('.PP', esc(lines.join(' ').replace(/\s+/g, ' ')));
  }
  return out;
}

export function manPage(version: string): string {
  const lines = [
    `.TH EXTRACT 1 "" "news-extract ${esc(version)}" "User Commands"`,
    '.SH NAME',
    'extract \\- pull numbers, dates, places and quotations with their speakers out of news text',
    '.SH SYNOPSIS',
    '.B extract',
    '[\\fIoptions\\fR] [\\fIpath\\fR ...]',
    '.br',
    '.B extract check',
    '\\fIpath\\fR ... \\fB\\-\\-fixtures\\fR \\fIdir\\fR [\\fIoptions\\fR]',
    '.br',
    '.B extract merge',
    '\\fIpath\\fR ... [\\fIoptions\\fR]',
    '.br',
    '.B extract completion',
    '\\fBbash\\fR|\\fBzsh\\fR|\\fBfish\\fR',
    '.SH DESCRIPTION',
    esc(
      'Reads news text (files, folders, JSON Lines, or standard input with -) and writes every number (its value, what it counts, its hedge and bound), every date (an ISO 8601/TIMEX3 value against the article\'s date), every place (canonical name, country, GeoNames id, coordinates) and every quotation with its speaker, each with the exact span of text it came from, plus a summary across documents: who said what, a timeline, and the figures sources report differently.',
    ),
    '.PP',
    esc('check compares a run with golden fixtures (for CI); merge combines the results of separate runs into the results of one run (the reduce step of a map/reduce); completion prints a shell completion script.'),
    '.SH OPTIONS',
  ];
  for (const o of OPTIONS) {
    lines.push('.TP', flags(o.flags), `${esc(o.description)} (${o.commands.join(', ')})`);
  }
  lines.push('.SH EXAMPLES', ...helpSection(EXAMPLES), '.SS extract check', ...helpSection(CHECK_EXAMPLES), '.SS extract merge', ...helpSection(MERGE_EXAMPLES));
  lines.push(
    '.SH EXIT STATUS',
    '.TP',
    '.B 0',
    esc('all good (check: the results match).'),
    '.TP',
    '.B 1',
    esc('some input failed (check: the results differ; merge: no documents read).'),
    '.TP',
    '.B 2',
    esc('a usage error: an unknown option or value, an output folder that cannot be written.'),
    '.SH SEE ALSO',
    '.BR jq (1)',
  );
  return lines.join('\n') + '\n';
}
