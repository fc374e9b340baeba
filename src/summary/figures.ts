/**
 * What the summary's figures need beyond a number fact: the group a number belongs to (its
 * qualifier and counted noun, through a synonym table), whether that group measures rather than
 * counts, and, from the document's text, the sentence around a number and the source it names.
 *
 * The source of a figure is, in order: the named subject of a reporting verb in its sentence
 * ("South Korean intelligence places the number at …", "Pentagon estimates suggest …"), the
 * object of "according to" ("according to Pentagon assessments" → Pentagon) or of a relative clause
 * ("Zelenskyy, who said on Monday that …"), nearest before the
 * number, else the first after it; else the speaker of the quote the number is in; else null.
 */
import type { Doc } from '../document.js';
import { alternation, loadOrBuild, readList, readTable } from '../lexicon.js';
import type { NumberFact, QuoteFact } from '../types.js';
import { isFunctionWord, lexiconTags } from '../document.js';
import { dateLexicon } from '../extractors/dates/lexicon.js';
import { ISO_CODE, numberLexicon } from '../extractors/numbers/lexicon.js';
import { intern } from './intern.js';
import { isAbbreviation } from '../abbreviation.js';

/** The longest sentence kept with a figure, in characters. */
export const MAX_SENTENCE = 300;

interface FigureLexicon {
  synonyms: Map<string, string>;
  measures: Set<string>;
  skip: Set<string>;
  /** summary-report-nouns.txt, lower case: alone, such a noun names no source ("Figures show"). */
  reportNouns: Set<string>;
  SUBJECT_VERB: RegExp;
  ACCORDING_TO: RegExp;
  /** summary-event-words.tsv: a word and the event it names. */
  events: Map<string, string>;
  /** Simple past forms of irregular verbs (date-tense-irregular-past.txt): "left", "took". */
  irregularPast: Set<string>;
  /** Participles of irregular verbs (date-tense-irregular-participles.txt): "flown", "taken". */
  irregularParticiples: Set<string>;
  /** summary-event-nouns.tsv: a noun that counts people an event befell ("deaths" → "killed"). */
  eventNouns: Map<string, string>;
  /** One of those nouns in a figure's clause before it, no number between, then a rise or a level's verb ("the death toll rose to ", "deaths reached ", "a death toll of "). */
  EVENT_NOUN_BEFORE: RegExp;
  /** summary-event-destinations.tsv: a place people are taken to and the event it names ("hospital" → "hospitalised"). */
  destinations: Map<string, string>;
  /**
   * After a count's noun: an optional aside between dashes, auxiliaries, a participle, "to" or
   * "into" (not "in": "died in hospital", "employed in city hospitals"), up to two words, and one of those places ("have been taken to hospital", "–
   * including 10 children – were brought to two city hospitals", "were taken into custody").
   */
  DESTINATION_AFTER: RegExp;
  /** A verb of intention and "to", or a modal, a few words before a number (summary-intent-words.txt). */
  INTENT_BEFORE: RegExp;
  /** Words after a measure that are not what it measures (summary-not-measured.txt): "away", "south". */
  notMeasured: Set<string>;
  /** summary-measured-synonyms.tsv: a noun a measure measures and the event its group takes ("bid" → "offer"). */
  measured: Map<string, string>;
  /** summary-unit-conversions.tsv: a customary unit, its metric counterpart and the factor. */
  conversions: Map<string, { unit: string; factor: number }>;
  /** summary-auxiliary-verbs.txt: "have", "been", which are no content words. */
  auxiliaries: Set<string>;
  /** summary-source-aliases.tsv: an alias written with a capital ("WHO"), as written, and the body's name. */
  sourceAliases: Map<string, string>;
  /** summary-source-aliases.tsv: an alias in lower case ("defense department"), matched in any case. */
  sourceAliasesAnyCase: Map<string, string>;
  /** summary-legal-forms.txt, lower case: "corp", "spa", which a company's identity leaves out. */
  legalForms: Set<string>;
}

let cached: FigureLexicon | null = null;

function lexicon(): FigureLexicon {
  return (cached ??= loadOrBuild('figures', buildLexicon));
}

function buildLexicon(): FigureLexicon {
  const synonyms = new Map(readTable('summary-unit-synonyms.tsv', ['noun', 'about']).map((r) => [r.noun!.toLowerCase(), r.about!]));
  const measures = new Set(readList('summary-measure-units.txt').map((u) => u.toLowerCase()));
  const skip = new Set(readList('summary-source-skip.txt').map((w) => w.toLowerCase()));
  const verbs = alternation(readList('summary-reporting-verbs.txt'));
  const reportNouns = readList('summary-report-nouns.txt');
  const nouns = alternation(reportNouns);
  const orgWords = alternation(readList('summary-source-words.txt'));
  const aliases = readTable('summary-source-aliases.tsv', ['alias', 'name']);
  const destinations = readTable('summary-event-destinations.tsv', ['noun', 'event']);
  const eventNouns = readTable('summary-event-nouns.tsv', ['noun', 'event']);
  // A name: a capitalised word, then up to four more capitalised words or source words.
  const cap = `\\p{Lu}[\\p{L}\\p{M}.'’\\-]{0,30}`;
  // Inside a name, "of" or "and" between capitalised words ("the Bank of England", "Nippon
  // Telegraph and Telephone"), and a wire's angle brackets around a company's ("<Montedison SPA>
  // of Italy"): the name is the whole, not its last place.
  const name = `<?${cap}(?:(?: (?:of|and|&))? (?:${cap}|(?:${orgWords})(?![\\p{L}]))|>(?= of )){0,4}`;
  return {
    synonyms,
    measures,
    skip,
    reportNouns: new Set(reportNouns.map((w) => w.toLowerCase())),
    // summary-event-words.tsv, as the numbers extractor reads it (its stateEvents).
    events: new Map(numberLexicon().stateEvents),
    // date-tense-irregular-*.txt, as the date extractor reads them.
    irregularPast: dateLexicon().irregularPast,
    irregularParticiples: dateLexicon().irregularParticiples,
    destinations: new Map(destinations.map((r) => [r.noun!.toLowerCase(), r.event!])),
    eventNouns: new Map(eventNouns.map((r) => [r.noun!.toLowerCase(), r.event!])),
    EVENT_NOUN_BEFORE: new RegExp(
      `(?<![\\p{L}])(${alternation(eventNouns.map((r) => r.noun!))})(?![\\p{L}])[^.;:!?\\d]{0,50}?(?<![\\p{L}])(?:(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|grew|went\\s{1,3}up)\\s{1,3}to|(?:stood|stands|was\\s{1,3}put|is\\s{1,3}put)\\s{1,3}at|reached|reaches|hit|hits|totalled|totaled|topped|passed|exceeded|of)\\s{1,3}(?:(?:at least|more than|over|nearly|almost|about|around|some)\\s{1,3})?$`,
      'iu',
    ),
    DESTINATION_AFTER: new RegExp(
      `^(?:\\s{1,3}[–—-]\\s[^–—\\n]{1,80}?\\s[–—-])?[\\s,]{0,3}(?:(?:who|that|which|were|was|are|is|have|has|had|been|being|be|got|so\\s{1,3}far|later|all|also|reportedly|then)\\s{1,3}){0,4}(\\p{Ll}{3,20})\\s{1,3}(?:to|into)\\s{1,3}(?:(?:the|a|an|\\p{Ll}{2,20})\\s{1,3}){0,2}(${alternation(destinations.map((r) => r.noun!))})(?![\\p{L}\\p{M}'’-])`,
      'u',
    ),
    INTENT_BEFORE: intentBefore(readList('summary-intent-words.txt'), readList('summary-intent-object-verbs.txt')),
    notMeasured: new Set(readList('summary-not-measured.txt').map((w) => w.toLowerCase())),
    sourceAliases: new Map(aliases.filter((r) => /\p{Lu}/u.test(r.alias!)).map((r) => [r.alias!, r.name!])),
    sourceAliasesAnyCase: new Map(aliases.filter((r) => !/\p{Lu}/u.test(r.alias!)).map((r) => [r.alias!, r.name!])),
    legalForms: new Set(readList('summary-legal-forms.txt').map((w) => w.toLowerCase())),
    conversions: new Map(readTable('summary-unit-conversions.tsv', ['unit', 'metric', 'factor']).map((r) => [r.unit!.toLowerCase(), { unit: r.metric!, factor: Number(r.factor) }])),
    auxiliaries: new Set(readList('summary-auxiliary-verbs.txt').map((w) => w.toLowerCase())),
    measured: new Map(readTable('summary-measured-synonyms.tsv', ['noun', 'about']).map((r) => [r.noun!.toLowerCase(), r.about!])),
    // "Ukrainian intelligence reports indicate", "Kyiv had warned", "Zelenskyy, who said", "The US defense department on Monday confirmed"
    SUBJECT_VERB: new RegExp(
      `(?<![\\p{L}\\p{M}])(${name})(?: (?:${nouns}))?(?:,? who)?(?: (?:has|have|had|was|were|is|are))?(?: on \\p{Lu}\\p{Ll}{2,12})? (?:${verbs})(?![\\p{L}])`,
      'gu',
    ),
    ACCORDING_TO: new RegExp(`(?<![\\p{L}])[Aa]ccording to (?:the )?(${name})`, 'gu'),
  };
}

/**
 * A unit as a grouping key: lower case, singular ("Troops" → "troop", "casualties" → "casualty").
 * A singular in -s stays whole: "-us" ("bonus", "status"), "-sis"/"-xis" ("crisis", "axis") and a
 * word of three letters in "-as" ("gas"); "Israelis", "MPs", "areas" lose theirs.
 */
export function figureKey(unit: string): string {
  const u = unit.trim().toLowerCase();
  if (/ies$/.test(u)) return u.replace(/ies$/, 'y');
  if (SINGULAR_IN_S.test(u)) return u;
  if (/[^s]s$/.test(u)) return u.slice(0, -1);
  return u;
}
/** Singulars that end in -s (see {@link figureKey}). */
const SINGULAR_IN_S = /(?:us|sis|xis)$|(?:^|\s)\p{L}as$/u;

/** A qualifier as a grouping key: lower case, straight apostrophes, no possessive, single spaces. */
export function qualifierKey(q: string): string {
  return q
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[-‑\s]+/g, ' ')
    .trim();
}

/** What a number counts, for grouping: the key and the names it is shown with. */
export interface FigureGroupKey {
  key: string;
  /** The counted thing's name: the synonym table's name, or the unit as written. */
  noun: string;
  qualifier: string | null;
  /** What the figure is about beyond its noun (the number's `event`: "injured", "offer"), or null. */
  event: string | null;
  /** True for units that measure (km, percent, USD, year): see {@link isMeasure}. */
  measure: boolean;
}

/**
 * The group of a number fact with a unit: its qualifier, its counted noun and its event. `near`
 * is the number's place in its sentence ({@link around}).
 */
export function figureGroup(n: NumberFact & { unit: string }, near: Around): FigureGroupKey {
  const lex = lexicon();
  const unit = n.unit.trim().replace(/\s+/g, ' ');
  const noun = lex.synonyms.get(unit.toLowerCase()) ?? lex.synonyms.get(figureKey(unit)) ?? unit;
  const other = OTHER_AFTER.test(near.after) || ANOTHER_BEFORE.test(near.before);
  const written = n.qualifier ? n.qualifier.trim().replace(/\s+/g, ' ') : null;
  const qualifier = other && !/^others?\b/i.test(written ?? '') ? ['other', written].filter(Boolean).join(' ') : written;
  const q = qualifier ? qualifierKey(qualifier) : '';
  // "59 deaths", "12 fatalities": people killed, as "59 people were killed" (summary-event-nouns.tsv).
  // (Not the deaths of others named after: "14 deaths among the sheep", "deaths of cattle".)
  const counted = n.event || OF_WHOM_AFTER.test(near.after.replace(/^[\s-]*\p{L}+/u, '')) ? undefined : lex.eventNouns.get(unit.toLowerCase());
  const event = n.event ?? counted ?? null;
  const key = [q, figureKey(counted ? PEOPLE : noun), event ? `(${event})` : ''].filter(Boolean).join(' ');
  return { key, noun: counted ? PEOPLE : noun, qualifier, event, measure: isMeasure(unit) };
}

/**
 * "threatened to fire", "plans to hire", "could reach": then up to two words and a hedge, before
 * the number; or a verb of summary-intent-object-verbs.txt, not after a determiner, with its
 * object ("proposing 12-month intervals", "seeking a spread of").
 */
function intentBefore(words: readonly string[], objectVerbs: readonly string[]): RegExp {
  const modals = words.filter((w) => /^(?:could|would|might|may)$/.test(w));
  const verbs = words.filter((w) => !modals.includes(w)).map((w) => `${w.replace(/e$/, '')}(?:e|es|s|ed|d|ing|ning|ned)?`);
  const hedge = `(?:(?:up to|as many as|at least|about|around|some|another|more than)\\s{1,3})?`;
  const toVerb = `(?:(?:${verbs.join('|')})\\s{1,3}to|${modals.join('|')})(?:\\s{1,3}[\\p{L}-]{1,20}){1,2}`;
  const object = `(?<!(?:the|a|an|its|their|his|her)\\s{1,3})(?:${alternation(objectVerbs.flatMap(inflections))})(?:\\s{1,3}an?)?(?:\\s{1,3}\\p{Ll}{2,20}\\s{1,3}of)?`;
  return new RegExp(`(?:^|[^\\p{L}])(?:${toVerb}|${object})\\s{1,3}${hedge}$`, 'iu');
}

/** A verb's forms: "plan" → plans, planned, planning; "propose" → proposes, proposed, proposing. */
function inflections(w: string): string[] {
  if (w.endsWith('e')) return [w, `${w}s`, `${w}d`, `${w.slice(0, -1)}ing`];
  // One vowel before a final consonant: the consonant doubles ("planned").
  const last = w[w.length - 1]!;
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(w)) return [w, `${w}s`, `${w}${last}ed`, `${w}${last}ing`];
  return [w, `${w}s`, `${w}ed`, `${w}ing`];
}

/** Whether a figure is planned, threatened or expected rather than reported ("threatened to fire four missiles"). */
export function hypothetical(near: Around): boolean {
  return lexicon().INTENT_BEFORE.test(near.before) || MODAL_AFTER.test(near.after);
}
/**
 * "2,000 jobs at the plant may be cut": a modal a few words after the number, in its clause, in
 * lower case ("14 deaths on 5 May" names a month).
 */
const MODAL_AFTER = /^[^.;,:!?]{0,30}?(?<![\p{L}])(?:could|would|might|may)(?![\p{L}])/u;

/**
 * The names a number's sentence gives: its capitalised words past the first, lower case
 * ("Germany has nearly 1,000 troops in Afghanistan" → "afghanistan").
 */
export function sentenceNames(n: NumberFact): string[] {
  const names = new Set<string>();
  const sentence = n.sentence ?? '';
  // The figure's own qualifier ("Six Nations games") is its group, not whom it is about.
  const own = new Set((n.qualifier ?? '').toLowerCase().split(/[^\p{L}]+/u));
  for (const m of sentence.matchAll(/(?<![\p{L}\p{M}'’])\p{Lu}[\p{L}\p{M}'’-]{1,30}/gu)) {
    if (m.index === 0 || /^[\s"“‘'(…]*$/u.test(sentence.slice(0, m.index))) continue;
    const w = m[0].replace(/['’]s$/u, '').toLowerCase();
    if (!isFunctionWord(w) && !own.has(w)) names.add(w);
    if (names.size >= MAX_WORDS) break;
  }
  return [...names].map(intern);
}

/** "128 other politicians", "500 others": a count of the rest, not of the whole. */
const OTHER_AFTER = /^[\s-]{1,3}others?(?![\p{L}])/iu;
/** "another 1,000 troops": more of them, not the whole. */
const ANOTHER_BEFORE = /(?:^|[^\p{L}])another\s{1,3}$/iu;
/** "their two children", "his 20 men": a count whose owner a pronoun names. */
const PRONOUN_BEFORE = /(?:^|[^\p{L}])(?:their|his|her|its|our|my|your)\s{1,3}(?:(?:own|first|last|eldest|youngest)\s{1,3})?$/iu;

/** The words of a number's sentence right before and after it, 40 characters each. */
export interface Around {
  before: string;
  after: string;
}

/** Where a number stands in its sentence (its first place there), read once for every test of its words. */
export function around(n: NumberFact): Around {
  const at = n.sentence?.indexOf(n.text) ?? -1;
  if (at < 0) return { before: '', after: '' };
  return { before: n.sentence!.slice(Math.max(0, at - 40), at), after: n.sentence!.slice(at + n.text.length, at + n.text.length + 40) };
}

/**
 * Whether a figure belongs to someone only a pronoun names ("their two children"): two such
 * figures in two documents are rarely about one family, so it is listed but not compared.
 */
export function ownedByPronoun(near: Around): boolean {
  return PRONOUN_BEFORE.test(near.before);
}

/**
 * Right before a figure, an extreme it reached within some span: "as high as", "as low as", "a high
 * of", "an intraday low of", "a peak of", then a currency sign. Two reports of a moving price's high
 * differ by the hour each was written ("rose as high as 19.40" and "as high as 19.57" the same day).
 */
const AS_HIGH_AS_BEFORE = /(?<![\p{L}])as\s{1,3}(?:high|low)\s{1,3}as\s{1,3}(?:\p{Sc}\s?)?$/iu;
const PEAK_OF_BEFORE = /(?<![\p{L}])(?:a|an|the|its|their)\s{1,3}(?:[\p{L}-]{1,20}\s{1,3})?(?:high|low|peak)\s{1,3}of\s{1,3}(?:\p{Sc}\s?)?$/iu;

/**
 * Right before a figure, "from" after a change's new level ("to 123 mln boxes from 129 mln", "to
 * 5.5 pct from 6.2"): the level before the change, of an earlier time than the sentence reports.
 */
const FROM_BEFORE = /(?<![\p{L}])from\s{1,3}(?:\p{Sc}\s?)?$/iu;
/** "to" as a word with a figure after it (past up to three words: "to as low as 123"), and a clause's marks (what lies before "from" back to the last one is its clause; not a decimal point). */
const TO_FIGURE = /(?<![\p{L}])to\s{1,3}(?:[\p{L}-]{1,12}\s{1,3}){0,3}\p{Sc}?\d/iu;
const CLAUSE_MARK = /[,;:.!?](?=\s)/u;

/**
 * Whether a figure is a measure's extreme reached within a span ("as high as 19.57") or the level a
 * change started from ("to 123 mln from 129 mln"; not "flights to London from 12 cities"): listed,
 * not compared with what others report now.
 */
export function levelOfAnotherTime(near: Around, measure: boolean): boolean {
  // (A peak of a count is a count: "deaths reached a peak of 1,200" against "a peak of 1,900".)
  // ("as low as 123 mln boxes" bounds an estimate as "as many as" does, of a count too.)
  if (AS_HIGH_AS_BEFORE.test(near.before) || (measure && PEAK_OF_BEFORE.test(near.before))) return true;
  const from = FROM_BEFORE.exec(near.before);
  return from !== null && TO_FIGURE.test(near.before.slice(0, from.index).split(CLAUSE_MARK).pop()!);
}

/** After a count's noun, whose it is: "among the sheep", "of cattle". */
const OF_WHOM_AFTER = /^\s{1,3}(?:among|of)\s/u;
/** After a figure, a rate's word: "10 per 100,000", "3 a year", "2 in 5". */
const RATE_AFTER = /^\s{0,2}(?:per|a|an|each|in|out\s{1,3}of|%)(?![\p{L}])/iu;

/** Number words, which say nothing about what a sentence is about. */
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion|trillion|bn|per|cent|percent)$/;
/** The most content words a figure keeps of its sentence. */
const MAX_WORDS = 40;

/**
 * The content words of a number's sentence, lower case and stemmed ("injured" → "injur",
 * "soldiers" → "soldier"): no function words, auxiliaries, number words, or words of its own unit
 * or qualifier; a run of capitalised words is one name ("world cup"). Two figures about one thing
 * share some of them (compare.ts).
 */
export function contentWords(n: NumberFact): string[] {
  const unit = new Set(`${n.unit ?? ''} ${n.qualifier ?? ''}`.toLowerCase().split(/[^\p{L}]+/u).map(stem));
  const { auxiliaries } = lexicon();
  const words = new Set<string>();
  const sentence = n.sentence ?? '';
  // A run of capitalised words ("World Cup", "Grand Slam") is one name: one thing two sentences share.
  let run: string[] = [];
  let runEnd = -1;
  const flush = () => {
    if (run.length > 1) words.add(run.join(' '));
    else if (run.length === 1) addWord(run[0]!);
    run = [];
  };
  const addWord = (w: string) => {
    if (w.length < 3 || isFunctionWord(w) || auxiliaries.has(w) || NUMBER_WORD.test(w)) return;
    const s = stem(w);
    if (!unit.has(s)) words.add(s);
  };
  for (const m of sentence.matchAll(/\p{L}[\p{L}'’]*/gu)) {
    const w = m[0].replace(/['’]s?$/u, '').toLowerCase();
    const capital = /^\p{Lu}/u.test(m[0]) && !isFunctionWord(w);
    if (capital && run.length && m.index === runEnd + 1 && sentence[runEnd] === ' ') run.push(w);
    else {
      flush();
      if (capital) run = [w];
      else addWord(w);
    }
    runEnd = m.index + m[0].length;
    if (words.size >= MAX_WORDS) break;
  }
  flush();
  return [...words].slice(0, MAX_WORDS).map(intern);
}

const stem = (w: string) => (w.length > 4 ? w.replace(/(?:ing|ed|es|s)$/, '') : w);

/** The lower-case content words of a headline, stemmed and once each: five letters or more, no function word, auxiliary or event word, not "people". */
export function headlineStems(headline: string): string[] {
  const { auxiliaries, events } = lexicon();
  const out = new Set<string>();
  for (const m of headline.matchAll(/(?<![\p{L}'’-])\p{Ll}{5,30}(?![\p{L}'’-])/gu)) {
    const w = m[0];
    if (isFunctionWord(w) || auxiliaries.has(w) || events.has(w) || w === PEOPLE) continue;
    out.add(stem(w));
  }
  return [...out];
}

/**
 * A count's event ("people hospitalised", "people killed") is one thing its sentence says, in
 * whatever words ("taken to hospital", "brought to two city hospitals"): the words that name it
 * ("killed", "killing") count once, as the event, and two claims of one event share it. Not a
 * measure's (its noun is among its words already).
 */
export function eventWords(words: string[], event: string | null, measure: boolean): string[] {
  if (!event || measure) return words;
  const named = eventStems().get(event);
  return [...(named ? words.filter((w) => !named.has(w)) : words), intern(`=${event}`)];
}

/** Each event's words of summary-event-words.tsv, stemmed as content words are ("kill", "dead"): read once. */
let stemsByEvent: Map<string, Set<string>> | null = null;
function eventStems(): Map<string, Set<string>> {
  if (stemsByEvent) return stemsByEvent;
  stemsByEvent = new Map();
  for (const [w, e] of lexicon().events) {
    const set = stemsByEvent.get(e) ?? new Set<string>();
    set.add(stem(w));
    stemsByEvent.set(e, set);
  }
  return stemsByEvent;
}

/**
 * Whether a count is joined to its noun to describe another noun ("a 22-man squad", "a six-try
 * victory"): it says what kind of thing that is, not how many of something there are.
 */
export function compoundCount(near: Around, measure: boolean): boolean {
  return !measure && /^-\p{L}+[\s-]{1,2}\p{Ll}/u.test(near.after);
}

/** The metric unit a customary one is grouped with, and how many of those one is ("mile" → 1.609344 km), or null. */
export function metricOf(unit: string): { unit: string; factor: number } | null {
  return lexicon().conversions.get(unit.trim().toLowerCase()) ?? null;
}

/**
 * True for a unit that measures rather than counts: one in summary-measure-units.txt, any unit of
 * the numbers extractor's unit tables (currencies, SI and customary symbols), a rate ("USD per
 * barrel") or an age ("year-old").
 */
export function isMeasure(unit: string): boolean {
  const lex = lexicon();
  if (lex.measures.has(unit.toLowerCase()) || lex.measures.has(figureKey(unit))) return true;
  return numberLexicon().tableUnits.has(unit) || RATE_OR_AGE.test(unit);
}
const RATE_OR_AGE = /\sper\s|-old$/u;

/**
 * Words between a counted noun and the participle that says what happened to it ("people were
 * later injured"), and before a number, the hedges and determiners between it and its verb
 * ("killing at least six").
 */
const AFTER_NOUN = /^[\s,]{1,3}(?:others\s{1,3})?(?:(?:who|that|which|were|was|are|is|have|has|had|been|being|be|got|reportedly|also|now|later|still|all|already|so far)\s{1,3}){0,4}(\p{Ll}[\p{Ll}-]{1,24})(?![\p{L}\p{M}'’-])/u;
const BEFORE_NUMBER = /(?:^|[^\p{L}\p{M}'’-])(\p{Ll}[\p{Ll}-]{2,24})\s{1,3}(?:(?:at least|at most|more than|less than|fewer than|as many as|some|about|around|nearly|almost|roughly|an estimated|a total of|another|up to|over|only|just|the|a|an|his|her|their|its|all)\s{1,3}){0,3}$/u;
/** "of", "worth", "valued at" or "totalling", a hedge and a currency sign, right before a measure. */
const MEASURED_LINK = /(?<![\p{L}])(?:of|worth|valued\s{1,3}at|totall?ing)\s{1,3}(?:(?:about|around|some|nearly|almost|roughly|up\s{1,3}to|more\s{1,3}than|over|at\s{1,3}least)\s{1,3})?(?:[A-Z]{0,3}\p{Sc}\s?)?$/u;
/** The word right before that link. */
const WORD_BEFORE_LINK = /(?<![\p{L}-])(\p{L}[\p{Ll}-]{2,24})\s{1,3}$/u;
/** One word after a measure, read one at a time where its unit is written ("35 mln cubic feet gas"). */
const UNIT_WORD_AFTER = /\s{1,3}(\p{L}+)/uy;
/** After a measure ("$38 billion bid", "a 50-minute phone call"): one or two lower-case words. */
const MEASURED_NOUN = /^(?:-|\s{1,3})(\p{Ll}[\p{Ll}-]{2,24})(?:\s{1,3}(\p{Ll}[\p{Ll}-]{2,24}))?(?![\p{L}\p{M}'’-])/u;

/** The event of summary-event-destinations.tsv a count's participle and place name, or null. */
function destinationEvent(after: string, lex: FigureLexicon): string | null {
  const m = lex.DESTINATION_AFTER.exec(after);
  if (!m) return null;
  const event = lex.destinations.get(m[2]!.toLowerCase());
  if (!event) return null;
  const verb = m[1]!;
  const participle = /..ed$|..en$/.test(verb) || lex.irregularPast.has(verb) || lex.irregularParticiples.has(verb);
  // A verb that names its own event keeps it ("were killed in an attack on the hospital").
  return participle && !isFunctionWord(verb) && !lex.events.has(verb) ? event : null;
}

/**
 * Whether a word is a verb form, not a noun a measure could measure: a listed event ("dead"), a
 * participle or gerund ("-ed", "-en", "-ing") or an irregular past form ("took"); a function word
 * is none.
 */
function isVerbForm(word: string, lex: FigureLexicon): boolean {
  const w = word.toLowerCase();
  if (lex.events.has(w)) return true;
  if (isFunctionWord(w)) return false;
  return /..ing$|...ed$|...en$/.test(w) || lex.irregularPast.has(w);
}

/** A comparative, a change's adverb or a threshold's word: "higher", "lower", "more", "up", "above" (no noun a measure measures). */
function isComparison(word: string): boolean {
  const w = word.toLowerCase();
  const changes = numberLexicon().changes;
  return lexiconTags(w).includes('Comparative') || ['comparative', 'adverb', 'after', 'threshold'].some((k) => changes.get(k)!.has(w));
}

/** The noun a count with no written noun counts when its verb is an event of people ("58 killed", "wounding 120"). */
export const PEOPLE = 'people';

/** The sentence and source of each figure in one document's text. */
export class FigureContext {
  private readonly text: string;

  /** `doc` is the pipeline's own Doc, so its sentences are not split a second time. */
  constructor(
    private readonly doc: Doc,
    private readonly quotes: readonly QuoteFact[],
  ) {
    this.text = doc.text;
  }

  /** The sentence holding [start, end): whitespace collapsed, at most MAX_SENTENCE characters around the number. */
  sentence(start: number, end: number): { text: string; start: number; end: number } {
    const s = this.doc.sentenceAt(start);
    let a = s && s.start <= start ? s.start : start;
    let b = s && s.end >= end ? s.end : end;
    if (b - a > MAX_SENTENCE) {
      a = Math.max(a, Math.min(start - Math.floor(MAX_SENTENCE / 2), b - MAX_SENTENCE));
      b = Math.min(b, a + MAX_SENTENCE);
    }
    const raw = this.text.slice(a, b).replace(/\s+/g, ' ').trim();
    const clipped = (s && a > s.start ? '…' : '') + raw + (s && b < s.end ? '…' : '');
    return { text: clipped, start: a, end: b };
  }

  /**
   * The noun a measure measures when it comes before it and is one of summary-measured-synonyms.tsv
   * ("an offer of $40 billion", "a bid worth $42 billion", "a takeover bid valued at £3bn"): only
   * those, as a noun before "of" is more often a part or a kind ("a profit of $5m").
   */
  private measuredBefore(n: NumberFact, lex: FigureLexicon): string | null {
    const before = this.text.slice(Math.max(0, n.start - 60), n.start);
    const link = MEASURED_LINK.exec(before);
    const b = link ? WORD_BEFORE_LINK.exec(before.slice(0, link.index)) : null;
    if (!b) return null;
    const key = figureKey(b[1]!.toLowerCase());
    return lex.measured.get(key) ?? null;
  }

  /**
   * What the figure is about beyond its noun, from its sentence: for a count, the event its
   * participle or verb names ("25 people were injured" → "injured", "killing at least six
   * civilians" → "killed", "posted three photos" → "post"); for a measure, the noun it measures,
   * through summary-measured-synonyms.tsv ("a $38 billion bid" → "offer", "a 50-minute phone
   * call" → "call"); else null.
   */
  event(n: NumberFact, measure: boolean): string | null {
    const lex = lexicon();
    const s = this.doc.sentenceAt(n.start);
    const stop = s && s.end > n.end ? s.end : this.text.length;
    let after = this.text.slice(n.end, Math.min(stop, n.end + 120));
    // Past the unit's word when the text writes it ("50-minute", "300 workers"), noting any listed
    // event word between ("100 wounded people").
    const unitWord = n.unit ? n.unit.toLowerCase().split(/[\s/]/).pop()! : '';
    const head = after.slice(0, 60).toLowerCase();
    const forms = unitWord ? [unitWord, /s$/.test(unitWord) ? unitWord.slice(0, -1) : `${unitWord}s`] : [];
    const at = Math.min(...forms.map((w) => wordAt(head, w)).map((i) => (i < 0 ? Infinity : i)));
    let between: string | undefined;
    if (at < Infinity) {
      between = head.slice(0, at).split(/[^\p{L}]+/u).find((w) => lex.events.has(w));
      after = after.slice(at).replace(/^[\p{L}-]+/u, '');
    }
    // Where the count's verb took them says what happened, before a word that describes them:
    // "more than 100 wounded people had been brought to two city hospitals" counts the hospitalised.
    if (!measure) {
      const taken = destinationEvent(after, lex);
      if (taken) return taken;
    }
    if (between) return lex.events.get(between)!;
    if (measure) {
      // An age ("the 25-year-old already…") measures a person, named elsewhere.
      if (/-old$/.test(n.unit ?? '')) return null;
      // Past a currency or unit the table knows, of one word or more ("3bn yuan in 2004", "35 mln
      // cubic feet gas"): the longest it knows.
      const unitWords: { word: string; end: number }[] = [];
      for (let end = 0; unitWords.length < 3; ) {
        UNIT_WORD_AFTER.lastIndex = end;
        const w = UNIT_WORD_AFTER.exec(after);
        if (!w) break;
        end = UNIT_WORD_AFTER.lastIndex;
        unitWords.push({ word: w[1]!, end });
      }
      for (let k = unitWords.length; k >= 1; k--) {
        const written = numberLexicon().suffixUnits.get(unitWords.slice(0, k).map((w) => w.word).join(' ').toLowerCase());
        // (A currency word in another currency the story gives it: "dlrs" of N.Z. dollars.)
        if (!written || !(n.unit?.startsWith(written) || (ISO_CODE.test(written) && ISO_CODE.test(n.unit?.slice(0, 3) ?? '')))) continue;
        after = after.slice(unitWords[k - 1]!.end);
        break;
      }
      const m = MEASURED_NOUN.exec(after);
      // A preposition starts another phrase ("$60 per share in cash"), not the noun measured; then
      // a listed noun before it may say ("an offer of $40 billion", "a bid worth $42 billion").
      if (!m || isFunctionWord(m[1]!) || lex.auxiliaries.has(m[1]!) || lex.notMeasured.has(m[1]!)) return this.measuredBefore(n, lex);
      // A comparison says which way, not what ("165 pct higher than", "2 pct up on"): no noun.
      // Nor an auxiliary after the noun ("a 1.95 billion dlr loan has been subscribed": the loan).
      const words = [m[1]!, m[2]].filter((w): w is string => !!w && !isFunctionWord(w) && !lex.auxiliaries.has(w) && !/ly$/.test(w) && !isComparison(w));
      // A scale word or a verb is not what is measured.
      const measured = words.filter((w) => !/^(?:million|billion|trillion|thousand|hundred)s?$/.test(w)).pop();
      if (!measured || isVerbForm(measured, lex)) return null;
      const key = figureKey(measured);
      return lex.measured.get(key) ?? key;
    }
    // For a count, only the events of summary-event-words.tsv: "killed" and "injured" are two
    // quantities, "stationed" and "remaining" troops are one.
    const listed = (w: string | undefined) => (w ? (lex.events.get(w.toLowerCase()) ?? null) : null);
    const qualifier = listed(n.qualifier);
    if (qualifier) return qualifier;
    // Up to 80 characters of its sentence before the number.
    const sStart = s && s.start < n.start ? s.start : 0;
    const window = this.text.slice(Math.max(sStart, n.start - 80), n.start);
    // "the death toll rose to 59", "deaths climbed to 59": a figure with no noun of its own.
    if (!n.unit) {
      const toll = lex.EVENT_NOUN_BEFORE.exec(window);
      // (Not a rate: "deaths fell to 10 per 100,000 people".)
      if (toll && !RATE_AFTER.test(this.text.slice(n.end, n.end + 12))) return lex.eventNouns.get(toll[1]!.toLowerCase().replace(/\s+/g, ' ')) ?? null;
    }
    const passive = AFTER_NOUN.exec(after);
    const afterEvent = listed(passive?.[1]);
    if (afterEvent && passive![0].trim() !== passive![1]) return afterEvent;
    const before = BEFORE_NUMBER.exec(window);
    return listed(before?.[1]) ?? afterEvent;
  }

  /** The source named for the number at [start, end), or null. */
  source(start: number, end: number): string | null {
    const lex = lexicon();
    const s = this.sentence(start, end);
    const span = this.text.slice(s.start, s.end);
    const found: Array<{ at: number; name: string; according?: true }> = [];
    for (const re of [lex.SUBJECT_VERB, lex.ACCORDING_TO]) {
      re.lastIndex = 0;
      for (let m = re.exec(span); m; m = re.exec(span)) {
        const name = cleanName(m[1]!, lex.skip, lex.reportNouns);
        if (name) found.push({ at: s.start + m.index, name, ...(re === lex.ACCORDING_TO ? { according: true as const } : {}) });
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    const before = found.filter((f) => f.at < start).sort((x, y) => y.at - x.at)[0];
    // After the number, not a source a subordinate clause names ("in a call lasting 50 minutes,
    // after the US ambassador said …"); one after that clause's comma is the sentence's ("rose 1%
    // after a 2% gain, the department said").
    // ("According to" names the sentence's source wherever it stands: "rose 4% since January
    // according to the consortium".)
    const after = found.filter((f) => f.at >= end && (f.according || !inSubordinate(this.text.slice(end, f.at)))).sort((x, y) => x.at - y.at)[0];
    const named = before ?? after;
    if (named) return named.name;
    const quote = this.quotes.find((q) => q.start <= start && end <= q.end && q.speaker);
    return quote?.speaker?.name ?? null;
  }
}

/** A word opening a subordinate clause ("after", "as", "when", "because"). */
const SUBORDINATE = /(?<![\p{L}])(?:after|before|as|when|while|because|since|although|though|until|whereas|unless|if)\s/giu;

/** Whether the text before a name leaves it inside a subordinate clause: such a word, and no comma since. */
function inSubordinate(gap: string): boolean {
  let last = -1;
  for (const m of gap.matchAll(SUBORDINATE)) last = m.index;
  return last >= 0 && last > gap.lastIndexOf(',');
}

/** Where `word` first stands as a whole word in `text`, or -1. */
function wordAt(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + word.length] ?? '')) return at;
  }
  return -1;
}

/** A name without its leading determiners or pronouns ("The US defense department" → "US defense department"), or null. */
function cleanName(raw: string, skip: Set<string>, reportNouns: Set<string>): string | null {
  const words = raw.replace(/[<>]/g, '').split(' ');
  // A sentence's stop after the name is not the name's ("… according to the World Bank."), an
  // abbreviation's dot is ("Corp.", "U.S.": abbreviations.txt and dotted initials).
  const last = words[words.length - 1]!;
  if (last.endsWith('.') && !isAbbreviation(last.slice(0, -1))) words[words.length - 1] = last.slice(0, -1);
  while (words.length && skip.has(words[0]!.toLowerCase())) words.shift();
  if (!words.length || !/^\p{Lu}/u.test(words[0]!)) return null;
  // A month, a weekday, a function word or a report's noun alone names no one ("February saw",
  // "As said", "Figures show"); an acronym is a name ("the US said", "the WHO said").
  const one = words.length === 1 && !/^(?:\p{Lu}\.?){2,}$/u.test(words[0]!) ? words[0]!.toLowerCase().replace(/\.$/, '') : null;
  if (one !== null && (one.length < 2 || isFunctionWord(one) || numberLexicon().calendarWords.has(one) || reportNouns.has(one))) return null;
  return words.join(' ');
}

/**
 * A source's identity and the name to show for it: "the Pentagon", "the U.S. Defense Department"
 * and "DoD" are one body (summary-source-aliases.tsv), shown as "Pentagon"; a name the table does
 * not hold is itself, in lower case, without a leading "the", dots or a possessive.
 */
export function sourceIdentity(name: string): { id: string; name: string } {
  const lex = lexicon();
  const key = name
    .replace(/^the\s+/i, '')
    .replace(/['’]s$/u, '')
    .replace(/\.(?=\p{L}|\s|$)/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  const canonical = lex.sourceAliases.get(key) ?? lex.sourceAliasesAnyCase.get(key.toLowerCase());
  return canonical ? { id: `=${canonical.toLowerCase()}`, name: canonical } : { id: companyKey(key.toLowerCase(), lex.legalForms), name };
}

/**
 * A company's name without its legal form and a place after it (summary-legal-forms.txt):
 * "montedison spa of italy" and "montedison" are one source, as are "acme corp" and "acme".
 */
function companyKey(key: string, legalForms: ReadonlySet<string>): string {
  const words = key.split(' ');
  const of = words.indexOf('of');
  if (of > 1 && legalForms.has(words[of - 1]!)) words.length = of;
  if (words.length > 1 && legalForms.has(words[words.length - 1]!)) words.length--;
  return words.join(' ');
}

/** Distinct sources, sorted, without a name that ends a longer one ("Rutte" beside "Mark Rutte"). */
export function distinctSources(names: Iterable<string>): string[] {
  const all = [...new Set(names)];
  return all.filter((n) => !all.some((o) => o !== n && o.endsWith(` ${n}`))).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
