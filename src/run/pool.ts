/**
 * ExtractPool: extract() on worker threads. Each worker loads the extractors' data once, then
 * takes documents in batches (one message each way per batch, not per document: fewer messages
 * for the main thread to post, receive and wake for); a batch goes to the worker with the fewest
 * outstanding documents. The caller keeps the order (extractFiles yields in input order whatever
 * finishes first).
 */
import type { Worker } from 'node:worker_threads';
import { TOP } from '../paths.js';
import { ExtractError, type ErrorCode } from '../errors.js';
import { isFresh } from './fresh.js';
import { importModule } from './import-module.js';
import type { PartialSummary } from '../summary/summary.js';
import type { DocResult, ExtractOptions } from '../types.js';

export interface JobRequest {
  id: number;
  text: string;
  options: ExtractOptions;
  /** Collect the rule trace and send it back with the result. */
  trace: boolean;
  /**
   * The document's share of the summary: `reply` sends it back with the result; `keep` adds it to
   * the worker's own partial summary, collected once at the end ({@link ExtractPool.collect}), so
   * the main thread never handles it.
   */
  summary?: 'reply' | 'keep';
  /**
   * Serialise the result here and send back only its NDJSON line (`-f ndjson`, as transferred UTF-8
   * bytes) or envelope text (`-f json`): an object graph would be rebuilt (and collected) on the
   * main thread.
   */
  serialize?: Serialize;
}

/** How a worker writes a document for the CLI: an NDJSON line, or a document of the JSON envelope. */
export type Serialize = 'ndjson' | 'json';

/** Documents for one worker, in one message; it answers with one {@link BatchReply}. */
export interface BatchRequest {
  batch: JobRequest[];
}
export interface BatchReply {
  replies: JobReply[];
  /** The worker's kept partial summary, handed over early (worker.ts HAND_OVER_TEXT); it starts a new one. */
  shares?: PartialSummary;
}

/** One document of a batch, as the caller gives it. */
export interface Job {
  text: string;
  options: ExtractOptions;
  trace?: boolean;
  summary?: 'reply' | 'keep';
  serialize?: Serialize;
}

/** Asks a worker for the partial summary of every document it kept a share of. */
export interface CollectRequest {
  collect: true;
}
export interface CollectReply {
  collected: PartialSummary;
}

type ErrorReply =
  | { extract: true; code: ErrorCode; message: string; path: string | null; hint: string }
  | { extract: false; message: string; stack?: string };

export type JobReply = { id: number; trace: string[] } & ({ result: DocResult; partial?: PartialSummary } | { line: Serialized; unresolved: number; partial?: PartialSummary } | { error: ErrorReply });

/**
 * A document as a worker wrote it, an NDJSON line or a document of the JSON envelope, as UTF-8
 * bytes: its buffer is transferred, not copied, and lies outside the main thread's heap, so the
 * main thread neither collects it nor encodes it again to write it.
 */
export type Serialized = Uint8Array;

/** What a job gives back: the result, the trace, and the summary's share when asked for. */
export interface JobResult {
  /** The result, or (with serialize) its text: an NDJSON line, or a document of the JSON envelope. */
  result?: DocResult;
  line?: Serialized;
  /** With a line: how many relative dates stayed unresolved for want of a reference date. */
  unresolved?: number;
  trace: string[];
  partial?: PartialSummary;
}

interface Pending {
  resolve: (r: JobResult) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  /** A collect() waiting for this worker's partial summary. */
  collect?: { resolve: (p: PartialSummary) => void; reject: (e: Error) => void };
}

/** The worker's script: the bundled one when the build made it from this worker.js (it starts faster), else worker.js. */
let workerUrl: URL | null = null;
function workerScript(): URL {
  if (workerUrl) return workerUrl;
  const bundled = new URL('./worker.bundle.js', TOP);
  const plain = new URL('./run/worker.js', TOP);
  workerUrl = isFresh(bundled, plain) ? bundled : plain;
  return workerUrl;
}

export class ExtractPool {
  private slots: Slot[] = [];
  private nextId = 0;
  private closed = false;

  /**
   * Starts `size` workers (they load lazily: the first document each gets pays the start-up).
   * node:worker_threads is imported here, not at the top: a run that never shares out work (one
   * small file) does not pay for loading it.
   */
  static async create(size: number): Promise<ExtractPool> {
    const { Worker } = await importModule<typeof import('node:worker_threads')>('node:worker_threads');
    return new ExtractPool(Worker, size);
  }

  private constructor(
    private readonly Worker: typeof import('node:worker_threads').Worker,
    size: number,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  /**
   * Extracts documents on the least busy worker, in one message: a promise per document, in the
   * order given. Each rejects with ExtractError as extract() would throw it.
   */
  runBatch(jobs: readonly Job[]): Promise<JobResult>[] {
    if (this.closed) return jobs.map(() => Promise.reject(new Error('the pool is closed')));
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    if (slot.pending.size === 0 && jobs.length > 0) slot.worker.ref(); // busy: keeps the process alive until the replies
    const batch: JobRequest[] = [];
    const promises = jobs.map((job) => {
      const id = this.nextId++;
      const { text, options, trace = false, summary, serialize } = job;
      batch.push({ id, text, options, trace, ...(summary ? { summary } : {}), ...(serialize ? { serialize } : {}) });
      return new Promise<JobResult>((resolve, reject) => slot.pending.set(id, { resolve, reject }));
    });
    if (batch.length > 0) slot.worker.postMessage({ batch } satisfies BatchRequest);
    return promises;
  }

  /** Whether a worker has nothing to do: a caller gathering a batch sends what it has. */
  hasIdleWorker(): boolean {
    return this.slots.some((s) => s.pending.size === 0);
  }

  /** Kept partial summaries the workers handed over with their replies, not yet taken. */
  private handedOver: PartialSummary[] = [];

  /** The kept partial summaries workers have handed over since the last call (summary 'keep'). */
  takeHandedOver(): PartialSummary[] {
    const out = this.handedOver;
    this.handedOver = [];
    return out;
  }

  /**
   * The partial summaries the workers kept (jobs run with summary 'keep') and have not handed over
   * yet, one per worker, once every job has been answered; each worker starts a new one.
   */
  async collect(): Promise<PartialSummary[]> {
    return Promise.all(
      this.slots.map(
        (slot) =>
          new Promise<PartialSummary>((resolve, reject) => {
            slot.collect = { resolve, reject };
            slot.worker.ref();
            slot.worker.postMessage({ collect: true } satisfies CollectRequest);
          }),
      ),
    );
  }

  /** Stops every worker; jobs still running are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private start(): Slot {
    const worker = new this.Worker(workerScript());
    const slot: Slot = { worker, pending: new Map() };
    const answer = (reply: JobReply) => {
      const p = slot.pending.get(reply.id);
      if (!p) return;
      slot.pending.delete(reply.id);
      if ('result' in reply) p.resolve({ result: reply.result, trace: reply.trace, ...(reply.partial ? { partial: reply.partial } : {}) });
      else if ('line' in reply) p.resolve({ line: reply.line, unresolved: reply.unresolved, trace: reply.trace, ...(reply.partial ? { partial: reply.partial } : {}) });
      else if (reply.error.extract) p.reject(new ExtractError(reply.error.code, reply.error.message, { path: reply.error.path, hint: reply.error.hint }));
      else {
        const e = new Error(reply.error.message);
        if (reply.error.stack) e.stack = reply.error.stack;
        p.reject(e);
      }
    };
    worker.on('message', (reply: BatchReply | CollectReply) => {
      if ('collected' in reply) {
        slot.collect?.resolve(reply.collected);
        slot.collect = undefined;
      } else {
        if (reply.shares) this.handedOver.push(reply.shares);
        for (const r of reply.replies) answer(r);
      }
      if (slot.pending.size === 0 && !slot.collect) worker.unref();
    });
    const fail = (e: Error) => {
      for (const p of slot.pending.values()) p.reject(e);
      slot.pending.clear();
      slot.collect?.reject(e);
      slot.collect = undefined;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`a worker thread stopped (exit code ${code})`));
    });
    // An idle worker must not keep the process alive.
    worker.unref();
    return slot;
  }
}
