/**
 * The `timeml` style's vague deictic words: "now", "currently", "recently", "the past", "the
 * future", "soon" → PRESENT_REF, PAST_REF, FUTURE_REF, as TimeBank annotates them (the news
 * guidelines leave them out, so the rule runs only with `dateStyle: 'timeml'`). Phrases and values
 * come from date-vague.tsv; a "none" row there ("as soon as", "the future of") blocks its words.
 */
import { dateLexicon } from './lexicon.js';
import type { Candidate, DateRule } from './rule.js';
import { fixed, wordAfter } from './text.js';

/** Entries ending in an adjective: "the current quarter", "the past three weeks" are other expressions. */
const ADJECTIVE_END = /(?:current|recent|past)$/;
const NUMBER_AFTER = /^\s{1,3}\d/;

let vaguePattern: RegExp | null = null;

/** "Prices are now falling" → "now" = PRESENT_REF; "in the past" → PAST_REF; "the past two weeks" → nothing here. */
export const vague: DateRule = {
  name: 'date/vague',
  style: 'timeml',
  find: (text) => {
    const lex = dateLexicon();
    vaguePattern ??= new RegExp(`(?<![\\p{L}'’-])(?:${lex.vagueAlt})(?![\\p{L}'’-])`, 'giu');
    const out: Candidate[] = [];
    for (const m of text.matchAll(vaguePattern)) {
      const phrase = m[0].toLowerCase().replace(/\s+/g, ' ');
      const value = lex.vague.get(phrase);
      if (!value) continue; // a blocker ("as soon as") or an unknown spelling
      const end = m.index + m[0].length;
      if (ADJECTIVE_END.test(phrase)) {
        const after = wordAfter(text, end)?.toLowerCase() ?? '';
        if (lex.unitNouns.has(after) || lex.counts.has(after) || NUMBER_AFTER.test(text.slice(end, end + 4))) continue;
      }
      out.push({ start: m.index, end, rule: 'date/vague', resolve: fixed(value) });
    }
    return out;
  },
};
