/**
 * Reading earlier results for `extract merge`: the JSON or YAML that `extract` prints
 * ({schema, documents, failed, summary}), its NDJSON lines, the files `--out` writes (a folder of
 * <id>.json|yaml, failed.json|yaml and summary.json|yaml), and single document files. Yields each
 * document and each input that had failed in those runs, so the summary can be rebuilt exactly as
 * one run over all documents would build it.
 *
 * Files are read by content, not by name: what engines write (Hadoop's and Spark's `part-00000`,
 * Dask's `0.part`, JSON Lines in `*.json`, gzip-compressed parts) is read as what it is. In a
 * folder, names starting with "." or "_" (`_SUCCESS`, `.part-00000.crc`) are the engine's own.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { yaml } from './yaml.js';
import { ExtractError } from '../errors.js';
import type { FailedInput } from '../summary/summary.js';
import { FACT_KINDS, type DocResult } from '../types.js';
import { withAllKinds } from '../output/envelope.js';
import { pushAll } from '../arrays.js';

export type ResultEvent =
  | { type: 'document'; result: DocResult; from: string }
  | { type: 'failed'; failed: FailedInput }
  | { type: 'error'; error: ExtractError };

/** What a merge read: documents, failed inputs and the files they came from (empty ones apart). */
export interface MergeTally {
  documents: number;
  failed: number;
  files: number;
  empty: number;
}

const HINT = 'Give merge the output of extract (-f json, yaml, ndjson, or an --out folder), plain or gzip-compressed.';

/** Documents and failures recorded in earlier results under `paths`, in order; `tally` counts them. */
export async function* readResults(paths: readonly string[], tally: MergeTally = { documents: 0, failed: 0, files: 0, empty: 0 }): AsyncGenerator<ResultEvent> {
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch {
      yield { type: 'error', error: new ExtractError('ENOENT', 'no such file or folder', { path, hint: 'Check the path.' }) };
      continue;
    }
    let files = [path];
    if (isDir) {
      const entries = await readdir(path, { withFileTypes: true });
      files = entries
        .filter((e) => !e.name.startsWith('.') && !e.name.startsWith('_') && (e.isFile() || e.isSymbolicLink()))
        .map((e) => e.name)
        .sort()
        .map((f) => join(path, f));
      if (files.length === 0) {
        yield { type: 'error', error: new ExtractError('NO_TEXT_FILES', 'folder holds no result files', { path, hint: HINT }) };
        continue;
      }
    }
    for (const file of files) {
      for (const ev of await readResultFile(file, tally)) {
        if (ev.type === 'document') tally.documents++;
        if (ev.type === 'failed') tally.failed++;
        yield ev;
      }
    }
  }
}

/** The text of a result file: gunzipped when it starts with gzip's magic bytes. */
function textOf(bytes: Buffer): string {
  const raw = bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  return raw.toString('utf8').replace(/^\uFEFF/, '');
}

async function readResultFile(file: string, tally: MergeTally): Promise<ResultEvent[]> {
  let text: string;
  try {
    text = textOf(await readFile(file));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException)?.code === 'Z_DATA_ERROR' ? 'is not valid gzip' : 'cannot be read';
    return [{ type: 'error', error: new ExtractError('READ_FAILED', why, { path: file, hint: 'Check that it is a readable result file.' }) }];
  }
  // An empty part (an empty partition's output) holds nothing: no failure.
  if (text.trim() === '') {
    tally.empty++;
    return [];
  }
  tally.files++;
  const records: unknown[] = [];
  const events: ResultEvent[] = [];
  const head = text.trimStart()[0];
  if (head === '{' || head === '[') {
    // One JSON value (extract -f json), else JSON Lines (-f ndjson, whatever the file is called).
    let whole: unknown;
    try {
      whole = JSON.parse(text) as unknown;
    } catch {
      whole = undefined;
    }
    if (whole !== undefined) pushAll(records, Array.isArray(whole) ? whole : [whole]);
    else {
      const lines = text.split('\n');
      lines.forEach((line, i) => {
        if (line.trim() === '') return;
        try {
          records.push(JSON.parse(line) as unknown);
        } catch (e) {
          const why = e instanceof Error ? e.message.replace(/\.$/, '') : 'not JSON';
          events.push({ type: 'error', error: new ExtractError('BAD_JSONL', `line is not valid JSON (${why.slice(0, 80)})`, { path: `${file}:${i + 1}`, hint: HINT }) });
        }
      });
    }
  } else {
    try {
      records.push(yaml().parse(text) as unknown);
    } catch {
      // Plain text (an article, not a result) is the usual case: no parser's message helps there.
      return [{ type: 'error', error: new ExtractError('BAD_JSONL', 'holds no extract results (it is not JSON, JSON Lines or YAML)', { path: file, hint: HINT }) }];
    }
  }
  if (!records.some(isResult)) {
    return [...events, { type: 'error', error: new ExtractError('BAD_JSONL', 'holds no extract results', { path: file, hint: HINT }) }];
  }
  // A run lists its failed inputs itself ("failed" lines or list) and again in its summary: the
  // summary's list is read only from a file that has no list of its own (older outputs).
  const listed = records.some((r) => isFailedLine(r) || Array.isArray((r as { failed?: unknown })?.failed));
  for (const rec of records) pushAll(events, fromRecord(rec, file, listed));
  return events;
}

/** A document, an envelope, a failed input or a summary: something extract wrote. */
const isResult = (x: unknown): boolean =>
  isDocument(x) ||
  isFailedLine(x) ||
  (!!x && typeof x === 'object' && (Array.isArray((x as { documents?: unknown }).documents) || Array.isArray((x as { failed?: unknown }).failed) || typeof (x as { summary?: unknown }).summary === 'object'));

/** A document: an id and its facts, each kind a list, or absent where --only left it out (at least one there). */
const isDocument = (x: unknown): x is DocResult => {
  if (!x || typeof x !== 'object' || typeof (x as DocResult).id !== 'string') return false;
  const kinds = FACT_KINDS.map((k) => (x as Record<string, unknown>)[k]);
  return kinds.some(Array.isArray) && kinds.every((v) => v === undefined || Array.isArray(v));
};


/** An NDJSON line `{"type": "failed", "source", "code", "message"}`. */
const isFailedLine = (x: unknown): boolean => !!x && typeof x === 'object' && (x as { type?: unknown }).type === 'failed' && typeof (x as FailedInput).source === 'string';

const failedInput = (f: FailedInput): FailedInput => ({ source: String(f.source), code: String(f.code), message: String(f.message) });

function* fromRecord(rec: unknown, file: string, listed: boolean): Generator<ResultEvent> {
  if (!rec || typeof rec !== 'object') return;
  const r = rec as { documents?: unknown; failed?: unknown; summary?: { documents?: { failed?: unknown } }; type?: unknown };
  if (isDocument(rec)) {
    const { type: _type, ...doc } = rec as DocResult & { type?: string };
    yield { type: 'document', result: withAllKinds(doc as DocResult), from: file };
    return;
  }
  if (isFailedLine(rec)) {
    yield { type: 'failed', failed: failedInput(rec as FailedInput) };
    return;
  }
  if (Array.isArray(r.documents)) for (const d of r.documents) if (isDocument(d)) yield { type: 'document', result: withAllKinds(d), from: file };
  if (Array.isArray(r.failed)) for (const f of r.failed as FailedInput[]) yield { type: 'failed', failed: failedInput(f) };
  const failed = r.summary?.documents?.failed;
  if (!listed && Array.isArray(failed)) for (const f of failed as FailedInput[]) yield { type: 'failed', failed: failedInput(f) };
}
