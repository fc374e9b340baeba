/**
 * extract — numbers, dates, places and quotations (with speakers) from news text.
 *
 * ```ts
 * import { extract, extractFiles, summarize } from 'news-extract';
 * const r = extract('About 2,500 workers walked out on Monday.', { referenceDate: '2024-10-29' });
 * for await (const ev of extractFiles(['articles/'])) if (ev.type === 'document') console.log(ev.result.id);
 * ```
 * Importing this module has no side effects; the library never prints, exits or reads the clock.
 */
export { extract, checkReferenceDate, type ExtractHooks } from './extract.js';
export { extractFiles, type FileEvent, type FileOptions } from './run/files.js';
export { readInputs, type DocInput, type InputEvent } from './io/input.js';
export {
  summarize,
  contribution,
  failure,
  mergePartials,
  finish,
  emptyPartial,
  type Summary,
  type PartialSummary,
  type Mention,
} from './summary/summary.js';
export { envelope, SCHEMA_NAME, type Envelope } from './output/envelope.js';
export { ExtractError, type ErrorCode } from './errors.js';
export * from './types.js';
