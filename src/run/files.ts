/** The streaming API over files: read each input, extract, yield, one document at a time. */
import { ExtractError } from '../errors.js';
import { extract } from '../extract.js';
import { readInputs, type DocInput, type ReadOptions } from '../io/input.js';
import { ExtractPool, type JobResult, type Serialize, type Serialized } from './pool.js';
import { contribution, shareStrings, type PartialSummary } from '../summary/summary.js';
import type { DateStyle, DocResult, ExtractOptions, FactKind, OffsetUnit } from '../types.js';

export interface FileOptions extends ReadOptions {
  /** Used for documents whose own metadata gives no date. */
  referenceDate?: string | null;
  only?: readonly FactKind[];
  dateStyle?: DateStyle;
  /** What `start`/`end` count: UTF-16 code units (default) or Unicode code points (see ExtractOptions). */
  offsets?: OffsetUnit;
  /** Receives the debug trace, prefixed with the document id. */
  trace?: (message: string) => void;
  /**
   * Worker threads to extract on (default 1: in this thread). With more than one, documents are
   * extracted in parallel and still yielded in input order; a single document never starts a worker.
   */
  jobs?: number;
  /**
   * With jobs > 1: how many bytes of text are extracted in this thread before the workers start
   * (default 0: they start with the second document). Each worker pays about 0.3 s to load the
   * extractors' data, more than a few small documents take, so the CLI's default (--jobs not given)
   * starts them only once the input shows it is large enough to gain.
   */
  parallelAfterBytes?: number;
  /**
   * Build each document's share of the summary (summary.ts contribution): `true` gives it with the
   * document's event (`partial`); `'workers'` has each worker keep the shares of the documents it
   * extracted and gives them, merged per worker, in `shares` events: whenever a worker hands its
   * partial over (every few MB of text), and the rest after the last document (documents
   * extracted in this thread still carry theirs), so the caller's thread only merges a few partial
   * summaries, and holds the only one that grows.
   */
  summary?: boolean | 'workers';
  /**
   * With `'ndjson'` (or `'json'`), documents extracted on a worker come with their NDJSON line (or
   * their text in the JSON envelope, `output/serialize.ts` envelopeDocument) as `serialized`,
   * written there; their `result` is read back from it only if asked for.
   */
  serialize?: Serialize;
}

export type FileEvent =
  /** `bytes`: the size of the document's text in UTF-8 (for throughput and progress); `text`: the text as read. */
  | {
      type: 'document';
      result: DocResult;
      warnings: ExtractError[];
      bytes: number;
      text: string;
      /** Its share of the summary (with `summary`), unless a worker kept it (`kept`: in the `shares` event). */
      partial?: PartialSummary;
      kept?: true;
      /** With `serialize`: the document as a worker wrote it (an NDJSON line or a document of the JSON envelope, as UTF-8 bytes). */
      serialized?: Serialized;
      /** With `serialized`: how many of its relative dates stayed unresolved for want of a reference date. */
      unresolved?: number;
    }
  | { type: 'error'; error: ExtractError }
  /** With `summary: 'workers'`: summary shares the workers kept, as they hand them over and after the last document. */
  | { type: 'shares'; partials: PartialSummary[] };

/**
 * Documents go to the workers in batches of up to BATCH_DOCUMENTS documents or BATCH_BYTES of
 * text (a long document goes alone; any batch goes at once while a worker idles): one message
 * each way per batch. Up to READ_AHEAD_BATCHES batches per worker are read ahead (in documents
 * and in bytes): enough to keep each busy, few enough to bound memory.
 */
const BATCH_DOCUMENTS = 16;
const BATCH_BYTES = 64 * 1024;
const READ_AHEAD_BATCHES = 3;

/**
 * Extracts from every document under `paths` (files, folders, `-` for standard input), yielding
 * results and errors in input order. One bad input never stops the others.
 *
 * @example for await (const ev of extractFiles(['seeds/'], { jobs: 2 })) if (ev.type === 'document') console.log(ev.result.id)
 */
export async function* extractFiles(paths: readonly string[], opts: FileOptions = {}): AsyncGenerator<FileEvent> {
  const jobs = opts.jobs ?? 1;
  if (!Number.isInteger(jobs) || jobs < 1) {
    throw new ExtractError('BAD_OPTION', `jobs must be a whole number of at least 1, not ${String(jobs)}`, { hint: 'Give 1 to run in this thread.' });
  }
  if (jobs === 1) {
    for await (const ev of readInputs(paths, opts)) {
      if (ev.type === 'error') yield ev;
      else yield withShare({ type: 'document', result: extractHere(ev.input, opts), warnings: ev.warnings, bytes: Buffer.byteLength(ev.input.text), text: ev.input.text }, opts);
    }
    return;
  }
  yield* extractInParallel(paths, opts, jobs);
}

function optionsFor(input: DocInput, opts: FileOptions): ExtractOptions {
  return {
    id: input.id,
    source: input.source,
    title: input.title ?? null,
    referenceDate: input.date ?? opts.referenceDate ?? null,
    referenceDateFrom: input.date ? 'document' : 'option',
    only: opts.only,
    dateStyle: opts.dateStyle,
    ...(opts.offsets ? { offsets: opts.offsets } : {}),
  };
}

const utf8 = new TextDecoder();

/** A result read back from its NDJSON line (without the line's `type`) or its envelope text. */
function lineResult(line: Serialized): DocResult {
  const { type: _type, ...result } = JSON.parse(utf8.decode(line)) as DocResult & { type?: string };
  return result;
}

/** A document extracted in this thread, with its summary share when asked for. */
function withShare(ev: FileEvent & { type: 'document' }, opts: FileOptions): FileEvent {
  return opts.summary ? { ...ev, partial: contribution(ev.result) } : ev;
}

function extractHere(input: DocInput, opts: FileOptions): DocResult {
  const trace = opts.trace ? (m: string) => opts.trace!(`${input.id}: ${m}`) : undefined;
  return extract(input.text, optionsFor(input, opts), { trace });
}

/** A read event waiting for its turn: an error, or a document with its result (once dispatched). */
interface Entry {
  event: FileEvent | null;
  input?: DocInput;
  warnings?: ExtractError[];
  /** The size of the input's text in UTF-8, counted once when read. */
  bytes?: number;
  job?: Promise<JobResult>;
  /** Its job has answered: its turn can come without waiting. */
  done?: boolean;
}

async function* extractInParallel(paths: readonly string[], opts: FileOptions, jobs: number): AsyncGenerator<FileEvent> {
  const queue: Entry[] = [];
  let queuedBytes = 0;
  let pool: ExtractPool | null = null;
  // Documents read but not yet sent to a worker, and their size: sent as one batch.
  let waiting: Entry[] = [];
  let waitingBytes = 0;
  const summary = opts.summary === 'workers' ? 'keep' : opts.summary ? 'reply' : undefined;
  const flush = () => {
    if (!pool || waiting.length === 0) return;
    const jobs = pool.runBatch(waiting.map((e) => ({ text: e.input!.text, options: optionsFor(e.input!, opts), trace: !!opts.trace, summary, serialize: opts.serialize })));
    waiting.forEach((e, i) => {
      e.job = jobs[i]!;
      // Handled when its turn comes; never an unhandled rejection meanwhile.
      e.job.then(
        () => (e.done = true),
        () => (e.done = true),
      );
    });
    waiting = [];
    waitingBytes = 0;
  };
  const dispatch = (e: Entry) => {
    waiting.push(e);
    waitingBytes += e.bytes!;
    // A full batch goes; so does any batch while a worker idles (a slow stream's documents are
    // not held back, and every worker starts at once).
    if (waiting.length >= BATCH_DOCUMENTS || waitingBytes >= BATCH_BYTES || pool!.hasIdleWorker()) flush();
  };
  const settle = async (e: Entry): Promise<FileEvent> => {
    if (e.event) return e.event;
    const bytes = e.bytes!;
    if (!e.job && waiting.includes(e)) flush(); // its batch goes now: the caller waits for it
    if (!e.job) return withShare({ type: 'document', result: extractHere(e.input!, opts), warnings: e.warnings!, bytes, text: e.input!.text }, opts);
    const { result, line, unresolved, trace, partial } = await e.job;
    if (opts.trace) for (const m of trace) opts.trace(`${e.input!.id}: ${m}`);
    const ev: FileEvent & { type: 'document' } = {
      type: 'document',
      result: result!,
      warnings: e.warnings!,
      bytes,
      text: e.input!.text,
      // A worker's share was cloned across threads: its strings and claims share one copy here.
      ...(partial ? { partial: shareStrings(partial) } : {}),
      ...(opts.summary === 'workers' ? { kept: true as const } : {}),
    };
    if (line !== undefined) {
      // The result is in its line: read back only by a caller that asks for the object.
      ev.serialized = line;
      ev.unresolved = unresolved ?? 0;
      Object.defineProperty(ev, 'result', { enumerable: true, configurable: true, get: () => lineResult(line) });
    }
    return ev;
  };
  // Summary shares a worker handed over early: passed on as they come.
  function* handedOver(): Generator<FileEvent> {
    // Packed on the workers (packShare): unpacked here, into one copy of each string and claim.
    const partials = (pool?.takeHandedOver() ?? []).map(shareStrings);
    if (partials.length === 0) return;
    opts.trace?.(`summary: ${partials.length} partial summaries handed over by the workers`);
    yield { type: 'shares', partials };
  }
  try {
    let documents = 0;
    let bytes = 0;
    const threshold = opts.parallelAfterBytes ?? 0;
    for await (const ev of readInputs(paths, opts)) {
      if (ev.type === 'error') queue.push({ event: ev });
      else {
        const e: Entry = { event: null, input: ev.input, warnings: ev.warnings, bytes: Buffer.byteLength(ev.input.text) };
        queue.push(e);
        queuedBytes += e.bytes!;
        documents++;
        bytes += e.bytes!;
        // Workers start only once a second document (and enough text) shows there is something to share.
        if (!pool && documents >= 2 && bytes > threshold) {
          opts.trace?.(`starting ${jobs} worker threads`);
          pool = await ExtractPool.create(jobs);
          for (const q of queue) if (q.input && !q.job) dispatch(q);
        } else if (pool) dispatch(e);
      }
      // The read-ahead is full (in documents or in bytes), or the next in order is ready (a slow
      // stream's results go out as they come, not once the read-ahead fills).
      while (
        queue.length > jobs * READ_AHEAD_BATCHES * BATCH_DOCUMENTS ||
        (queue.length > 1 && queuedBytes > jobs * READ_AHEAD_BATCHES * BATCH_BYTES) ||
        (queue.length > 0 && (queue[0]!.event !== null || queue[0]!.done))
      ) {
        const head = queue.shift()!;
        queuedBytes -= head.bytes ?? 0;
        yield await settle(head);
        yield* handedOver();
      }
    }
    flush();
    while (queue.length > 0) {
      yield await settle(queue.shift()!);
      yield* handedOver();
    }
    if (pool && opts.summary === 'workers') {
      const partials = [...pool.takeHandedOver(), ...(await pool.collect())].map(shareStrings);
      // The workers' memory goes before the main thread takes in their last shares and finishes the
      // summary: the run's peak is then the larger of the two, not their sum.
      await pool.close();
      pool = null;
      yield { type: 'shares', partials };
    }
  } finally {
    await pool?.close();
  }
}
