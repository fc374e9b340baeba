/**
 * The worker thread of an ExtractPool: receives batches of documents, runs extract() on each,
 * posts the batch's results back in one message. Messages are handled one at a time, in the order
 * they arrive.
 */
import { parentPort } from 'node:worker_threads';
import { ExtractError } from '../errors.js';
import { extract, unresolvedForWantOfReference } from '../extract.js';
import type { BatchReply, BatchRequest, CollectReply, CollectRequest, JobReply, JobRequest } from './pool.js';
import { absorb, contribution, emptyPartial, packShare, type PartialSummary } from '../summary/summary.js';
import { envelopeDocument, toNdjsonLine } from '../output/serialize.js';
import { asWritten } from '../output/envelope.js';

if (!parentPort) throw new Error('worker.js runs as a worker thread of an ExtractPool');
const port = parentPort;

const utf8 = new TextEncoder();

/** The shares of the summary of the documents this worker extracted with summary 'keep'. */
let kept = emptyPartial();
/** How much text `kept` holds the shares of, in UTF-16 code units. */
let keptText = 0;

/**
 * A worker hands its kept shares to the main thread with a batch's reply once they cover this much
 * text (about 2 MB). Each partial grows until its capped lists fill, and a run holds one per
 * worker besides the main thread's: handed over, the main thread's is the only one that fills, so
 * a run's memory does not grow with --jobs; merged in a few large pieces, they cost the main thread
 * little. (EXTRACT_HAND_OVER_TEXT sets another size: the tests hand over after every batch.)
 */
export const HAND_OVER_TEXT = Number(process.env.EXTRACT_HAND_OVER_TEXT) || 2_000_000;

port.on('message', (message: BatchRequest | CollectRequest) => {
  if ('collect' in message) {
    port.postMessage({ collected: packShare(kept) } satisfies CollectReply);
    kept = emptyPartial();
    keptText = 0;
    return;
  }
  const replies = message.batch.map(answer);
  // Written documents' bytes (NDJSON lines, JSON envelope entries) move to the main thread
  // (transferred): no copy, no string there.
  const lines = replies.flatMap((r) => ('line' in r ? [r.line.buffer as ArrayBuffer] : []));
  let shares: PartialSummary | undefined;
  if (keptText >= HAND_OVER_TEXT) {
    shares = packShare(kept);
    kept = emptyPartial();
    keptText = 0;
  }
  port.postMessage({ replies, ...(shares ? { shares } : {}) } satisfies BatchReply, lines);
});

function answer(job: JobRequest): JobReply {
  const trace: string[] = [];
  let reply: JobReply;
  try {
    const result = extract(job.text, job.options, job.trace ? { trace: (m) => trace.push(m) } : {});
    // The summary's share is built here too: the main thread, which every document passes, only merges.
    if (job.summary === 'keep') {
      absorb(kept, contribution(result));
      keptText += job.text.length;
    }
    const share = job.summary === 'reply' ? { partial: contribution(result) } : {};
    // With the result written here, the main thread still learns what it reports (unresolved dates).
    const unresolved = unresolvedForWantOfReference(result);
    reply =
      job.serialize === 'ndjson'
        ? { id: job.id, line: utf8.encode(toNdjsonLine({ type: 'document', ...asWritten(result, job.options.only) })), unresolved, trace, ...share }
        : job.serialize === 'json'
          ? { id: job.id, line: utf8.encode(envelopeDocument(asWritten(result, job.options.only))), unresolved, trace, ...share }
          : { id: job.id, result, trace, ...share };
  } catch (e) {
    reply =
      e instanceof ExtractError
        ? { id: job.id, error: { extract: true, code: e.code, message: e.message, path: e.path, hint: e.hint }, trace }
        : { id: job.id, error: { extract: false, message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined }, trace };
  }
  return reply;
}
