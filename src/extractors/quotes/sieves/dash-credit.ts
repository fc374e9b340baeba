/** Sieve 1, dash-credit: "“…” ― Ida Moss" (reader comments, pull quotes). */
import { subjectAfter } from '../names.js';
import { isCapitalised } from '../tokens.js';
import type { Pending, Ctx } from './context.js';
import { isInitial } from './transcript.js';

const DASHES = new Set(['―', '—', '–', '-']);

const CREDIT_END = new Set(['.', ',', ';']);

/** A credit after a dash is a name of at most this many tokens (initials and their periods count). */
const MAX_CREDIT_TOKENS = 6;

/**
 * Rule dash-credit: a quote credited after a dash, as in reader comments and pull quotes
 * ("“…” ― Ida Moss", "“…” — Ida Moss, a nurse"): a short capitalised name right after the dash,
 * then the end of the paragraph, a period or a comma.
 */
export function fromDashCredit(c: Ctx, tq: number): Pending | null {
  const { tokens } = c;
  const dash = tokens[tq + 1];
  if (!dash || !DASHES.has(dash.text) || dash.paragraph !== tokens[tq]!.paragraph) return null;
  let k = tq + 2;
  while (k < tokens.length && k - (tq + 2) < MAX_CREDIT_TOKENS && tokens[k]!.paragraph === dash.paragraph && (isCapitalised(tokens[k]!) || (tokens[k]!.text === '.' && isInitial(tokens[k - 1]!)))) k++;
  if (k === tq + 2) return null;
  const next = tokens[k];
  if (next && next.paragraph === dash.paragraph && !CREDIT_END.has(next.text)) return null;
  const subject = subjectAfter(c, tq + 2, k - 1);
  return subject?.kind === 'name' ? { rule: 'quote/dash-credit', subject } : null;
}
