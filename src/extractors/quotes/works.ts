/**
 * Quoted names of things: a short quoted Capitalised Title that names a channel, show, book or
 * operation is not reported speech. It must look like a title (first word capitalised, every word
 * of four letters or more capitalised, no closing punctuation inside) AND have a cue word: right
 * before the opening mark ("Operation “Iron Shield”", "a film titled “Long Night”") or after the
 * closing mark past at most two capitalised words ("the “Morning Brief” YouTube channel").
 * Title case alone is not enough: a quoted headline is Title Case too, and it is a quote.
 * Lower-case quotes are always speech ("called it a “disaster”").
 */
import type { QuoteWords } from './words.js';
import type { QuoteSpan } from './spans.js';

const MAX_TITLE_WORDS = 8;
const ENDS_IN_PUNCT = /[.,!?;:]$/;
/** A title opens with a capital or a figure ("13th", "1984"). */
const CAPITAL = /^[\p{Lu}\p{N}]/u;
const LONG_WORD = /^\p{L}{4}/u;
/** An outlet's possessive right before the mark: "CNN’s", "NBC's" (an all-capitals name, the way broadcasters are written). */
const OUTLET_BEFORE = /(?:^|\s)(?:\p{Lu}{2,8}['’]s|\p{Lu}{1,7}S['’])\s{1,3}$/u;
const WORDS_AFTER = /[\p{L}\p{N}-]+|\S/gu;
const LOOK = 60;

/** Whether quote `q` of `text` is the name of a work, channel or operation, not speech. */
export function isWorkTitle(text: string, q: QuoteSpan, words: QuoteWords): boolean {
  let inner = text.slice(q.start, q.end);
  const lead = text.slice(Math.max(0, q.open - LOOK), q.open);
  // "on CNN’s “State of the Union.”", "the broadcast of “Fox News Sunday,”": a title keeps the
  // comma or period that American style puts inside the marks, after an outlet's possessive or a cue.
  const outlet = OUTLET_BEFORE.test(lead);
  const cued = (() => {
    // The last one to three words before the mark ("titled", "the broadcast of").
    // "her documentary, “13th,”": a comma may stand between the cue and the mark.
    const ws = lead.trimEnd().replace(/,$/u, '').split(/\s+/).slice(-3).map((w) => w.toLowerCase().replace(/^[^\p{L}]+/u, ''));
    if (ws.length === 0 || !/^[\p{L}-]+$/u.test(ws[ws.length - 1]!)) return false;
    for (let i = 0; i < ws.length; i++) if (words.workBefore.has(ws.slice(i).join(' '))) return true;
    return false;
  })();
  if (ENDS_IN_PUNCT.test(inner)) {
    if (!(outlet || cued) || /[.!?]\s/u.test(inner)) return false;
    inner = inner.replace(/[.,]$/u, '');
  }
  const parts = inner.split(/\s+/);
  if (parts.length > MAX_TITLE_WORDS || !CAPITAL.test(parts[0]!)) return false;
  if (!parts.every((w) => !LONG_WORD.test(w) || CAPITAL.test(w))) return false;
  if (cued || outlet) return true;
  // "a “Commander-in-Chief Forum” sponsored by …": the title's own last word names an event, a law, a prize.
  if (parts.length >= 2 && words.workLast.has(parts[parts.length - 1]!.toLowerCase())) return true;
  let seen = 0;
  for (const m of text.slice(q.close, q.close + LOOK).matchAll(WORDS_AFTER)) {
    if (words.workAfter.has(m[0].toLowerCase())) return true;
    if (!CAPITAL.test(m[0]) || ++seen > 2) return false;
  }
  return false;
}
