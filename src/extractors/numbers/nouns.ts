/**
 * The counted noun after a number: "4,500 South Sudanese refugees" → refugees, "about 1,200
 * health workers" → health workers, "the 21st Regional Trade Summit" → summit.
 * Skips capitalised words (demonyms, names), hyphenated and listed adjectives, and participles
 * before another word; a stop word ("of", "have") or punctuation ends the search.
 */
import type { NumberLexicon } from './lexicon.js';
import { NOMINAL_TAGS, lexiconTags, onlyAdjective, onlyClosedClass } from '../../document.js';

/** One word after another, separated by one to three spaces (punctuation ends the run, and so does a dash written as two hyphens: "three criteria--higher output"). */
const FIRST_WORD = /\s{1,3}((?:\p{N}{1,8}(?=\p{L}))?[\p{L}](?:[\p{L}\p{M}\p{N}'’]|[\-‑](?![\-‑])|\.(?!\.)){0,40})/uy;
/** After the first word, bare digits before another word are part of a name ("US top 10 albums", "737 Max jets"). */
const NEXT_WORD = /\s{1,3}((?:\p{N}{1,8}(?=\p{L}))?[\p{L}](?:[\p{L}\p{M}\p{N}'’]|[\-‑](?![\-‑])|\.(?!\.)){0,40}|\p{N}{1,6}(?=\s\p{L}))/uy;
/** A word with digits in it is a model or a code ("PS4", "A320", "4G"): a qualifier, never the noun. */
const CODE_WORD = /\p{N}/u;
/** A model's name in the plural: letters, digits, then "s" ("A300s", "F-16s", "A330-300s"; bare digits, "747s", only after a maker's name: not "two 68s", "the 1990s"). */
const MODEL_PLURAL = /^\p{L}[\p{L}\p{N}-]{0,8}\p{N}['’]?s$/u;
const TRAILING = /[.'’]+$/u;
const UPPER_START = /^\p{Lu}/u;
/** A word in -ly: an adverb, unless number-adjectives.tsv lists it as an adjective ("elderly"). */
export const ADVERB = /ly$/;
/**
 * A word in -ly the dictionary does not know as a noun: an adverb's shape ("nationwide", "likely";
 * not "family", "supply", "monopoly", which are nouns in -ly: "400 family homes").
 */
export function adverbShaped(word: string): boolean {
  return ADVERB.test(word) && !lexiconTags(word).some((t) => NOMINAL_TAGS.has(t));
}
const PARTICIPLE = /(?:ed|ing)$/;
const PAST = /ed$/;
/** A regular plural ("workers"; not "previous", "bonus", "glass"), or one in -men ("fishermen", "women"; not "specimen"). */
const PLURAL = /[^su]s$|(?:^|wo|[^aiouy])men$/;
/** compromise's tags of a given name ("Maria", "Tomasz"). */
const GIVEN_NAME_TAGS = new Set(['FirstName', 'FemaleName', 'MaleName']);
/** An acronym's plural: "OBUs", "ECUs", "MPs". */
const ACRONYM_PLURAL = /^\p{Lu}{2,8}s$/u;
/** Its tags of a predicate after a noun: an adjective or a verb. */
const PREDICATE_TAGS = new Set(['Adjective', 'Infinitive', 'PresentTense', 'PastTense', 'Verb']);
/** Its tags of verbs. */
const VERB_TAGS = new Set(['Infinitive', 'PresentTense', 'PastTense', 'Verb', 'Gerund', 'Participle', 'Modal', 'Copula', 'Auxiliary']);
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
const INNER_DOT = /\.\p{L}/u;
const POSSESSIVE = /['’]s$/u;
/** A pronoun or verb contraction: "we've", "they're", "didn't", "I'll". */
const CONTRACTION = /['’](?:ve|re|ll|d|t|m)$/u;

/** Up to `n` words after `pos`, stopping at punctuation or `limit` (the sentence's end). */
export function wordsAfter(text: string, pos: number, limit: number, n: number): string[] {
  const out: string[] = [];
  let at = pos;
  while (out.length < n) {
    const re = out.length ? NEXT_WORD : FIRST_WORD;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m || re.lastIndex > limit) break;
    at = re.lastIndex;
    const w = m[1]!;
    // Keep the dots of "U.S." and "U.K.-U.S."; drop a sentence's final period and a possessive.
    out.push(INNER_DOT.test(w) ? w : w.replace(POSSESSIVE, '').replace(TRAILING, ''));
    if (/[.]$/.test(w) && !INNER_DOT.test(w)) break;
  }
  return out;
}

/** A lower-case word that can qualify a noun: not a plural, a function word or a number word ("digital", "short"; not "people", "many", "two"). */
function isQualifier(w: string, lex: NumberLexicon): boolean {
  return LOWER_WORD.test(w) && !PLURAL.test(w) && !lex.irregularPlurals.has(w) && !lex.stopWords.has(w) && !lex.cardinals.has(w) && !lex.verbs.has(w);
}

export function isCapitalised(w: string): boolean {
  return UPPER_START.test(w);
}

/**
 * Whether `w` (lower case, its dictionary tags `tags`) opens a compound of a gerund and a plural
 * noun: "money laundering charges", "idle drilling rigs". `w` is a lower-case singular that is no
 * plural in meaning ("police", "staff": number-plural-nouns.txt), no unit and no span of time;
 * `gerund` is an -ing word the dictionary knows as a gerund, an adjective ("cutting"), a noun
 * ("banking") or not at all; `plural` a lower-case
 * regular plural that is no other form of a verb.
 */
function gerundCompound(w: string, tags: readonly string[], gerund: string | undefined, plural: string | undefined, lex: NumberLexicon): boolean {
  if (gerund === undefined || plural === undefined || !LOWER_WORD.test(w) || !LOWER_WORD.test(gerund) || !LOWER_WORD.test(plural)) return false;
  if (PLURAL.test(w) || PARTICIPLE.test(w) || lex.irregularPlurals.has(w) || tags.includes('Plural') || tags.includes('Unit')) return false;
  if (lex.suffixUnits.has(w) || lex.durationNouns.has(w) || lex.stopWords.has(w) || lex.cardinals.has(w)) return false;
  const gerundTags = lexiconTags(gerund);
  if (!/ing$/.test(gerund) || !(gerundTags.includes('Gerund') || gerundTags.includes('Adjective') || onlyNominal(gerundTags))) return false;
  // The dictionary lists many plurals as verbs ("charges", "firms"): only the -s form is allowed.
  if (!PLURAL.test(plural) || PAST.test(plural) || lex.stopWords.has(plural) || lex.verbs.has(plural)) return false;
  return lexiconTags(plural).every((t) => t === 'PresentTense' || !VERB_TAGS.has(t));
}

/** Tags of a past form only: "sown", "stolen" (the dictionary's "Participle"), "spent" ("PastTense"). */
const PAST_TAGS = new Set(['Participle', 'PastTense']);

/** A word that can be the noun after a participle: no function word, verb or past form; the dictionary knows it only as a noun, or not at all ("cars", "documents"). */
const nounAfterParticiple = (w: string, lex: NumberLexicon): boolean => !lex.stopWords.has(w) && !lex.verbs.has(w) && !PAST.test(w) && onlyNominal(lexiconTags(w));

/** Whether a plural noun comes within three words from words[from], before a function word: "stolen credit card numbers". */
function pluralAhead(words: readonly string[], from: number, lex: NumberLexicon): boolean {
  for (let j = from; j < Math.min(words.length, from + 3); j++) {
    const w = words[j]!.toLowerCase();
    if (lex.stopWords.has(w)) return false;
    if (PLURAL.test(w) || lex.irregularPlurals.has(w)) return true;
  }
  return false;
}

/** Whether the dictionary knows a word only as a past form or an auxiliary ("sought", "could"): a verb, where a gerund or a base form may be a noun's qualifier ("trading days", "state companies"). */
const FINITE_TAGS = new Set(['PastTense', 'Participle', 'Copula', 'Modal', 'Auxiliary']);
const finiteVerb = (tags: readonly string[]): boolean => tags.length > 0 && tags.every((t) => FINITE_TAGS.has(t));
/** A past verb by its ending or the dictionary: "equalled", "questioned", "sought". */
const pastVerb = (w: string): boolean => PAST.test(w) || finiteVerb(lexiconTags(w));

/** Whether the dictionary knows a word only as a verb's base form ("reason", "question"), which after an adjective is a noun. */
const onlyBaseVerb = (tags: readonly string[]): boolean => tags.length > 0 && tags.every((t) => t === 'Infinitive');
/** The dictionary's tags a verb's base form may carry: a verb's, or a singular noun's it shares ("stay", "plead"). */
const BASE_FORM_TAGS: ReadonlySet<string> = new Set(['Infinitive', 'Verb', 'PresentTense', 'Singular']);
/** A lower-case word with an adjective's ending: "unaccounted", "critical", "anxious", "hopeful". */
const ADJECTIVE_ENDING = /^\p{Ll}{2,}(?:ed|al|ic|ous|ive|ful|less|able|ible)$/u;

/** The comparative of an adjective in number-adjectives.tsv ("lower", "larger", "bigger", "earlier"): an adjective that is never a noun (not "foreigner", listed there as a noun). */
const COMPARATIVE = { kind: 'adjective', neverNoun: true } as const;
function comparative(w: string, lex: NumberLexicon): typeof COMPARATIVE | undefined {
  if (!/^\p{Ll}{3,}er$/u.test(w) || lex.adjectives.get(w)?.kind === 'noun') return undefined;
  const stem = w.slice(0, -2);
  const stems = [stem, `${stem}e`, stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : '', stem.endsWith('i') ? `${stem.slice(0, -1)}y` : ''];
  return stems.some((s) => lex.adjectives.get(s)?.kind === 'adjective') ? COMPARATIVE : undefined;
}

/** A word of number-adjectives.tsv that is an adjective or an adverb (not one of its -er nouns), or a comparative. */
function adjectiveEntry(w: string, lex: NumberLexicon): { kind: 'adjective' | 'adverb' | 'noun'; neverNoun: boolean } | undefined {
  const entry = comparative(w, lex) ?? lex.adjectives.get(w);
  return entry?.kind === 'noun' ? undefined : entry;
}

/** Whether words[from] opens a run of capitalised words that ends in a plural or is followed by a noun in lower case: "Democrats", "Bond films", "European Union states" (not "Hey Joe."). */
function nameBeforeNoun(words: readonly string[], from: number, lex: NumberLexicon): boolean {
  let j = from;
  while (j < words.length && isCapitalised(words[j]!)) j++;
  if (j === from) return false;
  // A capitalised plural is the noun itself ("three prominent Democrats want", "six wealthy Texans").
  if (PLURAL.test(words[j - 1]!.toLowerCase())) return true;
  const noun = words[j];
  return noun !== undefined && LOWER_WORD.test(noun) && !lex.stopWords.has(noun) && !PAST.test(noun) && !adverbShaped(noun);
}

/**
 * Whether the words after an ordinal that follows a verb make it a placing: a count, its noun, then
 * an adverb or a comparative of the gap ("finished fifth six shots back", "was third two
 * tenths slower", "came third four times"), not a count of things ("reported first two cases").
 */
export function placingAfter(words: readonly string[], lex: NumberLexicon): boolean {
  const [count, noun, gap] = words.map((w) => w.toLowerCase());
  if (count === undefined || noun === undefined || !(lex.cardinals.has(count) || /^\d/.test(count))) return false;
  if (noun === 'times') return true;
  const entry = gap === undefined ? undefined : adjectiveEntry(gap, lex);
  return entry !== undefined && (entry.kind === 'adverb' || entry === COMPARATIVE);
}

/**
 * Whether the next word, a word at all (`nextIsWord`), reads as a noun an -ly adjective qualifies:
 * lower case, a noun and no verb to the dictionary, or a word it does not know (a noun's plural as
 * often as not: "goals", "fans"); "ones" is the pronoun's.
 */
function nounNext(next: string | undefined, nextIsWord: boolean): boolean {
  if (!nextIsWord || !LOWER_WORD.test(next!) || next === 'ones') return false;
  const tags = lexiconTags(next!.toLowerCase());
  return tags.length === 0 || (tags.some((t) => NOMINAL_TAGS.has(t)) && !tags.some((t) => VERB_TAGS.has(t)));
}

/** A counted noun and the words that qualify it ("10,000 North Korean troops" → troops, "North Korean"). */
export interface CountedNoun {
  noun: string;
  /** The skipped modifiers between the number and the noun, as written, minus generic ones ("additional"); or null. */
  qualifier: string | null;
  /**
   * The noun is the last word of two or more capitalised ones, in the singular, no people's name:
   * "given" when the first is a given name ("12 Maria Sharapova"), else "maybe" ("14 Flavia
   * Pennetta (Italy)", "40 Black Rhino").
   */
  name?: 'given' | 'maybe';
}

/**
 * The counted noun in `words` (the words right after a number), lower-cased, or null.
 * `followOf`: a noun followed by "of" hands over to the noun after it ("a 20,000-strong
 * contingent of peacekeepers" → peacekeepers).
 */
export function countedNoun(words: readonly string[], lex: NumberLexicon, followOf: boolean): string | null {
  return countedNounPhrase(words, lex, followOf)?.noun ?? null;
}

/**
 * Whether a word (`w`, its tags `tags`) may be a compound's first nouns before a plural: one the
 * dictionary knows only as a noun or not at all ("cable", "security"), or one it knows only as a
 * verb's base form ("interest rate rises", "income tax returns") unless `nounOnly` says a verb may
 * stand there: after an ordinal ("the first time give"), after a plural ("1.2 billion people make
 * calls") or right after a number that opens its clause ("Of those asked, 40 want tax cuts").
 */
function compoundWord(tags: readonly string[], w: string, nounOnly: boolean, lex: NumberLexicon): boolean {
  if (onlyNominal(tags)) return true;
  return !nounOnly && !lex.irregularPlurals.has(w) && tags.every((t) => t === 'Infinitive');
}

/** Whether the dictionary does not know a word, or knows it only as a noun ("cable", "security"). */
const onlyNominal = (tags: readonly string[]): boolean => tags.every((t) => NOMINAL_TAGS.has(t));

/**
 * {@link countedNoun} with its qualifier: the capitalised words, compounds and participles skipped
 * on the way. `one`: the number is one, so an -s word after its noun is a verb ("one report says").
 * `several`: the number is a cardinal above one, so a singular word after it is no counted noun
 * ('plain'), or only an adjective is when it has a scale word ('scaled': "7 million pound" is money).
 * `ordinal`: the number is an ordinal that counts ("the first two games" counts games), not a
 * placing ("finished fifth six shots back"). `before`: what precedes the number. After "one", two
 * singular nouns before a verb may be a compound ("one industry source said"), but not after a
 * preposition, where the second noun before a verb is the clause's subject ("in one case police
 * said"; "in one production area, that" is a compound still). After "a"/"an" a scaled amount's
 * gerund is its noun ("a 300 mln offering to investors"). `before.clauseStart`: the number opens its
 * clause, so a verb's base form after it may be its verb ("45 expect rate cuts").
 */
export function countedNounPhrase(words: readonly string[], lex: NumberLexicon, followOf: boolean, one = false, several: 'plain' | 'scaled' | null = null, ordinal = false, before: { preposition?: boolean; article?: boolean; clauseStart?: boolean; opening?: boolean } = {}): CountedNoun | null {
  let lastCap: string | null = null;
  const skipped: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lw = w.toLowerCase();
    const next = words[i + 1];
    if (/[-‑]$/.test(w)) break; // "a 4- to 6-week delay": a suspended hyphen ends the phrase
    // "two PS4 controllers", "three 4G masts": a code qualifies the noun after it.
    if (CODE_WORD.test(w)) {
      // "40 A300s", "two F-16s", "12 Boeing 747s": a model's plural at the phrase's end is the noun.
      if ((MODEL_PLURAL.test(w) || (lastCap !== null && /^\p{N}{2,5}s$/u.test(w))) && (next === undefined || lex.stopWords.has(next.toLowerCase()))) return { noun: w.toLowerCase(), qualifier: skipped.length ? skipped.join(' ') : null };
      skipped.push(w);
      continue;
    }
    // A cardinal after an ordinal that counts qualifies the noun after it, past the qualifiers any
    // number takes ("the first two criteria", "the first two trading days", "the first two Gynex
    // products"; "the first three." counts nothing, and "a second one waited" has a pronoun). After
    // any other number it opens a quantity of its own ("down from 1.34 billion two weeks earlier").
    // A capitalised one is a name's ("one Six Nations outing").
    if (lex.cardinals.has(w) && !isCapitalised(w)) {
      const nl = next?.toLowerCase();
      if (!ordinal || w === 'one' || nl === undefined || lex.stopWords.has(nl) || lex.cardinals.has(nl) || lex.scales.has(nl)) break;
      skipped.push(w);
      continue;
    }
    if (isCapitalised(w)) {
      if (lex.calendarWords.has(lw.replace(/\.$/, ''))) break; // "rose to six Friday": a date, not a noun
      // "one I am comfortable with", "one We…": a capitalised pronoun is no name (an acronym,
      // "US", is one).
      // Nor is a capitalised contraction ("at 34 I'm", "by 5 We'll").
      if ((w.length === 1 || w !== w.toUpperCase()) && (lexiconTags(lw).includes('Pronoun') || CONTRACTION.test(lw))) break;
      lastCap = w;
      skipped.push(w);
      continue;
    }
    // "Trade and Energy Ministers’ Summit": a small word inside a run of capitalised words.
    if (lastCap && (lw === 'and' || lw === 'of' || lw === '&') && next && isCapitalised(next)) {
      skipped.push(w);
      continue;
    }
    const nextIsWord = next !== undefined && !lex.stopWords.has(next.toLowerCase()) && !adverbShaped(next.toLowerCase());
    const tags = lexiconTags(lw);
    // A past participle no other form shares ("stolen", "broken") before a noun in lower case
    // qualifies it: "three stolen cars" (not "two taken to hospital", "the first won gold"; after
    // several, a singular is no counted noun: "two sought approval").
    if (nextIsWord && !isCapitalised(next!) && tags.length > 0 && tags.every((t) => t === 'Participle' || (t === 'Adjective' && /en$/.test(lw))) && nounAfterParticiple(next!.toLowerCase(), lex) && (several === null || pluralAhead(words, i + 1, lex))) {
      skipped.push(w);
      continue;
    }
    // An adjective before a people's name in the plural qualifies it: "10 adult Americans", "5
    // million elderly Britons" (the dictionary's adjective, a capitalised plural after it).
    // (After a cardinal only: "finished fourth behind Leeds" is a placing.)
    if ((several !== null || one) && LOWER_WORD.test(w) && tags.includes('Adjective') && next !== undefined && isCapitalised(next) && PLURAL.test(next.toLowerCase()) && !lex.calendarWords.has(next.toLowerCase())) {
      skipped.push(w);
      continue;
    }
    // An adverb before a participle and a plural qualifies them: "30 publicly traded firms", "two
    // newly built plants", "15 seriously injured people" (not "12 badly injured.", "five recently
    // joined the board"). A number that opens its clause may be the subject of a past verb there
    // ("Of 50 banks, 30 recently raised rates"): only a word the dictionary knows as no past verb
    // qualifies after it ("…, 40 heavily armed men").
    const third = words[i + 2];
    const w2a = third?.toLowerCase();
    const nextTags = next !== undefined ? lexiconTags(next) : [];
    const pastForm = next !== undefined && /^\p{Ll}+$/u.test(next) && (/(?:ed|en)$/.test(next) || nextTags.some((t) => t === 'Participle' || t === 'PastTense')) && !(before.clauseStart && nextTags.includes('PastTense'));
    if (i === 0 && adverbShaped(lw) && pastForm && w2a !== undefined && LOWER_WORD.test(third!) && (PLURAL.test(w2a) || lex.irregularPlurals.has(w2a)) && !lex.stopWords.has(w2a)) {
      skipped.push(w, next!);
      i++;
      continue;
    }
    // "the 10 most valuable companies", "two of the least developed countries": "most" or "least"
    // and the word after it make a superlative that qualifies the noun after them (not after an
    // ordinal: "the third most popular" ranks, as "the third largest" does; nor before a verb,
    // "the 10 most populous hold half", "the 6 most affected needed surgery").
    if (!ordinal && (lw === 'most' || lw === 'least') && next !== undefined && LOWER_WORD.test(next) && !lex.stopWords.has(next) && words[i + 2] !== undefined && superlativeHead(words[i + 2]!, words.slice(i + 3), lex)) {
      skipped.push(w, next);
      i++;
      continue;
    }
    // (An adjective in -ly before a noun goes on: "two elderly women", "four friendly matches";
    // not before a verb or nothing, "12 likely died", "two lovely ones".)
    // (So does one the dictionary knows only as an adjective, though WordNet's corpus tags it more
    // often as an adverb: "five daily flights", "ten hourly workers".)
    if (lex.stopWords.has(lw) || (adverbShaped(lw) && !((adjectiveEntry(lw, lex)?.kind === 'adjective' || onlyAdjective(tags)) && nounNext(next, nextIsWord)))) break;
    // A word the dictionary (compromise's lexicon) knows only as a function word is no noun: a
    // conjunction, a preposition or a pronoun ends the phrase ("a surprising one because"), an
    // adverb or a determiner before another word qualifies it ("30 such projects").
    const nominal = tags.some((t) => NOMINAL_TAGS.has(t));
    if (onlyClosedClass(tags)) {
      if (nextIsWord && tags.some((t) => t === 'Adverb' || t === 'Determiner') && !isCapitalised(next!)) continue;
      break;
    }
    // A word it knows only as a verb, before a determiner or a name, is the verb of the figure's
    // clause ("the top 10 include Kelly Clarkson"; not "won by one vote in").
    // A word ending in -s may be a plural noun the lexicon lists as a verb ("300 mln marks", "five firms").
    const verbLike = !nominal && !/s$/.test(lw);
    // After "one", a word in -s the dictionary knows only as a verb is the verb of "one" as a
    // pronoun ("the madness one experiences"): one of anything is singular.
    // (Not before a noun or "of": "one singles rubber", "one means of".)
    if (one && i === 0 && !nominal && /s$/.test(lw) && tags.some((t) => VERB_TAGS.has(t)) && (next === undefined || (lex.stopWords.has(next.toLowerCase()) && next.toLowerCase() !== 'of'))) break;
    if (verbLike && tags.some((t) => VERB_TAGS.has(t)) && next !== undefined && (lex.determiners.has(next.toLowerCase()) || isCapitalised(next))) break;
    // The present -s form of a verb that is never a noun (number-present-verbs.txt) is the clause's
    // verb with the number its subject ("a reading above 50 indicates growth", "a score of 30
    // suggests that"; "300 shares a day", "12 tests a year" keep their nouns: "share" and "test"
    // are nouns too).
    if (i === 0 && lex.presentVerbs.has(lw)) break;
    // After a count above one, a word in its base form that English uses mostly as a verb
    // (number-base-verbs.txt: WordNet's tag counts, over the dictionary's noun for "stay" or
    // "plead") is the count's verb before a function word, a determiner, an adjective, a word the
    // dictionary does not know with an adjective's ending, or nothing: "two remain in hospital",
    // "40 want to leave", "children under 5 ride free", "200 remain unaccounted for", "300 attend
    // the school", "two remain critical" (not "a 65 to 15 vote in favour", "a 534,000 rate.":
    // nouns as often; nor before a noun, "two ride tickets"). One the dictionary knows as a noun
    // too is a verb only before a determiner, an adjective or an adverb in -ly ("five stay
    // behind", "two plead guilty", "over 50 attend regularly"; not "a top 10 hit in 1970", "a
    // 164,000 gain in payrolls").
    if (i === 0 && several !== null && !ordinal && LOWER_WORD.test(w) && lex.baseVerbs.has(lw) && tags.every((t) => BASE_FORM_TAGS.has(t))) {
      const adjectiveNext = next !== undefined && (lex.determiners.has(next.toLowerCase()) || onlyAdjective(nextTags) || (nextTags.length === 0 && ADJECTIVE_ENDING.test(next)) || adverbShaped(next.toLowerCase()));
      if (tags.includes('Singular') ? adjectiveNext : next === undefined || lex.stopWords.has(next.toLowerCase()) || adjectiveNext) break;
    }
    // After a people's name that is its own plural, a singular word before a determiner is their
    // verb ("90 million Japanese watch the show").
    const peoplePlural = lastCap !== null && several !== null && lex.demonyms.has(lastCap.toLowerCase());
    if (peoplePlural && !PLURAL.test(lw) && LOWER_WORD.test(w) && next !== undefined && lex.determiners.has(next.toLowerCase())) break;
    // After a capitalised plural, a word the dictionary knows as an adjective or a verb (or a present
    // verb that is never a noun), then a function word or a determiner, is the noun's predicate ("10
    // million Mexicans live in the US", "10 adult Americans owns a"); so after a people's name that
    // is its own plural, but there only a verb ("700 million Chinese listen to radio"): such a name
    // is singular as often, "one Japanese official said", "his 15th Brit award".
    const predicate = lastCap !== null && (PLURAL.test(lastCap.toLowerCase()) ? tags.some((t) => PREDICATE_TAGS.has(t)) : peoplePlural && tags.length > 0 && tags.every((t) => t === 'Infinitive' || t === 'PresentTense'));
    if (predicate && (verbLike || lex.presentVerbs.has(lw)) && (next === undefined || lex.stopWords.has(next.toLowerCase()) || lex.determiners.has(next.toLowerCase()))) break;
    // A superlative or a comparative qualifies the word after it ("the 10 largest banks"); before a
    // function word it ends the phrase ("the third largest in the world").
    if (!nominal && tags.some((t) => t === 'Superlative' || t === 'Comparative')) {
      if (nextIsWord && !isCapitalised(next!)) continue;
      break;
    }
    // A word the dictionary does not know as a noun that English uses mostly as an adjective or an
    // adverb (number-adjectives.tsv, from WordNet), or the comparative of one ("lower"). An
    // adjective before a name and its noun, a singular noun or a noun the dictionary lists only as a
    // verb's base form qualifies that noun ("two previous Bond films", "eight central European
    // states", "his two central bank colleagues", "one possible reason"); with no word after it, a
    // word that is never a noun counts nothing ("a range of 230 to 234 late last year", "closed
    // 1-3/8 lower", "third behind Sweden"; "his first ATP final" keeps its noun).
    const adjective = nominal || tags.includes('Unit') || tags.includes('Cardinal') || lex.suffixUnits.has(lw) || lex.durationNouns.has(lw) ? undefined : adjectiveEntry(lw, lex);
    if (adjective?.kind === 'adjective' && nextIsWord && (nameBeforeNoun(words, i + 1, lex) || (LOWER_WORD.test(next!) && (onlyBaseVerb(lexiconTags(next!)) || (!PLURAL.test(next!) && nounAfterParticiple(next!, lex)))))) {
      if (!lex.modifiers.has(lw)) skipped.push(w);
      continue;
    }
    if (adjective?.neverNoun && !nextIsWord && next !== 'and' && next !== 'or') break;
    // "two money laundering charges", "three credit rating agencies", "1,000 idle drilling rigs": a
    // singular word, then a gerund, then a plural noun is the plural's compound; the plural is
    // counted. Not a plural or a person, the gerund's subject ("50 police guarding homes", "200 staff
    // working shifts"), nor a unit or a span of time ("six year moving averages"); after a cardinal
    // above one only ("the second project involving imports" is the project's clause).
    if ((several === 'plain' || (several === 'scaled' && onlyAdjective(tags))) && gerundCompound(lw, tags, next, words[i + 2], lex)) {
      if (!lex.modifiers.has(lw)) skipped.push(w);
      continue;
    }
    // A singular word before an adjective that is only one and a noun after it qualifies them: a
    // noun phrase puts no noun before its adjectives ("17 current foreign securities houses", "the
    // 12 present full members"; after a cardinal above one, before a plural; not a unit, "20 percent
    // foreign ownership", a currency, "a 300 mln mark private placement", nor a span of time).
    // (Words in lower case: `next` and `third` are as written.)
    if (several !== null && !ordinal && nextIsWord && LOWER_WORD.test(w) && LOWER_WORD.test(next!) && !PLURAL.test(lw) && !lex.currencyCues.has(`${lw}s`) && pluralAhead(words, i + 2, lex) && !tags.some((t) => VERB_TAGS.has(t) || t === 'Unit') && !lex.suffixUnits.has(lw) && !lex.durationNouns.has(lw) && !lex.moneyWords.has(lw) && (adjectiveEntry(next!, lex)?.kind === 'adjective' || onlyAdjective(nextTags)) && third !== undefined && LOWER_WORD.test(third) && !lex.stopWords.has(third) && !lexiconTags(third).some((t) => VERB_TAGS.has(t))) {
      skipped.push(w);
      continue;
    }
    // An adjective before another word that is no verb qualifies it ("28 separate spyware programs",
    // "one clear upside"; not "one official said"); before a plural it names the noun with it
    // ("commercial banks", "metric tons", below).
    const nl0 = next?.toLowerCase();
    if (!nominal && tags.includes('Adjective') && nextIsWord && !isCapitalised(next!) && !PLURAL.test(nl0!) && !lex.verbs.has(nl0!) && !PAST.test(nl0!) && !lexiconTags(nl0!).some((t) => VERB_TAGS.has(t))) {
      if (!lex.modifiers.has(lw)) skipped.push(w);
      continue;
    }
    // "around 73 raising the prospect", "one firm seeking a buyer": a participle before a determiner
    // is a verb (a gerund in compromise's lexicon: not "one thing that", "1,265 sterling a tonne").
    // So is one before an object pronoun or a figure ("one accusing them of", "one accusing it of";
    // not "one building it owns"), and a gerund right after a count above one, before a function
    // word ("230 according to", "10 leading to", "with 3.2 billion going to": a count's noun is
    // plural; "a 300 mln offering to investors", "400 herring in" keep theirs;
    // "seven leading industrial nations", "40 producing and consuming countries" go on, and "the 15.8
    // mln ceiling." keeps its noun).
    const ingForm = tags.includes('Gerund') || (tags.length === 0 && /ing$/.test(lw));
    if (ingForm && next !== undefined && (lex.determiners.has(next.toLowerCase()) || objectPronoun(next, words[i + 2], lex) || /^\p{N}/u.test(next) || lex.cardinals.has(next.toLowerCase()))) break;
    if (/ing$/.test(lw) && (tags.includes('Gerund') || onlyAdjective(tags)) && i === 0 && (several === 'plain' || (several === 'scaled' && !before.article)) && next !== undefined && lex.stopWords.has(next.toLowerCase()) && next !== 'and' && next !== 'or') break;
    // "4.3M digital and physical copies": two qualifiers joined by "and"/"or" before the noun.
    const w2 = words[i + 2];
    const w3 = words[i + 3];
    if ((next === 'and' || next === 'or') && w2 !== undefined && w3 !== undefined && isQualifier(lw, lex) && !isCapitalised(w2) && isQualifier(w2, lex) && !isCapitalised(w3) && PLURAL.test(w3) && !lex.verbs.has(w3) && !lex.stopWords.has(w3)) {
      return { noun: w3.toLowerCase(), qualifier: [...skipped, w, next, w2].join(' ') };
    }
    // A noun that only looks like a participle ("thing", "spring") before an adjective and its
    // infinitive is the noun, the adjective its predicate ("one thing certain to", not "one
    // senior banking official said").
    const nounBeforeAdjective = nominal && !tags.includes('Gerund') && nextIsWord && onlyAdjective(lexiconTags(next!.toLowerCase())) && words[i + 2]?.toLowerCase() === 'to';
    // A word in -ed the dictionary knows only as a noun is no participle: it qualifies only a word in
    // lower case that is no past verb ("a 70 speed limit"; not "seventh seed Jurgen Melzer", "the
    // 10th seed equalled").
    const edNoun = /ed$/.test(lw) && tags.length > 0 && onlyNominal(tags);
    const participle = PARTICIPLE.test(lw) && (!edNoun || (next !== undefined && LOWER_WORD.test(next) && !pastVerb(next)));
    if ((w.includes('-') || w.includes('‑') || lex.modifiers.has(lw) || (participle && !nounBeforeAdjective)) && nextIsWord) {
      if (!lex.modifiers.has(lw)) skipped.push(w);
      continue;
    }
    // "1,500 deployed", "11.7 mln sown" (a word the dictionary knows only as a past form): a verb, not a noun
    if ((PAST.test(lw) && !edNoun) || (tags.length > 0 && tags.every((t) => PAST_TAGS.has(t)))) break;
    // "three DJs focusing on music": after a capitalised noun, an -ing word before a function word
    // is its verb ("one Six Nations outing, inspired" keeps its noun).
    if (lastCap && /ing$/.test(lw) && next !== undefined && lex.stopWords.has(next.toLowerCase())) break;
    // "300 dead and 4,000 missing": an adjective with no noun after it counts nothing itself (the
    // summary reads it as the event of people).
    if (lex.modifiers.has(lw)) break;
    const nl = next?.toLowerCase();
    // "1.7 million cable broadband customers", "eight critical security holes": two words the
    // dictionary does not know, or knows only as nouns, before a plural it does not know as a verb
    // ("1986 oper net excludes"): the first qualifies the compound of the other two; not a unit
    // ("10 tonne steel girders").
    const w2l = words[i + 2]?.toLowerCase();
    if (!one && !PLURAL.test(lw) && !(lex.irregularPlurals.has(lw) && /ing$/.test(nl ?? '')) && nl && nextIsWord && !isCapitalised(next!) && !PLURAL.test(nl) && w2l && !isCapitalised(words[i + 2]!) && PLURAL.test(w2l) && !PAST.test(w2l) && !lex.stopWords.has(w2l) && !lex.verbs.has(w2l) && !lexiconTags(w2l).some((t) => VERB_TAGS.has(t)) && compoundWord(tags, lw, ordinal || (i === 0 && before.clauseStart === true), lex) && compoundWord(lexiconTags(nl), nl, ordinal || lex.irregularPlurals.has(lw), lex) && !lex.suffixUnits.has(lw) && !tags.includes('Unit')) {
      skipped.push(w);
      continue;
    }
    if (CONTRACTION.test(lw)) break; // "the first productive thing we've had": a pronoun's contraction is no noun
    let noun = lw;
    let used = i;
    // "health workers"; not after "one" ("one report says": a verb)
    // ("nine overseas embassies": an adjective's final "s" makes no plural; nor does a mass noun's,
    // "4,500 news sources", "25 economics lecturers"; not after a preposition that opens the clause,
    // with a word after the plural, which may be the clause's subject: "In 40 species males
    // outnumber females"; "In 30 news outlets, the story ran" keeps its compound.)
    // ("first class passengers": after an ordinal, a noun it makes an adjective with is what it ranks.)
    if (!one && !(ordinal && lex.ordinalCompounds.has(lw)) && (!PLURAL.test(lw) || adjective || (tags.includes('Uncountable') && !(before.opening && words[i + 2] !== undefined))) && nl && nextIsWord && !isCapitalised(next!) && PLURAL.test(nl) && !PAST.test(nl)) {
      noun = `${lw} ${nl}`;
      used = i + 1;
    } else if ((one || ordinal) && nl && nextIsWord && singularCompound(lw, tags, next!, words[i + 2], lex, !before.preposition, ordinal)) {
      // "one industry source said", "one oil trader", "his sixth studio album", "One Japanese oil
      // company": after "one" or an ordinal that counts, a singular noun qualifies the singular noun
      // after it, the head (not "one report says": a verb in -s; nor "one year old").
      noun = `${lw} ${nl}`;
      used = i + 1;
    }
    if (followOf && words[used + 1]?.toLowerCase() === 'of') {
      const inner = countedNounPhrase(words.slice(used + 2), lex, false);
      if (inner) return inner;
    }
    return { noun, qualifier: skipped.length ? skipped.join(' ') : null };
  }
  if (lastCap === null) return null;
  // A run of capitalised words alone counts its last one. Two or more may be a name after the
  // figure ("12 Maria Sharapova", a ranking's line), marked for the resolver: "given" when a given
  // name opens them, "maybe" when they end in a singular that is no people's name, unit nor
  // acronym ("40 Tories", "12 Liberal Democrats", "68 OBUs", "90 million Japanese", "44 billion
  // Taka" count; so does one word alone, "the 787 Dreamliner").
  const cap = lastCap.toLowerCase();
  // (A given name first makes a surname in -s no plural: "2 Noah Lyles (USA)".)
  const first = skipped.find((w) => isCapitalised(w));
  const given = skipped.length >= 2 && first !== lastCap && lexiconTags(first!.toLowerCase()).some((t) => GIVEN_NAME_TAGS.has(t)) && lastCap !== lastCap.toUpperCase();
  if (given) return { noun: cap, qualifier: null, name: 'given' };
  const counts = skipped.length < 2 || PLURAL.test(cap) || ACRONYM_PLURAL.test(lastCap) || lex.demonyms.has(cap) || lex.suffixUnits.has(cap) || lex.unitNames.has(cap) || lastCap === lastCap.toUpperCase();
  return counts ? { noun: cap, qualifier: null } : { noun: cap, qualifier: null, name: 'maybe' };
}

/**
 * Whether the words after "most" and its adjective go on to the counted noun: a plural that is no
 * verb ("the 10 most valuable companies"), or a qualifier before a plural ("the most important
 * academic institutions", "the most widely used drugs"); not a verb, "the 10 most populous hold
 * half", "the 6 most affected needed surgery".
 */
function superlativeHead(w: string, later: readonly string[], lex: NumberLexicon): boolean {
  const plural = (x: string) => (PLURAL.test(x) || lex.irregularPlurals.has(x)) && !lex.stopWords.has(x) && !lex.verbs.has(x) && !lex.presentVerbs.has(x);
  const lw = w.toLowerCase();
  if (lex.stopWords.has(lw)) return false;
  if (plural(lw)) return true;
  // (Up to two qualifiers before the plural: "the most successful initial public offerings"; after
  // a participle, the plural right after it: "most widely used drugs", not "most often cited rising costs".)
  for (const x of later.slice(0, PARTICIPLE.test(lw) ? 1 : 2)) {
    const lx = x.toLowerCase();
    if (!LOWER_WORD.test(x) || lex.stopWords.has(lx)) return false;
    if (plural(lx)) return true;
  }
  return false;
}

/** Object pronouns: after an -ing word they make it a verb ("one accusing them"). */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);

/**
 * Whether `word` is a verb's object pronoun: "him", "them", or "it" before a preposition ("accusing
 * it of"; "one building it owns" is a relative clause's subject).
 */
function objectPronoun(word: string, after: string | undefined, lex: NumberLexicon): boolean {
  const w = word.toLowerCase();
  if (OBJECT_PRONOUNS.has(w)) return true;
  return w === 'it' && after !== undefined && lexiconTags(after.toLowerCase()).includes('Preposition') && !lex.determiners.has(after.toLowerCase());
}

/**
 * Whether `w` (its tags `tags`) and the word after it, both in lower case, are a compound of two
 * singular nouns after "one" or an ordinal that counts ("one fund manager", "her second studio
 * album", "the world's third largest oil company"): each the dictionary does not know or knows only
 * as a noun (the first may be a verb's base form before a known noun: "fund", "cut"), the second no
 * -s, -ed or -ing form (a verb's) nor a hyphenated word ("the 13th annual top-level meeting"), and
 * the first no unit or span of time ("one hour drive") nor, after an ordinal, a noun of an occasion
 * ("the first time income fell"; "one time zone" is a compound) or one the ordinal makes an
 * adjective with ("a third party bid").
 */
function singularCompound(w: string, tags: readonly string[], next: string, third: string | undefined, lex: NumberLexicon, verbAfter: boolean, afterOrdinal: boolean): boolean {
  if (!LOWER_WORD.test(w) || !LOWER_WORD.test(next) || /(?:s|ed|ing)$/.test(next) || /s$/.test(w) || next.includes('-') || (afterOrdinal && (lex.occasionNouns.has(w) || lex.ordinalCompounds.has(w)))) return false;
  // ("The second typhoon hit Tokyo", "One company cut 300 jobs": a verb whose past is its base form,
  // then its object, is the clause's verb; "the first rate cut was" ends on the noun.)
  if (lex.unchangedPast.has(next) && third !== undefined && !lex.stopWords.has(third.toLowerCase())) return false;
  if (lex.suffixUnits.has(w) || lex.durationNouns.has(w) || lex.suffixUnits.has(next) || lex.durationNouns.has(next)) return false;
  const t = third?.toLowerCase();
  const thirdTags = t === undefined ? [] : lexiconTags(t);
  // A word the dictionary knows only as an adjective, though it may be a noun, is the head before a
  // verb of saying or doing ("one bank official said", "one union representative told"): no
  // adjective stands alone between a noun and its verb.
  const nextTags = lexiconTags(next);
  // ("one fund manager", "the first cut price": a verb's base form opens a compound before a word
  // the dictionary knows as a noun.)
  const verbFirst = onlyBaseVerb(tags) && nextTags.length > 0 && onlyNominal(nextTags);
  const nounBeforeVerb = nextTags.length === 1 && nextTags[0] === 'Adjective' && !adjectiveEntry(next, lex)?.neverNoun && thirdTags.some((x) => x === 'PastTense' || x === 'PresentTense') && !thirdTags.some((x) => x === 'Copula' || x === 'Auxiliary' || x === 'Modal');
  if ((!onlyNominal(tags) && !verbFirst) || (!nounBeforeVerb && (!onlyNominal(nextTags) || adjectiveEntry(next, lex)))) return false;
  // The head ends the phrase: a function word, a verb or nothing after it, not another noun ("one
  // player dominate men's tennis": the second word was the verb; "one master credit agreement").
  // (A determiner after it makes the second word a verb: "one analyst forecast a jump".)
  if (t !== undefined && lex.determiners.has(t)) return false;
  const verb = t !== undefined && (/ed$/.test(t) || (/s$/.test(t) && !lex.stopWords.has(t)) || thirdTags.some((x) => VERB_TAGS.has(x)));
  if (verb) return verbAfter;
  return t === undefined || !LOWER_WORD.test(third!) || lex.stopWords.has(t);
}

/** An acronym that may qualify a fraction's whole ("half the IMF support"): capitals only. */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Verb tags that end a fraction's whole: finite forms and participles. */
const FRACTION_VERB_TAGS = new Set(['PresentTense', 'PastTense', 'Participle', 'Modal', 'Copula', 'Auxiliary']);
/** An adjective's ending: a word that qualifies, before "and" ("professional and management staff"). */
const ADJECTIVE_SHAPE = /(?:al|ive|ic|ous|ful|ary|ern|ible|able)$/u;
/** The most words a fraction's whole is read over ("one-fourth of its farm loan portfolio"). */
const FRACTION_NOUN_WORDS = 4;

/**
 * The whole a fraction is of ("a third of independent developers", "one-fifth of annual
 * production", "half the bank's workforce"): the run of lower-case words after "of" up to a
 * function word, an adverb, a verb or the clause's end; its last word is the noun, the words
 * before it qualify it. A run of a qualifier, "and" and more qualifiers reads on ("a quarter of its
 * professional and management staff"). Null for a pronoun's whole ("half of those affected"), a
 * name ("half of its Corpus Christi refinery"), a verb right after ("half the UK wants") or a run
 * too long to be sure of.
 */
export function fractionNoun(words: readonly string[], lex: NumberLexicon): CountedNoun | null {
  const run: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lw = w.toLowerCase();
    if (ACRONYM.test(w) && run.length === 0) {
      run.push(w);
      continue;
    }
    if (isCapitalised(w)) return null;
    // "a quarter of all patients", "half of both groups": a whole's quantifier.
    if (run.length === 0 && (lw === 'all' || lw === 'both')) continue;
    const last = run[run.length - 1];
    const prev = last?.toLowerCase();
    const tags = lexiconTags(lw);
    const nominal = tags.some((t) => NOMINAL_TAGS.has(t));
    // An adverb ends it ("half of them roughly"), not a noun in -ly ("a third of global supply", "assembly").
    const adverb = tags.includes('Adverb') || (ADVERB.test(lw) && tags.length === 0 && !/(?:pp|b)ly$/.test(lw));
    if (lex.stopWords.has(lw) || adverb) {
      // "professional and management staff": qualifiers joined before one noun.
      const after = (words[i + 1] ?? '').toLowerCase();
      if ((lw === 'and' || lw === 'or') && prev !== undefined && ADJECTIVE_SHAPE.test(prev) && isQualifier(after, lex) && !lex.denominators.has(after)) {
        run.push(w);
        continue;
      }
      break;
    }
    // A finite verb or a participle ends it ("three quarters of contraction seen"); an infinitive or
    // a gerund after "of" is a noun ("a third of global demand", "half of consumer spending"). A word
    // in -s is the noun when nothing is before it ("two-thirds of the world's reserves") or an
    // adjective is ("outstanding shares"), or when the dictionary knows it as a plural; after a noun,
    // one it knows only as a verb is the verb ("a third of the population lives", "half the UK wants").
    const nextWord = (words[i + 1] ?? '').toLowerCase();
    const inS = /[^s]s$/.test(lw);
    // (Which one the dictionary says is settled by what follows: the clause's end after a verb-only
    // word is a noun's, "the country's gold mines."; a determiner after a plural, a verb's.)
    const ends = words[i + 1] === undefined;
    const verbAfter = lex.determiners.has(nextWord);
    const adjectiveBefore = prev !== undefined && (ADJECTIVE_SHAPE.test(prev) || /ing$/.test(prev) || onlyAdjective(lexiconTags(prev)));
    const plural = inS && (prev === undefined || adjectiveBefore || (tags.includes('Plural') ? !verbAfter : ends || !tags.some((t) => VERB_TAGS.has(t))));
    // A participle opens the run as the noun's qualifier ("half of the proposed repurchases"), or
    // follows an adjective there ("two-thirds of the outstanding preferred shares").
    const qualifying = PAST.test(lw) && (run.length === 0 || (adjectiveBefore && !pastVerb(nextWord))) && LOWER_WORD.test(nextWord) && !lex.stopWords.has(nextWord) && !ADVERB.test(nextWord);
    if ((inS && !plural) || (lex.verbs.has(lw) && !plural) || (PAST.test(lw) && !qualifying) || (!nominal && !plural && !qualifying && tags.some((t) => FRACTION_VERB_TAGS.has(t)))) break;
    // After a plural the noun is complete ("a quarter of children living in poverty").
    if (last !== undefined && prev !== undefined && !ACRONYM.test(last) && (/[^s]s$/.test(prev) || lex.irregularPlurals.has(prev)) && !ADJECTIVE_SHAPE.test(prev)) break;
    // A figure or a decade is no whole ("half of the 1990s").
    if (/^\p{N}/u.test(w)) return null;
    if (onlyClosedClass(tags)) break;
    run.push(w);
    if (run.length > FRACTION_NOUN_WORDS) return null;
  }
  const noun = run[run.length - 1];
  if (noun === undefined || ACRONYM.test(noun) || noun === 'and' || noun === 'or') return null;
  const qualifier = run.slice(0, -1).join(' ');
  return { noun: noun.toLowerCase(), qualifier: qualifier || null };
}
