/**
 * Scare quotes and terms: quoted words that are mentioned, not said. A short quote nobody is
 * credited with in its own sentence is a term, not a quotation, when
 * - a use-mention cue stands right before it ("the so-called “fiscal multipliers”", "known as a
 *   “backstop”": quote-term-cues.txt);
 * - it is a label inside a noun phrase: after an article, determiner, preposition or possessive,
 *   and before the noun it modifies ("the “sextortion” scam", "a “naive” user", "in “Vote Now”
 *   hats");
 * - it is one or two words after an article that end the sentence ("a crisis that constitutes an
 *   “emergency.”");
 * - it is a single function word quoted to talk about the word ("because “she” is a “he”");
 * - it is one of a list of three or more short quotes in one sentence, none of them credited
 *   ("the list includes “grapple,” “optics” and “synergy.”").
 * Attributed fragments stay quotes ("Ruiz called it a “disaster”"), as does a short quote that is
 * a sentence of its own ("“No.” ¶ …").
 */
import { isFunctionWord } from '../../document.js';
import { readList, readWordSet } from '../../lexicon.js';
import type { Token } from './tokens.js';
import { isCapitalised, isPossessive } from './tokens.js';
import { ARTICLES } from './names.js';

/** A term is at most this many words. */
const MAX_TERM_WORDS = 4;
/** A quote after a use-mention cue ("billed as “…”") is at most this many words. */
const MAX_CUE_WORDS = 12;
/** A title-case label before a noun is at most this many words. */
const MAX_TITLE_LABEL_WORDS = 5;
/** A label inside a noun phrase is at most this many words. */
const MAX_LABEL_WORDS = 3;
/** How far back (tokens) a quote's sentence is searched for a word before it. */
const MAX_LOOK = 80;
/** Each quote of a list of terms or slogans is at most this many words. */
const MAX_LIST_WORDS = 6;
/** This many short uncredited quotes in one sentence make a list of terms. */
const MIN_LIST = 3;
const ENDS_SENTENCE = /[.!?…]["'”’]?$/u;
const DASHES = new Set(['—', '–', '―', '-']);
/** Verbs that define the word before them ("A “renoviction” is when …", "“Yeet” means …"). */
const DEFINING = new Set(['is', 'means', 'refers']);

let cues: (readonly string[])[] | null = null;

function termCues(): (readonly string[])[] {
  return (cues ??= readList('quote-term-cues.txt').map((c) => c.toLowerCase().split(/\s+/)));
}

/** Words that open a noun phrase (articles, possessive and demonstrative determiners, prepositions): quote-label-openers.txt. */
function labelOpeners(): ReadonlySet<string> {
  return readWordSet('quote-label-openers.txt');
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Which quotes are terms. `tokens` is the document's token stream with one token per quote;
 * `quoteToken[q]` is quote q's token index; `credited[q]` says whether quote q's own sentence
 * credits it (a speech verb, "according to", a colon source …, not carried over from elsewhere);
 * `weak[q]`, whether that credit is only the sentence's subject, with no speech verb.
 */
export function findTerms(texts: readonly string[], tokens: readonly Token[], quoteToken: readonly number[], credited: readonly boolean[], weak: readonly boolean[]): { term: boolean; why: string }[] {
  // Per sentence: how many quotes, whether one is credited, whether all are short enough for a list.
  const bySentence = new Map<string, { count: number; credited: boolean; short: boolean }>();
  texts.forEach((text, q) => {
    const t = tokens[quoteToken[q]!]!;
    const key = `${t.paragraph}:${t.sentence}`;
    const e = bySentence.get(key) ?? { count: 0, credited: false, short: true };
    e.count++;
    // Only a speech verb's credit keeps a list of quoted words speech ("Ruiz listed “a,” “b” and “c”").
    e.credited ||= credited[q]! && !weak[q];
    e.short &&= wordCount(text) <= MAX_LIST_WORDS;
    bySentence.set(key, e);
  });
  return texts.map((text, q) => {
    // A use-mention cue names a slogan, motto or blurb of a few more words ("its motto, “A spirit that will not die.”").
    if (wordCount(text) > MAX_CUE_WORDS || (credited[q] && !weak[q])) return { term: false, why: '' };
    const k = quoteToken[q]!;
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    const after = tokens[k + 1];
    // Words before it in its sentence (a quote that opens its sentence is a sentence of its own).
    let embedded = false;
    for (let i = k - 1; i >= 0 && k - i <= MAX_LOOK; i--) {
      const b = tokens[i]!;
      if (b.paragraph !== t.paragraph || b.sentenceEnd !== t.sentence) break;
      if (b.kind === 'word') {
        embedded = true;
        break;
      }
    }
    if (!embedded || !prev) return { term: false, why: '' };
    const cue = termCues().find((words) => {
      let i = k - 1;
      // "its motto, “…”": a comma may stand between the cue and the mark.
      if (tokens[i]?.text === ',') i--;
      if (ARTICLES.has(tokens[i]?.lower ?? '') && words[words.length - 1] !== 'the') i--;
      return words.every((w, j) => tokens[i - (words.length - 1) + j]?.lower === w);
    });
    // A cue outweighs the sentence's mere subject ("Cruz got the nickname “Lyin' Ted.”"), never a speech verb.
    if (cue) return { term: true, why: `after "${cue.join(' ')}"` };
    if (wordCount(text) > MAX_LIST_WORDS) return { term: false, why: '' };
    // "sent its “national affairs reporter” Ida Moss": a role in lower case right before a name.
    const n1 = tokens[k + 1];
    const n2 = tokens[k + 2];
    if (wordCount(text) <= MAX_TERM_WORDS && /^\p{Ll}/u.test(text) && !/[.,!?;:]$/u.test(text) && n1 && n2 && n1.paragraph === t.paragraph && n2.paragraph === t.paragraph && isCapitalised(n1) && isCapitalised(n2) && n1.kind === 'word' && n2.kind === 'word' && !isFunctionWord(n1.text)) {
      return { term: true, why: `a role before the name "${n1.text} ${n2.text}"` };
    }
    const siblings = bySentence.get(`${t.paragraph}:${t.sentence}`)!;
    if (!siblings.credited && siblings.count >= MIN_LIST && siblings.short) return { term: true, why: 'one of a list of quoted terms' };
    // "hold “blackouts” or “whiteouts”": two single quoted words joined by "or" or "and".
    if (!credited[q] && wordCount(text) === 1 && (pairedWord(tokens, k, 1) || pairedWord(tokens, k, -1))) return { term: true, why: 'one of a pair of quoted words' };
    if (credited[q] || wordCount(text) > MAX_TERM_WORDS) return { term: false, why: '' };
    // "when taken together, they work “synergistically”": one adverb, quoted to keep a distance from it.
    if (/^\p{Ll}{3,}ly$/u.test(text.replace(/[.,!?;:]$/u, ''))) return { term: true, why: 'a scare-quoted adverb' };
    // "because “she” is a “he”": a word quoted to talk about the word.
    if (wordCount(text) === 1 && isFunctionWord(text.replace(/[.,!?;:]$/u, ''))) return { term: true, why: 'a word mentioned, not said' };
    const next = tokens[k + 1];
    const opened = prev.kind === 'word' && (labelOpeners().has(prev.lower) || isPossessive(prev) || (!isCapitalised(prev) && !isFunctionWord(prev.text) && labelOpeners().has(tokens[k - 2]?.lower ?? '')));
    const bare = wordCount(text) <= MAX_LABEL_WORDS && !ENDS_SENTENCE.test(text) && !/[,;:]$/u.test(text);
    const nextWord = next !== undefined && next.paragraph === t.paragraph && next.kind === 'word' && !isCapitalised(next) && !isFunctionWord(next.text);
    // After a determiner or preposition, perhaps with one adjective between ("a new “grandparent” scam"),
    // before a lower-case noun: a word in -ed, -ing or -s is too often a verb, unless the quote is in
    // title case ("in “Vote Now” hats").
    // A title-case label may run to five words ("in “Vote Leave Now Or Never” hats").
    const titleLabel = /^\p{Lu}/u.test(text) && wordCount(text) <= MAX_TITLE_LABEL_WORDS && !/[.,!?;:]$/u.test(text);
    const label = (bare || titleLabel) && opened && nextWord && (!/(?:ed|ing|s)$/u.test(next!.lower) || (/^\p{Lu}/u.test(text) && /s$/u.test(next!.lower)));
    if (label) return { term: true, why: `a label before "${next!.text}"` };
    // "favour “shovel-ready” projects": a hyphenated compound right before a noun modifies it.
    if (/^\p{Ll}[\p{L}]*(?:-[\p{L}]+)+$/u.test(text) && nextWord) return { term: true, why: `a compound modifier before "${next!.text}"` };
    // "by Merriam-Webster (“justice”)": a word or two alone in brackets, a gloss.
    if (wordCount(text) <= 2 && prev.text === '(' && next?.text === ')') return { term: true, why: 'a gloss in brackets' };
    // "issued a “black box warning” — the most severe": a label set off by a dash.
    if (bare && opened && next && next.paragraph === t.paragraph && DASHES.has(next.text)) return { term: true, why: 'a label before a dash' };
    // "A “renoviction” is when …": a word quoted to define it.
    if (wordCount(text) === 1 && ARTICLES.has(prev.lower) && next && DEFINING.has(next.lower)) return { term: true, why: `a word defined ("${next.text}")` };
    // "… a crisis that constitutes an “emergency.”": one or two words after an article, ending the sentence.
    const endsHere = !after || after.paragraph !== t.paragraph || after.sentence !== t.sentenceEnd;
    if (wordCount(text) <= 2 && ARTICLES.has(prev.lower) && (ENDS_SENTENCE.test(text) || endsHere)) return { term: true, why: `a noun after "${prev.text}"` };
    return { term: false, why: '' };
  });
}

/**
 * Whether the quote token at `k` has, `dir` tokens away past "or"/"and", another one-word quote
 * ("“blackouts” or “whiteouts”").
 */
function pairedWord(tokens: readonly Token[], k: number, dir: 1 | -1): boolean {
  const joint = tokens[k + dir];
  const other = tokens[k + 2 * dir];
  if (!joint || !other || (joint.lower !== 'or' && joint.lower !== 'and') || other.kind !== 'quote' || other.paragraph !== tokens[k]!.paragraph) return false;
  return wordCount(other.text.replace(/^["“”«»]|["“”«»]$/gu, '')) === 1;
}
