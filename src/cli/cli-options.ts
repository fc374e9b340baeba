/**
 * The CLI's options as one table: it feeds commander (and so `--help`) and the README's table.
 */
export interface OptionSpec {
  flags: string;
  description: string;
  /** Which commands take it. */
  commands: Array<'extract' | 'check' | 'merge'>;
  choices?: string[];
  /** May be given more than once; the values are collected in order. */
  repeatable?: boolean;
}

import { INPUT_KINDS } from '../io/input.js';

export const FORMATS = ['pretty', 'json', 'yaml', 'ndjson', 'csv', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export const OPTIONS: OptionSpec[] = [
  {
    flags: '-f, --format <format>',
    description: 'output format: pretty (default on a terminal), json (default when piped), yaml, ndjson, csv (one row per fact; with --out, facts.csv and figures.csv), html (one self-contained page; with --out, index.html and a page per document)',
    commands: ['extract', 'merge'],
    choices: [...FORMATS],
  },
  {
    flags: '-o, --out <dir>',
    description: 'write one file per document (<id>.json, or .yaml with -f yaml) and summary.json|yaml into DIR; with -f csv, facts.csv and figures.csv; with -f html, index.html and <id>.html',
    commands: ['extract', 'merge'],
  },
  {
    flags: '--only <kinds>',
    description: 'extract only these kinds, comma-separated: numbers,dates,places,quotes (the others are left out of each document)',
    commands: ['extract', 'check'],
  },
  {
    flags: '--reference-date <YYYY-MM-DD>',
    description: 'resolve "Monday", "yesterday"… against this date when a document gives none of its own',
    commands: ['extract', 'check'],
  },
  {
    flags: '--date-style <style>',
    description: 'news (default): vague "now", "recently" are not dates; timeml: report them too (PRESENT_REF…)',
    commands: ['extract', 'check'],
    choices: ['news', 'timeml'],
  },
  {
    flags: '-j, --jobs <n>',
    description: 'worker threads to extract on (default: one per core, once 256 KB of text is read; 1 when reading standard input, as a map step does); output order stays the input order',
    commands: ['extract', 'check'],
  },
  {
    flags: '--input <kind>',
    description: 'what standard input and named files hold: auto (default: by extension; stdin by its first lines), jsonl (one {"id","text"} per line; a bad line is a failed record), text',
    commands: ['extract', 'check'],
    choices: [...INPUT_KINDS],
  },
  {
    flags: '--offsets <unit>',
    description: 'what start/end count: utf16 (default, JavaScript string offsets) or codepoint (Unicode code points, as Python and Spark slice text)',
    commands: ['extract', 'check'],
    choices: ['utf16', 'codepoint'],
  },
  { flags: '-q, --quiet', description: 'no progress line on stderr (shown only when stderr is a terminal), and no note about unresolved dates', commands: ['extract', 'check', 'merge'] },
  { flags: '--no-summary', description: 'leave out the summary across documents', commands: ['extract', 'merge'] },
  { flags: '--fixtures <dir>', description: 'folder of expected results (<id>.yaml and summary.yaml)', commands: ['check'] },
  { flags: '--update', description: 'write the current results into the fixtures instead of comparing (only the files that change, named on stderr)', commands: ['check'] },
  { flags: '--strict-offsets', description: 'count a fact that only moved (same text and attributes, new offsets) as a difference; by default it is a note', commands: ['check'] },
  { flags: '--max-diff <n>', description: 'print at most N differences, then how many more (default: all)', commands: ['check'] },
  {
    flags: '--report <kind=file>',
    description: 'also write a report for CI: junit FILE (JUnit XML) or json FILE; may be given twice',
    commands: ['check'],
    repeatable: true,
  },
  { flags: '--no-color', description: 'no colour (also: NO_COLOR=1; FORCE_COLOR=1 forces it)', commands: ['extract', 'check', 'merge'] },
  { flags: '--debug', description: 'print each rule decision and stack traces to stderr', commands: ['extract', 'check', 'merge'] },
];
