/** Spelled-out cardinals: a run of number words split into numbers and valued. */
import { candidate, type Candidate } from './candidate.js';
import type { NumberLexicon } from './lexicon.js';

const WORD_TOKEN = /[\p{L}]+/gu;

/**
 * Splits a run of number words into numbers and values them: "one hundred and twenty" → 120,
 * "ten thousand" → 10000, "a dozen" → 12. "and" joins only after a scale ("one and two" is two).
 */
export function parseWordNumber(base: number, s: string, lex: NumberLexicon): Candidate[] {
  const words = [...s.matchAll(WORD_TOKEN)].map((w) => ({ w: w[0].toLowerCase(), at: base + w.index }));
  const out: Candidate[] = [];
  let cur: { start: number; end: number; total: number; small: number; last: 'a' | 'num' | 'tens' | 'scale' | 'and'; counted: boolean; scale: number | null } | null = null;
  const close = () => {
    if (cur && cur.counted && cur.last !== 'and' && cur.last !== 'a') {
      out.push(candidate(cur.start, cur.end, cur.total + cur.small, false, 'number/words', cur.scale));
    }
    cur = null;
  };
  for (let i = 0; i < words.length; i++) {
    const { w, at } = words[i]!;
    const end = at + w.length;
    const nextWord = words[i + 1]?.w;
    const isScale = (x: string | undefined) => x !== undefined && lex.scales.has(x);
    if (w === 'a' || w === 'an') {
      close();
      if (isScale(nextWord)) cur = { start: at, end, total: 0, small: 1, last: 'a', counted: true, scale: null };
      continue;
    }
    if (w === 'and') {
      const n = nextWord !== undefined ? lex.cardinals.get(nextWord) : undefined;
      if (cur && cur.last === 'scale' && n !== undefined && n < 100 && !lex.dozens.has(nextWord!)) cur.last = 'and';
      else close();
      continue;
    }
    const card = lex.cardinals.get(w);
    if (lex.dozens.has(w)) {
      if (!cur) continue; // a bare "dozen" counts nothing
      cur.small = (cur.small || 1) * 12;
      cur.end = end;
      cur.last = 'scale';
      continue;
    }
    if (card !== undefined) {
      const joins = cur && (cur.last === 'scale' || cur.last === 'and' || (cur.last === 'tens' && card < 10 && card > 0));
      if (!joins) {
        close();
        cur = { start: at, end, total: 0, small: 0, last: 'num', counted: true, scale: null };
      }
      cur!.small += card;
      cur!.end = end;
      cur!.last = card >= 20 && card % 10 === 0 ? 'tens' : 'num';
      continue;
    }
    const scale = lex.scales.get(w);
    if (scale !== undefined) {
      if (!cur) continue; // a bare "million" counts nothing
      if (scale === 100) cur.small = (cur.small || 1) * 100;
      else if (scale > cur.total || cur.total === 0) {
        // "three lakh crore", "a thousand million": a scale right after a scale multiplies it all.
        cur.total = (cur.total + (cur.small || (cur.total ? 0 : 1))) * scale;
        cur.small = 0;
      } else {
        cur.total += (cur.small || 1) * scale;
        cur.small = 0;
      }
      cur.end = end;
      cur.last = 'scale';
      cur.scale = scale >= 1000 ? scale : cur.scale;
    }
  }
  close();
  return out;
}
