/**
 * The numbers extractor's data (src/data/number-*.tsv|txt) as lookups and regexes generated from
 * it. Built once, on first use (importing has no side effects), then cached for the process.
 */
import { alternation, loadOrBuild, prefixAlternation, readList, readTable } from '../../lexicon.js';

export type HedgeKind = 'approximate' | 'min' | 'max';

export interface NumberLexicon {
  /** Cardinal words: "two" → 2, "dozen" → 12. */
  cardinals: ReadonlyMap<string, number>;
  /** Ordinal words: "sixth" → 6. */
  ordinals: ReadonlyMap<string, number>;
  /** Scale words and abbreviations: "million", "bn" → multiplier. */
  scales: ReadonlyMap<string, number>;
  /** Glued scale abbreviations that need a currency or a plural noun ("5m", "2b"). */
  ambiguousScales: ReadonlySet<string>;
  /** Glued scale abbreviations that count only as written and after two digits ("10G", not "5G"): lower → written. */
  codeScales: ReadonlyMap<string, string>;
  /** Scale words worth a dozen ("dozen", "dozens", "doz"): they multiply, but count nothing alone. */
  dozens: ReadonlySet<string>;
  /** Fraction denominators that are no ordinal: "half" → 2, "quarters" → 4. */
  denominators: ReadonlyMap<string, number>;
  /** Ordinals that are never a denominator on their own ("first", "second"). */
  notDenominators: ReadonlySet<string>;
  /** Sign words before a number ("minus", "negative"): word → always | bare. */
  signWords: ReadonlyMap<string, 'always' | 'bare'>;
  /** A phrase right before a sign word that cancels it ("plus or minus"), anchored at the end. */
  SIGN_CANCEL: RegExp;
  /** Denominators that are nouns too ("quarter"): a fraction only before "of" or a clause's end. */
  guardedDenominators: ReadonlySet<string>;
  /** A sign word right before a number, spaced or hyphenated ("minus 5", "minus-5"), anchored at the end. Group 1 = the word. */
  SIGN_BEFORE: RegExp;
  /** A hedge prefix and its hyphen right before the number ("sub-", "near-"); group 1 = the prefix. */
  HEDGE_PREFIX_BEFORE: RegExp;
  /** The gap of "X over Y", "X out of Y" between two bare numbers. */
  OVER_GAP: RegExp;
  /** The spoken decimal point between two number words ("point"). */
  POINT_GAP: RegExp;
  /** Words before "one point" that make "point" a noun ("at one point"). */
  pointBlockers: ReadonlySet<string>;
  /** A spoken fraction: number words (or "a") then a denominator ("two thirds", "one and a half", "a twenty-first"). */
  WORD_FRACTION: RegExp;
  /** A denominator word or a tens word anywhere ("half", "thirds", "twenty"): without one a text holds no spoken fraction. */
  FRACTION_GATE: RegExp;
  hedges: ReadonlyMap<string, HedgeKind>;
  /** Prefixes hyphenated to a number ("sub-7", "near-100%") and what they make it. */
  hedgePrefixes: ReadonlyMap<string, HedgeKind>;
  /** Words after "than" that name an earlier time ("previous", "ago", "last"): a comparison over time. */
  earlierWords: ReadonlySet<string>;
  /** Month names and abbreviations, lower case (number-date-words.txt). */
  months: ReadonlySet<string>;
  /** Hedges after a number or its unit ("or so", "or more", "-plus"): lower-case phrase → kind. */
  hedgesAfter: ReadonlyMap<string, HedgeKind>;
  /** Of those, the ones that can stand before the number's noun ("300 or more protesters"). */
  hedgesBeforeNoun: ReadonlySet<string>;
  /**
   * A hedge right after a number or its unit, anchored at the start: spaced ("or more", "and over")
   * or hyphenated ("-plus", "-odd"), ending at a word's end. Group 1 = a spaced phrase, 2 = a
   * hyphenated one.
   */
  HEDGE_AFTER: RegExp;
  /** Written unit → normalized unit, for units written after the number. */
  suffixUnits: ReadonlyMap<string, string>;
  /** The units suffixUnits normalizes to ("times", "pence", "barrel"). */
  unitNames: ReadonlySet<string>;
  /** Units of length as the extractor writes them ("m", "km", "ft", "mile"): number-power-units.tsv's lengths. */
  lengthUnits: ReadonlySet<string>;
  /** Units written only glued to the digits ("3x", "31C", "50p"): after a hyphen they are no unit ("1,663.3-x", a table's mark). */
  gluedOnly: ReadonlySet<string>;
  /** Every SI symbol of number-si-units.tsv (as the SI writes it) and its unit, bare or not: "t", "s", "A", "W". */
  siSymbols: ReadonlyMap<string, string>;
  /** Currency sign → normalized unit, for units written before the number. */
  prefixUnits: ReadonlyMap<string, string>;
  /** Currency signs as an ASCII transliteration writes them ("PS" for £, "Y=" for ¥), glued before an amount. */
  foldedUnits: ReadonlyMap<string, string>;
  /** Every normalized unit of the unit tables ("USD", "kW", "km", "percent"): units that measure. */
  tableUnits: ReadonlySet<string>;
  stopWords: ReadonlySet<string>;
  /** Articles, demonstratives and possessives ("the", "a", "its"): a participle before one is a verb ("73 raising the prospect"). */
  determiners: ReadonlySet<string>;
  /** Words before a bare "half" that make it a part, not 0.5 ("the latter half"): number-half-blockers.txt. */
  halfBlockers: ReadonlySet<string>;
  modifiers: ReadonlySet<string>;
  /**
   * Words used mostly as adjectives or adverbs, not nouns ("previous", "late"), with their part of
   * speech and whether WordNet knows them as a noun at all; and nouns in -er that only look like a
   * comparative ("foreigner", kind "noun"): number-adjectives.tsv.
   */
  adjectives: ReadonlyMap<string, { kind: 'adjective' | 'adverb' | 'noun'; neverNoun: boolean }>;
  /** Units of mass, volume and area a price is quoted per ("ounce", "tonne", "litre"): number-price-units.txt, from WordNet. */
  priceUnits: ReadonlySet<string>;
  pronounOneBefore: ReadonlySet<string>;
  pronounOneAfter: ReadonlySet<string>;
  /** Determiners two words before a pronoun "one" ("a compelling one"). */
  pronounOneDeterminers: ReadonlySet<string>;
  /** Words before "second" that make it the unit of time (number-second-time.tsv): always, unless a noun or an adjective follows, or that and only after a preposition. */
  secondTime: ReadonlyMap<string, SecondTime>;
  /** Plural nouns without an "s" ("people"). */
  irregularPlurals: ReadonlySet<string>;
  /** Nouns an ordinal makes a compound adjective with ("a third party bid"): number-ordinal-compounds.txt. */
  ordinalCompounds: ReadonlySet<string>;
  /** Verbs whose past is their base form ("cut", "hit"): date-tense-unchanged-past.txt. */
  unchangedPast: ReadonlySet<string>;
  /** Nouns of a position in an order: a change by them ends at a rank ("slipped two places to four"). */
  rankNouns: ReadonlySet<string>;
  /** Nouns of an occasion, which after an ordinal open a clause ("the first time prices fell"). */
  occasionNouns: ReadonlySet<string>;
  /** Verbs that total with "up to" ("added up to"): number-total-verbs.txt. */
  totalVerbs: ReadonlySet<string>;
  /** Verbs whose "up" raises their object to a level: "pushed prices up to $5" (number-raise-verbs.txt). */
  raiseVerbs: ReadonlySet<string>;
  /** Irregular verb forms that are no counted noun ("won", "fled"). */
  verbs: ReadonlySet<string>;
  /** Present -s forms of verbs that are never nouns (number-present-verbs.txt, from WordNet): "indicates", "exceeds". */
  presentVerbs: ReadonlySet<string>;
  /** Base forms of verbs used mostly as verbs ("remain", "want"): after a count above one, its verb (number-base-verbs.txt). */
  baseVerbs: ReadonlySet<string>;
  /** Names of peoples, lower case (quote-demonyms.txt): "chinese", "swiss", plurals too. */
  demonyms: ReadonlySet<string>;
  /** Verbs of saying in every form (quote-verbs.tsv): "added", "says". */
  speechVerbs: ReadonlySet<string>;
  /** Particles that go with a verb of motion before its amount: "fell back 10 pct" (number-change-particles.txt). */
  changeParticles: ReadonlySet<string>;
  /** Nouns whose number is a name, not a quantity ("the 90049 ZIP code"): number-identifier-nouns.txt. */
  identifierNouns: ReadonlySet<string>;
  /** Races named by a distance in metres ("hurdles", "freestyle"): number-race-events.txt. */
  raceEvents: ReadonlySet<string>;
  /** Nouns of a point on a scale, whose number is a value ("the 2400 level"): number-scale-point-nouns.txt. */
  levelNouns: ReadonlySet<string>;
  /** Measure names before a number that are its unit ("magnitude", "category"). */
  measureNames: ReadonlySet<string>;
  /** Units a figure is often converted between in brackets (summary-unit-conversions.tsv, both columns; temperatures). */
  convertible: ReadonlySet<string>;
  /** Words before "about" that make it "on the subject of" ("spoke", "worried"). */
  aboutVerbs: ReadonlySet<string>;
  /** Duration nouns after "over" (no bound), and the cues before/after that keep the bound. */
  durationNouns: ReadonlySet<string>;
  overBoundBefore: ReadonlySet<string>;
  overBoundAfter: ReadonlySet<string>;
  /** Words before/after "N-N" that make it a score. */
  scoreBefore: ReadonlySet<string>;
  scoreAfter: ReadonlySet<string>;
  /** Elliptical counts: lead words, adverbs, verbs, and the pronouns of "N of them". */
  elidedLead: ReadonlySet<string>;
  elidedAdverbs: ReadonlySet<string>;
  elidedVerbs: ReadonlySet<string>;
  /** What befell counted people, by word (summary-event-words.tsv: "dead" → killed, "wounded" → injured). */
  stateEvents: ReadonlyMap<string, string>;
  elidedOf: ReadonlySet<string>;
  /** "N more", "N others" (the word after) and "another N" (the word before): a count of the noun counted before. */
  elidedMore: ReadonlySet<string>;
  elidedOthers: ReadonlySet<string>;
  elidedAnother: ReadonlySet<string>;
  /** Capitalised words that may open a sentence before a count without being a name. */
  leadWords: ReadonlySet<string>;
  /** Spelled-out cardinals: "one hundred and twenty", "a dozen", "ten thousand". */
  WORD_NUMBER: RegExp;
  /**
   * A vague magnitude: a plural scale word ("dozens", "thousands"), after "tens of" or "hundreds
   * of" when there. Group 1 = the outer plural, group 2 = the inner one.
   */
  VAGUE_NUMBER: RegExp;
  /** The value of one of a plural scale word: "tens" → 10, "thousands" → 1000, "dozens" → 12. */
  vagueValues: ReadonlyMap<string, number>;
  /** Spelled-out ordinals: "sixth", "twenty-first". */
  WORD_ORDINAL: RegExp;
  /**
   * A scale right after digits: " million", "bn", " bn", and in a hyphened compound "-million"
   * ("a $5-million deal") or an abbreviation before another hyphen ("a 350-mln-dlr loan"). Group 1
   * = a scale word, group 2 = a glued or spaced abbreviation, group 3 = a hyphened abbreviation.
   */
  SCALE_AFTER: RegExp;
  /** A scale's abbreviation of two letters or more after a spelled-out number: "one mln", "four bln". */
  ABBREVIATED_SCALE_AFTER: RegExp;
  /** A unit right after the number: "km", " per cent", "%", "31C". Group 1 or 2 = the unit as written. */
  UNIT_AFTER: RegExp;
  /** A change verb before "X to Y" ("fell 4% to", "rose from"), anchored at the end. */
  CHANGE_BEFORE: RegExp;
  /**
   * A change word right before the number ("rose", "cut", "fell by", "up", "down from"), anchored at
   * the end. Group 1 = the word, group 2 = "by" or "from" when there.
   */
  CHANGE_WORD_BEFORE: RegExp;
  /** A change verb, up to three words of object, and "by" before the number ("grow sales by 35%"). Group 1 = the verb. */
  CHANGE_VERB_BY: RegExp;
  /** "by" and words that frame the amount, anchored at the end: "by an average of", "by a further" (number-changes.tsv, filler). */
  BY_FILLER: RegExp;
  /** "another" or "a" and a filler word, anchored at the end: "rose another", "cut a further" (number-changes.tsv, filler). */
  MORE_FILLER: RegExp;
  /** A negation within three words before a bound ("not expected to fall below"), anchored at the end. Group 1 = the words between. */
  NEGATION_BEFORE: RegExp;
  /** Month and weekday names, lower case: a capitalised one ends the search for a counted noun ("six Friday"). */
  calendarWords: ReadonlySet<string>;
  /** A money word up to three words before a number, anchored at the end: "paid", "worth", "a deficit of". */
  MONEY_BEFORE: RegExp;
  /** A market's price verb, up to three words, then "at" right before the number ("closed at", "traded in Milan at"): number-price-verbs.txt. */
  PRICE_AT_BEFORE: RegExp;
  /** Between a change's amount and its new level: "to", a price verb's base form, "at" ("fell 13 marks to close at 292"): number-price-verb-bases.txt. */
  TO_PRICE_GAP: RegExp;
  /** Currency nouns several countries use ("crowns"), each with its cue regex (global: read with matchAll), the codes by cue (lower case) and the cues of currencies the euro replaced. */
  currencyCues: ReadonlyMap<string, { CUE: RegExp; codes: ReadonlyMap<string, string>; old: ReadonlySet<string> }>;
  /** The codes of the currencies named "dollar" (number-currencies.tsv: "Canadian dollar" CAD, "US dollar" USD). */
  dollarCodes: ReadonlySet<string>;
  /** A verb of crossing a threshold before the number ("passed the", "tops"): number-milestone-before.tsv. */
  MILESTONE_VERB_BEFORE: RegExp;
  /** A preposition of crossing a threshold before the number ("above", "past the"): number-milestone-before.tsv. */
  MILESTONE_PREPOSITION_BEFORE: RegExp;
  /** A verb of paying right before the number (up to three words on): number-spend-verbs.txt. */
  SPEND_BEFORE: RegExp;
  /** number-money-words.txt as words: a counted noun that is one ("a 2.6 billion deficit") names no thing counted. */
  moneyWords: ReadonlySet<string>;
  /** number-results-labels.txt: words of the labels that open a line of a results table ("Revs", "Oper net"). */
  resultsLabels: ReadonlySet<string>;
  /** A money word and "of" right before the number ("a budget of", "revenue of"): number-money-words.txt. */
  MONEY_OF_BEFORE: RegExp;
  /**
   * Nouns for people, singular and plural: the hand list (number-person-nouns.txt: "wife", "mum")
   * and WordNet's (number-people-nouns.txt: "prince", "pensioners"). A person before an age in
   * commas ("the prince, 20, said"), or before "over" or "under" and one ("children under five").
   */
  personNouns: ReadonlySet<string>;
  /** Units that take no rate after them ("5% a year" is a share of a year's figure). */
  notRates: ReadonlySet<string>;
  /** Words after "a/per NOUN" that make it no rate ("a week ago", "a year earlier"). */
  rateBlockers: ReadonlySet<string>;
  /** Words that may follow "a NOUN" of a rate ("$70 a barrel in London"). */
  rateFollowers: ReadonlySet<string>;
  /** Verbs that own a following "up"/"down" ("gave up 517 yards"). */
  particleVerbs: ReadonlySet<string>;
  /**
   * A house number (or a range of them) and its street: "10 Downing Street", "9 E 71st St", "22
   * avenue Foch", "16-18 Industrial Avenue". Global;
   * group 1 = the lower-case word after an English street (a count: "300 Wall Street bankers").
   */
  ADDRESS: RegExp;
  /** A change noun and "of" before the number ("an increase of 5%"). Group 1 = the noun. */
  CHANGE_NOUN_OF: RegExp;
  /** Change words by kind (verb, motion, result, adverb, copula, noun, after, comparative, threshold), lower case → direction (up, down, or null). */
  changes: ReadonlyMap<string, ReadonlyMap<string, 'up' | 'down' | null>>;
  /** A measure name right before the number ("magnitude 6.1", "magnitude-5.8", "Category 3"). Group 1 = name. */
  MEASURE_BEFORE: RegExp;
  /** A currency sign right before the number (anchored at the end of the text before). */
  CURRENCY_BEFORE: RegExp;
  FOLDED_BEFORE: RegExp;
  /** A hedge or bound phrase right before the number (anchored at the end). Group 1 = phrase. */
  HEDGE_BEFORE: RegExp;
  /** A month name right before the number ("Oct. 30", "October 27 or 28"). */
  MONTH_BEFORE: RegExp;
  /** A clock-time word right after the number ("10 a.m.", "9pm"). */
  TIME_AFTER: RegExp;
  /** A hyphen and a time unit right after the number ("10-year", "15-day": date-unit-nouns.txt): a term, even after a month ("the June 10-year bond"). */
  TERM_AFTER: RegExp;
  /** A month name right after the number ("28 October", "30th of October"). */
  MONTH_AFTER: RegExp;
}

let cached: NumberLexicon | null = null;

const toMap = (rows: Record<string, string>[], key: string, value: string) =>
  new Map(rows.map((r) => [r[key]!.toLowerCase(), Number(r[value])]));

const checkNumber = (col: string) => (row: Record<string, string>) =>
  Number.isFinite(Number(row[col])) && row[col] !== '' ? null : `"${row[col]}" is not a number`;

/** An ISO 4217 currency code, the unit of every amount of money ("USD", "ILS"): how a currency is written as a unit. */
export const ISO_CODE = /^[A-Z]{3}$/;

/** When a word before "second" makes it the unit of time (number-second-time.tsv). */
export type SecondTime = 'always' | 'unless-noun' | 'after-preposition';

/** The numbers lexicon, loaded and compiled on first call. */
export function numberLexicon(): NumberLexicon {
  return (cached ??= loadOrBuild('numbers', buildNumberLexicon));
}

function buildNumberLexicon(): NumberLexicon {
  const cardinals = toMap(readTable('number-words.tsv', ['word', 'value'], checkNumber('value')), 'word', 'value');
  const ordinals = toMap(readTable('number-ordinals.tsv', ['word', 'value'], checkNumber('value')), 'word', 'value');
  const scaleRows = readTable('number-scales.tsv', ['scale', 'value', 'form', 'ambiguous'], (r) =>
    checkNumber('value')(r) ??
    (['word', 'suffix'].includes(r.form!) ? null : `form "${r.form}" is not word|suffix`) ??
    (['yes', 'no', 'code'].includes(r.ambiguous!) ? null : `ambiguous "${r.ambiguous}" is not yes|no|code`),
  );
  const fractionRows = readTable('number-fractions.tsv', ['word', 'value', 'kind'], (r) =>
    checkNumber('value')(r) ?? (['denominator', 'guarded', 'not'].includes(r.kind!) ? null : `kind "${r.kind}" is not denominator|guarded|not`),
  );
  const signRows = readTable('number-signs.tsv', ['word', 'use'], (r) =>
    ['always', 'bare', 'cancel'].includes(r.use!) ? null : `use "${r.use}" is not always|bare|cancel`,
  );
  const spokenRows = readTable('number-spoken-forms.tsv', ['word', 'role'], (r) =>
    ['point', 'over', 'blocker'].includes(r.role!) ? null : `role "${r.role}" is not point|over|blocker`,
  );
  const spoken = (role: string) => spokenRows.filter((r) => r.role === role).map((r) => r.word!);
  const scales = toMap(scaleRows, 'scale', 'value');
  const wordScales = scaleRows.filter((r) => r.form === 'word').map((r) => r.scale!);
  const suffixScales = scaleRows.filter((r) => r.form === 'suffix').map((r) => r.scale!);
  /** Scale abbreviations no unit shares ("mln", "bln"; not "m", "k"): hyphened inside a compound ("a 350-mln-dlr loan"). */
  const abbreviatedScales = scaleRows.filter((r) => r.form === 'suffix' && r.ambiguous === 'no' && r.scale!.length > 1).map((r) => r.scale!);
  const hedgePrefixRows = readTable('number-hedge-prefixes.tsv', ['prefix', 'kind'], (r) =>
    ['approximate', 'min', 'max'].includes(r.kind!) ? null : `kind "${r.kind}" is not approximate|min|max`,
  );
  const hedgeRows = readTable('number-hedges.tsv', ['phrase', 'kind'], (r) =>
    ['approximate', 'min', 'max'].includes(r.kind!) ? null : `kind "${r.kind}" is not approximate|min|max`,
  );
  const hedgeAfterRows = readTable('number-hedges-after.tsv', ['phrase', 'kind', 'joint', 'noun'], (r) =>
    !['approximate', 'min', 'max'].includes(r.kind!)
      ? `kind "${r.kind}" is not approximate|min|max`
      : !['space', 'hyphen'].includes(r.joint!)
        ? `joint "${r.joint}" is not space|hyphen`
        : ['yes', 'no'].includes(r.noun!)
          ? null
          : `noun "${r.noun}" is not yes|no`,
  );
  const unitRows = readTable('number-units.tsv', ['written', 'unit', 'position'], (r) =>
    ['prefix', 'suffix', 'glued', 'folded'].includes(r.position!) ? null : `position "${r.position}" is not prefix|suffix|glued|folded`,
  );
  const currencies = currencyRows();
  const generated = [...currencyUnitRows(currencies), ...siUnitRows(), ...powerUnitRows()];
  const written = new Set(unitRows.map((r) => `${r.position}\t${r.written}`));
  // The hand table wins over a generated row for the same form in the same position.
  const allRows = [...unitRows, ...generated.filter((r) => !written.has(`${r.position}\t${r.written}`))];
  const suffixRows = allRows.filter((r) => r.position === 'suffix');
  const gluedRows = allRows.filter((r) => r.position === 'glued');
  const suffixUnits = new Map([...suffixRows, ...gluedRows].map((r) => [r.written!, r.unit!]));
  const prefixRows = allRows.filter((r) => r.position === 'prefix');
  const foldedRows = allRows.filter((r) => r.position === 'folded');
  const changeRows = readTable('number-changes.tsv', ['word', 'direction', 'kind'], (r) =>
    (['up', 'down', '-'].includes(r.direction!) ? null : `direction "${r.direction}" is not up|down|-`) ??
    (['verb', 'motion', 'result', 'adverb', 'copula', 'noun', 'after', 'comparative', 'threshold', 'filler'].includes(r.kind!) ? null : `kind "${r.kind}" is not verb|motion|result|adverb|copula|noun|after|comparative|threshold|filler`),
  );
  const streetRows = readTable('number-street-types.tsv', ['word', 'position'], (r) =>
    ['after', 'before'].includes(r.position!) ? null : `position "${r.position}" is not after|before`,
  );
  const streetAfter = streetRows.filter((r) => r.position === 'after').map((r) => r.word!);
  const streetBefore = streetRows.filter((r) => r.position === 'before').map((r) => r.word!);
  const rateRows = readTable('number-rates.tsv', ['word', 'role'], (r) =>
    ['unit', 'blocker', 'follow'].includes(r.role!) ? null : `role "${r.role}" is not unit|blocker|follow`,
  );
  const changeWords = (...kinds: string[]) => changeRows.filter((r) => kinds.includes(r.kind!)).map((r) => r.word!);
  const oneRows = readTable('number-pronoun-one.tsv', ['word', 'side'], (r) =>
    ['before', 'after', 'determiner'].includes(r.side!) ? null : `side "${r.side}" is not before|after|determiner`,
  );
  const lowerSet = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const sided = (name: string, sides: readonly string[]) => {
    const rows = readTable(name, ['word', 'side'], (r) =>
      sides.includes(r.side!) ? null : `side "${r.side}" is not ${sides.join('|')}`,
    );
    return (side: string) => lowerSet(rows.filter((r) => r.side === side).map((r) => r.word!));
  };
  const durations = sided('number-durations.tsv', ['noun', 'before', 'after']);
  const scores = sided('number-scores.tsv', ['before', 'after']);
  const elided = sided('number-elided.tsv', ['lead', 'adverb', 'verb', 'of', 'more', 'others', 'another']);
  const verbs = readList('number-verbs.txt');
  const measureNames = readList('number-measure-names.txt');
  const months = readList('number-date-words.txt');
  const monthAlt = alternation(months.map((m) => m[0]!.toUpperCase() + m.slice(1)));

  const numberWords = alternation([...cardinals.keys(), ...wordScales]);
  const tens = [...cardinals].filter(([, v]) => v >= 20 && v < 100).map(([w]) => w);
  const denominatorRows = fractionRows.filter((r) => r.kind !== 'not');
  const notDenominators = lowerSet(fractionRows.filter((r) => r.kind === 'not').map((r) => r.word!));
  // Ordinals as denominators, singular and plural ("fifth", "fifths"); "first"/"second" only after tens.
  const ordinalWords = [...ordinals.keys()];
  const lone = ordinalWords.filter((w) => !notDenominators.has(w));
  const denomAlt = alternation([...lone.flatMap((w) => [w, `${w}s`]), ...denominatorRows.map((r) => r.word!)]);
  const tensOrdinalAlt = `(?:${alternation(tens)})(?:\\s{1,3}|\\s{0,2}[-‑]\\s{0,2})(?:${alternation(ordinalWords.filter((w) => (ordinals.get(w) ?? 0) < 10).flatMap((w) => [w, `${w}s`]))})`;
  // Plural scale words name a vague magnitude ("thousands of" is 1,000 to 10,000): the scales
  // spelled out, in the plural, and "tens" (the cardinal ten's plural).
  const vagueValues = new Map<string, number>([['tens', 10]]);
  for (const r of scaleRows) if (r.form === 'word') vagueValues.set(/s$/i.test(r.scale!) ? r.scale!.toLowerCase() : `${r.scale!.toLowerCase()}s`, Number(r.value));
  for (const w of ['doz', 'dozs']) vagueValues.delete(w);
  const vagueAlt = alternation([...vagueValues.keys()]);
  const numberSep = `(?:\\s{1,3}and\\s{1,3}|[-‑]and[-‑]|\\s{0,3}[-‑]\\s{0,3}|\\s{1,3})`;
  return {
    cardinals,
    ordinals,
    scales,
    ambiguousScales: lowerSet(scaleRows.filter((r) => r.ambiguous === 'yes').map((r) => r.scale!)),
    codeScales: new Map(scaleRows.filter((r) => r.ambiguous === 'code').map((r) => [r.scale!.toLowerCase(), r.scale!])),
    dozens: lowerSet(scaleRows.filter((r) => Number(r.value) === 12).map((r) => r.scale!)),
    denominators: toMap(denominatorRows, 'word', 'value'),
    guardedDenominators: lowerSet(fractionRows.filter((r) => r.kind === 'guarded').map((r) => r.word!)),
    notDenominators,
    signWords: new Map(signRows.filter((r) => r.use !== 'cancel').map((r) => [r.word!.toLowerCase(), r.use as 'always' | 'bare'])),
    SIGN_CANCEL: new RegExp(`(?<![\\p{L}])(?:${alternation(signRows.filter((r) => r.use === 'cancel').map((r) => r.word!))})\\s{1,3}$`, 'iu'),
    POINT_GAP: new RegExp(`^\\s{1,3}(?:${alternation(spoken('point'))})\\s{1,3}$`, 'iu'),
    OVER_GAP: new RegExp(`^\\s{1,3}(?:${alternation(spoken('over'))})\\s{1,3}$`, 'iu'),
    pointBlockers: lowerSet(spoken('blocker')),
    SIGN_BEFORE: new RegExp(`(?<![\\p{L}])(${alternation(signRows.filter((r) => r.use !== 'cancel').map((r) => r.word!))})(?:\\s{1,3}|[-‑])$`, 'iu'),
    // Up to 12 words before the denominator, number words joined by a space, a hyphen or "and",
    // "a"/"an" first or right after a number word ("a half", "one and a half"): the words and the
    // joins are disjoint classes, so the match stays linear, and a run of "a a a …" is one try at
    // each "a", not twelve.
    FRACTION_GATE: new RegExp(`(?<![\\p{L}])(?:${denomAlt}|${alternation(tens)})`, 'iu'),
    WORD_FRACTION: new RegExp(
      `(?<![\\p{L}\\p{N}-])(?:an?${numberSep}(?:(?:${numberWords})${numberSep}(?:an?${numberSep})?){0,11}|(?:(?:${numberWords})${numberSep}(?:an?${numberSep})?){1,12})(?:${tensOrdinalAlt}|${denomAlt})(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    hedges: new Map(hedgeRows.map((r) => [r.phrase!.toLowerCase(), r.kind as HedgeKind])),
    hedgePrefixes: new Map(hedgePrefixRows.map((r) => [r.prefix!.toLowerCase(), r.kind as HedgeKind])),
    earlierWords: new Set(readList('number-earlier-words.txt').map((w) => w.toLowerCase())),
    months: new Set(months.map((w) => w.toLowerCase())),
    hedgesAfter: new Map(hedgeAfterRows.map((r) => [r.phrase!.toLowerCase(), r.kind as HedgeKind])),
    hedgesBeforeNoun: new Set(hedgeAfterRows.filter((r) => r.noun === 'yes').map((r) => r.phrase!.toLowerCase())),
    HEDGE_AFTER: new RegExp(
      `^(?:\\s{1,3}(${alternation(hedgeAfterRows.filter((r) => r.joint === 'space').map((r) => r.phrase!)).replace(/\\s/g, '\\s{1,3}')})|[-‑](${alternation(hedgeAfterRows.filter((r) => r.joint === 'hyphen').map((r) => r.phrase!))}))(?![\\p{L}\\p{N}-])`,
      'iu',
    ),
    HEDGE_PREFIX_BEFORE: new RegExp(`(?<![\\p{L}])(${alternation(hedgePrefixRows.map((r) => r.prefix!))})[-‑]$`, 'iu'),
    suffixUnits,
    unitNames: new Set(suffixUnits.values()),
    lengthUnits: lengthUnits(suffixUnits),
    gluedOnly: new Set(gluedRows.map((r) => r.written!).filter((w) => !suffixRows.some((r) => r.written === w))),
    siSymbols: new Map(readTable('number-si-units.tsv', ['symbol', 'unit']).map((r) => [r.symbol!, r.unit!])),
    prefixUnits: new Map(prefixRows.map((r) => [r.written!, r.unit!])),
    foldedUnits: new Map(foldedRows.map((r) => [r.written!, r.unit!])),
    tableUnits: new Set(allRows.map((r) => r.unit!)),
    stopWords: lowerSet([...readList('number-stop-words.txt'), ...verbs]),
    determiners: lowerSet(['a', 'an', ...readList('date-determiners.txt')]),
    halfBlockers: lowerSet(readList('number-half-blockers.txt')),
    modifiers: lowerSet(readList('number-modifiers.txt')),
    priceUnits: lowerSet(readList('number-price-units.txt')),
    adjectives: new Map(readTable('number-adjectives.tsv', ['word', 'pos', 'noun']).map((r) => [r.word!, { kind: r.pos as 'adjective' | 'adverb' | 'noun', neverNoun: r.noun === 'never' }])),
    pronounOneBefore: lowerSet(oneRows.filter((r) => r.side === 'before').map((r) => r.word!)),
    pronounOneAfter: lowerSet(oneRows.filter((r) => r.side === 'after').map((r) => r.word!)),
    pronounOneDeterminers: lowerSet(oneRows.filter((r) => r.side === 'determiner').map((r) => r.word!)),
    secondTime: new Map(
      readTable('number-second-time.tsv', ['word', 'when'], (r) =>
        ['always', 'unless-noun', 'after-preposition'].includes(r.when!) ? null : `when "${r.when}" is not always|unless-noun|after-preposition`,
      ).map((r) => [r.word!.toLowerCase(), r.when as SecondTime]),
    ),
    irregularPlurals: lowerSet(readList('number-plural-nouns.txt')),
    occasionNouns: lowerSet(readList('number-occasion-nouns.txt')),
    rankNouns: lowerSet(readList('number-rank-nouns.txt')),
    ordinalCompounds: lowerSet(readList('number-ordinal-compounds.txt')),
    unchangedPast: lowerSet(readList('date-tense-unchanged-past.txt')),
    totalVerbs: lowerSet(readList('number-total-verbs.txt')),
    raiseVerbs: lowerSet(readList('number-raise-verbs.txt')),
    verbs: lowerSet(verbs),
    presentVerbs: lowerSet(readList('number-present-verbs.txt')),
    baseVerbs: lowerSet(readList('number-base-verbs.txt')),
    demonyms: lowerSet(readList('quote-demonyms.txt')),
    changeParticles: lowerSet(readList('number-change-particles.txt')),
    speechVerbs: lowerSet(readTable('quote-verbs.tsv', ['lemma', 'past', 'present']).flatMap((r) => [r.lemma!, r.past!, r.present!])),
    measureNames: lowerSet(measureNames),
    convertible: lowerSet([...readTable('summary-unit-conversions.tsv', ['unit', 'metric', 'factor']).flatMap((r) => [r.unit!, r.metric!]), 'celsius', 'fahrenheit', 'degrees', 'degree']),
    identifierNouns: lowerSet(readList('number-identifier-nouns.txt')),
    levelNouns: lowerSet(readList('number-scale-point-nouns.txt')),
    raceEvents: lowerSet(readList('number-race-events.txt')),
    aboutVerbs: lowerSet(readList('number-about-verbs.txt')),
    durationNouns: durations('noun'),
    overBoundBefore: durations('before'),
    overBoundAfter: durations('after'),
    scoreBefore: scores('before'),
    scoreAfter: scores('after'),
    elidedLead: elided('lead'),
    elidedAdverbs: elided('adverb'),
    elidedVerbs: elided('verb'),
    stateEvents: new Map(readTable('summary-event-words.tsv', ['word', 'event']).map((r) => [r.word!.toLowerCase(), r.event!])),
    elidedOf: elided('of'),
    elidedMore: elided('more'),
    elidedOthers: elided('others'),
    elidedAnother: elided('another'),
    leadWords: lowerSet(readList('number-lead-words.txt')),
    // Words joined by a space, a hyphen or " and "; at most 8 joins keeps it linear and bounded.
    WORD_NUMBER: new RegExp(
      `(?<![\\p{L}\\p{N}-])(?:an?\\s)?(?:${numberWords})(?:(?:\\s{1,3}|\\s{0,2}[-‑]\\s{0,2}|\\s{1,3}and\\s{1,3})(?:${numberWords})){0,8}(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    VAGUE_NUMBER: new RegExp(`(?<![\\p{L}\\p{N}-])(?:(${vagueAlt})\\s{1,3}of\\s{1,3})?(${vagueAlt})(?![\\p{L}\\p{N}])`, 'giu'),
    vagueValues,
    WORD_ORDINAL: new RegExp(
      `(?<![\\p{L}\\p{N}-])(?:(?:${alternation(tens)})-)?(?:${alternation([...ordinals.keys()])})(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    ABBREVIATED_SCALE_AFTER: new RegExp(
      `^\\s{1,2}(${alternation(abbreviatedScales)})(?![\\p{L}\\p{N}])`,
      'iu',
    ),
    // (Spaced after a hyphened abbreviation, "a 500-mln dlr fund", only one no unit shares: not
    // "mil", "mn" minutes or "tn" tonnes, "a 40-tn truck".)
    SCALE_AFTER: new RegExp(
      `^(?:(?:\\s{1,2}|[-‑](?=\\p{L}))(${alternation(wordScales)})|\\s?(${alternation(suffixScales)})|[-‑](${alternation(abbreviatedScales)})(?=[-‑]\\p{L})|[-‑](${alternation(abbreviatedScales.filter((x) => !['mil', 'mn', 'tn'].includes(x)))})(?=\\s{1,2}\\p{Ll}))(?![\\p{L}\\p{N}])`,
      'iu',
    ),
    // Glued-only units ("31C") must not run into a code ("4F-2"): no letter, digit or hyphen after.
    UNIT_AFTER: new RegExp(
      `^(?:\\s{0,2}(${prefixAlternation(suffixRows.map((r) => r.written!))})(?![\\p{L}\\p{N}])|(${prefixAlternation(gluedRows.map((r) => r.written!))})(?![\\p{L}\\p{N}\\-‑]))`,
      'u',
    ),
    CHANGE_BEFORE: new RegExp(`(?<![\\p{L}])(?:${alternation(changeWords('verb', 'motion', 'result', 'adverb'))})(?:\\s{1,3}(?:by|from))?\\s{1,3}$`, 'iu'),
    // Not hyphened to the word before: "a one-off £200 refund", "written-off 657 mln" are compounds.
    CHANGE_WORD_BEFORE: new RegExp(`(?<![\\p{L}\\-‑])(${alternation(changeWords('verb', 'motion', 'result', 'adverb'))})(?:\\s{1,3}(by|from))?\\s{1,3}$`, 'iu'),
    BY_FILLER: new RegExp(`(?<![\\p{L}])by\\s{1,3}(?:an?\\s{1,3})?(?:${alternation(changeWords('filler'))})(?:\\s{1,3}of)?\\s{1,3}$`, 'iu'),
    MORE_FILLER: new RegExp(`(?<![\\p{L}])(?:another|an?\\s{1,3}(?:${alternation(changeWords('filler'))}))\\s{1,3}$`, 'iu'),
    CHANGE_VERB_BY: new RegExp(`(?<![\\p{L}])(${alternation(changeWords('verb', 'motion', 'result'))})(?:\\s{1,3}(?:[\\p{L}'’-]{1,20}|\\p{N}(?:[\\p{N},.]{0,14}\\p{N})?(?:[-‑]\\p{L}{1,12})?)){1,9}\\s{1,3}by\\s{1,3}$`, 'iu'),
    particleVerbs: lowerSet(readList('number-particle-verbs.txt')),
    NEGATION_BEFORE: new RegExp(
      `(?:(?<![\\p{L}])(?:${alternation(readList('number-negations.txt').filter((w) => !/^n['’]t$/.test(w)))})|\\p{L}n['’]t)((?:\\s{1,3}[\\p{L}'’-]{1,20}){0,3})\\s{1,3}$`,
      'iu',
    ),
    calendarWords: lowerSet([...months, ...readTable('date-weekdays.tsv', ['name', 'day']).map((r) => r.name!)]),
    currencyCues: currencyCueTable(),
    dollarCodes: new Set(currencies.filter((r) => r.name!.split(' ').pop() === 'dollar').map((r) => r.code!)),
    PRICE_AT_BEFORE: new RegExp(`(?<![\\p{L}])(?:${alternation(readList('number-price-verbs.txt'))})(?:\\s{1,3}[\\p{L}'’-]{1,20}){0,3}\\s{1,3}at\\s{1,3}$`, 'iu'),
    TO_PRICE_GAP: new RegExp(`^\\s{0,2}to\\s{1,2}(?:${alternation(readList('number-price-verb-bases.txt'))})\\s{1,2}at\\s{0,2}$`, 'iu'),
    MONEY_BEFORE: new RegExp(`(?<![\\p{L}])(?:${alternation(readList('number-money-words.txt'))})(?:\\s{1,3}[\\p{L}'’-]{1,20}){0,3}\\s{1,3}$`, 'iu'),
    MILESTONE_VERB_BEFORE: milestoneBefore('verb'),
    MILESTONE_PREPOSITION_BEFORE: milestoneBefore('preposition'),
    // (Not the totals that count goods as often as money: "car sales of 7.3 mln" after "8.3 mln units".)
    moneyWords: lowerSet(readList('number-money-words.txt')),
    resultsLabels: lowerSet(readList('number-results-labels.txt')),
    MONEY_OF_BEFORE: new RegExp(`(?<![\\p{L}])(?:${alternation(readList('number-money-words.txt').filter((w) => !VOLUME_WORDS.has(w)))})\\s{1,3}of\\s{1,3}(?:about\\s{1,3}|some\\s{1,3}|nearly\\s{1,3})?$`, 'iu'),
    SPEND_BEFORE: new RegExp(`(?<![\\p{L}])(?:${alternation(readList('number-spend-verbs.txt'))})(?:\\s{1,3}[\\p{L}'’-]{1,20}){0,3}\\s{1,3}$`, 'iu'),
    personNouns: lowerSet([...readList('number-person-nouns.txt'), ...readList('number-people-nouns.txt')]),
    notRates: new Set(rateRows.filter((r) => r.role === 'unit').map((r) => r.word!)),
    rateBlockers: lowerSet(rateRows.filter((r) => r.role === 'blocker').map((r) => r.word!)),
    rateFollowers: lowerSet(rateRows.filter((r) => r.role === 'follow').map((r) => r.word!)),
    ADDRESS: new RegExp(
      `(?<![\\p{L}\\p{N},.$£€\\-–])\\d{1,5}(?:[-–]\\d{1,5})?[A-Za-z]?,?\\s(?:` +
        `(?:(?:[NSEW]\\.?|North|South|East|West)\\s)?(?:(?:\\d{1,3}(?:st|nd|rd|th)|\\p{Lu}[\\p{L}'’-]{0,20})\\s){1,3}(?:${alternation(streetAfter)})\\.?(?![\\p{L}])(?:\\s(\\p{Ll}+))?` +
        `|(?:${alternation(streetBefore.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]))})\\s(?:d[eu]\\s|de\\sla\\s|del\\s|della\\s|d['’])?\\p{Lu})`,
      'gu',
    ),
    CHANGE_NOUN_OF: new RegExp(`(?<![\\p{L}])(${alternation(changeWords('noun'))})s?\\s{1,3}of\\s{1,3}$`, 'iu'),
    changes: new Map(['verb', 'motion', 'result', 'adverb', 'copula', 'noun', 'after', 'comparative', 'threshold'].map((k) => [k, new Map(changeRows.filter((r) => r.kind === k).map((r) => [r.word!.toLowerCase(), r.direction === '-' ? null : (r.direction as 'up' | 'down')]))])),
    MEASURE_BEFORE: new RegExp(`(?<![\\p{L}])(${alternation(measureNames)})(?:\\s{1,2}|[-‑])$`, 'iu'),
    CURRENCY_BEFORE: new RegExp(`(?<![\\p{L}])(?:${alternation(prefixRows.map((r) => r.written!))})\\s?$`, 'u'),
    FOLDED_BEFORE: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(foldedRows.map((r) => r.written!))})$`, 'u'),
    // A phrase's words may be hyphenated as an adjective ("the more-than 11 million documents").
    HEDGE_BEFORE: new RegExp(`(?<![\\p{L}])(${alternation(hedgeRows.map((r) => r.phrase!)).replace(/\\s/g, '[\\s-]')})\\s{1,3}$`, 'iu'),
    MONTH_BEFORE: new RegExp(
      `(?<![\\p{L}])(?:${monthAlt})\\.?,?\\s{1,2}(?:\\d{1,2}(?:st|nd|rd|th)?\\s{0,2}(?:or|and|to|-|–)\\s{0,2})?$`,
      'u',
    ),
    TIME_AFTER: new RegExp(`^\\s?(?:${alternation(readList('number-time-words.txt'))})(?![\\p{L}])`, 'u'),
    TERM_AFTER: new RegExp(`^[-‑](?:${alternation(readList('date-unit-nouns.txt'))})(?![\\p{L}])`, 'iu'),
    MONTH_AFTER: new RegExp(`^(?:st|nd|rd|th)?\\s{1,2}(?:of\\s{1,2})?(?:${monthAlt})(?![\\p{L}])`, 'u'),
  };
}

/** Money words that name volumes of goods as often: "sales", "exports", "imports", "turnover". */
const VOLUME_WORDS = new Set(['sales', 'exports', 'imports', 'turnover']);

/** The words of number-milestone-before.tsv of one kind, then "the", right before the number. */
function milestoneBefore(kind: 'verb' | 'preposition'): RegExp {
  const rows = readTable('number-milestone-before.tsv', ['word', 'kind'], (r) => (['verb', 'preposition'].includes(r.kind!) ? null : `kind "${r.kind}" is not verb|preposition`));
  return new RegExp(`(?<![\\p{L}])(?:${alternation(rows.filter((r) => r.kind === kind).map((r) => r.word!))})\\s{1,3}(?:the\\s{1,3})?$`, 'iu');
}

type UnitRow = { written: string; unit: string; position: 'prefix' | 'suffix' | 'glued' };

/** number-currencies.tsv (ISO 4217), checked: a code of three capitals, "alone" and "word" yes or no. */
function currencyRows(): Record<string, string>[] {
  const yesNo = (col: string) => (r: Record<string, string>) => (['yes', 'no'].includes(r[col]!) ? null : `${col} "${r[col]}" is not yes|no`);
  return readTable('number-currencies.tsv', ['code', 'name', 'plural', 'alone', 'word'], (r) =>
    (/^[A-Z]{3}$/.test(r.code!) ? null : `code "${r.code}" is not three capital letters`) ?? yesNo('alone')(r) ?? yesNo('word')(r),
  );
}

/**
 * Currency rows from number-currencies.tsv (ISO 4217): the code before or after the number, the
 * name and its plural after it, and the name's last word alone where it names one currency.
 */
function currencyUnitRows(rows: readonly Record<string, string>[]): UnitRow[] {
  const abbreviations = readTable('number-currency-abbreviations.tsv', ['word', 'abbreviation']);
  const out: UnitRow[] = [];
  for (const r of rows) {
    const unit = r.code!;
    if (r.word === 'no') out.push({ written: unit, unit, position: 'prefix' }, { written: unit, unit, position: 'suffix' });
    for (const name of [r.name!, r.plural!]) {
      // An initialism in a name is also written with dots: "U.S. dollars", "U.S. dlrs"; and a
      // place of two or more capitalised words by its dotted initials: "N.Z. dollars" (New
      // Zealand), "H.K. Dlrs" (Hong Kong), "U.A.E. dirhams".
      const dotted = /(?:^| )[A-Z]{2,3} /.test(name) ? name.replace(/(?<=^| )([A-Z]{2,3})(?= )/g, (w) => w.split('').join('.') + '.') : null;
      const words = name.split(' ');
      const place = words.slice(0, -1);
      const initials = place.length >= 2 && place.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) ? `${place.map((w) => `${w[0]}.`).join('')} ${words[words.length - 1]}` : null;
      // (Or its initials without dots: "NZ dollars", "HK dlrs".)
      const plain = initials === null ? null : initials.replace(/\./g, '');
      // A redenominated currency's "new" goes unsaid in news: "Taiwan dollars" (New Taiwan
      // dollars), "Israeli shekels" (Israeli new shekels). (A place's own "New" gives a name no
      // text writes, "Zealand dollars": harmless.)
      const unNew = /(?:^| )new /i.test(name) ? name.replace(/(?:^| )new (?=\S)/i, (m) => (m.startsWith(' ') ? ' ' : '')) : null;
      // (Or with "new" in lower case before the whole name: "new Taiwan dollars", "new Israeli shekels".)
      const newFirst = unNew === null ? null : `new ${unNew}`;
      for (const form of [name, dotted, initials, plain, unNew, newFirst].filter((f): f is string => f !== null)) {
        out.push({ written: form, unit, position: 'suffix' });
        // "Canadian dlrs", "Canadian Dlrs": the name with its last word as the wire abbreviates it.
        for (const a of abbreviations) {
          if (!form.endsWith(` ${a.word}`)) continue;
          const stem = form.slice(0, -a.word!.length);
          const abbr = a.abbreviation!;
          out.push({ written: stem + abbr, unit, position: 'suffix' }, { written: stem + abbr[0]!.toUpperCase() + abbr.slice(1), unit, position: 'suffix' });
        }
      }
      if (r.alone === 'yes') out.push({ written: name.split(' ').pop()!, unit, position: 'suffix' });
    }
  }
  return out;
}

/**
 * Unit symbols with their SI prefixes (number-si-units.tsv × number-si-prefixes.tsv): "kW",
 * "GHz", "mg", "GB", each glued or spaced after the number; the bare symbol as its row allows.
 */
function siUnitRows(): UnitRow[] {
  const prefixRows = readTable('number-si-prefixes.tsv', ['symbol', 'name', 'factor'], (r) =>
    Number.isFinite(Number(r.factor)) ? null : `factor "${r.factor}" is not a number`,
  );
  const canonical = new Map(prefixRows.map((r) => [r.symbol!, r.symbol === 'K' ? 'k' : r.symbol === 'μ' ? 'µ' : r.symbol!]));
  const prefixNames = new Map(prefixRows.map((r) => [r.symbol!, r.name!]));
  const rows = readTable('number-si-units.tsv', ['symbol', 'unit', 'prefixes', 'bare', 'names'], (r) => {
    if (!['spaced', 'glued', 'no'].includes(r.bare!)) return `bare "${r.bare}" is not spaced|glued|no`;
    const unknown = r.prefixes === '-' ? [] : r.prefixes!.split(',').filter((p) => !canonical.has(p));
    return unknown.length ? `prefix "${unknown[0]}" is not in number-si-prefixes.tsv` : null;
  });
  const out: UnitRow[] = [];
  // A name and its plural: "bit per second/bits per second" as written; "hertz" is its own.
  const withPlural = (name: string) => (name.includes('/') ? name.split('/') : /[zs]$/.test(name) ? [name] : [name, `${name}s`]);
  for (const r of rows) {
    if (r.bare === 'spaced') out.push({ written: r.symbol!, unit: r.unit!, position: 'suffix' });
    if (r.bare === 'glued') out.push({ written: r.symbol!, unit: r.unit!, position: 'glued' });
    const names = r.names === '-' ? [] : r.names!.split(',');
    if (r.bare !== 'no') for (const name of names) for (const n of withPlural(name)) out.push({ written: n, unit: r.unit!, position: 'suffix' });
    if (r.prefixes === '-') continue;
    const named = new Set<string>();
    for (const p of r.prefixes!.split(',')) {
      const unit = canonical.get(p)! + r.unit!;
      out.push({ written: p + r.symbol!, unit, position: 'suffix' });
      const prefix = prefixNames.get(p)!;
      for (const name of names) {
        if (named.has(prefix + name)) continue; // "K" and "k", "μ" and "µ": one name
        named.add(prefix + name);
        for (const n of withPlural(name)) out.push({ written: prefix + n, unit, position: 'suffix' });
      }
    }
  }
  return out;
}

/** The words before a length that make it an area (2) or a volume (3): "square foot", "cu m". */
const POWER_WORDS: readonly [string, 2 | 3][] = [['square', 2], ['sq', 2], ['sq.', 2], ['cubic', 3], ['cu', 3], ['cu.', 3]];

/**
 * Areas and volumes (number-power-units.tsv): each word for "square" or "cubic" with each length's
 * names and symbols, after the number: "300 square foot", "2 cu m", "40 sq miles".
 */
function powerUnitRows(): UnitRow[] {
  const out: UnitRow[] = [];
  const title = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  for (const r of readTable('number-power-units.tsv', ['written', 'area', 'volume'])) {
    for (const length of r.written!.split(',')) {
      for (const [word, power] of POWER_WORDS) {
        const unit = power === 2 ? r.area! : r.volume!;
        // "square feet", "Square Feet", "Square feet" (a title or a sentence's start), and an
        // abbreviation's dot glued to the length: "sq.ft", "cu.m".
        const forms = [`${word} ${length}`, `${title(word)} ${length}`, `${title(word)} ${title(length)}`, ...(word.endsWith('.') ? [`${word}${length}`] : [])];
        for (const written of forms) out.push({ written, unit, position: 'suffix' });
      }
    }
  }
  return out;
}

/** The units of length (number-power-units.tsv's lengths) as `suffixUnits` normalizes them. */
function lengthUnits(suffixUnits: ReadonlyMap<string, string>): Set<string> {
  const out = new Set<string>();
  for (const r of readTable('number-power-units.tsv', ['written', 'area', 'volume'])) {
    for (const length of r.written!.split(',')) {
      const unit = suffixUnits.get(length);
      if (unit) out.add(unit);
    }
  }
  return out;
}

/** number-currency-cues.tsv: for each shared currency noun, one regex of its cue words and their codes. */
function currencyCueTable(): Map<string, { CUE: RegExp; codes: Map<string, string>; old: Set<string> }> {
  const rows = readTable('number-currency-cues.tsv', ['noun', 'cue', 'code', 'era'], (r) =>
    (/^[A-Z]{3}$/.test(r.code!) ? null : `code "${r.code}" is not three capital letters`) ?? (['current', 'before-euro'].includes(r.era!) ? null : `era "${r.era}" is not current|before-euro`),
  );
  const out = new Map<string, { CUE: RegExp; codes: Map<string, string>; old: Set<string> }>();
  for (const noun of new Set(rows.map((r) => r.noun!))) {
    const mine = rows.filter((r) => r.noun === noun);
    out.set(noun, {
      CUE: new RegExp(`(?<![\\p{L}])(${alternation(mine.map((r) => r.cue!))})(?![\\p{L}])`, 'giu'),
      codes: new Map(mine.map((r) => [r.cue!.toLowerCase().replace(/\s+/g, ' '), r.code!])),
      old: new Set(mine.filter((r) => r.era === 'before-euro').map((r) => r.cue!.toLowerCase().replace(/\s+/g, ' '))),
    });
  }
  return out;
}
