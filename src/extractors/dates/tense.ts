/**
 * A cheap guess at the tense of the clause around a date: the tense cue word (date-tense-*.txt,
 * or any lower-case "-ed" word for the past) nearest to the date in its sentence wins; news
 * defaults to the past. "Austin will host ... on 30 October" → future; "said on Monday" → past.
 */
import type { Doc, Span } from '../../document.js';
import { alternation } from '../../lexicon.js';
import { dateLexicon } from './lexicon.js';

export type Tense = 'past' | 'future';

interface Cue {
  start: number;
  end: number;
  tense: Tense;
}

/** At most this many characters of plain words between a future cue and the verb it governs. */
const VERB_GROUP_GAP = 16;
const VERB_GROUP_FILLER = /^[\p{L}\s]{0,16}$/u;
const ED_WORD = /^[a-z]{3,}ed$/;
/** Lower-case "-ed" words that are not past verbs. */
const NOT_PAST_ED = new Set(['need', 'speed', 'indeed', 'proceed', 'succeed', 'exceed', 'breed', 'seed', 'feed', 'greed', 'steed']);

let cueRegex: RegExp | null = null;
function cuePattern(): RegExp {
  if (!cueRegex) {
    const lex = dateLexicon();
    const cues = [...lex.futureCues, ...lex.pastCues];
    const wordCues = alternation(cues.filter((c) => /^\p{L}/u.test(c)));
    const clitics = alternation(cues.filter((c) => !/^\p{L}/u.test(c))); // "'ll" follows a letter
    cueRegex = new RegExp(`(?:(?<!\\p{L})(?:${wordCues})|${clitics || '(?!)'})(?!\\p{L})|\\b[a-z]{3,20}ed\\b`, 'giu');
  }
  return cueRegex;
}

/** Tense cues of one sentence, cached per document by the caller. */
export function sentenceCues(sentence: Span): Cue[] {
  const lex = dateLexicon();
  const out: Cue[] = [];
  for (const m of sentence.text.matchAll(cuePattern())) {
    const word = m[0].toLowerCase().replace(/\s+/g, ' ');
    let tense: Tense | null = null;
    if (lex.futureCues.has(word)) tense = 'future';
    else if (lex.pastCues.has(word)) tense = 'past';
    else if (ED_WORD.test(m[0]) && !NOT_PAST_ED.has(word)) tense = 'past';
    if (!tense) continue;
    const start = sentence.start + m.index;
    const prev = out[out.length - 1];
    // A verb right after a future cue belongs to it: "will be held", "is expected to be signed".
    if (tense === 'past' && prev?.tense === 'future' && start - prev.end <= VERB_GROUP_GAP) {
      const gap = sentence.text.slice(prev.end - sentence.start, m.index);
      if (VERB_GROUP_FILLER.test(gap)) tense = 'future';
    }
    out.push({ start, end: start + m[0].length, tense });
  }
  return out;
}

/** A tense guesser for one document: caches each sentence's cues. */
export function tenseGuesser(doc: Doc): (start: number, end: number) => Tense {
  const bySentence = new Map<number, Cue[]>();
  return (start, end) => {
    const s = doc.sentenceAt(start);
    if (!s) return 'past';
    let cues = bySentence.get(s.start);
    if (!cues) {
      cues = sentenceCues(s);
      bySentence.set(s.start, cues);
    }
    // Cues are in text order: look at the last one ending before the date and the first after it.
    let lo = 0;
    let hi = cues.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cues[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    const before = lo > 0 ? cues[lo - 1] : undefined;
    let after: Cue | undefined;
    for (let k = lo; k < cues.length && !after; k++) if (cues[k]!.start >= end) after = cues[k];
    const best = !after || (before && start - before.end <= after.start - end) ? before : after;
    return best?.tense ?? 'past';
  };
}
