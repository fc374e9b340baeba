/**
 * Loads, validates and caches the data files in `data/` (word lists and TSV tables). Every list is
 * read once per process. A malformed file throws an ExtractError naming `file:line`.
 *
 * Formats:
 * - list (`*.txt`): one entry per line; lines starting with `#` and blank lines are skipped;
 *   duplicates (case-insensitive) are an error.
 * - table (`*.tsv`): tab-separated, first non-comment line is the header; every row has the
 *   header's number of columns.
 */
import { readFileSync } from 'node:fs';
import { ExtractError } from './errors.js';

const DATA_DIR = new URL('./data/', import.meta.url);
const lists = new Map<string, string[]>();
const tables = new Map<string, Record<string, string>[]>();

/** The lines of data file `name` that hold data, each with its 1-based line number. */
function dataLines(name: string): Array<{ line: number; text: string }> {
  let raw: string;
  try {
    raw = readFileSync(new URL(name, DATA_DIR), 'utf8');
  } catch {
    throw new ExtractError('BAD_DATA', `data file ${name} is missing`, {
      path: name,
      hint: 'Reinstall the package (npm ci) or run npm run build.',
    });
  }
  const out: Array<{ line: number; text: string }> = [];
  raw.split(/\r?\n/).forEach((text, i) => {
    if (text.trim() === '' || text.trimStart().startsWith('#')) return;
    out.push({ line: i + 1, text });
  });
  return out;
}

function bad(name: string, line: number, what: string): ExtractError {
  return new ExtractError('BAD_DATA', `${name}:${line}: ${what}`, {
    path: `data/${name}`,
    hint: 'Fix the data file.',
  });
}

/** A word list: trimmed entries, in file order. */
export function readList(name: string): string[] {
  const cached = lists.get(name);
  if (cached) return cached;
  const seen = new Map<string, number>();
  const out: string[] = [];
  for (const { line, text } of dataLines(name)) {
    const entry = text.trim();
    const key = entry.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) throw bad(name, line, `duplicate entry "${entry}" (first on line ${first})`);
    seen.set(key, line);
    out.push(entry);
  }
  lists.set(name, out);
  return out;
}

const wordSets = new Map<string, Set<string>>();

/** A word list as a set of its entries in lower case (for case-insensitive membership), read once. */
export function readWordSet(name: string): Set<string> {
  let set = wordSets.get(name);
  if (!set) wordSets.set(name, (set = new Set(readList(name).map((w) => w.toLowerCase()))));
  return set;
}

/**
 * A TSV table as rows keyed by the header's column names. `required` columns must be in the
 * header. `validate` may return an error message for a row.
 */
export function readTable(
  name: string,
  required: readonly string[],
  validate?: (row: Record<string, string>) => string | null,
): Record<string, string>[] {
  const cached = tables.get(name);
  if (cached) return cached;
  const lines = dataLines(name);
  if (lines.length === 0) throw bad(name, 1, 'no header row');
  const header = lines[0]!.text.split('\t').map((h) => h.trim());
  for (const col of required) if (!header.includes(col)) throw bad(name, lines[0]!.line, `header lacks column "${col}"`);
  const rows: Record<string, string>[] = [];
  for (const { line, text } of lines.slice(1)) {
    const cells = text.split('\t');
    if (cells.length !== header.length) {
      throw bad(name, line, `expected ${header.length} tab-separated columns, found ${cells.length}`);
    }
    const row = Object.fromEntries(header.map((h, i) => [h, cells[i]!.trim()]));
    const problem = validate?.(row);
    if (problem) throw bad(name, line, problem);
    rows.push(row);
  }
  tables.set(name, rows);
  return rows;
}

/** Null for a valid ISO-3166 alpha-2 code (or an empty cell), else the problem. */
export function checkCountryCode(code: string): string | null {
  return code === '' || /^[A-Z]{2}$/.test(code) ? null : `"${code}" is not an ISO-3166 alpha-2 code`;
}

/**
 * One case-insensitive regex alternation from a list of phrases, longest first, escaped, with
 * flexible single spaces. Used to generate rules from data.
 */
export function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, '\\s'))
    .join('|');
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
