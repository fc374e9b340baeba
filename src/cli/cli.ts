/**
 * The command line: parses flags, reads inputs through the library, writes output, picks the
 * exit code (0 all good, 1 some input failed or fixtures differ, 2 usage error). Nothing else.
 */
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { access, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { constants as fsConstants } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { Command, CommanderError, Option } from 'commander';
import { yaml } from '../io/yaml.js';
import { diffDocument, diffSummary, type DiffLine } from './check.js';
import { githubAnnotation, jsonReport, junitXml, sourceLine, type CheckCase, type CheckReport } from './check-report.js';
import { completionScript, SHELLS, type Shell } from './completion.js';
import { CsvFile, removeTempFilesOnSignal, safeFileName, writeFileAtomic } from './cli-io.js';
import { factHeader, factRows, failedRow, figureRows } from '../output/csv.js';
import { HtmlReport } from '../output/html-report.js';
import { OPTIONS, type Format } from './cli-options.js';
import { ExtractError } from '../errors.js';
import { TOP } from '../paths.js';
import { checkKinds, checkReferenceDate, unresolvedForWantOfReference } from '../extract.js';
import { extractFiles } from '../run/files.js';
import { importModule } from '../run/import-module.js';
import { countDocuments, type InputKind } from '../io/input.js';
import { asWritten, SCHEMA_NAME } from '../output/envelope.js';
import { prettyDocument, prettySummary } from '../output/pretty.js';
import { JsonEnvelopeWriter, toJson, toNdjsonLine, toYaml, YamlEnvelopeWriter } from '../output/serialize.js';
import { eraseProgress, Progress } from './progress.js';
import { readResults, type MergeTally, type ResultEvent } from '../io/merge-input.js';
import { absorb, contribution, emptyPartial, failure, finish, type FailedInput, type PartialSummary, type Summary } from '../summary/summary.js';
import { FACT_KINDS, type DateStyle, type DocResult, type FactKind, type OffsetUnit } from '../types.js';
import { CHECK_EXAMPLES, EXAMPLES, MERGE_EXAMPLES } from './cli-help.js';

interface CommonOpts {
  only?: string;
  input?: InputKind;
  offsets?: OffsetUnit;
  dateStyle?: DateStyle;
  referenceDate?: string;
  jobs?: string;
  quiet?: boolean;
  color: boolean;
  debug?: boolean;
}
interface ExtractOpts extends CommonOpts {
  format?: Format;
  out?: string;
  summary: boolean;
}
interface CheckOpts extends CommonOpts {
  fixtures?: string;
  update?: boolean;
  strictOffsets?: boolean;
  maxDiff?: string;
  report?: string[];
}

class UsageError extends Error {}

/** Runs the CLI with `argv` (as process.argv) and resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') {
      // The reader went away (| head): not an error, and no progress line is left on the terminal.
      eraseProgress();
      process.exit(0);
    }
    throw e;
  });
  let code = 0;
  const program = new Command()
    .name('extract')
    .description('Pull numbers, dates, places and quotations (with speakers) out of news text, with exact offsets.')
    .version(await version(), '-V, --version')
    .argument('[paths...]', 'files, folders (recursive) or - for standard input; with none, standard input when piped')
    .addHelpText('after', EXAMPLES)
    .enablePositionalOptions() // options after `check` belong to check, not to the main command
    .exitOverride()
    .configureOutput({ outputError: (s, write) => write(`extract: ${s.replace(/^error: /, '')}`) });
  addOptions(program, 'extract');
  program.action(async (paths: string[], opts: ExtractOpts) => {
    code = await runExtract(extractEvents(paths, opts, true), opts);
  });
  const merge = program
    .command('merge')
    .description('the reduce step: one document list and summary from the results of separate runs (any split of a corpus)')
    .argument('<results...>', 'files or folders written by extract: -f json, yaml or ndjson output, or an --out folder')
    .addHelpText('after', MERGE_EXAMPLES)
    .exitOverride();
  addOptions(merge, 'merge');
  merge.action(async (paths: string[], opts: ExtractOpts) => {
    code = await runExtract(withProgress(mergeEvents(paths), opts, async () => null), opts, 'merge');
  });
  program
    .command('completion')
    .description('print a shell completion script: bash, zsh or fish (source <(extract completion bash))')
    .argument('<shell>', `one of: ${SHELLS.join(', ')}`)
    .exitOverride()
    .action(async (shell: string) => {
      if (!(SHELLS as readonly string[]).includes(shell)) throw new UsageError(`completion: "${shell}" is not a shell this knows. Give one of: ${SHELLS.join(', ')}.`);
      await write(completionScript(shell as Shell));
    });
  const check = program
    .command('check')
    .description('compare the results for PATHS with golden fixtures; exit 1 with a diff when they differ')
    .argument('[paths...]', 'files or folders, as for extract')
    .addHelpText('after', CHECK_EXAMPLES)
    .exitOverride();
  addOptions(check, 'check');
  check.action(async (paths: string[], opts: CheckOpts) => {
    code = await runCheck(paths, opts);
  });

  try {
    await program.parseAsync(reportPairs(argv));
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError) {
      process.stderr.write(`extract: ${e.message}\n`);
      return 2;
    }
    if (e instanceof ExtractError) {
      process.stderr.write(`extract: ${e.describe()}\n`);
      return e.code === 'BAD_OPTION' ? 2 : 1;
    }
    const debug = argv.includes('--debug');
    process.stderr.write(
      `extract: internal error: ${e instanceof Error ? e.message : String(e)}. This is a bug: please report it with the input that caused it` +
        (debug ? `.\n${e instanceof Error ? e.stack : ''}\n` : ' (run with --debug for the stack trace).\n'),
    );
    return 1;
  }
}

/** `--report junit FILE` (two words, as CI docs write it) as the one value `--report junit=FILE`. */
function reportPairs(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const kind = argv[i + 1];
    const file = argv[i + 2];
    if (argv[i] === '--report' && (kind === 'junit' || kind === 'json') && file !== undefined && !file.startsWith('-')) {
      out.push('--report', `${kind}=${file}`);
      i += 2;
    } else out.push(argv[i]!);
  }
  return out;
}

function addOptions(cmd: Command, which: 'extract' | 'check' | 'merge'): void {
  for (const o of OPTIONS.filter((x) => x.commands.includes(which))) {
    const opt = new Option(o.flags, o.description);
    if (o.choices) opt.choices(o.choices);
    if (o.repeatable) opt.argParser((v: string, prev: string[] | undefined) => [...(prev ?? []), v]);
    cmd.addOption(opt);
  }
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../package.json', TOP), 'utf8')) as { version: string };
  return pkg.version;
}

/** Chalk at the level the flags and environment allow: --no-color and NO_COLOR win, FORCE_COLOR forces. */
async function chalkFor(color: boolean, stream: NodeJS.WriteStream): Promise<ChalkInstance> {
  // Imported here: a JSON or YAML run never needs colour, and chalk costs ~20 ms of start-up.
  const { Chalk, supportsColor } = await importModule<typeof import('chalk')>('chalk');
  const env = process.env;
  let level: 0 | 1 | 2 | 3 = 0;
  if (!color || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) level = 0;
  else if (env.FORCE_COLOR !== undefined) level = env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false' ? 0 : env.FORCE_COLOR === '3' ? 3 : env.FORCE_COLOR === '2' ? 2 : 1;
  else if (stream.isTTY) level = supportsColor ? supportsColor.level : 1;
  return new Chalk({ level });
}

function parseCommon(opts: CommonOpts): { only?: FactKind[]; referenceDate: string | null } {
  let only: FactKind[] | undefined;
  if (opts.only !== undefined) {
    try {
      only = [...checkKinds(opts.only.split(',').map((s) => s.trim()).filter(Boolean))];
    } catch (e) {
      throw new UsageError(`--only: ${(e as ExtractError).message}. ${(e as ExtractError).hint}`);
    }
    if (only.length === 0) throw new UsageError('--only: name at least one kind: numbers,dates,places,quotes.');
  }
  const referenceDate = opts.referenceDate ?? null;
  if (referenceDate !== null) {
    const problem = checkReferenceDate(referenceDate);
    if (problem) throw new UsageError(`--reference-date: ${problem}. Write it as YYYY-MM-DD, e.g. 2024-10-29.`);
  }
  return { only, referenceDate };
}

function inputPaths(paths: string[]): string[] {
  // A command mistyped ("chek") or asked for ("help") is not a file to read: say what was meant.
  for (const p of paths) {
    const meant = commandMeant(p);
    if (meant) throw new UsageError(`"${p}" is not a file or folder. Did you mean: ${meant}?`);
  }
  if (paths.length > 0) return paths;
  if (!process.stdin.isTTY) return ['-'];
  throw new UsageError('no input. Name files or folders, or pipe text in (see extract --help).');
}

/**
 * Makes the folder a run writes into, or says why it cannot (exit 2: the path and what to do):
 * a file in its place, a file above it, no permission, a read-only file system. Linux's /proc and
 * /sys are refused at once (Node's recursive mkdir can spin there for minutes).
 */
async function outputFolder(dir: string, flag: string): Promise<void> {
  const full = resolve(dir);
  if (/^\/(?:proc|sys)(?:\/|$)/.test(full)) throw new UsageError(`${flag} ${dir}: /proc and /sys are not for files. Give a folder on a real file system.`);
  try {
    await mkdir(full, { recursive: true });
    await access(full, fsConstants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'EEXIST' || code === 'ENOTDIR'
        ? 'a file is in the way (the folder, or a folder above it, is a file). Give a folder, or move the file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied. Give a folder you can write to'
          : code === 'EROFS'
            ? 'the file system is read-only. Give a folder you can write to'
            : `cannot be made (${code ?? (e as Error).message}). Give another folder`;
    throw new UsageError(`${flag} ${dir}: ${why}.`);
  }
}

/** The commands a bare word on the command line may have meant, as the user should type them. */
const COMMANDS: Record<string, string> = { check: 'extract check', merge: 'extract merge', help: 'extract --help', completion: 'extract completion bash|zsh|fish' };

/**
 * What a path that does not exist meant, when it is a bare word within two edits of a command
 * ("chek", "merg", "help"), else null.
 */
export function commandMeant(path: string): string | null {
  if (!/^[a-z]{3,10}$/.test(path) || existsSync(path)) return null;
  for (const [name, usage] of Object.entries(COMMANDS)) if (editDistance(path, name) <= 2) return usage;
  return null;
}

/** Levenshtein distance of two short words. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** With --jobs not given, how much text is extracted in the main thread before workers start. */
const AUTO_PARALLEL_BYTES = 256 * 1024;

function parseJobs(jobs: string | undefined, inputs: readonly string[]): number {
  // Reading standard input is how a map step runs (Hadoop, Spark's pipe, one process per core or
  // partition): worker threads there only add to each process's CPU.
  if (jobs === undefined) return inputs.includes('-') ? 1 : availableParallelism();
  const n = Number(jobs);
  if (!/^\d+$/.test(jobs.trim()) || !Number.isInteger(n) || n < 1) {
    throw new UsageError(`--jobs: "${jobs}" is not a whole number of at least 1. Give e.g. --jobs 2 (1 runs in the main thread).`);
  }
  return n;
}

async function write(s: string | Uint8Array): Promise<void> {
  if (!process.stdout.write(s)) await once(process.stdout, 'drain');
}

function report(e: ExtractError, warning = false): void {
  process.stderr.write(`extract: ${warning ? 'warning: ' : ''}${e.describe()}\n`);
}

/** A document of a run, as runDocuments hands it on. */
type DocumentEvent = RunEvent & { type: 'document' };

/** A document, an input that failed now, or one that had failed in an earlier run (merge). */
type RunEvent =
  | { type: 'document'; result: DocResult; warnings: ExtractError[]; bytes?: number; text?: string; partial?: PartialSummary; kept?: true; serialized?: string | Uint8Array; unresolved?: number }
  | { type: 'error'; error: ExtractError }
  | { type: 'failed'; failed: FailedInput }
  /** The summary shares the worker threads kept (files.ts, summary: 'workers'). */
  | { type: 'shares'; partials: PartialSummary[] };

/**
 * How workers may write the run's documents for it: as NDJSON lines or as documents of the JSON
 * envelope, when that is what goes to standard output; else not at all.
 */
function workerSerialize(opts: { format?: Format; out?: string }): 'ndjson' | 'json' | null {
  if (opts.out) return null;
  const format = opts.format ?? (process.stdout.isTTY ? 'pretty' : 'json');
  return format === 'ndjson' || format === 'json' ? format : null;
}

/**
 * The documents under `paths`, extracted by the library, with a progress line on a terminal.
 * `writes`: the run writes each document to standard output as JSON or NDJSON, so workers may
 * write them.
 */
function extractEvents(paths: string[], opts: CommonOpts & { summary?: boolean; format?: Format; out?: string }, writes = false): AsyncIterable<RunEvent> {
  const { only, referenceDate } = parseCommon(opts);
  const inputs = inputPaths(paths);
  const jobs = parseJobs(opts.jobs, inputs);
  // --jobs not given: workers only once 256 KB of text has been read (small runs gain nothing from them).
  const parallelAfterBytes = opts.jobs === undefined ? AUTO_PARALLEL_BYTES : 0;
  const trace = opts.debug ? (m: string) => process.stderr.write(`extract: trace: ${m}\n`) : undefined;
  const events = extractFiles(inputs, { referenceDate, only, dateStyle: opts.dateStyle, stdin: () => process.stdin, input: opts.input, offsets: opts.offsets, trace, jobs, parallelAfterBytes, summary: opts.summary !== false ? 'workers' : false, ...(writes && workerSerialize(opts) ? { serialize: workerSerialize(opts)! } : {}) });
  return withProgress(events, opts, () => countDocuments(inputs));
}

/** Passes `events` through, drawing the progress line on stderr when it is a terminal (not with -q or --debug). */
async function* withProgress<T extends RunEvent>(events: AsyncIterable<T>, opts: CommonOpts, total: () => Promise<number | null>): AsyncGenerator<T> {
  if (opts.quiet || opts.debug || !process.stderr.isTTY) {
    yield* events;
    return;
  }
  const progress = new Progress(process.stderr, total());
  try {
    for await (const ev of events) {
      progress.tick(ev.type === 'document' ? ev.bytes ?? 0 : 0);
      yield ev;
    }
  } finally {
    progress.end();
  }
}

/**
 * The documents recorded in earlier results (`extract merge`); a document id seen twice is
 * reported and kept once. At the end, says on stderr what it read from where.
 */
async function* mergeEvents(paths: string[]): AsyncIterable<RunEvent> {
  const seen = new Map<string, string>();
  const tally: MergeTally = { documents: 0, failed: 0, files: 0, empty: 0 };
  yield* mergedDocuments(readResults(paths, tally), seen);
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const empty = tally.empty ? ` (and ${plural(tally.empty, 'empty file')})` : '';
  process.stderr.write(`extract: merge read ${plural(tally.documents, 'document')} and ${plural(tally.failed, 'failed input')} from ${plural(tally.files, 'file')}${empty} in ${paths.join(', ')}\n`);
}

async function* mergedDocuments(results: AsyncIterable<ResultEvent>, seen: Map<string, string>): AsyncIterable<RunEvent> {
  for await (const ev of results) {
    if (ev.type !== 'document') {
      yield ev;
      continue;
    }
    const first = seen.get(ev.result.id);
    if (first !== undefined) {
      yield {
        type: 'error',
        error: new ExtractError('BAD_JSONL', `document "${ev.result.id}" is also in ${first}; this copy was left out`, {
          path: ev.from,
          hint: 'Merge the results of runs over different documents.',
        }),
      };
      continue;
    }
    seen.set(ev.result.id, ev.from);
    yield { type: 'document', result: ev.result, warnings: [] };
  }
}

/**
 * Reports errors and warnings, builds the summary, and calls `onDocument` per result and
 * `onFailed` per input that failed (now, or in a run being merged), in input order.
 */
async function runDocuments(
  events: AsyncIterable<RunEvent>,
  onDocument: (ev: DocumentEvent) => Promise<void>,
  onFailed: (f: FailedInput) => Promise<void> = async () => {},
  summarize = true,
  notes = true,
): Promise<{ failed: boolean; documents: number; failures: number; summary: Summary }> {
  const partial = emptyPartial();
  let failed = false;
  let documents = 0;
  let failures = 0;
  let unresolved = 0;
  for await (const ev of events) {
    if (ev.type === 'shares') {
      if (summarize) for (const p of ev.partials) absorb(partial, p);
      continue;
    }
    if (ev.type === 'failed') {
      absorb(partial, failure(ev.failed));
      failures++;
      await onFailed(ev.failed);
      continue;
    }
    if (ev.type === 'error') {
      report(ev.error);
      const f: FailedInput = { source: ev.error.path ?? '-', code: ev.error.code, message: ev.error.message };
      absorb(partial, failure(f));
      failed = true;
      failures++;
      await onFailed(f);
      continue;
    }
    documents++;
    unresolved += ev.serialized !== undefined ? (ev.unresolved ?? 0) : unresolvedForWantOfReference(ev.result);
    for (const w of ev.warnings) report(w, true);
    if (ev.warnings.length) failed = true;
    // With --no-summary there is nothing to build; a worker may have built the share already.
    if (summarize && !ev.kept) absorb(partial, ev.partial ?? contribution(ev.result));
    await onDocument(ev);
  }
  // Relative dates left unresolved for want of a reference date: say once how to give one.
  if (unresolved > 0 && notes) {
    process.stderr.write(
      `extract: note: ${unresolved} relative date${unresolved === 1 ? '' : 's'} ("Monday", "last week") stayed unresolved for want of a reference date: give --reference-date YYYY-MM-DD, or a date in each document (front matter "date:", JSON Lines "date")\n`,
    );
  }
  return { failed, documents, failures, summary: finish(partial) };
}

async function runExtract(events: AsyncIterable<RunEvent>, opts: ExtractOpts, mode: 'extract' | 'merge' = 'extract'): Promise<number> {
  const format: Format = opts.format ?? (opts.out ? 'json' : process.stdout.isTTY ? 'pretty' : 'json');
  // --only: the kinds not asked for are left out of each document written, not written empty.
  // (A merge keeps out what each document's own run left out.)
  const only = mode === 'extract' && opts.only !== undefined ? parseCommon(opts).only : undefined;
  if (opts.out && (format === 'pretty' || format === 'ndjson')) {
    throw new UsageError(`--out writes JSON, YAML, CSV or HTML files: use -f json, yaml, csv or html with it, not -f ${format}.`);
  }
  const c = format === 'pretty' ? await chalkFor(opts.color, process.stdout) : null;
  const taken = new Set<string>();
  const ext = format === 'yaml' ? 'yaml' : 'json';
  const serialize = format === 'yaml' ? toYaml : toJson;
  if (opts.out) {
    await outputFolder(opts.out, '--out');
    removeTempFilesOnSignal();
  }
  let written = 0;
  // -f json and -f yaml are written as they go too: the envelope's opening, each document, then the summary.
  const stream = format === 'json' ? new JsonEnvelopeWriter() : format === 'yaml' ? new YamlEnvelopeWriter() : null;
  // -f csv: rows as they go, to standard output or (with --out) to facts.csv, written whole or not at all.
  const csvOut = format === 'csv' ? (opts.out ? await CsvFile.open(opts.out, 'facts.csv') : null) : undefined;
  const csvWrite = async (s: string) => (csvOut ? csvOut.write(s) : write(s));
  if (format === 'csv') await csvWrite(factHeader());
  // -f html: documents as they go, to their own pages (--out) or to a temporary file that follows
  // the summary at the end (the page shows the summary first).
  const html = format === 'html' ? await HtmlReport.start(opts.out) : null;

  // Every input that failed is part of the output itself (engines keep stdout, not stderr): an
  // NDJSON line of type "failed", the envelope's "failed" list, or failed.json|yaml in --out.
  const failures: FailedInput[] = [];
  const { failed, documents, summary } = await runDocuments(
    events,
    async (ev) => {
      // A document a worker wrote for this run is passed on as written; its object is not read.
      if (ev.serialized !== undefined) {
        if (format === 'json') await write((stream as JsonEnvelopeWriter).documentHead());
        await write(ev.serialized);
        return;
      }
      const r = ev.result;
      const text = ev.text ?? null;
      if (html) {
        await html.document(r, text, taken);
        written++;
      } else if (format === 'csv') {
        await csvWrite(factRows(r));
        written++;
      } else if (opts.out) {
        await writeFileAtomic(opts.out, `${safeFileName(r.id, taken)}.${ext}`, serialize(asWritten(r, only)));
        written++;
      } else if (format === 'pretty') await write(prettyDocument(r, c!));
      else if (format === 'ndjson') await write(toNdjsonLine({ type: 'document', ...asWritten(r, only) }));
      else await write(stream!.document(asWritten(r, only)));
    },
    async (f) => {
      if (format === 'ndjson' && !opts.out) await write(toNdjsonLine({ type: 'failed', ...f }));
      else if (format === 'csv') await csvWrite(failedRow(f));
      // The HTML page lists failures from the summary, which holds them all.
      else if (!html) failures.push(f);
    },
    // The HTML page always shows the summary; other formats build it only when it is written.
    opts.summary || format === 'html',
    !opts.quiet,
  );

  const s = opts.summary ? summary : null;
  if (html) {
    // The page always shows the summary: it is what the report is for.
    const where = await html.finish(summary, write);
    if (where) process.stderr.write(`extract: wrote ${written} document page${written === 1 ? '' : 's'} and ${where}\n`);
  } else if (format === 'csv') {
    if (csvOut) {
      await csvOut.close();
      if (s) await writeFileAtomic(opts.out!, 'figures.csv', figureRows(s));
      process.stderr.write(`extract: wrote ${written} document${written === 1 ? '' : 's'} to ${join(opts.out!, 'facts.csv')}${s ? ` and the summary's figures to ${join(opts.out!, 'figures.csv')}` : ''}\n`);
    }
  } else if (opts.out) {
    if (failures.length) await writeFileAtomic(opts.out, `failed.${ext}`, serialize({ schema: SCHEMA_NAME, failed: failures }));
    if (s) await writeFileAtomic(opts.out, `summary.${ext}`, serialize({ schema: SCHEMA_NAME, summary: s }));
    const also = [s ? 'the summary' : '', failures.length ? `${failures.length} failed input${failures.length === 1 ? '' : 's'}` : ''].filter(Boolean).join(' and ');
    process.stderr.write(`extract: wrote ${written} document${written === 1 ? '' : 's'}${also ? ` and ${also}` : ''} to ${opts.out}\n`);
  } else if (format === 'pretty') {
    if (s) await write(prettySummary(s, c!));
  } else if (format === 'ndjson') {
    if (s) await write(toNdjsonLine({ type: 'summary', schema: SCHEMA_NAME, summary: s }));
  } else {
    for (const piece of stream!.end(s, failures)) await write(piece);
  }
  if (documents === 0 && mode === 'merge') {
    // A merge that found nothing to merge (wrong folder, files of another tool) did not do its job.
    process.stderr.write('extract: merge read no documents. Give it the output of extract runs: -f json, yaml or ndjson files (plain or gzip), or --out folders.\n');
    return 1;
  }
  // No documents and nothing failed: an empty input (an empty partition), a valid empty result.
  if (documents === 0 && !failed) process.stderr.write('extract: note: the input holds no documents; the output is an empty result\n');
  return failed ? 1 : 0;
}

/** The options a set of fixtures was made with, recorded in its summary.yaml. */
interface FixtureOptions {
  referenceDate?: string | null;
  dateStyle?: DateStyle;
  only?: FactKind[] | null;
  offsets?: OffsetUnit;
}

/**
 * `extract check`: compares the results for PATHS with the fixtures (aligned by content: a fact
 * that only moved is a note), the summary by key; runs with the options the fixtures were made
 * with unless told otherwise; writes JUnit or JSON reports and GitHub Actions annotations.
 */
async function runCheck(paths: string[], opts: CheckOpts): Promise<number> {
  if (!opts.fixtures) throw new UsageError('check needs --fixtures DIR (the folder of expected results).');
  const dir = opts.fixtures;
  const began = performance.now();
  const maxDiff = opts.maxDiff === undefined ? Infinity : Number(opts.maxDiff);
  if (opts.maxDiff !== undefined && (!/^\d+$/.test(opts.maxDiff.trim()) || !Number.isInteger(maxDiff))) throw new UsageError(`--max-diff: "${String(opts.maxDiff)}" is not a whole number of at least 0.`);
  const reports = (opts.report ?? []).map(parseReport);
  const c = await chalkFor(opts.color, process.stdout);

  // The fixtures' own options, used for what the command line does not say (a note when it differs).
  const expectedSummary = (await readYaml(join(dir, 'summary.yaml'))) as { options?: FixtureOptions; summary?: unknown } | undefined;
  const made = expectedSummary?.options ?? {};
  const run: CheckOpts = { ...opts };
  const noteDiffers = (flag: string, given: unknown, theirs: unknown) => {
    if (theirs !== undefined && JSON.stringify(given) !== JSON.stringify(theirs)) {
      process.stderr.write(`extract: note: ${flag} ${JSON.stringify(given)} differs from the fixtures' ${JSON.stringify(theirs)} (${join(dir, 'summary.yaml')}); checking with ${JSON.stringify(given)}\n`);
    }
  };
  if (opts.referenceDate === undefined && made.referenceDate) run.referenceDate = made.referenceDate;
  else if (opts.referenceDate !== undefined) noteDiffers('--reference-date', opts.referenceDate, made.referenceDate ?? undefined);
  if (opts.dateStyle === undefined && made.dateStyle) run.dateStyle = made.dateStyle;
  else if (opts.dateStyle !== undefined) noteDiffers('--date-style', opts.dateStyle, made.dateStyle);
  if (opts.offsets === undefined && made.offsets) run.offsets = made.offsets;
  else if (opts.offsets !== undefined) noteDiffers('--offsets', opts.offsets, made.offsets);
  if (opts.only === undefined && made.only) run.only = made.only.join(',');
  const kinds = parseCommon(run).only;
  const options: FixtureOptions = {
    referenceDate: run.referenceDate ?? null,
    dateStyle: run.dateStyle ?? 'news',
    only: kinds ?? null,
    offsets: run.offsets ?? 'utf16',
  };

  const results: Array<{ result: DocResult; file: string }> = [];
  const taken = new Set<string>();
  const { failed, summary } = await runDocuments(
    extractEvents(paths, run),
    async ({ result }) => {
      results.push({ result, file: `${safeFileName(result.id, taken)}.yaml` });
    },
    undefined,
    true,
    !opts.quiet,
  );
  const summaryData = { schema: SCHEMA_NAME, options, summary };

  if (opts.update) {
    await outputFolder(dir, '--fixtures');
    removeTempFilesOnSignal();
    // Only what changed is written, and named.
    const changed: string[] = [];
    const files = [...results.map(({ result, file }) => ({ file, result })), { file: 'summary.yaml', result: null }];
    for (const { file, result } of files) {
      const old = await readFile(join(dir, file), 'utf8').catch(() => null);
      // A document's `source` (how its path was spelled) is not compared, so it alone changes nothing.
      const oldSource = result && old !== null ? (yaml().parse(old) as { source?: string | null } | null)?.source : undefined;
      const same = result && old !== null && toYaml({ ...result, source: oldSource ?? null }) === old;
      const text = result ? toYaml(result) : toYaml(summaryData);
      if (same || old === text) continue;
      await writeFileAtomic(dir, file, text);
      changed.push(file);
    }
    process.stderr.write(changed.length ? `extract: updated ${changed.length} fixture file${changed.length === 1 ? '' : 's'} in ${dir}: ${changed.join(', ')}\n` : `extract: the fixtures in ${dir} are up to date\n`);
    return failed ? 1 : 0;
  }

  let existing: string[];
  try {
    existing = (await readdir(dir)).filter((f) => f.endsWith('.yaml'));
  } catch {
    throw new ExtractError('ENOENT', 'fixtures folder not found', { path: dir, hint: 'Create it with: extract check PATHS --fixtures DIR --update.' });
  }
  const checkOpts = { strictOffsets: !!opts.strictOffsets, kinds };
  const cases: CheckCase[] = [];
  let moved = 0;
  for (const { result, file } of results) {
    const expected = await readYaml(join(dir, file));
    if (expected === undefined) {
      cases.push({ name: result.id, source: result.source, lines: [{ where: result.id, sign: '!', message: `no fixture ${join(dir, file)} (run with --update to create it)` }] });
      continue;
    }
    const d = diffDocument(expected as DocResult, result, checkOpts);
    moved += d.moved;
    cases.push({ name: result.id, source: result.source, lines: d.lines, moved: d.moved });
  }
  const produced = new Set(results.map((r) => r.file));
  const problems: DiffLine[] = [];
  for (const f of existing) {
    if (f !== 'summary.yaml' && !produced.has(f)) problems.push({ where: f, sign: '!', message: 'fixture has no document in the input (stale: delete it, or add the document)' });
  }
  let summaryLines: DiffLine[];
  if (expectedSummary === undefined) summaryLines = [{ where: 'summary', sign: '!', message: `no ${join(dir, 'summary.yaml')} (run with --update to create it)` }];
  else {
    // With --only, the summary's sections of the other kinds are not compared.
    const section = { numbers: 'figures', dates: 'timeline', places: 'places', quotes: 'speakers' } as const;
    const skip = new Set(kinds ? FACT_KINDS.filter((k) => !kinds.includes(k)).map((k) => section[k]) : []);
    const pick = (x: unknown) => Object.fromEntries(Object.entries((x ?? {}) as Record<string, unknown>).filter(([k]) => !skip.has(k as never)));
    summaryLines = diffSummary(pick(expectedSummary.summary), pick(JSON.parse(JSON.stringify(summary)) as unknown), checkOpts);
  }
  cases.push({ name: 'summary', lines: summaryLines });
  if (problems.length) cases.push({ name: 'fixtures', lines: problems });

  // Every difference, or the first --max-diff of them and how many more.
  const all = cases.flatMap((k) => k.lines);
  const color = { '-': c.red, '+': c.green, '~': c.yellow, '!': c.magenta } as const;
  for (const d of all.slice(0, maxDiff)) await write(`${color[d.sign](d.sign)} ${c.bold(d.where)}: ${d.message}\n`);
  if (all.length > maxDiff) await write(c.dim(`… and ${all.length - maxDiff} more difference${all.length - maxDiff === 1 ? '' : 's'} (--max-diff ${maxDiff})\n`));

  // On GitHub Actions, each difference in a document is an annotation on its line of the source.
  if (process.env.GITHUB_ACTIONS === 'true') {
    for (const k of cases) {
      const text = k.source ? await sourceText(k.source) : null;
      for (const d of k.lines) await write(githubAnnotation(d, k.source ? sourceLine(text === null ? k.source : k.source.replace(/:\d+$/, ''), text, d.at) : null));
    }
  }
  const report: CheckReport = { fixtures: dir, cases, time: (performance.now() - began) / 1000, timestamp: new Date().toISOString() };
  for (const r of reports) {
    await writeFile(r.file, r.kind === 'junit' ? junitXml(report) : jsonReport(report));
    process.stderr.write(`extract: wrote the ${r.kind === 'junit' ? 'JUnit XML' : 'JSON'} report to ${r.file}\n`);
  }

  const n = results.length;
  const docsDiffering = cases.filter((k) => k.source !== undefined && k.lines.length).length;
  const movedNote = moved ? c.dim(` (${moved} fact${moved === 1 ? '' : 's'} moved with nothing else changed; --strict-offsets counts them)`) : '';
  await write(
    all.length
      ? c.red(`check: ${all.length} difference${all.length === 1 ? '' : 's'} in ${docsDiffering} of ${n} document${n === 1 ? '' : 's'}${summaryLines.length ? ' and the summary' : ''} against ${dir}`) + movedNote + '\n'
      : c.green(`check: ${n} document${n === 1 ? '' : 's'} match ${dir}`) + movedNote + '\n',
  );
  return all.length || failed ? 1 : 0;
}

/** `--report junit=FILE` (or `junit FILE`, rewritten so by main). */
function parseReport(v: string): { kind: 'junit' | 'json'; file: string } {
  const m = /^(junit|json)[=:](.+)$/.exec(v);
  if (!m) throw new UsageError(`--report: "${v}" is not KIND FILE. Give e.g. --report junit check.xml or --report json check.json.`);
  return { kind: m[1] as 'junit' | 'json', file: m[2]! };
}

/** A document's source text for line numbers: a text file's content; null for a JSON Lines record or what cannot be read. */
async function sourceText(source: string): Promise<string | null> {
  if (source === '-' || /:\d+$/.test(source)) return null;
  return readFile(source, 'utf8').catch(() => null);
}

/** A parsed YAML file, or undefined when it does not exist. Unparseable fixtures are errors. */
async function readYaml(path: string): Promise<unknown> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return yaml().parse(raw) as unknown;
  } catch (e) {
    throw new ExtractError('READ_FAILED', `fixture is not valid YAML (${(e as Error).message.split('\n')[0]})`, { path, hint: 'Fix it or rewrite the fixtures with --update.' });
  }
}

