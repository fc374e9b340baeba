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
import { deserialize, serialize } from 'node:v8';
import { ExtractError } from './errors.js';
import { isFresh } from './run/fresh.js';

/** Where the data files are: dist/data/ next to the compiled code (copied there by npm run build). */
export const DATA_DIR = new URL('./data/', import.meta.url);
const lists = new Map<string, string[]>();
const tables = new Map<string, Record<string, string>[]>();

// --- prebuilt forms --------------------------------------------------------------------------

/** The file `npm run build` writes (scripts/prebuild-data.mjs): key -> v8.serialize(value) (layout: pack()). */
export const PREBUILT_FILE = 'prebuilt.v8';
/** The prebuilt values by key (loaded on first use); null when there is no usable file. */
let store: Map<string, Uint8Array> | null | undefined;
/** Set while the build records: every loadOrBuild() call builds and its value is kept here. */
let recording: Map<string, Uint8Array> | null = null;
let nesting = 0;
const missed = new Set<string>();

function prebuiltStore(): Map<string, Uint8Array> | null {
  if (store === undefined) {
    try {
      const file = new URL(PREBUILT_FILE, DATA_DIR);
      // Older than the compiled code, its values may not have the shapes this code builds.
      store = isFresh(file, new URL('../lexicon.js', DATA_DIR)) ? unpackPrebuilt(readFileSync(file)) : null;
    } catch {
      store = null; // no file (running from src/), or unreadable: everything is built from the data files
    }
  }
  return store;
}

/**
 * The file's layout: "XPB1", the byte length of a JSON index { key: [offset, length] }, the index,
 * then each value's v8.serialize bytes. Values are views into the one buffer read (no copies), and
 * a value is deserialised only when asked for.
 */
const MAGIC = 'XPB1';

function pack(values: Map<string, Uint8Array>): Buffer {
  const index: Record<string, [number, number]> = {};
  let offset = 0;
  for (const [key, bytes] of values) {
    index[key] = [offset, bytes.length];
    offset += bytes.length;
  }
  const head = Buffer.from(JSON.stringify(index), 'utf8');
  const size = Buffer.alloc(4);
  size.writeUInt32LE(head.length);
  return Buffer.concat([Buffer.from(MAGIC, 'latin1'), size, head, ...values.values()]);
}

/** The values of a PREBUILT_FILE (or of packRecording()), by key, still serialised; null if it is not one. */
export function unpackPrebuilt(file: Buffer): Map<string, Uint8Array> | null {
  if (file.length < 8 || file.toString('latin1', 0, 4) !== MAGIC) return null;
  const headEnd = 8 + file.readUInt32LE(4);
  const index = JSON.parse(file.toString('utf8', 8, headEnd)) as Record<string, [number, number]>;
  const out = new Map<string, Uint8Array>();
  for (const [key, [offset, length]] of Object.entries(index)) out.set(key, file.subarray(headEnd + offset, headEnd + offset + length));
  return out;
}

/**
 * The value `build()` makes, read from the prebuilt file when the build recorded it under `key`,
 * else built here. The build runs the loaders the seeds reach (each parses and validates its data
 * files), builds the derived forms (the gazetteer trie, each extractor's lexicon with its sets and
 * patterns) and stores them with v8.serialize: a cold start then deserialises what it needs (about
 * 1 ms per lexicon, 10 ms for the gazetteer) instead of building it (about 80 ms for all, on the
 * 2-core machine). `build` must
 * return plain data (objects, arrays, Maps, Sets, RegExps, no functions) and must not depend on
 * anything but the data files. A value that does not deserialise (a file from a newer Node) is built.
 */
export function loadOrBuild<T>(key: string, build: () => T): T {
  if (recording) {
    // Only the outermost values are kept: what a lexicon reads while it is built (its word lists)
    // is not asked for at run time when the lexicon itself is prebuilt.
    nesting++;
    let value: T;
    try {
      value = build();
    } finally {
      nesting--;
    }
    if (nesting === 0) recording.set(key, serialize(value));
    return value;
  }
  const bytes = prebuiltStore()?.get(key);
  if (bytes) {
    try {
      return deserialize(bytes) as T;
    } catch {
      // fall through: build it
    }
  }
  missed.add(key);
  return build();
}

/** From now on loadOrBuild() builds everything from the data files (scripts/regex-audit.mjs sees every regex built). */
export function ignorePrebuilt(): void {
  store = null;
}

/** For recordPrebuilt (src/run/prebuild.ts): from now on every loadOrBuild() call builds and is recorded. */
export function startRecording(): void {
  recording = new Map();
}

/** For recordPrebuilt (src/run/prebuild.ts): what was recorded, ready to write to PREBUILT_FILE. */
export function packRecording(): Buffer {
  if (!recording) throw new Error('startRecording() was not called');
  return pack(recording);
}

/** The keys asked for in this process that the prebuilt file did not have (a test checks there are none). */
export function listPrebuiltMisses(): string[] {
  return [...missed];
}

// --- data files --------------------------------------------------------------------------------

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
  let list = lists.get(name);
  if (!list) lists.set(name, (list = loadOrBuild(`list:${name}`, () => parseList(name))));
  return list;
}

function parseList(name: string): string[] {
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
  return out;
}

const wordSets = new Map<string, Set<string>>();

/** A word list as a set of its entries in lower case (for case-insensitive membership), read once. */
export function readWordSet(name: string): Set<string> {
  let set = wordSets.get(name);
  if (!set) wordSets.set(name, (set = loadOrBuild(`words:${name}`, () => new Set(readList(name).map((w) => w.toLowerCase())))));
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
  let table = tables.get(name);
  if (!table) tables.set(name, (table = loadOrBuild(`table:${name}`, () => parseTable(name, required, validate))));
  return table;
}

function parseTable(name: string, required: readonly string[], validate?: (row: Record<string, string>) => string | null): Record<string, string>[] {
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

/**
 * The same alternation as `alternation`, written as a tree of shared prefixes ("dollar(?:s|\\s…)?")
 * for a long list matched case-sensitively: it matches what the flat list matches, the longest
 * phrase first at any position (only a phrase that is a prefix of another can match where that
 * one does, and its group is tried before the end), in a fraction of the pattern's length. V8
 * stops optimising a pattern past 20 KB, which made number-dense text several times slower once
 * the units' list grew past it.
 */
export function prefixAlternation(phrases: readonly string[]): string {
  interface Node { next: Map<string, Node>; end: boolean }
  const root: Node = { next: new Map(), end: false };
  for (const phrase of new Set(phrases)) {
    let node = root;
    for (const ch of Array.from(phrase)) {
      const key = ch === ' ' ? '\\s' : escapeRegExp(ch);
      let child = node.next.get(key);
      if (child === undefined) {
        child = { next: new Map(), end: false };
        node.next.set(key, child);
      }
      node = child;
    }
    node.end = true;
  }
  const write = (node: Node): string => {
    const parts = [...node.next].map(([key, child]) => key + write(child));
    if (parts.length === 0) return '';
    if (node.end) return `(?:${parts.join('|')})?`;
    return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
  };
  return write(root);
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
