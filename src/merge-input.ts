/**
 * Reading earlier results for `extract merge`: the JSON or YAML that `extract` prints
 * ({schema, documents, summary}), its NDJSON lines, the files `--out` writes (a folder of
 * <id>.json|yaml and summary.json|yaml), and single document files. Yields each document and each
 * input that had failed in those runs, so the summary can be rebuilt exactly as one run over all
 * documents would build it.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { yaml } from './yaml.js';
import { ExtractError } from './errors.js';
import type { FailedInput } from './summary/summary.js';
import type { DocResult } from './types.js';

export type ResultEvent =
  | { type: 'document'; result: DocResult; from: string }
  | { type: 'failed'; failed: FailedInput }
  | { type: 'error'; error: ExtractError };

const RESULT_EXTENSIONS = ['.json', '.yaml', '.yml', '.ndjson', '.jsonl'];

/** In a folder: result files by extension, and the "part-00000" files Hadoop and Spark write (JSON Lines). */
function isResultName(f: string): boolean {
  if (f.startsWith('.') || f.startsWith('_')) return false;
  return RESULT_EXTENSIONS.includes(extname(f).toLowerCase()) || /^part-\d+$/.test(f);
}

/** Documents and failures recorded in earlier results under `paths`, in order. */
export async function* readResults(paths: readonly string[]): AsyncGenerator<ResultEvent> {
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch {
      yield { type: 'error', error: new ExtractError('ENOENT', 'no such file or folder', { path, hint: 'Check the path.' }) };
      continue;
    }
    const files = isDir
      ? (await readdir(path)).filter(isResultName).sort().map((f) => join(path, f))
      : [path];
    for (const file of files) yield* readResultFile(file);
  }
}

async function* readResultFile(file: string): AsyncGenerator<ResultEvent> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    yield { type: 'error', error: new ExtractError('READ_FAILED', 'cannot be read', { path: file, hint: 'Check that it is a readable file.' }) };
    return;
  }
  const ext = extname(file).toLowerCase();
  let records: unknown[];
  try {
    if (ext === '.ndjson' || ext === '.jsonl' || ext === '') records = raw.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);
    else records = [ext === '.json' ? (JSON.parse(raw) as unknown) : (yaml().parse(raw) as unknown)];
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0]!.replace(/\.$/, '') : 'unreadable';
    yield { type: 'error', error: new ExtractError('BAD_JSONL', `is not valid ${ext.slice(1).toUpperCase()} (${why})`, { path: file, hint: 'Give merge the output of extract (-f json, yaml, ndjson or --out).' }) };
    return;
  }
  let any = false;
  for (const rec of records) {
    any ||= isResult(rec);
    yield* fromRecord(rec, file);
  }
  if (!any) {
    yield { type: 'error', error: new ExtractError('BAD_JSONL', 'holds no extract results', { path: file, hint: 'Give merge the output of extract (-f json, yaml, ndjson or --out).' }) };
  }
}

/** A document, an envelope with documents, or a summary file: something extract wrote. */
const isResult = (x: unknown): boolean =>
  isDocument(x) || (!!x && typeof x === 'object' && (Array.isArray((x as { documents?: unknown }).documents) || typeof (x as { summary?: unknown }).summary === 'object'));

const isDocument = (x: unknown): x is DocResult =>
  !!x && typeof x === 'object' && typeof (x as DocResult).id === 'string' && Array.isArray((x as DocResult).numbers);

function* fromRecord(rec: unknown, file: string): Generator<ResultEvent> {
  if (!rec || typeof rec !== 'object') return;
  const r = rec as { documents?: unknown; summary?: { documents?: { failed?: unknown } }; type?: unknown };
  if (isDocument(rec)) {
    const { type: _type, ...doc } = rec as DocResult & { type?: string };
    yield { type: 'document', result: doc as DocResult, from: file };
    return;
  }
  if (Array.isArray(r.documents)) for (const d of r.documents) if (isDocument(d)) yield { type: 'document', result: d, from: file };
  const failed = r.summary?.documents?.failed;
  if (Array.isArray(failed)) for (const f of failed as FailedInput[]) yield { type: 'failed', failed: f };
}
