/**
 * Reading documents: files, folders (recursive), standard input and JSON Lines, with their
 * reference dates. Yields one event per document or per input that failed, in input order, so a
 * bad file never stops the others.
 *
 * - Folders: files ending in .txt, .md, .text, .jsonl, .ndjson, in sorted order; symlinked folders
 *   are followed once (a loop is not walked twice). A folder with none of these is an error.
 * - A file named on the command line is read whatever its extension; .jsonl/.ndjson files (and
 *   standard input whose first line is a JSON object, or whose first lines hold a {"text"}
 *   record; any input with `input: 'jsonl'`) hold one document per line: {"id", "text", "date"?,
 *   "title"?}. A bad line is one failed record. Empty standard input or JSON Lines hold no
 *   documents, which is no failure.
 * - Text files may open with YAML front matter (`---` … `---`): its `date` is the reference date
 *   and its `id`/`title` are used. The front matter is blanked (its characters, newlines aside,
 *   become spaces) rather than cut, so offsets stay offsets into the file as read.
 * - Encodings: UTF-8 (a BOM is dropped), UTF-16 LE/BE with a BOM. A NUL byte otherwise means a
 *   binary file (an error). Invalid UTF-8 is decoded with U+FFFD and reported as a warning.
 */
import { createReadStream, type Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { StringDecoder } from 'node:string_decoder';
import { yaml } from './yaml.js';
import { ExtractError } from '../errors.js';
import { checkReferenceDate } from '../extract.js';

/** One document to extract from. */
export interface DocInput {
  id: string;
  /** The path as given (for a JSON Lines record: `path:LINE`; standard input: `-`). */
  source: string;
  text: string;
  /** Reference date from the document's own metadata, or null. */
  date: string | null;
  title?: string;
}

export type InputEvent =
  | { type: 'document'; input: DocInput; warnings: ExtractError[] }
  | { type: 'error'; error: ExtractError };

export interface ReadOptions {
  /** Standard input as a stream of bytes (the CLI passes process.stdin; tests pass buffers). */
  stdin?: () => AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  /**
   * What standard input and the files named hold: `jsonl` (one {"id", "text"} record per line,
   * whatever the name; a bad line is one failed record), `text` (one document), or `auto`
   * (default: by extension, and for standard input by its first lines).
   */
  input?: InputKind;
}

export const INPUT_KINDS = ['auto', 'jsonl', 'text'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

export const TEXT_EXTENSIONS = ['.txt', '.md', '.text'];
export const JSONL_EXTENSIONS = ['.jsonl', '.ndjson'];
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]{0,65536}?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Every document in `paths`, in order, or an error event for each input that cannot be read. */
export async function* readInputs(paths: readonly string[], opts: ReadOptions = {}): AsyncGenerator<InputEvent> {
  const ids = new Map<string, number>();
  const unique = (id: string): string => {
    const n = (ids.get(id) ?? 0) + 1;
    ids.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  };
  for (const path of paths) {
    for await (const ev of readPath(path, opts)) {
      if (ev.type === 'document') ev.input.id = unique(ev.input.id);
      yield ev;
    }
  }
}

async function* readPath(path: string, opts: ReadOptions): AsyncGenerator<InputEvent> {
  if (path === '-') {
    yield* readStdin(opts);
    return;
  }
  const kind = opts.input ?? 'auto';
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    yield { type: 'error', error: fsError(e, path) };
    return;
  }
  if (info.isDirectory()) {
    const files: string[] = [];
    try {
      await walk(path, files, new Set());
    } catch (e) {
      yield { type: 'error', error: fsError(e, path) };
      return;
    }
    if (files.length === 0) {
      yield {
        type: 'error',
        error: new ExtractError('NO_TEXT_FILES', 'folder holds no text files', {
          path,
          hint: `Point extract at files ending in ${[...TEXT_EXTENSIONS, ...JSONL_EXTENSIONS].join(', ')}.`,
        }),
      };
      return;
    }
    for (const f of files) yield* readFileInput(f, 'auto');
    return;
  }
  yield* readFileInput(path, kind);
}

/**
 * How many documents `paths` hold (a text file is one, a JSON Lines file one per non-blank line),
 * or null when that cannot be known ahead (standard input, an unreadable path). For progress only:
 * it reads JSON Lines files once more, as bytes.
 */
export async function countDocuments(paths: readonly string[]): Promise<number | null> {
  let n = 0;
  for (const path of paths) {
    if (path === '-') return null;
    try {
      const files: string[] = [];
      if ((await stat(path)).isDirectory()) await walk(path, files, new Set());
      else files.push(path);
      for (const f of files) n += JSONL_EXTENSIONS.includes(extname(f).toLowerCase()) ? await countLines(f) : 1;
    } catch {
      return null;
    }
  }
  return n;
}

/** Lines of a file (blank lines count too: close enough for progress). */
async function countLines(path: string): Promise<number> {
  let n = 0;
  let last = 10;
  for await (const chunk of createReadStream(path)) {
    const buf = chunk as Buffer;
    for (let i = buf.indexOf(10); i >= 0; i = buf.indexOf(10, i + 1)) n++;
    if (buf.length > 0) last = buf[buf.length - 1]!;
  }
  return last === 10 ? n : n + 1;
}

/** Collects text files under `dir`, sorted, following each real folder once. */
async function walk(dir: string, out: string[], seen: Set<string>): Promise<void> {
  const real = await realpath(dir);
  if (seen.has(real)) return;
  seen.add(real);
  const entries: Dirent[] = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const s = await stat(p);
        isDir = s.isDirectory();
        isFile = s.isFile();
      } catch {
        continue; // a dangling link holds no text
      }
    }
    if (isDir) {
      if (!e.name.startsWith('.') && e.name !== 'node_modules') await walk(p, out, seen);
    } else if (isFile && [...TEXT_EXTENSIONS, ...JSONL_EXTENSIONS].includes(extname(e.name).toLowerCase())) {
      out.push(p);
    }
  }
}

async function* readFileInput(path: string, kind: InputKind): AsyncGenerator<InputEvent> {
  if (kind === 'jsonl' || (kind === 'auto' && JSONL_EXTENSIONS.includes(extname(path).toLowerCase()))) {
    yield* readJsonLinesFile(path);
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    yield { type: 'error', error: fsError(e, path) };
    return;
  }
  const decoded = decode(bytes, path);
  if ('error' in decoded) {
    yield { type: 'error', error: decoded.error };
    return;
  }
  yield textDocument(decoded.text, path, stem(path), decoded.warnings);
}

/** A text document, with its front matter read and blanked. */
function textDocument(text: string, source: string, id: string, warnings: ExtractError[]): InputEvent {
  if (text.trim() === '') {
    return { type: 'error', error: new ExtractError('EMPTY', 'file is empty', { path: source, hint: 'Nothing to extract; remove it or give it text.' }) };
  }
  const input: DocInput = { id, source, text, date: null };
  const m = FRONT_MATTER.exec(text);
  if (m) {
    let meta: unknown;
    try {
      meta = yaml().parse(m[1]!);
    } catch {
      meta = null;
      warnings.push(new ExtractError('READ_FAILED', 'front matter is not valid YAML; it was ignored', { path: source, hint: 'Fix the YAML between the --- lines.' }));
    }
    if (meta && typeof meta === 'object') {
      const fm = meta as Record<string, unknown>;
      const date = readDate(fm.date, source, warnings);
      if (date) input.date = date;
      if (typeof fm.id === 'string' || typeof fm.id === 'number') input.id = String(fm.id);
      if (typeof fm.title === 'string') input.title = fm.title;
    }
    input.text = m[0].replace(/[^\r\n]/g, ' ') + text.slice(m[0].length);
  }
  return { type: 'document', input, warnings };
}

/** An ISO 8601 day, or date and time ("2024-10-29T18:15:00Z", "2024-10-29 18:15+02:00"). */
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * A YYYY-MM-DD date from metadata: a YAML date, or an ISO 8601 day or date-time, read as its day
 * (the day as written, whatever its zone). A value that is neither is reported whole.
 */
function readDate(v: unknown, where: string, warnings: ExtractError[]): string | null {
  if (v === undefined || v === null || v === '') return null;
  const written = v instanceof Date ? v.toISOString() : String(v).trim();
  const iso = ISO_DATE.exec(written);
  const problem = iso ? checkReferenceDate(iso[1]!) : `"${written.length > 60 ? `${written.slice(0, 59)}…` : written}" is not an ISO 8601 date`;
  if (problem) {
    warnings.push(new ExtractError('BAD_OPTION', `date ${problem}; the document was read without a reference date`, { path: where, hint: 'Write the date as YYYY-MM-DD, or an ISO 8601 date-time (2024-10-29T18:15:00Z).' }));
    return null;
  }
  return iso![1]!;
}

async function* readJsonLinesFile(path: string): AsyncGenerator<InputEvent> {
  let lines: AsyncIterable<string>;
  try {
    await stat(path);
    const stream = createReadStream(path, { encoding: 'utf8' });
    lines = createInterface({ input: stream, crlfDelay: Infinity });
  } catch (e) {
    yield { type: 'error', error: fsError(e, path) };
    return;
  }
  try {
    // An empty JSON Lines file (an empty partition) holds no records: nothing to do, no failure.
    let n = 0;
    for await (const line of lines) {
      n++;
      if (line.trim() === '') continue;
      yield jsonRecord(line, path, n, stem(path));
    }
  } catch (e) {
    yield { type: 'error', error: fsError(e, path) };
  }
}

/** A JSON Lines record, or the error of a bad one: its `path:LINE`, and its id when it has one. */
function jsonRecord(line: string, path: string, n: number, fileStem: string): InputEvent {
  const where = `${path}:${n}`;
  const hint = 'Each line must be one JSON object {"id", "text", "date"?}.';
  let rec: unknown;
  try {
    rec = JSON.parse(line.replace(/^\uFEFF/, ''));
  } catch (e) {
    const why = e instanceof Error ? e.message.replace(/\.$/, '') : 'not JSON';
    return { type: 'error', error: new ExtractError('BAD_JSONL', `line is not valid JSON (${clipText(why)})`, { path: where, hint }) };
  }
  if (!rec || typeof rec !== 'object' || Array.isArray(rec) || typeof (rec as { text?: unknown }).text !== 'string') {
    const what = typeof rec === 'string' ? 'line is a JSON string, not an object (encoded twice?)' : Array.isArray(rec) || !rec || typeof rec !== 'object' ? 'line is not a JSON object' : null;
    const id = rec && typeof rec === 'object' && !Array.isArray(rec) ? (rec as { id?: unknown }).id : undefined;
    const record = typeof id === 'string' || typeof id === 'number' ? `record "${clipText(String(id))}"` : 'record';
    return { type: 'error', error: new ExtractError('BAD_JSONL', what ?? `${record} has no "text" string`, { path: where, hint }) };
  }
  const r = rec as { id?: unknown; text: string; date?: unknown; title?: unknown };
  const warnings: ExtractError[] = [];
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : `${fileStem}-${n}`;
  const input: DocInput = { id, source: where, text: r.text, date: readDate(r.date, where, warnings) };
  if (typeof r.title === 'string') input.title = r.title;
  return { type: 'document', input, warnings };
}

/**
 * Standard input: JSON Lines when its first line is a {"text": …} record, streamed line by line
 * (so a long stream never sits in memory); otherwise one text document.
 */
async function* readStdin(opts: ReadOptions): AsyncGenerator<InputEvent> {
  if (!opts.stdin) {
    yield { type: 'error', error: new ExtractError('BAD_OPTION', 'standard input is not available', { path: '-', hint: 'Pipe text in or name files.' }) };
    return;
  }
  const source = opts.stdin();
  const chunks: AsyncIterator<Uint8Array> | Iterator<Uint8Array> =
    Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : (source as Iterable<Uint8Array>)[Symbol.iterator]();
  // Read up to the end of the first line to see what this is.
  const head: Buffer[] = [];
  let ended = false;
  for (;;) {
    const r = await chunks.next();
    if (r.done) {
      ended = true;
      break;
    }
    const b = Buffer.from(r.value);
    head.push(b);
    if (b.includes(10)) break;
  }
  const start = Buffer.concat(head);
  const utf16 = start.length >= 2 && ((start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff));
  const nl = start.indexOf(10);
  const firstLine = start.subarray(0, nl < 0 ? start.length : nl).toString('utf8').replace(/^\uFEFF/, '').trim();
  const kind = opts.input ?? 'auto';
  // Streamed as JSON Lines when told so, or when the first line is a JSON object (valid or not: a
  // bad line is a failed record, never the start of a text document).
  if (!utf16 && kind !== 'text' && (kind === 'jsonl' || (firstLine.startsWith('{') && firstLine.endsWith('}')))) {
    const decoder = new StringDecoder('utf8');
    let pending = decoder.write(start).replace(/^\uFEFF/, '');
    let n = 0;
    let scanned = 0; // no line end before this offset of `pending` (a megabyte-long line is scanned once)
    const lines = function* (final: boolean): Generator<InputEvent> {
      let from = 0;
      for (let i = pending.indexOf('\n', scanned); i >= 0; i = pending.indexOf('\n', from)) {
        n++;
        const line = pending.slice(from, i);
        from = i + 1;
        if (line.trim() !== '') yield jsonRecord(line, '-', n, 'stdin');
      }
      pending = pending.slice(from);
      scanned = pending.length;
      if (final && pending.trim() !== '') yield jsonRecord(pending, '-', ++n, 'stdin');
    };
    yield* lines(false);
    while (!ended) {
      const r = await chunks.next();
      if (r.done) break;
      pending += decoder.write(Buffer.from(r.value));
      yield* lines(false);
    }
    pending += decoder.end();
    yield* lines(true);
    return;
  }
  const rest: Buffer[] = [start];
  while (!ended) {
    const r = await chunks.next();
    if (r.done) break;
    rest.push(Buffer.from(r.value));
  }
  const decoded = decode(Buffer.concat(rest), '-');
  if ('error' in decoded) {
    yield { type: 'error', error: decoded.error };
    return;
  }
  const text = decoded.text;
  // Empty input (an empty partition of a map step) holds no documents: nothing to do, no failure.
  if (text.trim() === '') return;
  // JSON Lines in UTF-16 (decoded whole), or whose first line is no object but later ones are
  // records (a stray header, a line encoded twice): each line is a record or a failed one.
  const lines = text.split('\n');
  const records = kind === 'jsonl' || (kind === 'auto' && lines.filter((l) => l.trim() !== '').slice(0, SNIFF_LINES).some((l) => looksLikeRecord(l.trim())));
  if (records) {
    let k = 0;
    for (const line of lines) {
      k++;
      if (line.trim() !== '') yield jsonRecord(line, '-', k, 'stdin');
    }
    return;
  }
  yield textDocument(text, '-', 'stdin', decoded.warnings);
}

/** How many non-blank lines of standard input are looked at for a JSON Lines record. */
const SNIFF_LINES = 10;

/** At most 80 characters of a message taken from the input. */
const clipText = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

function looksLikeRecord(line: string): boolean {
  try {
    const r = JSON.parse(line) as unknown;
    return !!r && typeof r === 'object' && typeof (r as { text?: unknown }).text === 'string';
  } catch {
    return false;
  }
}

/** Bytes to text: BOMs, UTF-16, binary detection, invalid UTF-8 replaced with a warning. */
export function decode(bytes: Buffer, path: string): { text: string; warnings: ExtractError[] } | { error: ExtractError } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), warnings: [] };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), warnings: [] };
  if (bytes.includes(0)) {
    return { error: new ExtractError('BINARY', 'looks like a binary file (it contains NUL bytes)', { path, hint: 'Give extract text files (UTF-8, or UTF-16 with a byte order mark).' }) };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      warnings: [new ExtractError('READ_FAILED', 'contains invalid UTF-8; the bad bytes were read as U+FFFD', { path, hint: 'Re-save the file as UTF-8.' })],
    };
  }
}

function stem(path: string): string {
  const b = basename(path);
  const ext = extname(b);
  return ext ? b.slice(0, -ext.length) : b;
}

function fsError(e: unknown, path: string): ExtractError {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return new ExtractError('ENOENT', 'no such file or folder', { path, hint: 'Check the path.' });
  if (code === 'EACCES' || code === 'EPERM') return new ExtractError('EACCES', 'permission denied', { path, hint: 'Check the file’s permissions.' });
  if (code === 'ELOOP') return new ExtractError('READ_FAILED', 'too many levels of symbolic links', { path, hint: 'Fix the link loop.' });
  if (code === 'EISDIR') return new ExtractError('EISDIR', 'is a folder', { path, hint: 'Name the folder itself to read the files in it.' });
  const msg = e instanceof Error ? e.message : String(e);
  return new ExtractError('READ_FAILED', `cannot be read (${msg})`, { path, hint: 'Check that it is a readable file.' });
}
