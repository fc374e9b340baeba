/**
 * extract — numbers, dates, places and quotations (with speakers) from news text.
 *
 * ```ts
 * import { extract } from 'extract';
 * const r = extract('Around 10,000 troops arrived on Monday.', { referenceDate: '2024-10-29' });
 * ```
 */
export { extract, checkReferenceDate } from './extract.js';
export { ExtractError } from './errors.js';
export * from './types.js';
