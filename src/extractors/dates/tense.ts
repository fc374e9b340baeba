/**
 * A cheap guess at the tense of the clause that governs a date. Tense cues are the words of
 * date-tense-past.txt and date-tense-future.txt (the latter holds present-tense schedule verbs too:
 * "opens", "takes effect"), plus any lower-case "-ed" word for the past. The cue that governs a
 * date is the nearest one before it in its clause (commas, semicolons, dashes and brackets end
 * a clause), else the nearest after it in its clause, else the nearest in its sentence. With no
 * cue at all the tense is 'unknown' and the resolver takes the occurrence nearest the reference, unless
 * "through", "until", "till", "by" or "as early as" comes right before the date ("available through
 * August": future). Whatever the tense, "as soon as" or "no later than" right before a date puts it
 * ahead, and so does "until", "to" or "for" after a verb that moves something later in the clause
 * ("the hearing was postponed until Friday", date-tense-deferral.txt). "since" right before a date
 * puts it behind.
 * A plan seen from the past ("the offer had been due to expire Friday") is past, in its clause only.
 * The "to" of a request ("urged producers to cut output in May") or of a plan or a wish ("were
 * planning to drive there on Monday", date-tense-intent-verbs.txt) names an act after the asking
 * or planning: a past verb before it leaves the date to the nearest occurrence.
 * A finite verb right after a date, with its subject before it, is the date's own ("Channon on
 * Friday sought", "one session Friday will be devoted"); a weekday paired with "tomorrow" or
 * "yesterday" takes their side of today. A participle that tells no past ("to be imposed", "is
 * released", "for imported goods") is no past cue.
 * "The ferry will sail on 3 May" → future; "the port reopens on Friday, a spokesman said" →
 * future ("said" is in another clause); "On Monday, the mayor resigned" → past.
 */
import { FINITE_VERB_TAGS, lexiconTags, type Doc, type Span } from '../../document.js';
import { alternation } from '../../lexicon.js';
import { partitionPoint } from '../../search.js';
import { dateLexicon } from './lexicon.js';
import { wordAfter, wordBefore } from './text.js';

export type Tense = 'past' | 'future' | 'unknown';

interface Cue {
  start: number;
  end: number;
  tense: 'past' | 'future';
  /** "had": a future cue in its verb group ("had been due to expire") is a plan already past. */
  perfect?: true;
  /** A future cue made past by a "had" before it: it tells the tense of its own clause only. */
  plan?: true;
  /** A comparison's participle ("than expected"): it counts only in a clause with no other cue. */
  weak?: true;
  /**
   * A reduced relative's participle ("a charge taken in the second quarter"): it tells the tense of
   * a date it governs right after it only ("a report written by the bank calls for a cut in June").
   */
  near?: true;
  /**
   * The "to" of a request or an order ("urged producers to cut"): its act comes after the asking,
   * which may itself be past, so it cancels a past cue before it and leaves the date to the
   * nearest occurrence.
   */
  request?: true;
  /** A past form that joined a future cue's verb group ("will be sold"): a verb coordinated with it joins too ("will be sold and closed"). */
  grouped?: true;
}

/** At most this many characters between a future cue and a request's "to" in its verb group ("will urge Tokyo and Bonn to"). */
const REQUEST_GROUP_GAP = 48;
/** Between a verb and a date it governs: prepositions and a date's own first words at most ("on", "by the end of"). */
const GOVERNING_GAP = /^\s{0,3}(?:(?:on|in|at|by|from|until|till|to|for|during|since|before|after|of|the|this|last|next|late|early|end)\s{1,3}){0,4}$/iu;
/** An "-ed" word and "by": a passive participle ("demanded by the opposition"). */
const PARTICIPLE_BY = /^\p{L}{3,20}ed\s{1,2}by(?![\p{L}])/u;
/** "if", "unless", "whether" as a word. */
const CONDITION_WORD = /(?<![\p{L}])(?:if|unless|whether)(?=\s)/giu;

/** Whether a condition's word (`words`) opens the clause `lead` ends with: no comma, semicolon or colon after it. */
function inCondition(lead: string, words: RegExp = CONDITION_WORD): boolean {
  let last = -1;
  for (const m of lead.matchAll(words)) last = m.index + m[0].length;
  return last >= 0 && !/[,;:]/.test(lead.slice(last));
}
/**
 * "if" or "unless" as a word: a condition's opening, not a reported question's ("whether", "asked
 * if", "wondered if", "unclear if").
 */
const IF_WORD = /(?<![\p{L}])(?<!(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|know|knew|see|saw|check|checked|doubt|doubted|unclear|clear|sure|decide|decided|determine|tell|told)\s{1,2})(?:if|unless)(?=\s)/giu;
/** "not" or "never" right after "could": an ability denied, in the past as often. */
const COULD_NOT_AFTER = /^\s{1,2}(?:not|never)(?![\p{L}])/u;
/** A word that negates a subject: "neither", "nor", "nobody", "none", "no one". */
const NEGATING_WORD = /(?<![\p{L}])(?:neither|nor|nobody|none|no\s{1,2}one)(?![\p{L}])/iu;
/** Whether `lead` (the words before "could") negates the subject within its clause: "Neither he nor his aides could be reached", "nobody could". */
function negatedSubjectBefore(lead: string): boolean {
  let from = 0;
  for (const mark of [',', ';', ':', '.', '!', '?']) from = Math.max(from, lead.lastIndexOf(mark) + 1);
  return NEGATING_WORD.test(lead.slice(from));
}
/** Modals that head a finite verb right after a date: "the minister on Monday will visit". */
const MODALS = new Set(['will', 'would', 'shall', 'should', 'must', 'may', 'might', 'could', "'ll", '’ll', "won't", 'won’t']);
/** At most this many characters (spaces) between a date and a verb right next to it. */
const ADJACENT_GAP = 2;
/** At most this many characters of plain words between a future cue and the verb it governs. */
const VERB_GROUP_GAP = 16;
const VERB_GROUP_FILLER = /^[\p{L}\s]{0,16}$/u;
/** An article or a determiner in the gap of a verb group: its verb has taken an object ("heed a report", "sell the unit"). */
const OBJECT_IN_GAP = /(?<![\p{L}])(?:a|an|the|its|their|his|her|our|this|these|those)(?![\p{L}])/iu;
/**
 * A word that opens a clause of its own, then its subject (no participle, "-ing" form or "being"
 * right after it): "when the ICCO met", "if talks failed" (not a reduced clause, "once emptied",
 * "unless approved", "before being issued", which stays in the verb group).
 */
const OWN_CLAUSE = /(?<![\p{L}])(?:when|whenever|while|if|after|before|once|until|unless)\s{1,3}(?!being(?![\p{L}])|\p{Ll}+(?:ed|en|ing)(?![\p{L}]))\p{L}/iu;
/** A word that opens a clause of reason, manner or relation: "because losses mounted", "as discussed", "as stocks fell", "which rose", "what it negotiated". */
const REASON_CLAUSE = /(?<![\p{L}])(?:because|since|as|though|although|whereas|that|which|what|who|whom|whose|where|than)\s/iu;
/** "and" or "or" alone between two participles of one verb group: "will be sold and closed", "maintained or raised". */
const COORDINATED = /^\s{1,2}(?:and|or)\s{1,2}(?:(?:then|also|later|possibly|probably)\s{1,2})?$/iu;
/** The last modal among the cues so far ("would" in "would be closed when"), in lower case; undefined when there is none. */
function groupModal(cues: readonly Cue[], sentence: Span): string | undefined {
  for (let i = cues.length - 1; i >= 0; i--) {
    const w = sentence.text.slice(cues[i]!.start - sentence.start, cues[i]!.end - sentence.start).toLowerCase();
    if (MODALS.has(w)) return w;
  }
  return undefined;
}
/** The future cues besides the modals that head a verb group: "is to", "going to", "due", "set to", "is planning", participles. */
const GROUP_HEAD_OTHER = /^(?:is to|are to|going to|likely to|unlikely to|is due|are due|is not due|are not due|set to|set for|is planning|are planning|\p{L}+ed)$/u;
/**
 * Whether a future cue heads a verb group, so that a participle after it is its own: a modal, "is
 * to", "going to", "due", "set to", "is planning", and participles ("expected", "scheduled"). Not a
 * schedule verb ("starts", "opens", "begin"), after which a past verb shows it was a noun.
 */
const headsGroup = (word: string) => MODALS.has(word) || GROUP_HEAD_OTHER.test(word);
const ED_WORD = /^[a-z]{3,}ed$/;
const EN_WORD = /^[a-z]{3,}en$/;
/**
 * Whether the word after `at` leaves a participle without an object: a preposition, an adverb (one
 * the dictionary knows, or a lower-case word in -ly it does not: "risen sharply in March"), a
 * conjunction, punctuation or nothing.
 */
function passiveParticiple(text: string, at: number): boolean {
  const next = wordAfter(text, at);
  if (next === null) return true;
  const tags = lexiconTags(next.toLowerCase());
  return tags.some((t) => t === 'Preposition' || t === 'Adverb' || t === 'Conjunction') || (tags.length === 0 && /^\p{Ll}{3,}ly$/u.test(next));
}
/** Whether the dictionary knows `word` only as a participle. */
const onlyParticiple = (word: string): boolean => {
  const tags = lexiconTags(word);
  return tags.length > 0 && tags.every((t) => t === 'Participle');
};
/** Lower-case "-ed" words that are not past verbs. */
const NOT_PAST_ED = new Set(['need', 'speed', 'indeed', 'proceed', 'succeed', 'exceed', 'breed', 'seed', 'feed', 'greed', 'steed']);
/**
 * Characters that end a clause: "the court sits on 9 May, a clerk confirmed". Not the comma of a
 * grouped number ("1,000 others wounded").
 */
const CLAUSE_BREAK = /(?<!\p{N}),|,(?!\p{N})|[;:()\u2013\u2014]/gu;
/** A preposition that looks ahead, right before a date: "through", "until", "till", "by", "as early as". */
const FORWARD_BEFORE = /(?<![\p{L}])(?:through|until|till|by|as\s{1,2}early\s{1,2}as)\s{1,3}$/iu;
/** Words before a date that put it ahead whatever the clause's tense: "could come as soon as Tuesday", "no later than Friday". */
const AHEAD_BEFORE = /(?<![\p{L}])(?:as\s{1,2}soon\s{1,2}as|no\s{1,2}later\s{1,2}than)\s{1,3}$/iu;
/** "tomorrow and", "yesterday or on" right before a date: it takes their side of today. */
const DEICTIC_PAIR_BEFORE = /(?<![\p{L}])(tomorrow|tonight|yesterday)\s{1,2}(?:and|or)\s{1,2}(?:on\s{1,2})?$/iu;
/** "and tomorrow", "or yesterday" right after a date. */
const DEICTIC_PAIR_AFTER = /^\s{1,2}(?:and|or)\s{1,2}(tomorrow|tonight|yesterday)(?![\p{L}])/iu;
/** A character after which a clause opens: a stop, a comma, a semicolon, a colon, a dash, a quote, a bracket. */
const CLAUSE_MARK = /[.!?;:,\u2013\u2014"“(]$/u;

/** Whether a clause opens at the end of `before`: the text's or a line's start, or a clause mark, then white space. */
function opensClause(before: string): boolean {
  const trimmed = before.trimEnd();
  return trimmed === '' || before.slice(trimmed.length).includes('\n') || CLAUSE_MARK.test(trimmed);
}

/**
 * Whether "since" stands right before the date at start..end ("since June", "since mid-November",
 * "since shortly after the Oct. 23 raid"): the date lies behind the writing, whatever the clause's
 * tense, with no slack. Not "since" as "because", before a date and its verb ("Since Monday is a
 * holiday, …").
 */
export function afterSince(text: string, start: number, end: number): boolean {
  const lead = text.slice(Math.max(0, start - 48), start);
  const since = dateLexicon().SINCE_BEFORE.exec(lead);
  if (!since) return false;
  // "since" opening a clause, then the date and a verb: "because" ("Since Monday is a holiday, …";
  // not "a group that has met since Monday will decide").
  if (!opensClause(lead.slice(0, since.index))) return true;
  const next = wordAfter(text, end)?.toLowerCase();
  return !(next && lexiconTags(next).some((t) => FINITE_VERB_TAGS.has(t)));
}
/** The preposition after a verb that moves something later, right before the date: "postponed the vote until Friday". */
const LATER_TO_BEFORE = /(?<![\p{L}])(?:until|till|to|for)\s{1,3}$/iu;
/** A present perfect: "has been called", "have closed", "has not reopened". */
const PRESENT_PERFECT = /(?<![\p{L}'’])(?:has|have)\s{1,2}(?:(?:not|also|now|already|just)\s{1,2})?(?:been\s{1,2})?\p{Ll}{3,20}(?:ed|en|wn)(?![\p{L}])/iu;
/** A preposition or a clause mark right after a word: no verb follows it (" at", " in", ","). */
const NOT_VERB_AFTER = /^(?:\s{0,2}[.,;:!?)]|\s{1,2}(?:at|in|on|of|from|with|into|over|against|behind)(?![\p{L}]))/iu;
/** "be", an adverb at most, and the word after: the guess's predicate. Group 1 = the word. */
const BE_PREDICATE_AFTER = /^\s{1,2}(?:(?:also|well|even|still|now|already)\s{1,2})?be\s{1,2}(?:(?:\p{Ll}+ly|too|so|very|nearly|almost|already|still)\s{1,2})?(\p{Ll}+)/u;
/**
 * Whether the words after a modal guess about the present: "be" and an "-ing" form, an article or
 * a word the dictionary knows only as an adjective or an adverb ("be correct", "be over", "be
 * picking up", "be a prelude to"); with `noParticiple`, not one in a participle's ending ("be
 * ratified", which the dictionary may list as an adjective).
 */
function presentGuess(after: string, noParticiple = false): boolean {
  const w = BE_PREDICATE_AFTER.exec(after)?.[1];
  if (w === undefined || (noParticiple && (/ed$/.test(w) || PARTICIPLE_END.test(w)))) return false;
  if (/ing$/.test(w) || w === 'a' || w === 'an' || w === 'the') return true;
  const tags = lexiconTags(w);
  return tags.length > 0 && tags.every((t) => t === 'Adjective' || t === 'Adverb' || t === 'Comparative' || t === 'Superlative');
}
/** How far before a date, within its clause, a verb that moves something later is looked for. */
const DEFERRAL_WINDOW = 80;
/** "have" and the word after it, right after a modal: "should have arrived", "would have been", "may have fully rebounded". Group 1 = the word. */
const PERFECT_AFTER = /^\s{1,2}(?:(?:not|never|even|also|already|well|still|just|\p{Ll}{2,12}ly)\s{1,2})?have\s{1,2}(?:(?:not|never|already|also|probably|\p{Ll}{2,12}ly)\s{1,2})?(\p{L}+)/u;
/** Modals whose perfect is still ahead: "will have been sold by Friday". */
const FUTURE_PERFECT_MODALS = new Set(['will', "'ll", '’ll', 'shall']);
/** A past participle's ending the dictionary may not know ("undertaken", "outgrown"). */
const PARTICIPLE_END = /(?:en|wn)$/;

/**
 * Whether a word after a modal's "have" is a past participle: "-ed", one the dictionary tags as a
 * participle or a past ("taken", "told"), a listed irregular one ("cut", "hit", "done"), or an
 * unknown word in -en/-wn; not a number, a noun or a pronoun ("would have seven members", "women",
 * "none", "trade talks").
 */
function isParticiple(word: string, lex: ReturnType<typeof dateLexicon>): boolean {
  if (ED_WORD.test(word) || lex.irregularParticiples.has(word) || lex.irregularPast.has(word)) return true;
  const tags = lexiconTags(word);
  if (tags.includes('Participle') || tags.includes('PastTense')) return true;
  return tags.length === 0 && PARTICIPLE_END.test(word);
}
/** A past perfect right before a future cue: "had been due to", "had planned", "had not expected". */
const PAST_PERFECT_BEFORE = /(?<![\p{L}])had(?:\s{1,2}(?:not|never|already|originally|previously|long))?(?:\s{1,2}been)?\s{1,2}$/iu;
/** A past auxiliary, with "not" or an adverb at most, right before a verb: "did not", "was still", "weren't". */
const PAST_AUX_BEFORE = /(?<![\p{L}])(?:did|was|were)(?:n['’]t)?(?:\s{1,2}(?:not|never|still|also|already|originally|long))?\s{1,2}$/iu;
/** A present or infinitive "be", with "not" or an adverb at most, right before a verb: "is", "are still", "'re not", "will be". */
const PRESENT_BE_BEFORE = /(?:(?<![\p{L}])(?:is|are|am|be|been)|['’](?:s|re|m))(?:\s{1,2}(?:not|still|also|now|already|eagerly|anxiously|widely|currently))?\s{1,2}$/iu;
/** A possessive right before a word: "Tokyo's order". */
const POSSESSIVE_BEFORE = /\p{L}['’]s?\s{1,2}$/u;
/** "had" (with "not", "already"…) right before a verb: a past perfect. */
const HAD_BEFORE = /(?<![\p{L}])had(?:\s{1,2}(?:not|never|already|earlier|previously))?\s{1,2}$/iu;
/** "than" right after a word: "no earlier than August". */
const THAN_AFTER = /^\s{1,2}than(?![\p{L}])/iu;
/** Future cues that are participles, which after "than" or "as" make a comparison: "than expected", "as planned". */
const COMPARISON_PARTICIPLES = new Set(['expected', 'planned', 'scheduled']);
/** "than" or "as" right before a word, or hyphened to it: "better than expected", "better-than-expected", "as planned". */
const COMPARED_BEFORE = /(?<![\p{L}])(?:than|as)[\s-]{1,2}$/iu;
/** "or" right before a word: "or earlier". */
const OR_BEFORE = /(?<![\p{L}])or\s{1,2}$/iu;
/** "next to", "next door": "next" as a place, not a time to come. */
const NEXT_AS_PLACE = /^\s{1,3}(?:to|door)(?!\p{L})/iu;

let deferralRegex: RegExp | null = null;
/**
 * The end of the last verb in `text` that moves something later ("postponed", "put off", "pushed
 * the vote back": date-tense-deferral.txt), or -1.
 */
function lastDeferralEnd(text: string): number {
  // A phrasal verb may hold its object between its words: "pushed the vote back", "put the sale off".
  deferralRegex ??= new RegExp(`(?<![\\p{L}])(?:${alternation([...dateLexicon().deferralVerbs]).replace(/\\s/g, "(?:\\s{1,2}[\\p{L}'’-]{1,20}){0,4}\\s{1,2}")})(?![\\p{L}])`, 'giu');
  let end = -1;
  for (const m of text.matchAll(deferralRegex)) end = m.index + m[0].length;
  return end;
}

let cueRegex: RegExp | null = null;
function cuePattern(): RegExp {
  if (!cueRegex) {
    const lex = dateLexicon();
    const cues = [...lex.futureCues, ...lex.pastCues];
    const wordCues = alternation(cues.filter((c) => /^\p{L}/u.test(c)));
    const clitics = alternation(cues.filter((c) => !/^\p{L}/u.test(c))); // "'ll" follows a letter
    cueRegex = new RegExp(`(?:(?<!\\p{L})(?:${wordCues})|${clitics || '(?!)'})(?!\\p{L})|\\b[a-z]{3,20}(?:ed|en)\\b`, 'giu');
  }
  return cueRegex;
}

/** "he", "she" or "it" as a word: the subjects that tell a bare verb's past. */
const UNCHANGED_SUBJECT = /(?<![\p{L}])(?:he|she|it)\s/iu;
/**
 * A word before "he"/"she"/"it" after which their verb is bare or a participle: an auxiliary or a
 * modal (a question), a causative or a verb with its object's state ("let it", "keep it shut",
 * "want it set up"), or a demand's "that" ("asked that she cut").
 */
const BARE_VERB_BEFORE = /(?<![\p{L}])(?:do|does|did|will|would|can|could|shall|should|may|might|must|n['’]t|(?:let|make|made|help|have|has|had|see|saw|watch|keep|kept|leave|left|want|need|get|got|find|found)(?:s|ed|ing)?|(?:demand|ask|insist|urge|propose|recommend|require|suggest)(?:s|ed|ing)?\s{1,2}that)\s{1,2}$/iu;
let unchangedPastRegex: RegExp | null = null;
/**
 * "he forecast", "it also cut", "she never read": "he", "she" or "it", an adverb at most, and a verb
 * whose past is its base form (date-tense-unchanged-past.txt). Group 1 = the verb.
 */
function unchangedPastPattern(): RegExp {
  unchangedPastRegex ??= new RegExp(`(?<![\\p{L}'’])(?:[Hh]e|[Ss]he|[Ii]t)\\s{1,2}(?:(?:also|then|later|again|once|never|only|just|previously|originally|first|recently|initially)\\s{1,2})?(${alternation([...dateLexicon().unchangedPast])})(?![\\p{L}'’-])`, 'gu');
  return unchangedPastRegex;
}

let requestRegex: RegExp | null = null;
/**
 * "urged producers to", "asked the court to", "called on banks to": a verb of asking or ordering,
 * up to four words of its object, and "to" before a word in lower case.
 */
function requestPattern(): RegExp {
  if (!requestRegex) {
    // Each verb with its endings (no -s: "orders", "calls" are nouns as often); a particle after the verb ("call on").
    const forms = [...dateLexicon().requestVerbs].map((v) => {
      const [head, ...rest] = v.split(/\s+/);
      // "urge" → urge, urged, urging; "ask" → ask, asked, asking; "told" as written.
      const stem = head!.endsWith('e') ? `${head!.slice(0, -1)}(?:e|ed|ing)` : /[^aeiou]$/.test(head!) && !/ed$|d$/.test(head!) ? `${head}(?:ed|ing)?` : head!;
      return [stem, ...rest].join('\\s{1,2}');
    });
    // At least one word of the object between: "asked to comment" is a passive, said of the asked.
    requestRegex = new RegExp(`(?<![\\p{L}])(?:${forms.join('|')})((?:\\s{1,2}[\\p{L}'’-]{1,20}){1,4})\\s{1,2}to\\s{1,2}(?=\\p{Ll})`, 'giu');
  }
  return requestRegex;
}

let intentRegex: RegExp | null = null;
/**
 * "were planning to", "agreed to", "did not want to": a verb of desire or intention
 * (date-tense-intent-verbs.txt), an adverb or "not" at most, and "to" before a word in lower case.
 * Group 1 = the verb.
 */
function intentPattern(): RegExp {
  intentRegex ??= new RegExp(`(?<![\\p{L}])(${alternation([...dateLexicon().intentVerbs])})(?:\\s{1,2}(?:not|also|now|still|eventually|initially|originally|later|instead))?\\s{1,2}to\\s{1,2}(?=\\p{Ll})`, 'giu');
  return intentRegex;
}

/** A verb's prefix before a hyphen: "re-elected", "co-founded" stay verbs. */
const VERB_PREFIX = /(?:^|[^\p{L}])(?:re|co|pre|de|mis|un|out|over|under|counter|cross|double)[-‑]$/iu;

/**
 * Whether the -ed word at `at` ends a hyphenated compound that is an adjective ("the so-called
 * triple witching", "a state-owned firm", "Saudi-led talks"), no past verb; a verb's prefix keeps
 * it one ("was re-elected on Friday").
 */
function compoundAdjective(text: string, at: number): boolean {
  if (!/[-‑]/u.test(text[at - 1] ?? '') || !/\p{L}/u.test(text[at - 2] ?? '')) return false;
  return !VERB_PREFIX.test(text.slice(Math.max(0, at - 9), at));
}

/** Tense cues of one sentence, cached per document by the caller. */
export function sentenceCues(sentence: Span): Cue[] {
  const lex = dateLexicon();
  const out: Cue[] = [];
  // The "to" of a request or an order: "urged producers to cut output in the second quarter".
  const requests: Cue[] = [];
  if (/\bto\b/i.test(sentence.text)) {
    for (const m of sentence.text.matchAll(requestPattern())) {
      // A verb, not a noun ("in order to", "the orders"), and "to" before a verb, not a noun phrase
      // ("Direct investment led to a capital outflow").
      const prev = wordBefore(sentence.text, m.index)?.toLowerCase();
      const next = wordAfter(sentence.text, m.index + m[0].trimEnd().length)?.toLowerCase();
      if ((prev !== undefined && (lex.determiners.has(prev) || prev === 'in')) || next === undefined || lex.determiners.has(next) || lex.functionWords.has(next)) continue;
      // Not a possessive's noun ("Tokyo's order to halt"), a past perfect's plan ("had ordered the
      // firm to pay by Monday": a past deadline), nor a particle after the verb ("pressed on to win").
      const lead = sentence.text.slice(Math.max(0, m.index - 12), m.index);
      const object = m[1]!.trim().split(/\s+/)[0]!.toLowerCase();
      if (POSSESSIVE_BEFORE.test(lead) || HAD_BEFORE.test(lead) || lexiconTags(object).includes('Preposition')) continue;
      const at = sentence.start + m.index + m[0].trimEnd().length - 2;
      requests.push({ start: at, end: at + 2, tense: 'future', request: true });
    }
  }
  // The "to" of a plan or a wish: "were planning to drive around the airport on Monday".
  if (/\bto\b/i.test(sentence.text)) {
    for (const m of sentence.text.matchAll(intentPattern())) {
      const next = wordAfter(sentence.text, m.index + m[0].trimEnd().length)?.toLowerCase();
      const prev = wordBefore(sentence.text, m.index)?.toLowerCase();
      // "to" before a verb ("agreed to the terms", "a plan to"): not a noun phrase, not the noun
      // after a determiner ("the plan to close", "its promise to pay": no tense of their own).
      // A plural noun is no verb after "to" ("agreed to talks on Friday", "to cuts in March"); a
      // capitalised "-s" form opening the sentence is a noun ("Promises to cut taxes … were broken").
      if (next === undefined || lex.determiners.has(next) || lex.functionWords.has(next) || /s$/.test(next) || lexiconTags(next).includes('Plural') || (prev !== undefined && lex.determiners.has(prev))) continue;
      if (/^\p{Lu}/u.test(m[1]!) && /s$/i.test(m[1]!) && prev === undefined) continue;
      const at = sentence.start + m.index + m[0].trimEnd().length - 2;
      // In the present ("wants to", "agrees to") the act is ahead; in the past or with a past
      // auxiliary it may be either side of the writing ("were planning to").
      const present = /s$/i.test(m[1]!) && !/ss$/i.test(m[1]!);
      requests.push({ start: at, end: at + 2, tense: 'future', ...(present ? {} : { request: true as const }) });
    }
  }
  for (const m of sentence.text.matchAll(cuePattern())) {
    const word = m[0].toLowerCase().replace(/\s+/g, ' ');
    let tense: Cue['tense'] | null = null;
    let near = false;
    if (lex.futureCues.has(word)) tense = 'future';
    else if (lex.pastCues.has(word)) tense = 'past';
    // An "-ed" word after a determiner is an adjective: "the reduced dividend", "its revised plan".
    else if (ED_WORD.test(m[0]) && !NOT_PAST_ED.has(word) && (!afterDeterminer(sentence.text, m.index, lex.determiners) || relativeVerb(sentence.text, m.index, m.index + m[0].length, lex.determiners)) && !compoundAdjective(sentence.text, m.index)) tense = 'past';
    // So is a participle in "-en" the dictionary knows only as one ("taken", "written"; not "often",
    // "women", "broken" as an adjective), a passive's, with no object after it ("a charge taken in
    // the second quarter", "chosen on Monday"; not "has given the relatives until Tuesday", "given
    // the delay").
    else if (EN_WORD.test(m[0]) && onlyParticiple(word) && !afterDeterminer(sentence.text, m.index, lex.determiners) && !compoundAdjective(sentence.text, m.index) && passiveParticiple(sentence.text, m.index + m[0].length)) [tense, near] = ['past', true];
    if (!tense) continue;
    // "may" in lower case only ("in May" is the month), and "might" not as a noun ("the might of",
    // "its military might at a parade": a modal has a verb after it, not a preposition);
    // nor either as a guess about the present (presentGuess: "may be correct", "might be picking
    // up", "might be a prelude"; "may be forced to" looks ahead).
    if ((word === 'may' && m[0] !== 'may') || (word === 'might' && (afterDeterminer(sentence.text, m.index, lex.determiners) || NOT_VERB_AFTER.test(sentence.text.slice(m.index + 5, m.index + 12))))) continue;
    if ((word === 'may' || word === 'might') && presentGuess(sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 48))) continue;
    // (So is "must" of what must be so, "it must be embarrassing for the minister after Tuesday's
    // defeat"; not before a participle, "must be ratified by October".)
    if (word === 'must' && presentGuess(sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 48), true)) continue;
    // "could" looks ahead ("could be restored by Saturday"), but not negated: "could not prevent",
    // "could never", "neither he nor his aides could be reached" tell what was not possible then.
    if (word === 'could' && (COULD_NOT_AFTER.test(sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 12)) || negatedSubjectBefore(sentence.text.slice(Math.max(0, m.index - 60), m.index)))) continue;
    // A participle that tells no past ("to be imposed", "is released", "for imported goods") is a
    // cue only as part of a future verb group ("will probably be compiled", below).
    // (So is a listed past form after a present passive's or an infinitive's "be": "to be held by
    // October", "is paid monthly"; "was held" has its own past.)
    const silent = tense === 'past' && (lex.pastCues.has(word) ? lex.irregularParticiples.has(word) && PASSIVE_BEFORE.test(sentence.text.slice(Math.max(0, m.index - 24), m.index)) : participleNotPast(sentence.text, m.index));
    // "stronger than expected sales in February", "went ahead as planned on Monday": a comparison's
    // participle is a weak cue, one that tells the tense only of a clause with no other cue ("may
    // close in May or earlier than planned").
    if (COMPARISON_PARTICIPLES.has(word) && COMPARED_BEFORE.test(sentence.text.slice(Math.max(0, m.index - 8), m.index))) {
      out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, tense: 'future', weak: true });
      continue;
    }
    // "no earlier than August": a comparison's bound, no tense.
    if (word === 'earlier' && THAN_AFTER.test(sentence.text.slice(m.index + 7, m.index + 14))) continue;
    if (word === 'next' && NEXT_AS_PLACE.test(sentence.text.slice(m.index + 4, m.index + 12))) continue;
    // "by March or earlier": a date's open end, no tense.
    if (word === 'earlier' && OR_BEFORE.test(sentence.text.slice(Math.max(0, m.index - 4), m.index))) continue;
    // "fed", "led", "paid" as verbs: lower case, not in a compound ("Saudi-led", "sold-out"), not
    // after a determiner ("the paid subscribers").
    if (lex.irregularPast.has(word) && (m[0] !== word || /[-‑]/.test(sentence.text[m.index - 1] ?? '') || /[-‑]/.test(sentence.text[m.index + m[0].length] ?? '') || afterDeterminer(sentence.text, m.index, lex.determiners))) continue;
    // "should have arrived", "would have been": a past in a modal's perfect.
    // ("will have disastrous consequences", "will have a vote": a future "have", no perfect; "will
    // have been sold by Friday": a future perfect, still ahead.)
    const perfect = tense === 'future' && !FUTURE_PERFECT_MODALS.has(word) ? PERFECT_AFTER.exec(sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[1]?.toLowerCase() : undefined;
    if (perfect !== undefined && isParticiple(perfect, lex)) tense = 'past';
    // "the vote had been scheduled for Friday", "the offer had been due to expire Friday": a plan
    // seen from a time already past (a "had" right before, or heading the verb group).
    let plan = false;
    if (tense === 'future' && PAST_PERFECT_BEFORE.test(sentence.text.slice(Math.max(0, m.index - 32), m.index))) [tense, plan] = ['past', true];
    // "did not expect a ruling on Tuesday", "was awaiting the verdict": an expectation seen from the
    // past. An "-ing" form tells a tense only with its auxiliary ("are expecting"; not a participle's
    // clause: "Rabobank, not anticipating a rally, on Wednesday set a price").
    if (tense === 'future' && lex.expectVerbs.has(word)) {
      const lead = sentence.text.slice(Math.max(0, m.index - 32), m.index);
      if (PAST_AUX_BEFORE.test(lead)) [tense, plan] = ['past', true];
      else if (word.endsWith('ing') && !PRESENT_BE_BEFORE.test(lead)) continue;
    }
    const start = sentence.start + m.index;
    const prev = out.findLast((c) => !c.weak);
    // A verb right after a future cue belongs to it: "will be held", "is expected to be signed";
    // not after a schedule verb, which then was a noun ("housing starts dropped in September"),
    // and is no cue at all before a listed past form ("starts were unchanged", "starts fell").
    let grouped = false;
    if (tense === 'past' && prev?.tense === 'future') {
      const head = headsGroup(sentence.text.slice(prev.start - sentence.start, prev.end - sentence.start).toLowerCase().replace(/\s+/g, ' '));
      const gap = sentence.text.slice(prev.end - sentence.start, m.index);
      if (!head && !prev.grouped && lex.pastCues.has(word) && /^\s{1,3}$/.test(gap)) out.pop();
      // (A clause of reason or manner ends the group, "would be suspended because losses mounted",
      // "will be handled as discussed in March"; so does a clause of time or condition with its
      // subject, "should be operated when the ICCO met in January", unless the group is a reported
      // future's "would", whose clauses shift into the past with it: "would be closed when the lease
      // expired in June".)
      // (An object's article or determiner ends the group: "must heed a report issued in December",
      // the participle the noun's.)
      else if (head && start - prev.end <= VERB_GROUP_GAP && VERB_GROUP_FILLER.test(gap) && !REASON_CLAUSE.test(gap) && (OWN_CLAUSE.test(gap) ? groupModal(out, sentence) === 'would' : !OBJECT_IN_GAP.test(gap))) [tense, grouped] = ['future', true];
      else if (prev.grouped && COORDINATED.test(gap)) [tense, grouped] = ['future', true];
    }
    if (tense === 'future' && (prev?.perfect || prev?.plan) && start - prev.end <= VERB_GROUP_GAP && VERB_GROUP_FILLER.test(sentence.text.slice(prev.end - sentence.start, m.index))) [tense, plan] = ['past', true];
    if (silent && tense === 'past') continue;
    out.push({ start, end: start + m[0].length, tense, ...(word === 'had' ? { perfect: true } : {}), ...(plan ? { plan: true } : {}), ...(near ? { near: true as const } : {}), ...(grouped ? { grouped: true as const } : {}) });
  }
  // "he forecast in the February budget", "it cost": a verb whose past is its base form, right after
  // a subject that would make its present end in -s, is past.
  if (UNCHANGED_SUBJECT.test(sentence.text)) {
    for (const m of sentence.text.matchAll(unchangedPastPattern())) {
      // Not a question's or a causative's bare verb: "does it cost", "will she cut", "let it spread", "make it hit".
      if (BARE_VERB_BEFORE.test(sentence.text.slice(Math.max(0, m.index - 28), m.index))) continue;
      const start = sentence.start + m.index + m[0].length - m[1]!.length;
      if (!out.some((c) => c.start === start)) out.push({ start, end: start + m[1]!.length, tense: 'past' });
    }
    out.sort((a, b) => a.start - b.start);
  }
  if (requests.length === 0) return out;
  // A request made in the future is future ("will urge Tokyo to meet … Wednesday"): its "to" keeps
  // the verb's tense, as the words of one verb group do.
  for (const r of requests) {
    const verb = out.filter((c) => c.end <= r.start).pop();
    if (verb?.tense === 'future' && !verb.plan && r.start - verb.end <= REQUEST_GROUP_GAP) delete r.request;
  }
  return [...out, ...requests].sort((a, b) => a.start - b.start);
}

/** A passive's auxiliary that tells no past, and an adverb at most, right before a participle: "is approved", "to be imposed", "be officially notified". */
const PASSIVE_BEFORE = /(?<![\p{L}])(be|is|are|am)\s{1,2}(?:\p{L}{2,15}ly\s{1,2})?$/iu;
/** A preposition after a present passive that names the act behind a state: "is accused of", "is charged with", "is wanted for". */
const STATE_OF_ACT_AFTER = /^\p{L}{1,30}\s{1,2}(?:of|with|over|for|about)(?![\p{L}])/iu;

/**
 * Whether an "-ed" word at `at` is a participle that tells no past: after a passive's "be", "is"
 * or "are" ("the tax, to be imposed from July", "when the report is released on July 9": the
 * auxiliary's tense is the clause's; not a state that names the act behind it, "is accused of a
 * theft in March", "is charged with"), after a possessive ("the USDA's planted acreage") or after a
 * preposition, as an adjective ("for imported products"; not "than": "more than doubled", nor
 * "as": "the programme as devised in December" is a clause of its own).
 */
function participleNotPast(text: string, at: number): boolean {
  const lead = text.slice(Math.max(0, at - 24), at);
  if (POSSESSIVE_BEFORE.test(lead)) return true;
  const passive = PASSIVE_BEFORE.exec(lead);
  // After "be" (a modal's or "to be") the act is still ahead ("will be notified of the plan").
  if (passive) return /^be$/i.test(passive[1]!) || !STATE_OF_ACT_AFTER.test(text.slice(at, at + 40));
  const prev = wordBefore(text, at)?.toLowerCase();
  return prev !== undefined && prev !== 'than' && prev !== 'as' && /\s$/.test(lead) && lexiconTags(prev).includes('Preposition');
}

/**
 * Whether the "-ed" word from `at` to `end` is a relative clause's verb after "that": followed by
 * a preposition, an adverb, a conjunction, a determiner or nothing ("the year that started on April
 * 1", "a deal that collapsed last week", "a bid that raised the price"), not an adjective before
 * its noun ("that reduced demand").
 */
function relativeVerb(text: string, at: number, end: number, determiners: ReadonlySet<string>): boolean {
  if (wordBefore(text, at)?.toLowerCase() !== 'that') return false;
  const next = wordAfter(text, end);
  return next === null || determiners.has(next.toLowerCase()) || passiveParticiple(text, end);
}

/** True when the word before `at` is an article, a determiner or a possessive ("a", "the", "its"). */
function afterDeterminer(text: string, at: number, determiners: ReadonlySet<string>): boolean {
  const prev = wordBefore(text, at) ?? '';
  // (The articles too: "an estimated deficit", "a televised conference".)
  return determiners.has(prev) || prev === 'a' || prev === 'an';
}

/** A name's short form between commas: ", CBT," , ", CFTC," — no clause of its own. */
const COMMA_CODE = /^,\s{1,2}\p{Lu}{2,6},/u;
/** A name's short form in brackets: "(ITC)", "(U.S.)", "(BP.L)" — no clause of its own. */
const BRACKETED_CODE = /\([\p{Lu}\p{N}][\p{Lu}\p{N}.&/-]{0,11}\)/uy;

/** Offsets of the clause breaks of one sentence, in text order (not a short form's brackets). */
function clauseBreaks(sentence: Span): number[] {
  const out: number[] = [];
  let skipTo = -1;
  for (const m of sentence.text.matchAll(CLAUSE_BREAK)) {
    if (m.index <= skipTo) continue;
    if (m[0] === '(') {
      BRACKETED_CODE.lastIndex = m.index;
      if (BRACKETED_CODE.test(sentence.text)) {
        skipTo = BRACKETED_CODE.lastIndex - 1;
        continue;
      }
    }
    // "the Chicago Board of Trade's, CBT, proposal": a short form between commas is no clause.
    if (m[0] === ',' && COMMA_CODE.test(sentence.text.slice(m.index, m.index + 12))) {
      skipTo = m.index + COMMA_CODE.exec(sentence.text.slice(m.index, m.index + 12))![0].length - 1;
      continue;
    }
    // "in May, June, July and August": a list's comma joins calendar names, it ends no clause.
    if (m[0] === ',' && listComma(sentence.text, m.index)) continue;
    out.push(sentence.start + m.index);
  }
  return out;
}

/** A capitalised month or weekday name and a day number after it, at most: "June", "May 5". */
const CALENDAR_NAME = /^\p{Lu}[\p{L}.]{1,9}$/u;

/**
 * Whether the comma at `at` stands between two calendar names of a list: a month or weekday
 * (with a day number) before it, and one after it, "and"/"or" allowed ("May, June and July",
 * "Monday, Tuesday or Wednesday").
 */
function listComma(text: string, at: number): boolean {
  const lex = dateLexicon();
  const isName = (w: string | undefined) => !!w && CALENDAR_NAME.test(w) && (lex.months.has(w) || lex.weekdays.has(w));
  const before = /(\p{L}[\p{L}.]{0,9})(?:\s{1,2}\d{1,2})?$/u.exec(text.slice(Math.max(0, at - 16), at))?.[1];
  // The list goes on after the next name ("May, June and July", "June, September and December,"),
  // else the comma may join two clauses ("Talks resumed on Monday, Friday will see a vote").
  const after = /^\s{1,3}(?:(?:and|or)\s{1,3})?(\p{L}[\p{L}.]{0,9})(?:\s{1,2}\d{1,2})?(?=\s{0,2}(?:[,;.]|(?:and|or)(?![\p{L}])|$))/u.exec(text.slice(at + 1, at + 32))?.[1];
  return isName(before) && isName(after);
}

/** Index of the first item (in sorted order) for which `test` holds, or the length. */
function firstAtOrAfter<T>(xs: T[], test: (x: T) => boolean): number {
  return partitionPoint(xs.length, (i) => test(xs[i]!));
}

/** A tense guesser for one document: caches each sentence's cues and clause breaks. */
export function tenseGuesser(doc: Doc): (start: number, end: number) => Tense {
  const guess = clauseTense(doc);
  // The end of a span that a past act sets up, an infinitive's or a gerund's ("proposed allowing
  // imports until July 1", "contracted to supply oil until June", "voted to keep the ban until
  // December"), may lie either side of the writing: the nearest such date. A span the past verb
  // tells of itself has ended ("was head of research until January", "the strike lasted until
  // May", "sales in the week through Saturday").
  return (start, end) => {
    const tense = guess(start, end);
    if (tense !== 'past' || !UNTIL_BEFORE.test(doc.text.slice(Math.max(0, start - 12), start))) return tense;
    if (PERIOD_THROUGH.test(doc.text.slice(Math.max(0, start - 24), start))) return tense;
    const s = doc.sentenceAt(start);
    const lead = doc.text.slice(Math.max(s?.start ?? 0, start - 160), start).split(/(?<!\d),|,(?!\d)|[;:]/u).pop()!;
    return setsUpSpan(lead) ? 'unknown' : tense;
  };
}
/**
 * Whether a future cue is a schedule verb that may be a plural noun: one word in -s that heads no
 * verb group ("to take effect by June were designed" keeps its verb), right after a noun or at the
 * sentence's start, not after a function word ("the programme that begins in January was
 * announced" keeps it).
 */
function scheduleNoun(text: string, cue: Cue): boolean {
  const word = text.slice(cue.start, cue.end).toLowerCase();
  if (cue.tense !== 'future' || cue.request || !/^\p{L}+s$/u.test(word) || headsGroup(word)) return false;
  const subject = wordBefore(text, cue.start);
  return subject === null || !dateLexicon().functionWords.has(subject);
}

/** At most this many characters from a reduced relative's participle to the date it governs. */
const NEAR_GAP = 24;
/**
 * Whether the text between a reduced relative's participle and a date leaves the date its own: a
 * short stretch with no clause mark and no other date in it ("taken in", "driven from their homes
 * in"; not "chosen in June start classes in", nor "written by the central bank calls for a rate cut in").
 */
function governsNext(gap: string): boolean {
  if (gap.length > NEAR_GAP || /[,;:()\d]/u.test(gap)) return false;
  const lex = dateLexicon();
  return !(gap.match(/\p{Lu}\p{L}+/gu) ?? []).some((w) => lex.months.has(w) || lex.weekdays.has(w));
}

/** "until", "till" or "through" right before a date: the end of a span. */
const UNTIL_BEFORE = /(?<![\p{L}])(?:until|till|through)\s{1,3}$/iu;
/** A measured period that ends at the date: "in the week through Saturday", "the six months through February". */
const PERIOD_THROUGH = /(?<![\p{L}])(?:days?|weeks?|months?|quarters?|years?|period)\s{1,2}(?:through|to)\s{1,3}$/iu;
/** A word after "to" that makes it an infinitive's: in lower case, no determiner, pronoun, plural or "-ing" form ("to supply", "to buy"; not "to its creditors", "to talks"). */
function bareVerb(w: string): boolean {
  if (!/^\p{Ll}+$/u.test(w) || /(?:s|ing)$/.test(w)) return false;
  const tags = lexiconTags(w);
  return !tags.some((t) => t === 'Determiner' || t === 'Possessive' || t === 'Pronoun' || t === 'Preposition' || t === 'Plural' || t === 'Cardinal');
}
/** Past verbs of being, which tell of a span of their own: "was head of research until January". */
const BEING = new Set(['was', 'were', 'been', 'had']);
/**
 * Whether a clause's words before a date set up a span after a past act, rather than tell of one
 * that has ended: an infinitive ("contracted to supply oil until June") or a gerund ("proposed
 * allowing imports"), or an object between the clause's last past verb and "until" ("imposed a
 * curfew until Friday", "received waivers from its banks through May 26"); not a verb of being,
 * nor one with only an adverbial after it ("the strike lasted until May", "remained in force
 * until", "was closed for repairs until April").
 */
function setsUpSpan(lead: string): boolean {
  // (Words in lower case: a capitalised gerund opens the clause as its subject, "Fighting raged until Sunday".)
  const words = lead.match(/\p{L}+/gu) ?? [];
  if (words.some((w, i) => (w === 'to' && i + 1 < words.length && bareVerb(words[i + 1]!)) || (/^\p{Ll}+ing$/u.test(w) && lexiconTags(w).includes('Gerund')))) return true;
  // The last past verb before "until" (the lead's last word), and the words between.
  const lex = dateLexicon();
  const at = words.findLastIndex((w, i) => i < words.length - 1 && /^\p{Ll}/u.test(w) && (BEING.has(w) || /ed$/.test(w) || lex.pastCues.has(w)));
  if (at < 0 || BEING.has(words[at]!)) return false;
  const between = words.length - 2 - at;
  const next = words[at + 1]!.toLowerCase();
  if (between === 0 || lexiconTags(next).some((t) => t === 'Preposition' || t === 'Adverb')) return false;
  return lex.determiners.has(next) || between >= 3;
}

/** The tense of the clause that governs a date, from its cues (see the module's comment). */
function clauseTense(doc: Doc): (start: number, end: number) => Tense {
  const bySentence = new Map<number, { cues: Cue[]; breaks: number[]; weak: boolean; near: boolean }>();
  return (start, end) => {
    const s = doc.sentenceAt(start);
    if (!s) return 'unknown';
    let info = bySentence.get(s.start);
    if (!info) {
      const cues = sentenceCues(s);
      info = { cues, breaks: clauseBreaks(s), weak: cues.some((x) => x.weak), near: cues.some((x) => x.near) };
      bySentence.set(s.start, info);
    }
    const { breaks } = info;
    // The clause: from the last break before the date to the first break at or after its end
    // (breaks inside the date, as in "Friday, 3 May", do not count).
    const b = firstAtOrAfter(breaks, (x) => x >= start);
    const clauseStart = b > 0 ? breaks[b - 1]! : s.start;
    const e = firstAtOrAfter(breaks, (x) => x >= end);
    const clauseEnd = e < breaks.length ? breaks[e]! : s.start + s.text.length;
    // A weak cue gives way to any other cue of the clause.
    const strongInClause = (x: Cue) => !x.weak && x.start >= clauseStart && x.end <= clauseEnd;
    const weakCues = info.weak && info.cues.some(strongInClause) ? info.cues.filter((x) => !x.weak) : info.cues;
    const cues = info.near ? weakCues.filter((x) => !x.near || governsNext(doc.text.slice(x.end, start))) : weakCues;
    const c = firstAtOrAfter(cues, (x) => x.end > start);
    const before = c > 0 ? cues[c - 1] : undefined;
    // "as soon as Tuesday"; "the vote was postponed until Friday" (no other tense cue between the
    // verb and the date, in its clause): ahead, whatever the tense.
    const lead = doc.text.slice(Math.max(clauseStart, start - DEFERRAL_WINDOW), start);
    if (AHEAD_BEFORE.test(lead)) return 'future';
    const after = cues[firstAtOrAfter(cues, (x) => x.start >= end)];
    // A finite verb right after the date: a past form or a modal, only spaces between.
    const verbAfter = after !== undefined && !after.request && after.start - end <= ADJACENT_GAP && /^\s{1,2}$/.test(doc.text.slice(end, after.start)) && (after.tense === 'past' || MODALS.has(doc.text.slice(after.start, after.end).toLowerCase()));
    // "in talks tomorrow and Friday", "yesterday and on Monday": paired with a day counted from today.
    // (Not a weekday that opens a clause of its own: "cut rates yesterday and Friday will see".)
    const pair = DEICTIC_PAIR_BEFORE.exec(lead) ?? DEICTIC_PAIR_AFTER.exec(doc.text.slice(end, end + 24));
    if (pair && !verbAfter) return pair[1]!.toLowerCase() === 'yesterday' ? 'past' : 'future';
    if (afterSince(doc.text, start, end)) return 'past';
    if (LATER_TO_BEFORE.test(lead)) {
      const verbEnd = lastDeferralEnd(lead);
      if (verbEnd >= 0 && !(before && before.start >= start - lead.length + verbEnd)) return 'future';
      // A state that holds now "until" a day ends after now: "trading has been called off until
      // Monday", "the plant has closed until Friday" (a present perfect in the clause).
      if (UNTIL_BEFORE.test(lead) && PRESENT_PERFECT.test(lead)) return 'future';
    }
    // "agreed to pay bonuses if they stay through August 29": a condition opened after a past cue
    // or a request's "to", with no cue of its own, is no longer the cue's time (its present looks
    // ahead; after a future cue it stays ahead: "will be kept unless by October 22 …").
    const conditioned = before !== undefined && (before.tense === 'past' || before.request === true) && inCondition(doc.text.slice(before.start, start), IF_WORD);
    if (before?.request && before.start >= clauseStart && !conditioned) return 'unknown';
    // The verb right after the date, between its subject and the rest ("Channon on Friday sought
    // to dispel", "the minister on Monday will visit"), is the date's own, whatever cue stood
    // further back.
    // Not when a verb just before governs the date ("to take effect by June were designed"), nor a
    // participle's reduced clause ("a tariff introduced in January will bring"), nor a schedule
    // verb or "ahead of" after it ("Friday closes", "on January 6 ahead of").
    if (verbAfter) {
      // (A cue just before governs only through a preposition: "said on Friday", "take effect by
      // June"; "said protesters on Saturday will march" puts the date in the reported clause.)
      const governed = before && ((start - before.end <= VERB_GROUP_GAP && GOVERNING_GAP.test(doc.text.slice(before.end, start))) || ED_WORD.test(doc.text.slice(before.start, before.end)));
      // A passive participle after the date ("the referendum in March demanded by the opposition")
      // and a condition's verb ("if the board on Friday rejected his plan") tell no time of it.
      const participle = PARTICIPLE_BY.test(doc.text.slice(after.start, after.start + 32));
      const condition = inCondition(doc.text.slice(Math.max(clauseStart, start - 48), start));
      if (!governed && !participle && !condition) return after.tense;
      // A schedule verb before the date with a past verb right after it was a noun, the past verb's
      // subject: "housing starts in February included" ("starts dropped" is handled with the cues).
      if (governed && after.tense === 'past' && before.start >= clauseStart && !participle && !condition && scheduleNoun(doc.text, before)) return 'past';
    }
    if (before && before.start >= clauseStart && !conditioned) return before.tense;
    if (after && after.end <= clauseEnd) return after.tense;
    if (conditioned) return FORWARD_BEFORE.test(doc.text.slice(Math.max(0, start - 16), start)) ? 'future' : 'unknown';
    const nearest = !after || (before && start - before.end <= after.start - end) ? before : after;
    // A plan already past ("which had been expected") tells of its own clause only.
    const best = nearest?.plan ? undefined : nearest;
    // "through June", "until Friday", "by March" with no tense of their own look ahead.
    if (!best && FORWARD_BEFORE.test(doc.text.slice(Math.max(0, start - 16), start))) return 'future';
    return best?.tense ?? 'unknown';
  };
}
