/**
 * numbers: every cardinal and ordinal number in news English, in digits ("4,500", "3.5",
 * "$2.3bn", "9km", "-4C", "21st") or words ("two", "a dozen", "one hundred and twenty", "ninth"),
 * with its value, the unit it counts or measures, and its hedge ("around" → approximate, "over" →
 * bound min, "up to" → bound max).
 *
 * `text` is the number as written with its scale ("1.2 million", "2.3bn", "a dozen") but without
 * its hedge, currency sign or unit: "around $2.3bn" → text "2.3bn", unit USD; "9km" → text "9".
 *
 * Leaves out: digits of dates and clock times ("Oct. 30", "28 October", "10 a.m.", "in 2022"),
 * digits inside names and codes ("F-16", "G7", "COVID-19", "Article 5", "1990s", "Apollo 11"), "one" as a
 * pronoun ("one of them", "no one"), capitalised number words inside names ("Group of Seven"),
 * vague quantities with no scale ("several", "a few", "many").
 *
 * Rule order (candidates from every rule are merged; on overlap the longer wins):
 *   1. number/digits         digits with separators, decimals, a sign and a scale: "45,000", "1.2 million"
 *   2. number/digit-ordinal  digits with an ordinal suffix: "21st", "103rd"
 *   3. number/words          spelled-out cardinals: "ten thousand", "a dozen"
 *   4. number/word-ordinal   spelled-out ordinals: "sixth", "twenty-first"
 *   5. number/word-fraction  spoken fractions: "two thirds", "one and a half", "a twenty-first",
 *      a bare "half" before "of" or a determiner ("half of the voters")
 *      (number/digit-fraction "2 1/4" comes with rule 1; exponents "1.1^23", "12.32e+14" too)
 *   6. number/vague          a plural scale word before "of": "thousands of", "tens of millions",
 *      "dozens of"; a range of two entries, the scale to ten times it (1,000 to 10,000)
 *   7. composed (numbers/compose.ts): number/spoken-decimal "nine point nought four",
 *      number/over-fraction "1 over three" (both bare), number/sign-word "minus 12"
 * then the resolver: guards (dates, times, codes and names, pronoun "one"), currency, hedge, measure
 * name ("magnitude 6.1"), unit; scores ("Leeds 2-0": two numbers, no range), ranges ("8,000 to
 * 9,500", "between 3 and 5"; not a change "fell 4% to $31"), the elided unit ("90 survivors,
 * with 12 still missing" → survivors; "a day or two" → day), a part's unit from its whole ("20
 * of 71 laps"), a conversion's hedge, and a gapped change ("A was down 2.3%, B by 2.6%").
 * A bare four-digit year is decided with the dates (dates/bare-year.ts); a line in capitals reads
 * its units and nouns as in lower case ("RISES 3.6 PCT").
 */
import { NOMINAL_TAGS, lexiconTags, onlyAdjective, onlyClosedClass, type Doc, type Span } from '../document.js';
import type { NumberFact } from '../types.js';
import type { Extractor } from './extractor.js';
import { ISO_CODE, numberLexicon, type HedgeKind, type NumberLexicon } from './numbers/lexicon.js';
import { candidate, scaled, type Candidate } from './numbers/candidate.js';
import { composeNumbers, findFractions } from './numbers/compose.js';
import { DIMENSION_AFTER, DIMENSION_GAP, dimensionSide, firstOfCountRange, isBareYear, levelPhraseBefore, RATE_AFTER as YEAR_RATE_AFTER } from './dates/bare-year.js';
import { dateLexicon } from './dates/lexicon.js';
import { adverbShaped, countedNounPhrase, placingAfter, fractionNoun, isCapitalised, wordsAfter, type CountedNoun } from './numbers/nouns.js';
import { parseWordNumber } from './numbers/words.js';
import { partitionPoint } from '../search.js';
import { pushAll } from '../arrays.js';
import { alternation } from '../lexicon.js';

/** Digits, optionally grouped by commas, optionally with decimals (a letter before is checked in findDigits). */
const DIGITS = /(?<![\p{N}_]|\d\.)(?:(?:\d{1,2}(?:,\d{2}){1,5},\d{3}|\d{1,3}(?:,\d{3})+|(?<!\d,)\d{1,3},\d{1,2}(?![\p{N}]|,\d)|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+|\d+)(?:\.\d+)?|(?<![\p{N}.,])\.\d+)(?![\p{N}])/gu;
/** Thousands grouped by spaces ("40 000", "40\u202f000"). */
const SPACE_GROUPS = /[ \u00a0\u2009\u202f]/gu;
/** A European decimal comma: "1,3", "2,75" (a list "22,24,26" is read number by number). */
const DECIMAL_COMMA = /^\d{1,3},\d{1,2}$/;
/**
 * The proper fraction of a mixed number after its whole: "2  1/4", "1 4/5", and the wire's
 * hyphenated "21-5/8" (stock prices in eighths). Groups: numerator, denominator.
 */
const MIXED_AFTER = /^(?:\s{1,3}|-)(\d{1,3})[\/⁄](\d{1,3})(?![\p{N}\/⁄]|[.,]\d)/u;
/** A decimal's places: "2.88" gives "88". Group 1 = the places. */
const DECIMAL_PLACES = /^\d{1,3}(?:,\d{3})*\.(\d{1,4})$/;
/** A proper fraction on its own: "1/4", "5⁄8". Groups: slash, denominator. */
const FRACTION_AFTER = /^([\/⁄])(\d{1,3})(?![\p{N}\/⁄]|[.,]\d)/u;
/** What makes a lone "N/D" a quantity, not a date or a name ("9/11"): "of" after it. */
const FRACTION_OF = /^\s{1,2}of\s/u;
/** An exponent: "1.1^23", "2.5^-1", "-1.1^--23" (signs multiply). Groups: signs, power. */
const CARET_POWER = /^\^([-+]{0,2})(\d{1,3})(?![\p{N}])/u;
/** Scientific notation: "12.32e+14". Groups: sign, power. */
const E_POWER = /^[eE]([-+]?)(\d{1,3})(?![\p{L}\p{N}])/u;
/**
 * Times a power of ten: "6.02×10^23", "3 x 10^8", "1.6×10⁻¹⁹", "1.99×10−30" (a minus glued to the
 * ten, as copied from a superscript). Groups: caret sign, caret power, glued sign, glued power,
 * superscript sign, superscript power.
 */
const TEN_POWER = /^\s?[×x*·]\s?10(?:\^([-−+]?)(\d{1,3})|([-−])(\d{1,3})|(⁻?)([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))(?![\p{N}])/u;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A spaced minus opening the paragraph before a lone figure: "- 1 4/5" (not a bullet "- 5 people"). */
const BARE_AFTER = /^\s{0,3}(?:$|[.,;:!?)\]])/u;
const LEAD_MINUS = /^\s{0,3}[-−]\s{1,2}$/u;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)(?![\p{L}\p{N}])/u;
/** A character after a number that ends it: nothing (a power, an ordinal, a scale, a unit) can follow. */
const CLOSING = /[,;:!?)\]}"”’]/u;
/** A rate after a unit: " a barrel", " per day", " an hour", " per square foot". Groups: square/cubic, the noun. */
const RATE_AFTER = /^\s{1,2}(?:per|a|an)\s{1,2}((?:square|cubic|troy|metric|short|long)\s{1,2})?(\p{Ll}{2,20})(?![\p{L}\p{N}'’\-‑])/u;
/** A unit's modifier that RATE_AFTER reads only before a unit of measure: "a troy ounce", "a metric ton" (not "a long way"). */
const MEASURE_ONLY_MODIFIER = /^(?:troy|metric|short|long)\s/u;
/** A slash glued between a unit and the word it is per: "/gallon", "/kg", "/month". Group 1 = the word. */
const SLASH_RATE_AFTER = /^\/(\p{L}{1,20})(?![\p{L}\p{N}/'’\-‑])/u;
/** A rate as a hyphen compound: "-barrel-a-day", "-mile-per-hour" (not "five-and-a-half"). Groups: the unit, the per-unit. */
const COMPOUND_RATE = /^(?:[-‑]|\s)(\p{L}{1,20})[-‑](?:a|an|per)[-‑](\p{L}{1,20})(?![\p{L}\-‑])/u;
/** An age as a compound: "-year-old", " year-old", "-month-old". Group: the unit of time. */
const COMPOUND_OLD = /^(?:[-‑]|\s)(\p{Ll}{3,6}?)s?[-‑]old(?![\p{L}])/u;
/** A suspended hyphen: "four-, five- and six-cylinder", "two- or three-bedroom". Group: the shared word. */
const SUSPENDED_COMPOUND = /^[-‑](?:,?\s{1,2}(?:\p{L}{1,20}|\d{1,4})[-‑]){0,4},?\s{1,2}(?:and|or|to)\s{1,2}(?:\p{L}{1,20}|\d{1,4})[-‑](\p{L}{1,20})/u;
/** A name and a comma before an age in commas: "Maddon, 66, has". Group 1 = a first name before it. */
const AGE_APPOSITIVE = /(?<![\p{L}])(?:(\p{Lu}[\p{L}'’.-]{0,20})\s)?\p{Lu}[\p{L}'’.-]{1,20},\s{1,2}$/u;
/**
 * "… jockey Richard Wakeham, 34, from York, and former chef Nick Wood, 41.": after a full name,
 * in a sentence that gave an age already, a figure in one comma that ends the sentence is an age
 * too. Not a table of names and figures with no age before ("Seeds: Novak Djokovic, 1.").
 */
function listedAges(doc: Doc, cs: Candidate[], lex: NumberLexicon): void {
  const text = doc.text;
  // The sentences that gave an age so far (by start), filled as the figures go by in order.
  const aged = new Set<number>();
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]!;
    if (c.unit === 'year-old') aged.add(doc.sentenceAt(c.start)?.start ?? -1);
    if (c.unit !== null || c.ordinal || c.range || c.score || c.scale !== null || !Number.isInteger(c.value) || c.value < 1 || c.value >= 120) continue;
    if (!/^\d+$/.test(text.slice(c.start, c.end)) || !AGE_ENDS_SENTENCE.test(text.slice(c.end, c.end + 4))) continue;
    const name = AGE_APPOSITIVE.exec(text.slice(Math.max(0, c.lead - 40), c.lead));
    if (name?.[1] === undefined || lex.stopWords.has(name[1].toLowerCase())) continue;
    const sentence = doc.sentenceAt(c.start)?.start ?? -1;
    if (!aged.has(sentence)) continue;
    c.unit = 'year-old';
    c.unitFrom = 'table';
    aged.add(sentence);
  }
}

/** A period and a space (or the text's end) after an age: the sentence ends there. */
const AGE_ENDS_SENTENCE = /^\.(?:\s|$)/u;
/** A comparison as a hedge, which a negation turns round: "more than", "over", "below", "fewer than". */
const COMPARATIVE_HEDGE = /^(?:more|fewer|less|greater|higher|lower)\s{1,3}than$|^(?:over|under|above|below|upwards\s{1,3}of|in\s{1,3}excess\s{1,3}of)$/iu;
/** Words of degree before a comparison, which the dictionary tags as determiners: "much below", "far above". */
const DEGREE_WORDS = new Set(['much', 'far', 'any']);
/** Tags that make a word no part of the negated verb: "rule out", "account for", "reports of", "the first time", "not because". */
const NOT_NEGATED_VERB_TAGS = new Set(['Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Cardinal', 'Ordinal']);
/**
 * Whether only a verb group (and its object) stands between a negation and a comparison ("could
 * not play more than", "don't need prices higher than"), so that the negation turns the comparison;
 * not a particle, a preposition's phrase or a clause ("would not confirm reports of more than 20",
 * "could not rule out more than 100", "not the first time more than 100").
 */
function negatesVerbOnly(between: string): boolean {
  return between
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    // ("to" of an infinitive is the verb group's, "is not expected to rise above 4%"; so is a word
    // of degree, "will not fall much below".)
    .every((w) => w === 'to' || DEGREE_WORDS.has(w) || !lexiconTags(w).some((t) => NOT_NEGATED_VERB_TAGS.has(t)));
}

/** Words after a negation that leave the quantity unnegated: "not until", "not only", "not just". */
const NOT_NEGATING = /^\s{1,3}(?:until|till|only|just|merely|simply|since)(?![\p{L}])/iu;
/** A word opening a clause between a negation and a bound ("did not know that at least 20"). */
const CLAUSE_WORD = /(?<![\p{L}])(?:that|how|whether|if|when|what|which|who|where|why)(?![\p{L}])/iu;
/** A determiner, an optional word and a noun, then a comma: "the driver, ", "his elder brother, ". Group 1 = the noun. */
const AGE_NOUN_BEFORE = /(?<![\p{L}])(?:the|a|an|his|her|their|its|our|my)\s{1,3}(?:\p{Ll}[\p{L}-]{1,20}\s{1,3})?(\p{Ll}[\p{L}'’-]{1,20}),\s{1,2}$/iu;
/** Endings of nouns for people: "driver", "actor", "activist", "civilian", "migrant", "resident", "fisherman", "detainee". */
const PERSON_ENDING = /^\p{L}{3,}(?:er|or|ist|ian|ant|ent|man|woman|ee)$/u;
/** The gap between two items of a list: ", ", " and ", ", and ". */
const LIST_GAP = /^\s{0,2}(?:,|,?\s{1,3}(?:and|or))\s{1,3}$/u;
/** A coordinating conjunction: after "China, 38," it lists, it does not say an age. */
const COORDINATOR = /^(?:and|or|nor|but)$/;
/** "one in four", "one out of five": a ratio. */
const ONE_RATIO = /^\s{1,3}(?:in|out\s{1,3}of)\s{1,3}(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|a)(?![\p{L}]))/iu;
/**
 * "He was 84,", "she is 29 and", "I am 40.", "who turns 50 on", "he will be 35 by": one person's
 * copula (or "turn") right before a bare whole number is an age. Not "they were 12" (a count) nor a
 * number before anything but the clause's end or a linking word ("he was 3 under par").
 */
const AGE_COPULA_BEFORE = /(?:(?<![\p{L}'’])(?:he|she|i)|[,\-–—]\s{1,2}who|\(\s{0,2}who)(?:\s{1,2}(?:is|was|am|turns|turned|will\s{1,2}(?:be|turn)|would\s{1,2}(?:be|have\s{1,2}been|turn)|has\s{1,2}turned)|['’]s|['’]m)\s{1,2}$/iu;
let ageAfterPattern: RegExp | null = null;
/** After such an age: the clause's end, a linking word, "now", or a time ("by the end of the year", "at the time", "in March", "on Friday", "in 2027"). */
function ageCopulaAfter(): RegExp {
  const d = dateLexicon();
  return (ageAfterPattern ??= new RegExp(
    `^\\s{0,2}(?:$|[,.;:!?)]|(?:and|when|but)(?![\\p{L}])|or\\s{1,2}\\d{1,3}(?=\\s{0,2}(?:$|[,.;:!?)]|when(?![\\p{L}])))|now\\s{0,2}(?:$|[,.;:!?]|and(?![\\p{L}]))|(?:by|at|on|in)\\s{1,2}(?:the\\s{1,2}(?:(?:end|start|beginning)\\s{1,2}of\\s{1,2}(?:(?:the|this|next)\\s{1,2})?(?:year|month|week|decade|season|${d.monthAlt}|(?:1[89]|20)\\d\\d)|time)(?![\\p{L}\\d])|(?:${d.monthAlt}|${d.weekdayAlt})(?![\\p{L}])|(?:1[89]|20)\\d\\d(?!\\d)|(?:next|this)\\s{1,2}(?:year|month|week)(?![\\p{L}])))`,
    'u',
  ));
}
/**
 * A word, then "over" or "under" right before a number (the bound may be the number's lead
 * already). Group 1 = the word. ("above" and "below" rank or mark more often than they age:
 * "players above 50 in the rankings", "students below 40 will resit".)
 */
const PEOPLE_OVER_BEFORE = /(?<![\p{L}'’-])(\p{L}{2,20})\s{1,2}(?:over|under)\s{1,2}$/iu;
/** After an age that ends its noun phrase: the clause's end, or a space and a word ("children under five and", "people over 60 will"). */
const PEOPLE_OVER_AFTER = /^(?:\s{0,2}(?:$|[,.;:!?)])|\s{1,2}\p{L})/u;
/** Pronouns for people: "anyone under 18", "everyone over 70" (not "those", which stands for things as often: "of the 50 stocks, those over 20"). */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody']);
/**
 * A number with no unit after people and "over" or "under" is their age: "children under five",
 * "pensioners over 75 will", "anyone under 18" (the nouns of `personNouns`;
 * a capitalised one only where it starts the sentence: not "Rangers under 21").
 */
function peopleOver(text: string, p: Span, c: Candidate, before: string, lex: NumberLexicon): boolean {
  const lead = before + text.slice(c.lead, c.start);
  const m = PEOPLE_OVER_BEFORE.exec(lead);
  if (!m || !PEOPLE_OVER_AFTER.test(text.slice(c.end, c.end + 3))) return false;
  const word = m[1]!;
  if (!/^\p{Ll}/u.test(word) && text.slice(p.start, c.start - lead.length + m.index).trim() !== '') return false;
  const w = word.toLowerCase();
  return PERSON_PRONOUNS.has(w) || lex.personNouns.has(w);
}
/** "aged 35", "age 35", "ages 8", "the age of 21", "the ages of 18": the words before an age. */
const AGED_BEFORE = /(?<![\p{L}])(?:aged|age|ages|ages?\s{1,2}of)\s{1,2}$/iu;
/** A verb's tags: before an ordinal it makes it a placing ("came third", "is fifth"). */
const PLACING_VERB_TAGS = new Set(['Infinitive', 'PresentTense', 'PastTense', 'Verb', 'Participle', 'Copula', 'Auxiliary']);
/** Whether a lower-case word reads as a verb: an "-ed" form, or one the dictionary tags with one of `tags`. */
const verbShaped = (word: string, tags: ReadonlySet<string>): boolean => /ed$/.test(word) || lexiconTags(word).some((t) => tags.has(t));
/** A period right after a number's scale abbreviation, then a lower-case word: "2 doz. roses". */
const ABBREVIATION_DOT = /^\.\s{1,3}\p{Ll}/u;
/** The word two words before a position (the determiner of "a compelling one"). Group 1 = it. */
const DETERMINER_WORD_BEFORE = /(?<![\p{L}])(\p{L}{1,8})\s{1,3}\p{Ll}[\p{L}'’-]{1,20}\s{1,3}$/u;
/** "of a", "of an", "of the" after a fraction, or "of" and a word in lower case ("a third of voters"). */
const PART_OF = /^\s{1,2}of\s{1,2}(?:(?:an?|the|its|their|his|her|our|my|your)\s|(?=\p{Ll}))/u;
/** A year as a word: "1984". */
const YEAR_WORD = /^(?:1[5-9]|20)\d\d$/;
/** "half" takes its whole with no "of": "half a mile", "half an hour", "half the staff". */
const HALF = /^half$/iu;
const HALF_A = /^\s{1,2}(?:an?|the)\s/u;
/** The word right before a number, as written: a noun there is the number's label ("day two"). */
const LABEL_BEFORE = /(?<![\p{L}'’-])(\p{Ll}{2,20})\s{1,2}$/u;
/** The dictionary's tags that make a word before a number no noun labelling it: "all", "only", "last", "killing". */
const NOT_A_LABEL = new Set(['Determiner', 'Adverb', 'Adjective', 'Preposition', 'Conjunction', 'Pronoun', 'Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund']);
/** A possessive right after a partitive's "of the": "the scene's". Group 1 = the owner. */
const POSSESSIVE_WORD = /^\s{1,2}(\p{L}+)['’]s?\s/u;
/** An acronym's plural: "MPs", "CEOs", "SUVs". */
const ACRONYM_PLURAL = /^\p{Lu}{2,6}s$/u;
/** A partitive "of the" (or "of these", "of its", a name's possessive) after a whole count: "four of the detainees", "13 of Britain's 659 MPs". */
const PART_OF_THE = /^\s{1,2}of\s{1,2}(?:(?:the|these|those|its|their|his|her|our)\s|(?=\p{Lu}\p{Ll}{1,20}['’]s?\s))/u;
/** A hyphenated word glued after the number: "-year-long", "-strong", "-point". */
const COMPOUND_AFTER = /^[-‑]([\p{L}]{1,20})/u;
/** Two hyphenated words glued after the number: "-square-foot", "-percentage-point". */
const COMPOUND_PAIR_AFTER = /^[-‑](\p{L}{1,20})[-‑](\p{L}{1,20})(?![\p{L}])/u;
/** A word in capitals (ASCII, three letters or more) right after a number: "3.6 PCT", "40 MLN". */
const CAPS_WORD_AFTER = /^\s{0,2}[A-Z][A-Z.]{2,}(?![A-Za-z])/;

/**
 * Whether a word in lower case reads as a noun: one the dictionary knows as a noun and not as a
 * comparative, adverb, adjective, preposition or verb ("patients", "commissioners"; not "lower",
 * "despite", "effective", "overall"), or one it does not know that is no verb's form.
 */
function nounWord(word: string, lex: NumberLexicon): boolean {
  if (!/^\p{Ll}/u.test(word) || lex.stopWords.has(word) || adverbShaped(word)) return false;
  const tags = lexiconTags(word);
  // (One it does not know is a noun unless it looks like a verb's form or a compound: "settlement";
  // not "year-on-year", "rebounded".)
  if (tags.length === 0) return /^\p{Ll}+$/u.test(word) && !/(?:ed|ing)$/.test(word);
  return tags.some((t) => NOMINAL_TAGS.has(t)) && !tags.some((t) => NOT_NOUN_TAGS.has(t));
}
const NOT_NOUN_TAGS = new Set(['Comparative', 'Superlative', 'Adverb', 'Adjective', 'Preposition', 'PastTense', 'Participle', 'Gerund', 'Infinitive', 'PresentTense', 'Verb']);

let folded: { UNIT_AFTER: RegExp; units: Map<string, string> } | null = null;
/**
 * The unit table with its written forms in lower case, for a line of capitals: each form's unit
 * (the first row's where two forms fold together, so a hand-written row wins), and a regex of the
 * forms right after a number. Built on the first line of capitals.
 */
function foldedUnits(lex: NumberLexicon): { UNIT_AFTER: RegExp; units: Map<string, string> } {
  if (folded) return folded;
  const units = new Map<string, string>();
  for (const [written, unit] of lex.suffixUnits) if (!units.has(written.toLowerCase())) units.set(written.toLowerCase(), unit);
  folded = { UNIT_AFTER: new RegExp(`^\\s{0,2}(${alternation([...units.keys()])})(?![\\p{L}\\p{N}])`, 'u'), units };
  return folded;
}
const ASCII = /^[\x00-\x7F]*$/;
/** The whitespace-free token around a number is a date, time, ratio or score: "2024-10-28", "10:30", "24/7". */
const CODE_TOKEN = /\d[:/]\d|^\d{4}-\d{1,2}-\d{1,2}/u;
/**
 * A capitalised word (or "No.", or a product name with an inner capital) right before a number:
 * "Article 5", "Boeing 747", "iPhone 11"; with an apostrophe inside, "O'Hare 2", but not a
 * possessive's or a contraction's ("Britain's 40 firms").
 */
const NAME_BEFORE = /(?<![\p{L}'’])(\p{Lu}[\p{L}]{0,20}(?:['’](?!(?:[sStTdDmM]|ll|re|ve)\s)\p{L}{1,20})?\.?|\p{Ll}{1,2}\p{Lu}[\p{L}]{0,18})\s$/u;
/** The second half of a name's hyphenated code: "800" in "Airbus 350-900". Group 1 = the name. */
const NAME_CODE_BEFORE = /(?<![\p{L}'’])(\p{Lu}[\p{L}]{0,20})\s(\d{1,6})[-–]$/u;
/** Opening quotes or brackets that may stand between a sentence start and its first word. */
const OPENERS = /^[\s"'“‘(\[«]*$/u;
const PREV_WORD = /([\p{L}]{1,20})[\s.,]{1,3}$/u;
const RANGE_GAP = /^\s{0,2}(?:[-–—]|to|and|to\s{1,2}an?\s{1,2}(?:total|record|new)(?:\s{1,2}(?:high|low))?(?:\s{1,2}of)?)\s{0,2}$/u;
/** "to a total of", "to a record": a change's new level only, never a range's second end. */
const TO_TOTAL_GAP = /^\s{0,2}to\s{1,2}an?\s/u;
const BETWEEN_BEFORE = /(?<![\p{L}])(?:between|from)\s{1,3}$/iu;
const FROM_BEFORE = /(?<![\p{L}])from\s{1,3}$/iu;
/** Only "to", or only "at", between a change's amount (its unit included) and its new level. */
const TO_GAP = /^\s{1,2}to\s{1,2}$/u;
const AT_GAP = /^\s{1,2}at\s{1,2}$/u;
const LETTER = /\p{L}/u;
const BARE_YEAR = /^\d{4}$/;
/** "Of the 120 guests, 9 were hurt": a count after a fronted partitive. */
const PARTITIVE_BEFORE = /(?<![\p{L}])of\s{1,3}(?:the\s{1,3}|these\s{1,3}|those\s{1,3})?$/iu;
const CLAUSE_COMMA = /,\s{1,3}$/u;
/** A sign glued to the digits, after a space, a bracket, a currency sign or the paragraph's start: "-4C", "(−2.5%)", "$-50.8bn". */
const MINUS = /(?:^|[\s($£€¥])[-−]$/u;
/** The other side of a score right after the digits: "-1" in "2-1", "–98" in "110–98". */
const SCORE_AFTER = /^[-–](\d{1,3})(?![\p{L}\p{N}]|[.,]\d)/u;
/** The other side of a tally written with "to": " to 0" in "voted 93 to 0", " to 1" in "odds of 5 to 1". */
const SCORE_TO_AFTER = /^\s{1,2}to\s{1,2}(\d{1,3})(?![\p{L}\p{N}]|[-.,/]\d)/u;
/** Scores are small: both sides under this (a model number "737-800" is no score). */
const SCORE_MAX = 200;
/** A tally written with "to" after a verb of a result or before its noun ("voted 230 to 192"): both sides under this. */
const TALLY_MAX = 1000;
/** The largest side of a set score written in a row ("6-4 3-6 10-8"): games, or a deciding tie-break's points. */
const SET_MAX = 20;
/** Another N-N right after a score, one space (or a tie-break's bracket) between: "6-4 6-3", "7-6 (7-4) 6-2". */
const SET_AFTER = /^(?:\s?\(\d{1,2}(?:[-–]\d{1,2})?\))?\s(\d{1,2})[-–](\d{1,2})(?![\p{L}\p{N}]|[.,]\d)/u;
/** An N-N right before a number, one space or a tie-break's opening bracket between: the second set of "6-4 6-3", the "(7-4)" of "7-6 (7-4)". */
const SET_BEFORE = /(?<![\p{L}\p{N}.,])(\d{1,2})[-–](\d{1,2})(?:\s?\(\d{1,2}(?:[-–]\d{1,2})?\))?(?:\s|\s?\()$/u;
/** The last one or two words before a position (anchored at the end). */
const LAST_WORDS = /(?:([\p{L}]{1,20})\s{1,3})?([\p{L}]{1,20})\s{1,3}$/u;
/** Byte symbols that name things too ("GB" Great Britain, "TB" tuberculosis, "MB"). */
const SPACED_CODE = /^[KMGT]B$/u;
/** Units a plus sign makes a rise: rates and amounts ("+0.3%", "+12 pence", "+$4"), not a temperature. */
const PLUS_UNITS = /^(?:percent|percentage point|basis point|pence|cents|[A-Z]{3})$/u;
/** An approximation sign right before the number: "~45g", "≈ 32". Group 1 = the sign. */
const APPROX_SIGN = /(?:^|[\s(\[])([~∼≈])\s?$/u;
/** The largest reading on a scale named before it ("level 4", "magnitude 6.1", "number 10"). */
const MEASURE_READING_MAX = 1000;
const ELIDED_SHAPE = /\p{Ll}{2}(?:ed|ly)$/u;


export const numbersExtractor: Extractor<NumberFact> = {
  kind: 'numbers',
  extract(doc, ctx) {
    try {
      const lex = numberLexicon();
      const out: NumberFact[] = [];
      for (const p of doc.paragraphs) pushAll(out, paragraphNumbers(doc, p, lex, ctx.trace));
      localDollars(doc, out, lex);
      resultsLines(doc, out, lex);
      frameUnits(doc, out, lex);
      moneyCarriedOver(doc, out, lex);
      oneCurrencySense(doc, out);
      return out;
    } catch (e) {
      // Data errors are real errors; anything else is a bug that must not cost the document.
      if (e instanceof Error && e.name === 'ExtractError') throw e;
      ctx.trace(`numbers: internal error ${(e as Error).message}`);
      return [];
    }
  },
};

/** A figure's scale word written with it: "505.0 mln", "8.47 billion", "3bn". */
const SCALED_TEXT = /(?:mln|mn|bln|bn|billion|million|thousand|trillion|\dm)$/iu;
/** A whole figure written with its thousands: "824,000", "3,862,000". */
const THOUSANDS_TEXT = /^\d{1,3}(?:,\d{3})+$/u;
/** A results table's line: its label (letters, up to five words), then the first figure. Group 1: the label. */
const RESULTS_LINE = /^\s{0,8}(\p{L}[\p{L}.&'\/-]{0,15}(?:\s{1,3}[\p{L}.&'\/-]{1,15}){0,4}?)\s{1,6}\(?\p{N}/u;
/** The longest line a results table writes. */
const MAX_TABLE_LINE = 100;
/** How far past the last results line a line of its table may lie. */
const TABLE_GAP = 600;
const SHARES_LABEL = /(?<![\p{L}])(?:shrs|shares|(?:avg|average)\s{1,3}shr)(?![\p{L}])/iu;
/** A results table compares with "vs": "Net 505.0 mln vs 533.0 mln". */
const VS = /(?<![\p{L}])vs\.?(?![\p{L}])/u;
/**
 * Whether a word may stand in a label: no function word but an accounting label's ("Cost of
 * sales"), no copula nor verb of motion ("Shares moved from 12 vs 15", "Sales were 20 mln vs 18
 * mln", "Sales rose 20 mln vs 18 mln" are clauses).
 */
function labelWord(w: string, lex: NumberLexicon): boolean {
  if (LABEL_FUNCTION_WORDS.has(w)) return true;
  return !lex.stopWords.has(w) && !lexiconTags(w).includes('Copula') && !lex.changes.get('motion')!.has(w);
}
/** The function words an accounting label holds: "Cost of sales", "Profit before tax", "Investment income less interest". */
const LABEL_FUNCTION_WORDS = new Set(['of', 'and', '&', 'before', 'after', 'less', 'per']);

/**
 * A unit stated once for the figures after it, closing its clause: "in" (a scale word, "of"), a
 * unit, ("per" and a unit), then "--", "- ", ":", ")" or the line's end, after an "unless"/"except"
 * aside ("as follows, in mln tonnes --", "were, in tonnes:", "(in thousands of tonnes)", "in cts
 * per lb --"). Groups: 1 the scale word, 2 the unit, 3 the unit it is per.
 */
const FRAME = /(?<![\p{L}])in\s{1,3}(?:(\p{L}{3,9})\s{1,3}(?:of\s{1,3})?)?(\p{L}[\p{L}.]{0,19})(?:\s{1,3}per\s{1,3}(\p{L}{1,12}))?(?=\s{0,3}(?:,\s{0,3}(?:unless|except)\s[^\n]{0,30})?\s{0,3}(?:--|-\s|:|\)|\n))/giu;
/** Figures and words on a line of a framed block. */
const FRAME_FIGURE = /\p{N}[\p{N},.]*/gu;
const FRAME_WORD = /\p{L}{2,}/gu;
/** A line with no figure that still belongs to a table: a heading ("ARGENTINA SOYBEAN MEAL --"), a note. */
const FRAME_HEADING_MAX = 40;
/** The most characters a frame's block runs over (a table of 80 rows of 75). */
const FRAME_BLOCK_MAX = 6000;
/** The most lines a frame's block runs over. */
const FRAME_LINES_MAX = 80;

/**
 * A table's or a list's unit stated once before it ("The breakdown was as follows, in tonnes:",
 * "SOYBEAN MEAL, in mln tonnes --"): the figures of the block it heads that name no unit take it,
 * and its scale ("End Stocks 0.61 0.59" under "in mln tonnes" is 610,000 and 590,000 tonnes). The
 * block runs over the lines after the frame (its own line's rest first) while they read as a table
 * or a list (figures, and few words for each), up to a line of prose or the next frame; headings
 * and notes with no figure pass. A figure with its own scale word keeps its value; one on a row
 * whose label names its own unit ("Yield (bu)") keeps none.
 */
function frameUnits(doc: Doc, facts: NumberFact[], lex: NumberLexicon): void {
  const text = doc.text;
  const frames: Array<{ start: number; end: number; unit: string; scale: number | null }> = [];
  for (const m of /in\s/iu.test(text) ? text.matchAll(FRAME) : []) {
    const scaleWord = m[1]?.toLowerCase();
    const scale = scaleWord === undefined ? null : lex.scales.get(scaleWord) ?? lex.scales.get(scaleWord.replace(/s$/u, '')) ?? Number.NaN;
    if (scale !== null && Number.isNaN(scale)) continue;
    const word = m[2]!.toLowerCase().replace(/\.$/u, '');
    // A unit of the table; after a scale word, any plural ("in thousand bales").
    const unit = lex.suffixUnits.get(word) ?? (scale !== null && /[^s]s$/u.test(word) && !lex.stopWords.has(word) ? word : undefined);
    if (unit === undefined) continue;
    const per = m[3] ? lex.suffixUnits.get(m[3].toLowerCase()) ?? m[3].toLowerCase() : null;
    frames.push({ start: m.index, end: m.index + m[0].length, unit: per ? `${unit} per ${per}` : unit, scale });
  }
  if (!frames.length) return;
  const sorted = facts.slice().sort((a, b) => a.start - b.start);
  frames.forEach((f, k) => {
    const end = frameBlockEnd(text, f.end, Math.min(f.end + FRAME_BLOCK_MAX, k + 1 < frames.length ? frames[k + 1]!.start : text.length));
    for (let i = partitionPoint(sorted.length, (j) => sorted[j]!.start >= f.end); i < sorted.length && sorted[i]!.start < end; i++) {
      const n = sorted[i]!;
      if (n.unit !== null || n.ordinal || BARE_YEAR.test(n.text) || ownRowUnit(text, n.start, n.text, f.end, lex)) continue;
      n.unit = f.unit;
      if (f.scale !== null && !WORD_CHAR.test(n.text)) n.value = scaled(n.value, f.scale);
    }
  });
}

/** A row's label that names its own unit in brackets before its first figure: "Yield (bu)  56.0". */
const ROW_UNIT_LABEL = /^[^\p{N}\n]{0,40}\(\p{L}[\p{L}. ]{0,15}\)[^\p{N}\n]{0,20}$/u;
/** A row's label that says what its own figures are: "Number of ships", "Per share", "Avg shrs". */
const ROW_OWN_LABEL = /(?<![\p{L}])(?:number\s{1,3}of|per|avg|average|shrs|shares)(?![\p{L}])/iu;
/** A list's number at a line's start: "1. Varnsk 45". */
const LIST_NUMBER = /^\s{0,8}$/u;
/** How far before a figure its row is read (a list written as prose may be one long line). */
const FRAME_ROW_MAX = 160;
/** The most words in a row between two figures: more is a clause ("In the same period, tractor sales rose to"). */
const FRAME_WORD_RUN = 6;

/**
 * Whether the figure at `at` (its text `figure`) is on a row that names its own unit or what it
 * counts: in brackets in its label ("Yield (bu)"), a share's unit or a span of time in its label
 * ("Capacity used, pct 87", "Days at sea 23"), a label of its own ("Number of ships 45", "Per share
 * 1.23"), a unit right after it or its bracketed twin ("Area 1.5 (1.4) mln ha"), or the figure is a
 * list's number ("1. Varnsk 45").
 */
function ownRowUnit(text: string, at: number, figure: string, blockStart: number, lex: NumberLexicon): boolean {
  // Within a row's length before it (a list's paragraph may be one long line), inside the block.
  const lo = Math.max(0, at - FRAME_ROW_MAX, blockStart);
  const head = text.slice(lo + text.slice(lo, at).lastIndexOf('\n') + 1, at);
  if (LIST_NUMBER.test(head) && text.startsWith('. ', at + figure.length)) return true;
  const label = rowLabel(head);
  if (ROW_UNIT_LABEL.test(label) || ROW_OWN_LABEL.test(label)) return true;
  for (const m of label.matchAll(FRAME_WORD)) {
    const w = m[0].toLowerCase();
    if (SHARE_UNITS.has(lex.suffixUnits.get(w) ?? '') || lex.durationNouns.has(w)) return true;
  }
  // A unit written right after it or its bracketed twin: "2.5 (2.3) tonnes per hectare".
  UNIT_AFTER_FIGURE.lastIndex = at + figure.length;
  const unit = UNIT_AFTER_FIGURE.exec(text)?.[1]?.toLowerCase();
  return unit !== undefined && lex.suffixUnits.has(unit) && !lex.scales.has(unit);
}

/** A row's label: the last words before a figure, between figures ("Yield (bu)" for both of "Yield (bu) 41.0 38.5"). */
function rowLabel(head: string): string {
  let end = head.length;
  while (end > 0 && !LETTER.test(head[end - 1]!)) end--;
  // (With the bracket or point that closes it: "(bu)", "Avg.".)
  while (end < head.length && (head[end] === ')' || head[end] === '.')) end++;
  let start = end;
  while (start > 0 && !DIGIT.test(head[start - 1]!)) start--;
  return head.slice(start, end);
}
const DIGIT = /\p{N}/u;
/** After a figure: its bracketed twin, a scale word, then a word (group 1), read from the figure's end. */
const UNIT_AFTER_FIGURE = /\)?\s{0,3}(?:\(\s{0,2}[\p{N}.,]{1,12}\s{0,2}\)\s{0,3})?(?:\p{L}{1,9}\s{1,3})?(\p{L}{1,20})/uy;

/**
 * Where a frame's block ends: the first line (from `from`, its own line's rest first) that is prose
 * (a long line with no figure; or from where a run of words between figures makes a clause), a
 * sentence's end inside a line, a blank line before a new heading ("Prices, dlrs per tonne --"), or
 * `limit`.
 */
function frameBlockEnd(text: string, from: number, limit: number): number {
  let at = from;
  let blank = false;
  for (let lines = 0; at < limit && lines < FRAME_LINES_MAX; lines++) {
    const nl = text.indexOf('\n', at);
    let end = nl < 0 || nl > limit ? limit : nl;
    // A sentence's end ends a list written as prose ("… and pulses 14 (13). Despite …").
    const stop = SENTENCE_STOP.exec(text.slice(at, end));
    const ended = stop !== null;
    if (stop) end = at + stop.index + 1;
    const line = text.slice(at, end);
    const trimmed = line.trim();
    if (trimmed === '') {
      blank = true;
      at = end + 1;
      continue;
    }
    const figures = line.match(FRAME_FIGURE)?.length ?? 0;
    if (figures === 0 && (trimmed.length > FRAME_HEADING_MAX || (blank && /(?:--|:)$/u.test(trimmed)))) return at;
    // (A clause's run of words ends the block where it starts, on a line the layout joined too:
    // "… 41.0 38.5 The ministry said the crop was smaller".)
    if (figures > 0) {
      const prose = proseStart(line);
      if (prose >= 0) return at + prose;
    }
    blank = false;
    if (ended) return end;
    at = end + 1;
  }
  return Math.min(at, limit);
}
/** A sentence's end inside a line: a full stop after a word or a bracket, then a capital (not "N.A."; a note's own line, "X-Based on export estimate.", ends nothing). */
const SENTENCE_STOP = /(?<=[\p{Ll})\p{N}]{2})[.!?](?=\s{1,3}\p{Lu})/u;

/** Where on a line a run of more than FRAME_WORD_RUN words with no figure between begins, or -1. */
function proseStart(line: string): number {
  const run = (from: number, to: number) => (line.slice(from, to).match(FRAME_WORD)?.length ?? 0) > FRAME_WORD_RUN;
  let from = 0;
  for (const m of line.matchAll(FRAME_FIGURE)) {
    if (run(from, m.index)) return from;
    from = m.index + m[0].length;
  }
  return run(from, line.length) ? from : -1;
}

/**
 * Wire results tables: "Net 505.0 mln vs 533.0 mln", "Revs 8.47 billion vs 8.43 billion", "Oper
 * net loss 46.0 mln vs loss 21.1 mln". A scaled figure with no unit on a short line that compares
 * with "vs" and opens with a results label (number-results-labels.txt) is money in the document's currency, the
 * currency of the nearest figure before it that names one ("Shr 1.42 dlrs"; else the first after
 * it; with none it keeps no unit), and so is one on a line of the same table, whatever its label;
 * on a line whose label counts shares ("Avg shrs 25.3 mln") it counts shares.
 */
function resultsLines(doc: Doc, facts: NumberFact[], lex: NumberLexicon): void {
  const text = doc.text;
  let before: string | null = null;
  let tableEnd = -Infinity;
  const currencyAt = facts.map((f) => (f.unit !== null && ISO_CODE.test(f.unit) ? f.unit : null));
  // The first currency at or after each fact, read once from the end.
  const after: (string | null)[] = new Array(facts.length + 1).fill(null);
  for (let i = facts.length - 1; i >= 0; i--) after[i] = currencyAt[i] ?? after[i + 1]!;
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    if (currencyAt[i]) before = currencyAt[i]!;
    if (f.unit !== null || f.ordinal) continue;
    // Its line, looked for no further than a table's line can run (a long line is no table's).
    const around = lineAround(text, f.start, f.end);
    if (!around.whole || around.end - around.start > MAX_TABLE_LINE) continue;
    const [lineStart, lineEnd] = [around.start, around.end];
    const line = text.slice(lineStart, lineEnd);
    const label = VS.test(line) ? RESULTS_LINE.exec(line)?.[1] : undefined;
    if (label === undefined) continue;
    const words = label.toLowerCase().split(/\s+/);
    if (words.some((w) => !labelWord(w, lex))) continue;
    if (SHARES_LABEL.test(label)) {
      f.unit = 'shares';
      continue;
    }
    // A line of the same table, whatever its label, is too ("Europe 299 mln vs 218 mln" under
    // "Turnover 883 mln vs 686 mln").
    const results = words.some((w) => lex.resultsLabels.has(w));
    // A scaled figure; or a whole one written with its thousands on a line whose label is all a
    // results label's ("Oper net loss 3,862,000 vs loss 15,900,000"; not "Net new jobs 254,000",
    // "Vehicle sales 6,012,000", "Employees 12,345"), with no unit on the line ("Sales 1,245 vs
    // 1,100 units"), in the currency of a figure of the table itself.
    const whole = !SCALED_TEXT.test(f.text);
    if (whole && (!THOUSANDS_TEXT.test(f.text) || !words.every((w) => lex.resultsLabels.has(w) || LABEL_FUNCTION_WORDS.has(w)))) continue;
    if (!results && lineStart - tableEnd > TABLE_GAP) continue;
    if (whole && facts.some((g) => g.start >= lineStart && g.end <= lineEnd && g.unit !== null && !ISO_CODE.test(g.unit))) continue;
    const near = (k: number) => k >= 0 && k < facts.length && Math.abs(facts[k]!.start - f.start) <= TABLE_GAP;
    const onVsLine = (k: number) => {
      const l = lineAround(text, facts[k]!.start, facts[k]!.end);
      return VS.test(text.slice(l.start, l.end));
    };
    const currency = whole ? tableCurrency(facts, currencyAt, i, near, onVsLine) : (before ?? after[i + 1] ?? null);
    if (currency) f.unit = currency;
    if (results) tableEnd = lineEnd;
  }
}

/** The currency of the figure nearest to fact `i`, before it first, among those `near` it on a line of the table (`inTable`). */
function tableCurrency(facts: NumberFact[], currencyAt: (string | null)[], i: number, near: (k: number) => boolean, inTable: (k: number) => boolean): string | null {
  for (let k = i - 1; near(k); k--) if (currencyAt[k] && inTable(k)) return currencyAt[k]!;
  for (let k = i + 1; near(k); k++) if (currencyAt[k] && inTable(k)) return currencyAt[k]!;
  return null;
}

/**
 * The line around `start`-`end`, read no further than a table's line runs either side; `whole`
 * when both its ends were found (a line break, or the text's edge) within that reach.
 */
function lineAround(text: string, start: number, end: number): { start: number; end: number; whole: boolean } {
  const from = Math.max(0, start - MAX_TABLE_LINE);
  const back = text.slice(from, start).lastIndexOf('\n');
  const ahead = text.slice(end, end + MAX_TABLE_LINE).indexOf('\n');
  const whole = (back >= 0 || from === 0) && (ahead >= 0 || end + MAX_TABLE_LINE >= text.length);
  return { start: back < 0 ? from : from + back + 1, end: ahead < 0 ? Math.min(text.length, end + MAX_TABLE_LINE) : end + ahead, whole };
}

/** How far back a scaled amount of money still gives its currency to the next sentence's. */
const MONEY_CARRY_REACH = 600;

/**
 * Wire copy names the currency once, then writes bare scaled figures: "Pearson reported pre-tax
 * profit of 121.1 mln stg. Turnover fell to 953 mln from 970 mln." A scaled figure with no unit,
 * after a money word in its clause ("Turnover fell to", "earned", "sales of"), is in the currency of
 * the scaled figure right before it when that one is money, in an earlier sentence not far back,
 * and within a hundred times of it (a count in between, "8.3 mln units", passes none on).
 */
function moneyCarriedOver(doc: Doc, facts: NumberFact[], lex: NumberLexicon): void {
  const text = doc.text;
  let prev: NumberFact | null = null;
  const carried = new Set<NumberFact>();
  for (const f of facts) {
    if (f.ordinal || !SCALED_TEXT.test(f.text)) continue;
    const before = prev;
    prev = f;
    if (f.unit !== null || before === null || before.unit === null || !ISO_CODE.test(before.unit)) continue;
    const sentence = doc.sentenceAt(f.start);
    if (!sentence || f.start - before.end > MONEY_CARRY_REACH || !withinTimes(before.value, f.value, COMPARED_RATIO)) continue;
    // (In the sentence that took it, the figures after it take it too: "fell to 953 mln from 970 mln".)
    const same = doc.sentenceAt(before.start) === sentence;
    if (same ? !carried.has(before) : !lex.MONEY_BEFORE.test(text.slice(Math.max(sentence.start, f.start - 60), f.start)) && !moneySubject(text.slice(sentence.start, f.start), lex)) continue;
    f.unit = before.unit;
    carried.add(f);
  }
}

/**
 * A sentence whose subject is an amount of money: a money word among its first four words, the
 * head of its noun phrase ("Payments in 1988 were cut to 400 mln", "Costs, at 3 billion", "Sales
 * abroad fell"): not a modifier of a noun after it, one the dictionary knows only as a noun ("Tax
 * collectors", "Paid subscribers"; "Cash flow" is a verb too), nor before "per" ("Revenue per user"), not
 * capitalised inside the sentence (a name's, "Capital Cities"), and no reporting verb or relative
 * pronoun between it and the figure, which open a clause of another subject ("Sales staff said
 * visitors reached 40 mln").
 */
function moneySubject(lead: string, lex: NumberLexicon): boolean {
  const words = [...lead.matchAll(/[\p{L}'’-]+/gu)];
  for (const [k, m] of words.slice(0, 4).entries()) {
    const w = m[0];
    // (A listed noun's plural too, heading the sentence: "Bids for the group came to 1.5 billion",
    // "The offers totalled 2 billion"; not before a count's verb, "Bids numbered 1.4 million", nor
    // after another noun, "Job offers rose to 1.2 million".)
    const lw = w.toLowerCase();
    const plural = /[^s]s$/.test(lw) && lex.moneyWords.has(lw.slice(0, -1)) && !COUNT_VERB.test(lead) && (k === 0 || lex.determiners.has(words[k - 1]![0].toLowerCase()));
    if (!(lex.moneyWords.has(lw) || plural) || (k > 0 && /^\p{Lu}/u.test(w))) continue;
    const end = m.index + w.length;
    const next = /^(\s{0,3})([\p{L}'’-]+)?/u.exec(lead.slice(end))!;
    const nextWord = next[2]?.toLowerCase();
    const nextTags = nextWord === undefined ? [] : lexiconTags(nextWord);
    const head = next[2] === undefined || next[1] === '' || (nextWord !== 'per' && (lex.stopWords.has(nextWord!) || nextTags.some((t) => CLAUSE_VERB_TAGS.has(t)) || !nextTags.some((t) => NOMINAL_TAGS.has(t))));
    if (head && !ANOTHER_SUBJECT.test(lead.slice(end))) return true;
  }
  return false;
}
/** A verb that counts: "numbered", "number". */
const COUNT_VERB = /(?<![\p{L}])number(?:ed|s)?(?![\p{L}])/iu;
/** Tags of a word that is a verb of the clause, after its subject: "were", "rose", "will". */
const CLAUSE_VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Modal', 'Copula', 'Auxiliary']);
/** A reporting verb or a relative pronoun: a clause with a subject of its own starts after it. */
const ANOTHER_SUBJECT = /(?<![\p{L}])(?:said|says|say|told|according|who|which|whose|while|although|whereas)(?![\p{L}])/iu;

/** A US dollar written before the number: "$", "US$", "$US", "USD" (group-free, anchored at the end). */
const US_DOLLAR_BEFORE = /(?:\$|(?<![\p{L}])USD?)\s?$/u;
/** A US dollar named after the number: "U.S. dlrs", "US dollars", "American dollars", "USD", "dlrs (U.S.)". */
const US_DOLLAR_AFTER = /^\s{1,3}(?:(?:U\.\s?S\.|US|American|United\s{1,2}States)\s{1,2}(?:dollars?|dlrs?)|USD|(?:dollars?|dlrs?)\s{1,2}\((?:U\.\s?S\.|US)\))(?![\p{L}])/iu;

/** The US dollar named anywhere: "U.S. dlrs", "US dollars", "dlrs (U.S.)", "US$", "$US", "USD", a bare "$". */
const US_DOLLAR_IN = /(?<![\p{L}])(?:(?:U\.\s?S\.|US|American)\s{1,2}(?:dollars?|dlrs?)(?![\p{L}])|(?:dollars?|dlrs?)\s{1,2}\((?:U\.\s?S\.|US)\)|USD(?![\p{L}]))|(?<![\p{L}])\$/iu;

/**
 * Wire copy names a dollar by its country once, then writes the bare word ("revenues of 446 mln
 * Canadian dlrs last year and profit of 16.2 mln dlrs"; "fell to 32.94 billion N.Z. Dlrs ...
 * revised from 33.12 billion dlrs"): after a figure in another country's dollar, a figure in bare
 * dollars (or one that took its unit from such a figure) is in that dollar too, until a figure
 * names the US dollar ("U.S. dlrs", "US$", "$"), which is its own. Document order; before any
 * such figure, and in a sentence that names the US dollar ("28 to 30 U.S. dlrs"), a bare dollar
 * stays USD, and a figure in such a sentence sets no dollar (an exchange rate).
 */
function localDollars(doc: Doc, facts: NumberFact[], lex: NumberLexicon): void {
  const text = doc.text;
  let local: string | null = null;
  const namesUs = (f: NumberFact) => {
    const sentence = doc.sentenceAt(f.start);
    return !sentence || US_DOLLAR_IN.test(text.slice(sentence.start, sentence.end));
  };
  for (const f of facts) {
    const code = f.unit?.slice(0, 3);
    if (code === undefined || !lex.dollarCodes.has(code) || (f.unit!.length > 3 && f.unit![3] !== ' ')) continue;
    // (An exchange rate is no story's currency: "the U.S. dollar closed at 1.3850 Canadian dlrs".)
    if (code !== 'USD') local = namesUs(f) ? local : code;
    else if (US_DOLLAR_BEFORE.test(text.slice(Math.max(0, f.start - 5), f.start)) || US_DOLLAR_AFTER.test(text.slice(f.end, f.end + 32))) local = null;
    else if (local !== null && !namesUs(f)) f.unit = local + f.unit!.slice(3);
  }
}

function paragraphNumbers(doc: Doc, p: Span, lex: NumberLexicon, trace: (m: string) => void): NumberFact[] {
  const raw = [...findDigits(doc, p, lex), ...findWords(doc, p, lex)].sort((a, b) => a.start - b.start || b.end - a.end);
  const found = composeNumbers(doc.text, p, raw, lex);
  const addresses = addressSpans(p, lex);
  const kept: Candidate[] = [];
  let a = 0;
  for (const c of found) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue;
    // "1E15 operations a second": the rate's "a second" is the figure's unit, no ordinal.
    if (last && c.ordinal && last.unit !== null && last.unit.endsWith(` per ${doc.text.slice(c.start, c.end).toLowerCase()}`) && c.start - last.end < 40 && RATE_GAP.test(doc.text.slice(last.end, c.start))) continue;
    while (a < addresses.length && addresses[a]!.end <= c.start) a++;
    if (a < addresses.length && addresses[a]!.start <= c.start) {
      trace(`numbers: skipped "${doc.text.slice(c.start, c.end)}"@${c.start}: part of the address "${doc.text.slice(addresses[a]!.start, addresses[a]!.end)}"`);
      continue;
    }
    // (The second figure of a pair whose first was dropped goes with it: "Flight 245/246".)
    if (c.slashPair && !(last && doc.text.slice(last.end, c.start) === '/')) continue;
    if (resolve(doc, p, c, lex, trace)) kept.push(c);
  }
  dropCodesInNouns(doc.text, kept, trace);
  dropLonePairEnds(doc.text, kept);
  markScores(doc.text, kept);
  markRanges(doc.text, kept, lex);
  inheritMovedUnits(doc.text, kept, lex);
  rangeChanges(doc, p, kept, lex);
  shareListUnits(doc.text, kept);
  inheritLevelUnits(doc.text, kept);
  inheritComparedUnits(doc.text, kept, lex);
  joinCents(doc.text, kept);
  inheritElidedUnits(doc, kept, lex);
  markDimensions(doc.text, kept, lex);
  inheritPartOf(doc.text, kept, lex);
  inheritConversions(doc.text, kept);
  inheritBracketedUnits(doc.text, kept, lex);
  inheritScaledUnits(doc, kept, lex);
  inheritNumberOf(doc, p, kept, lex);
  inheritGappedChanges(doc, kept);
  return kept.flatMap(vagueEnds).map(toFact(doc.text));
}

/**
 * House numbers and their streets ("10 Downing Street", "9 E 71st St", "22 avenue Foch"), as
 * spans; not a count named by a street, a noun after it ("300 Wall Street bankers", "40 Downing
 * Street staff"), nor a score ("a 1-0 Elland Road win").
 */
function addressSpans(p: Span, lex: NumberLexicon): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  lex.ADDRESS.lastIndex = 0;
  for (let m = lex.ADDRESS.exec(p.text); m; m = lex.ADDRESS.exec(p.text)) {
    const w = m[1]?.toLowerCase();
    const counted = w !== undefined && !lex.stopWords.has(w) && !lex.verbs.has(w) && !/(?:ed|ly|ing)$/.test(w);
    if (!counted) out.push({ start: p.start + m.index, end: p.start + m.index + m[0].length - (m[1] ? m[1].length + 1 : 0) });
  }
  return out;
}

// --- rules -------------------------------------------------------------------------------------

/**
 * Whether "7E7" (`start`-`end`) names a model: no plural nor unit after it, or a determiner or a
 * possessive before it ("the 7E7", "its new 7E7 jets", "Boeing's 7E7").
 */
function eCode(text: string, p: Span, start: number, end: number, lex: NumberLexicon): boolean {
  const next = wordsAfter(text, end, p.end, 1)[0]?.toLowerCase();
  const counted = next !== undefined && ((/[^s]s$/.test(next) && !lex.verbs.has(next)) || lex.irregularPlurals.has(next) || lex.UNIT_AFTER.test(text.slice(end, Math.min(p.end, end + 16))));
  if (!counted) return true;
  // (The word before, or the one before an adjective: "its forthcoming 7E7 planes"; not past a
  // verb, "The culture reached 5E6 cells".)
  const [w1, w2] = text.slice(Math.max(p.start, start - 40), start).split(/\s+/).filter(Boolean).slice(-2).map((w) => w.toLowerCase()).reverse();
  const owner = (w: string | undefined) => w !== undefined && (DEFINITE.has(w) || /['’]s$/.test(w));
  // (Nor after a count of them: "twelve 4E8 freighters", "50 7E7 jets".)
  if (w1 !== undefined && (lex.cardinals.has(w1) || /^\d[\d,]*$/.test(w1))) return true;
  return owner(w1) || (owner(w2) && w1 !== undefined && !lexiconTags(w1).some((t) => PLACING_VERB_TAGS.has(t)) && !lex.cardinals.has(w1));
}

/** Between a figure and its rate's ordinal-shaped unit: " operations a ", " rounds per " (no punctuation). */
const RATE_GAP = /^[^,;:.!?()]{0,36}(?<![\p{L}])(?:an?|per)\s{1,2}$/u;

/** An opening bracket right after a word: "Pennetta (Italy)". */
const BRACKET_AFTER = /^\s{0,2}[(\[]/u;

/** After a number with a leading zero, a score's other side or a list's next item: "-03", ", 11". */
const ZERO_SIDE_AFTER = /^(?:[-–]\d{1,2}(?!\d)|,\s\d)/u;
/** Before one, a score's first side or a list's: "07-", "03, ". */
const ZERO_SIDE_BEFORE = /(?:(?<![\d.])\d{1,2}[-–]|\d,\s)$/u;
/** Whether `digits` at `at` in `text`, two with a leading zero, are a score's or a list's side ("07-03", "03, 11"). */
function zeroSide(text: string, at: number, digits: string): boolean {
  const end = at + digits.length;
  return digits.length === 2 && (ZERO_SIDE_AFTER.test(text.slice(end, end + 4)) || ZERO_SIDE_BEFORE.test(text.slice(Math.max(0, at - 4), at)));
}
/**
 * The second figure of a quote's pair whose first was dropped (a name's or a code's: "Flight
 * 245/246", "Rooms 101/102") goes with it: alone it is no figure either.
 */
function dropLonePairEnds(text: string, kept: Candidate[]): void {
  for (let i = kept.length - 1; i >= 0; i--) {
    const c = kept[i]!;
    if (c.slashPair && (i === 0 || text.slice(kept[i - 1]!.tail, c.head) !== '/')) kept.splice(i, 1);
  }
}

/** A slash and the second figure of a quote's pair: "/70" in "145.60/70 yen", "/4.0", "/230". Group 1 = the figure. */
const SLASH_PAIR_AFTER = /^\/(\d{1,7}(?:,\d{3}){0,3}(?:\.\d{1,6})?)(?![\p{N}\/⁄]|[.,]\d)/u;
/** The first figure of a quote's pair and its slash, right before the second: "145.60/". Group 1 = the figure. */
const SLASH_PAIR_BEFORE = /(?<![\p{N}.,\/⁄])(\d{1,7}(?:,\d{3}){0,3}(?:\.\d{1,6})?)\/$/u;
/** The maximum of a score or a rating written after a slash: "7.25/10", "4.5/5", "3.9/4.0", "87/100". */
const RATING_SCALES = new Set([4, 5, 10, 20, 100]);
/** At most this far apart, as a share of the first, are two whole or decimal figures of one quote ("229/230", "3.90/4.0"; not "60/40", "120/80"). */
const SLASH_PAIR_SPREAD = 0.15;

/**
 * The value of `second` as the second figure of a quote's pair written with a slash after
 * `first` (bid and offer, or a price's low and high, in market reports), else null. With a
 * decimal first figure, two or more whole digits after the slash replace its last decimals
 * ("145.60/70" is 145.60 and 145.70, "1.5798/808" 1.5798 and 1.5808, "4.35/25" 4.35 and 4.25),
 * carrying into the digit before where that is nearer ("1.6190/00" is 1.6200); two figures written in full
 * are a pair when both are decimals, or both whole and 100 or more with as many digits, and they
 * differ by at most SLASH_PAIR_SPREAD ("3.90/4.0 pct", "229/230 dlrs"). Not odds or fractions ("5/4",
 * "2.9/1"), dates and seasons ("9/11", "2004/05"), ratios ("60/40", "50/50"), readings ("120/80").
 */
function slashPairValue(first: string, second: string, unitAfter: boolean): number | null {
  const a = Number(first.replace(/,/g, ''));
  const places = DECIMAL_PLACES.exec(first)?.[1]?.length ?? 0;
  // A score out of a round maximum with no unit after it ("rated 7.25/10", "4.5/5.0", "a 3.9/4.0
  // average"): no pair. (Not a tail shorter than the decimals, "1.6200/10 dlrs" is 1.6210.)
  const scale = /^\d+(?:\.0+)?$/.test(second) && RATING_SCALES.has(Number(second)) && Number(second) >= a;
  if (scale && !unitAfter && (second.includes('.') || second.length >= places)) return null;
  if (places > 0 && /^\d+$/.test(second) && second.length >= 2 && second.length <= places) {
    // The tail may carry into the digit before it ("1.6190/00" is 1.6200): the nearest to the first.
    const tail = Number(first.slice(0, first.length - second.length) + second);
    const step = 10 ** (second.length - places);
    // (A tie keeps the digits as written: "421.10/60" is 421.60, not 420.60.)
    const nearest = [tail, tail - step, tail + step].reduce((x, y) => (Math.abs(y - a) < Math.abs(x - a) - 1e-9 ? y : x));
    return Number(nearest.toFixed(places));
  }
  const b = Number(second.replace(/,/g, ''));
  const whole = places === 0 && !second.includes('.');
  if (whole && (a < 100 || first.replace(/,/g, '').length !== second.replace(/,/g, '').length)) return null;
  if (!whole && (places === 0 || !second.includes('.'))) return null;
  return a !== b && Math.abs(b - a) <= SLASH_PAIR_SPREAD * a ? b : null;
}

/** A telephone number's groups after its first: " 555 111", " 8 505 505", "-4412". */
const PHONE_GROUPS = /^(?:[ -]\d{1,4}){1,4}(?!\d|[.,]\d)/u;

/** number/digits and number/digit-ordinal: "45,000", "3.5", "1.2 million", "$2.3bn", "-4C", "21st". */
function findDigits(doc: Doc, p: Span, lex: NumberLexicon): Candidate[] {
  const text = doc.text;
  const out: Candidate[] = [];
  // A unit or "%" right after a slash pair's second figure: no score out of ten ("3.90/4.0 pct").
  const unitAfterPair = (at: number) => lex.UNIT_AFTER.test(text.slice(at, Math.min(p.end, at + 16))) || /^\s{0,2}%/.test(text.slice(at, at + 3));
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(p.text); m; m = DIGITS.exec(p.text)) {
    let start = p.start + m.index;
    // Digits glued to letters are a code ("A320", "H1N1"), unless the letters are a currency
    // ("USD10m", "RM23.50", "$US55,931,000").
    if (LETTER.test(text[start - 1] ?? '') && !lex.CURRENCY_BEFORE.test(text.slice(Math.max(p.start, start - 8), start)) && !lex.FOLDED_BEFORE.test(text.slice(Math.max(p.start, start - 4), start))) continue;
    // "On May 17 300 people left": after a month the first group is a day, not thousands; the
    // scan resumes at the next group. So too next to a hyphen: "10 737-800 planes" is ten of a
    // model, "2-3 550-700 lb" two ranges, "104-5/8 105-1/8" two prices ("2 500-3 000 troops" stays
    // a range of thousands).
    const space = m[0].indexOf(' ');
    if (space > 0 && (lex.MONTH_BEFORE.test(text.slice(Math.max(p.start, start - 16), start)) || hyphenedGroups(text, start + m[0].length))) {
      m[0] = m[0].slice(0, space);
      DIGITS.lastIndex = m.index + space;
    }
    let end = start + m[0].length;
    const before = text.slice(Math.max(p.start, start - 2), start);
    // "F-16", "COVID-19" (a letter and a hyphen before, unless a measure, "magnitude-5.8", or a
    // sign, "minus-5"); "#5";
    // "10:30" and "24/7" (second half).
    // "sub-7" and "near-100%" are hedged numbers ("sub-$100" passes: its sign stands between).
    if (/\p{L}[-‑]$/u.test(before) && !sameGluedEnds(text, p, start, start + m[0].length, lex) && !lex.HEDGE_PREFIX_BEFORE.test(text.slice(Math.max(p.start, start - 8), start)) && !lex.MEASURE_BEFORE.test(text.slice(Math.max(p.start, start - 24), start)) && !lex.SIGN_BEFORE.test(text.slice(Math.max(p.start, start - 12), start))) continue;
    // The second figure of a quote's pair ("145.60/70 yen"): its digits in place of the first's last.
    // (Read as the first figure reads what follows it: "145.60/70/80" is no pair, "/70" not its second.)
    const pairFirst = /\d\/$/.test(before) ? SLASH_PAIR_BEFORE.exec(text.slice(Math.max(p.start, start - 20), start)) : null;
    const asAfter = pairFirst ? SLASH_PAIR_AFTER.exec(text.slice(start - 1, Math.min(p.end, start + 20))) : null;
    const pairValue = pairFirst && asAfter?.[1] === m[0] ? slashPairValue(pairFirst[1]!, m[0], unitAfterPair(end)) : null;
    if (pairValue === null && (/[#:/]$/.test(before) || /\d[:/]$/.test(before))) continue;
    const pairAfter = SLASH_PAIR_AFTER.exec(text.slice(end, Math.min(p.end, end + 20)));
    const paired = pairValue !== null || (pairAfter !== null && slashPairValue(m[0], pairAfter[1]!, unitAfterPair(end + pairAfter[0].length)) !== null);
    // "the 747-400", "A340-600", "767-300's": a model's type or series, no figure (modelSeries).
    if (modelSeries(text, p, start, start + m[0].length, lex)) continue;
    // A whole number written with a leading zero is a code, a telephone number's part or a clock,
    // never a count ("play 007", "call 0800 555 111", "dial 056").
    // (The groups written after it are the same number's: "0845 8 505 505".)
    // (A score's or a list's side keeps its zero: "finished 07-03", "drawn were 03, 11 and 25".)
    if (/^0\d+$/.test(m[0]) && pairValue === null && !zeroSide(p.text, m.index, m[0])) {
      const rest = PHONE_GROUPS.exec(p.text.slice(m.index + m[0].length, m.index + m[0].length + 24));
      if (rest) DIGITS.lastIndex = m.index + m[0].length + rest[0].length;
      continue;
    }
    let value = pairValue ?? (DECIMAL_COMMA.test(m[0]) ? Number(m[0].replace(',', '.')) : Number(m[0].replace(/,/g, '').replace(SPACE_GROUPS, '')));
    let rule = 'number/digits';
    let fraction = false;
    // "2  1/4": a whole and a proper fraction. After a decimal, a glued fraction is one of its
    // last place: grain and metal prices in cents and eighths ("2.88-1/4 dlrs" is 2.8825).
    // (A price only: money after it or a sign before, "at 2.88-1/4 dlrs"; not "led 3.5-1/2".)
    const places = DECIMAL_PLACES.exec(m[0])?.[1]?.length;
    let mixed = !paired && (/^\d+$/.test(m[0]) || (places !== undefined && text[end] === '-')) ? MIXED_AFTER.exec(text.slice(end, Math.min(p.end, end + 12))) : null;
    if (mixed && places !== undefined && !priced(text, p, start, end + mixed[0].length, lex)) mixed = null;
    const lone = mixed || paired ? null : properFraction(text, p, start, end, value, lex);
    if (mixed && Number(mixed[1]) < Number(mixed[2])) {
      value = places === undefined ? value + Number(mixed[1]) / Number(mixed[2]) : Number((value + Number(mixed[1]) / Number(mixed[2]) / 10 ** places).toFixed(places + 6));
      end += mixed[0].length;
      rule = 'number/digit-fraction';
      fraction = true;
    } else if (lone) {
      value = lone.value;
      end = lone.end;
      rule = 'number/digit-fraction';
      fraction = true;
    } else if (!paired && CODE_TOKEN.test(tokenAround(text, start, end, p))) continue;
    let negative = false;
    if (MINUS.test(text.slice(Math.max(p.start, start - 2), start))) {
      start -= 1;
      negative = true;
    } else if (LEAD_MINUS.test(text.slice(p.start, start)) && BARE_AFTER.test(text.slice(end, Math.min(p.end, end + 8)))) {
      start = p.start + text.slice(p.start, start).search(/[-−]/u);
      negative = true;
    }
    // Punctuation or the paragraph's end right after the digits: no power, ordinal, scale or unit
    // follows ("1,1,1" and every list of bare numbers reads no further).
    const closed = end >= p.end || CLOSING.test(text[end]!);
    const ten = fraction || closed ? null : TEN_POWER.exec(text.slice(end, Math.min(p.end, end + 12)));
    const caret = fraction || ten || closed ? null : CARET_POWER.exec(text.slice(end, Math.min(p.end, end + 8)));
    const sci = fraction || caret || ten || closed ? null : E_POWER.exec(text.slice(end, Math.min(p.end, end + 8)));
    // A capital E between two whole numbers with no sign is a model's code, not a power ("the 7E7
    // jet", "a 2E5 engine", "its forthcoming 7E7 planes"); a power has a point, a sign or a small
    // "e" ("1.5E7", "1E-9", "3e6"), or counts a plural with no determiner before ("shipped 3E6
    // units", "reached 5E6 cells").
    if (sci && sci[0][0] === 'E' && !sci[1] && !m[0].includes('.') && eCode(text, p, start, end + sci[0].length, lex)) continue;
    if (ten) {
      const sup = ten[6] ? [...ten[6]].map((d) => SUPERSCRIPT_DIGITS.indexOf(d)).join('') : null;
      const power = Number(ten[2] ?? ten[4] ?? sup);
      const down = /[-−⁻]/.test(ten[1] ?? ten[3] ?? ten[5] ?? '');
      value = Number(`${value}e${down ? '-' : ''}${power}`);
      end += ten[0].length;
    } else if (caret) {
      const flip = (caret[1]!.match(/-/g)?.length ?? 0) % 2 === 1;
      value = value ** (flip ? -Number(caret[2]) : Number(caret[2]));
      end += caret[0].length;
    } else if (sci) {
      value = Number(`${value}e${sci[1] === '-' ? '-' : ''}${sci[2]}`);
      end += sci[0].length;
    }
    if (negative) value = -value;
    let ordinal = false;
    let scale: number | null = null;
    const after = text.slice(end, Math.min(p.end, end + 16));
    const ord = fraction || caret || sci || ten || closed ? null : ORDINAL_SUFFIX.exec(after);
    if (ord && !m[0].includes('.')) {
      ordinal = true;
      end += ord[0].length;
    } else if (!closed) {
      const s = lex.SCALE_AFTER.exec(after);
      const word = s?.[1] ?? s?.[2] ?? s?.[3] ?? s?.[4];
      if (s && word && !caret && !sci && !ten && scaleApplies(doc, p, start, end + s[0].length, word, m[0], !s[1] && !s[3] && !s[4], lex)) {
        scale = lex.scales.get(word.toLowerCase())!;
        value = scaled(value, scale);
        end += s[0].length;
        // "4 hundred million": a larger scale word after the first multiplies again.
        const s2 = lex.SCALE_AFTER.exec(text.slice(end, Math.min(p.end, end + 16)));
        const next = s2?.[1] ? lex.scales.get(s2[1].toLowerCase())! : 0;
        if (next > scale && !lex.dozens.has(s2![1]!.toLowerCase())) {
          scale *= next;
          value = scaled(value, next);
          end += s2![0].length;
        }
      }
    }
    // Letters glued to the digits that are no unit make a code: "5G", "1990s", "3D".
    const next = text[end] ?? '';
    if (LETTER.test(next) && !lex.UNIT_AFTER.test(text.slice(end, Math.min(p.end, end + 16)))) continue;
    const c = candidate(start, end, value, ordinal, ordinal ? 'number/digit-ordinal' : rule, scale);
    if (fraction) c.fraction = true;
    if (pairValue !== null) c.slashPair = true;
    out.push(c);
  }
  return out;
}

/**
 * A lone proper fraction "N/D" (N < D) when something says it is a quantity: a fraction slash
 * ("1⁄32"), "of" after it ("1/16 of a pint"), a unit ("a 1/4 mile", "5/8 inch"), a hyphen compound
 * ("a 1/4-mile track") or a change word before it ("rose 3/8"). "9/11", "24/7" and "on 7/14"
 * stay what they are.
 */
function properFraction(text: string, p: Span, start: number, end: number, numerator: number, lex: NumberLexicon): { value: number; end: number } | null {
  if (!Number.isInteger(numerator) || /[\/⁄]/.test(text[start - 1] ?? '')) return null;
  const f = FRACTION_AFTER.exec(text.slice(end, Math.min(p.end, end + 8)));
  if (!f || numerator >= Number(f[2]) || numerator === 0) return null;
  const stop = end + f[0].length;
  const after = text.slice(stop, Math.min(p.end, stop + 24));
  const said =
    f[1] === '⁄' ||
    FRACTION_OF.test(after) ||
    (/^[-‑]/.test(after) && lex.UNIT_AFTER.test(after.slice(1))) ||
    lex.UNIT_AFTER.test(after) ||
    lex.CHANGE_WORD_BEFORE.test(text.slice(Math.max(p.start, start - 30), start));
  return said ? { value: numerator / Number(f[2]), end: stop } : null;
}

/** A number with a glued scale or unit and a dash: the first end of "10m-25m", "3bn-4bn", "5km-10km". Group 1 = the letters. */
const GLUED_UNIT_DASH_BEFORE = /(?<![\p{L}\d.,])\d[\d.,]{0,12}(\p{Ll}{1,3})[-‑–]$/u;

/** Both ends of a dashed range carry the same glued scale or unit ("10m-25m", "5km-10km"; not "4b-5", "Su-34"). */
function sameGluedEnds(text: string, p: Span, start: number, end: number, lex: NumberLexicon): boolean {
  const g = GLUED_UNIT_DASH_BEFORE.exec(text.slice(Math.max(p.start, start - 8), start));
  if (!g) return false;
  const letters = g[1]!;
  return (lex.scales.has(letters) || lex.suffixUnits.has(letters)) && text.startsWith(letters, end) && !LETTER.test(text[end + letters.length] ?? '');
}

/** A currency sign, an amount (with its own glued scale or none), and a range's dash, "to" or "and", at the end. */
const RANGE_SIGN_BEFORE = /\p{Sc}\s?\d[\d.,]{0,12}(?:[mb]n?|mln)?\s{0,2}(?:[-–]|to|and)\s{0,2}$/u;

/** A currency sign right before `start`, as written ("$", "US$") or folded to ASCII ("PS"). */
function signBefore(text: string, p: Span, start: number, lex: NumberLexicon): boolean {
  const before = text.slice(Math.max(p.start, start - 4), start);
  return lex.CURRENCY_BEFORE.test(before) || lex.FOLDED_BEFORE.test(before);
}

/**
 * A glued "m"/"b" is a scale only with a currency, before it or after ("$5m", "154m naira"), before a plural noun ("5m people") or,
 * when it is no unit, after a decimal ("1.2b"); a "G" only as written, glued to two digits or more
 * or after a currency sign ("10G", "$2.5G"; not "5G", "2.5G" or "10g").
 */
function scaleApplies(doc: Doc, p: Span, start: number, end: number, word: string, digits: string, glued: boolean, lex: NumberLexicon): boolean {
  const lower = word.toLowerCase();
  const code = lex.codeScales.get(lower);
  // "$3MM" (not "a 9MM pistol"); "10G" (not "5G").
  if (code !== undefined) {
    if (!glued || word !== code) return false;
    // One letter after a whole part of one digit is a code with or without a decimal ("4G", "2.5G
    // technology"), unless a currency makes it money ("$2.5G", "3.3T dollars").
    if (code.length === 1 && /^\d{2}/.test(digits)) return true;
    if (signBefore(doc.text, p, start, lex)) return true;
    const next = code.length === 1 ? wordsAfter(doc.text, end, p.end, 1)[0] : undefined;
    const named = next === undefined ? undefined : lex.suffixUnits.get(next) ?? lex.suffixUnits.get(next.toLowerCase());
    return next !== undefined && (lex.currencyCues.has(next.toLowerCase()) || (named !== undefined && ISO_CODE.test(named)));
  }
  if (lex.ambiguousScales.has(lower) && digits.includes('.') && !lex.suffixUnits.has(lower) && !lex.suffixUnits.has(word)) return true;
  if (!lex.ambiguousScales.has(lower) || word === 'M' || word === 'B') return true;
  if (signBefore(doc.text, p, start, lex)) return true;
  // The second end of a range whose first has the sign: "$10-25m", "£5 to 8m".
  if (RANGE_SIGN_BEFORE.test(doc.text.slice(Math.max(p.start, start - 24), start))) return true;
  const nextWord = wordsAfter(doc.text, end, p.end, 1)[0]?.toLowerCase() ?? '';
  if (lower !== 'm') return false;
  // ("the 1500m and 5,000m titles": a thousand million and more is written "bn"; without a currency
  // a glued "m" after four digits is metres. "as", "is" are no plurals: "won the 400m as well".)
  // A currency named after it (its plural may have no -s): "154m naira", "40m yen", "6m baht",
  // "1,100m dollars". (Not a currency word in a compound: "the 100m euro-zone record".)
  const after = doc.text.slice(end, Math.min(p.end, end + 32));
  const unit = lex.UNIT_AFTER.exec(after);
  if (unit?.[1] !== undefined && ISO_CODE.test(lex.suffixUnits.get(unit[1]) ?? '') && !/^[-‑](?!denominated)/u.test(after.slice(unit[0].length))) return true;
  // "the 60m hurdles", "the 200m freestyle": a race named by its distance (number-race-events.txt).
  if (lex.raceEvents.has(nextWord)) return false;
  const plural = (/[^s]s$/.test(nextWord) && !lex.stopWords.has(nextWord)) || lex.irregularPlurals.has(nextWord);
  // ("the 100m and 200m titles": after a glued "m" with no currency it names a second distance.)
  if (plural && Number(digits.replace(/,/g, '')) < 1000 && !DISTANCE_AND_BEFORE.test(doc.text.slice(Math.max(p.start, start - 16), start))) return true;
  // A bare "m" where the sentence counts in millions ("£53m", "1m barrels") is one too, after a
  // decimal, before a bracketed conversion or after "from"/"to" ("up from 38m in 2003", "fell 1m
  // barrels to 294.3m", "648m ($492m)"; "the 100m and 200m titles" stay metres).
  if (LETTER.test(doc.text[end] ?? '') || nextWord !== '' && !lex.stopWords.has(nextWord)) return false;
  const placed = digits.includes('.') || CONVERSION_NEXT.test(after) || FROM_TO_BEFORE.test(doc.text.slice(Math.max(p.start, start - 6), start));
  const sentence = doc.sentenceAt(start);
  return placed && sentence !== undefined && millionsWritten(sentence.text, lex);
}

/**
 * Whether a sentence writes a figure in millions with a glued "m" or "bn": after a currency sign
 * ("£53m", "$1.2bn") or before a plural that names no race ("1m barrels", "1.6m Muslims"; not "the
 * 60m hurdles").
 */
function millionsWritten(text: string, lex: NumberLexicon): boolean {
  if (MONEY_MILLIONS.test(text)) return true;
  // ("the 400m and 800m titles": a second distance.)
  for (const m of text.matchAll(PLURAL_MILLIONS)) if (!lex.raceEvents.has(m[1]!) && !DISTANCE_AND_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) return true;
  return false;
}

/** A figure, its unit's words and a bracket opened after them, or a semicolon inside it, at the end: "77m euros (", "£53m; ". */
const CONVERSION_BEFORE = /\p{N}[\p{L}\p{N}.,%\s]{0,25}[(;]\s{0,2}$/u;

/**
 * Whether a figure at `lead` is a conversion in brackets, right after another figure ("77m euros
 * (£53m; $100m)"), not a bracket of its own ("social insurance (153 billion forints)").
 */
function inConversion(text: string, lead: number): boolean {
  const before = text.slice(Math.max(0, lead - 40), lead);
  if (!CONVERSION_BEFORE.test(before)) return false;
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}
/** A distance with a glued "m" and no currency sign, then "and", "or" or a comma: "100m and ". */
const DISTANCE_AND_BEFORE = /(?<![\p{Sc}\p{N}.,]\s?)\p{N}{2,5}m\s{0,2}(?:and|or|,|&)\s{1,3}$/u;
/** A bracketed conversion next: " ($492m)", " (£109m)". */
const CONVERSION_NEXT = /^\s{0,2}\(\s?(?:[A-Z]{0,3}\p{Sc}|[A-Z]{3}\s)/u;
/** "from" or "to" right before: a level's figure. */
const FROM_TO_BEFORE = /(?<![\p{L}])(?:from|to)\s{1,3}$/iu;
/** An amount after a currency sign with a glued "m" or "bn": "£53m", "$1.2bn". */
const MONEY_MILLIONS = /\p{Sc}\s?\d[\d.,]{0,12}(?:m|bn)(?![\p{L}])/u;
/** A glued "m" or "bn" before a plural in lower case: "1m barrels". Group 1 = the plural. */
const PLURAL_MILLIONS = /(?<![\p{N}.,])\p{N}[\p{N}.,]{0,12}(?:m|bn)\s{1,2}(\p{Ll}{2,20}[^s\s]s)(?![\p{L}])/gu;

/** number/words and number/word-ordinal: "ten thousand", "a dozen", "one hundred and twenty", "sixth". */
function findWords(doc: Doc, p: Span, lex: NumberLexicon): Candidate[] {
  const out: Candidate[] = [];
  for (const m of p.text.matchAll(lex.WORD_NUMBER)) pushAll(out, parseWordNumber(p.start + m.index, m[0], lex));
  // "one mln shares", "four bln dlrs": a spelled-out number and a scale's abbreviation (wire style).
  for (const c of out) {
    const s = c.scale === null ? lex.ABBREVIATED_SCALE_AFTER.exec(doc.text.slice(c.end, Math.min(p.end, c.end + 8))) : null;
    if (!s) continue;
    c.scale = lex.scales.get(s[1]!.toLowerCase())!;
    c.value = scaled(c.value, c.scale);
    c.end += s[0].length;
    c.tail = c.end;
  }
  pushAll(out, findFractions(doc.text, p, lex));
  pushAll(out, findVague(doc.text, p, lex));
  for (const m of p.text.matchAll(lex.WORD_ORDINAL)) {
    const start = p.start + m.index;
    const parts = m[0].toLowerCase().split(/[-‑]/);
    const value = parts.length === 2 ? lex.cardinals.get(parts[0]!)! + lex.ordinals.get(parts[1]!)! : lex.ordinals.get(parts[0]!)!;
    if (parts.length === 1 && parts[0] === 'second' && secondOfTime(doc.text, p, start, start + m[0].length, lex)) continue;
    out.push(candidate(start, start + m[0].length, value, true, 'number/word-ordinal', null));
  }
  return out.filter((c) => !capitalisedInName(doc, p, c, lex));
}

/** A count right before a word: "10 second", "one-second" (group 1 = a number word); not a year, "In 1986 second place". */
const COUNT_BEFORE = /(?:(?<![\p{N}])\p{N}{1,3}|(?<![\p{L}])(\p{L}{2,12}))[\s-]{1,2}$/u;
/** Tags of a word after "a second" that leave "second" the unit of time: "a second later", "a second or two", "every second is". */
const AFTER_TIME_SECOND = new Set(['Adverb', 'Comparative', 'Superlative', 'Date', 'Copula', 'Modal', 'Auxiliary']);

/**
 * Whether "second" at `start`..`end` is the unit of time, not the ordinal: after a count ("one
 * second") or a word of number-second-time.tsv ("per second", "a split second", "every second."
 * but not "every second day"; "for a second." and "a second later", but not "a second term" nor
 * "added a second,"). Everywhere else it is the ordinal: "the second round", "Denmark's second
 * largest", "came second", "in second place". A hyphen after it makes a compound ("a second-half goal").
 */
function secondOfTime(text: string, p: Span, start: number, end: number, lex: NumberLexicon): boolean {
  const lead = text.slice(Math.max(p.start, start - 24), start);
  const count = COUNT_BEFORE.exec(lead);
  if (count && (count[1] === undefined || lex.cardinals.has(count[1].toLowerCase()))) return true;
  const prev = PREV_WORD.exec(lead);
  const when = prev && /^\s{1,2}$/.test(lead.slice(prev.index + prev[1]!.length)) ? lex.secondTime.get(prev[1]!.toLowerCase()) : undefined;
  if (when === undefined) return false;
  if (when === 'always') return true;
  if (/^[-‑]/.test(text.slice(end, end + 1))) return false;
  const next = /^\s{1,2}(\p{L}+)/u.exec(text.slice(end, Math.min(p.end, end + 24)));
  const tags = next ? lexiconTags(next[1]!.toLowerCase()) : [];
  if (tags.some((t) => AFTER_TIME_SECOND.has(t))) return true;
  // "a second or two", "a second or so": a span of time, whoever says it.
  if (next?.[1]!.toLowerCase() === 'or') {
    const w = wordsAfter(text, end + next[0].length, p.end, 1)[0]?.toLowerCase();
    if (w !== undefined && (w === 'so' || lex.cardinals.has(w))) return true;
  }
  if (when === 'after-preposition') {
    const before = PREV_WORD.exec(text.slice(Math.max(p.start, start - 48), start - prev![0].length));
    const word = before?.[1]!.toLowerCase();
    if (word === undefined || (word !== 'half' && !lexiconTags(word).includes('Preposition'))) return false;
  }
  if (!next) return true;
  const word = next[1]!.toLowerCase();
  // "a second and third term": another ordinal after "and"/"or" makes both ordinals.
  if ((word === 'and' || word === 'or') && lex.ordinals.has(wordsAfter(text, end + next[0].length, p.end, 1)[0]?.toLowerCase() ?? '')) return false;
  return onlyClosedClass(tags);
}

/** "of" or "more" after a bare plural scale: "thousands of people", "hundreds more". */
const VAGUE_FOLLOW = /^\s{1,3}(?:of|more)(?![\p{L}\p{N}])/iu;

/**
 * Vague magnitudes: "thousands of tests" is 1,000 to 10,000, "tens of thousands" 10,000 to
 * 100,000, "dozens of" 12 to 120; a bare plural only before "of" or "more" ("in the thousands",
 * "by the dozen" count nothing). One candidate holding both ends; they become two entries.
 */
function findVague(text: string, p: Span, lex: NumberLexicon): Candidate[] {
  const out: Candidate[] = [];
  for (const m of p.text.matchAll(lex.VAGUE_NUMBER)) {
    const inner = lex.vagueValues.get(m[2]!.toLowerCase())!;
    const outer = m[1] ? lex.vagueValues.get(m[1].toLowerCase())! : 1;
    let start = p.start + m.index;
    const end = start + m[0].length;
    let value = outer * inner;
    // "millions of thousands": an outer scale no smaller than the inner is no product.
    if (outer >= inner) {
      start = end - m[2]!.length;
      value = inner;
    }
    if (start === end - m[2]!.length && !VAGUE_FOLLOW.test(text.slice(end, Math.min(p.end, end + 8)))) continue;
    const c = candidate(start, end, value, false, 'number/vague', null);
    c.upper = value * 10;
    out.push(c);
  }
  return out;
}

// --- resolver ----------------------------------------------------------------------------------

/** An -ing word right after a number, then another figure: "including 1.83", "totalling $4". */
const ING_THEN_FIGURE = /^\s{1,3}(\p{Ll}{2,20}ing)\s{1,3}(?:\p{Sc}\s?)?\p{N}/u;

/** A range's or list's link right before a number: "March 1 to ", "12 and ". */
const LIST_END = /(?:or|and|to|-|–)\s{0,2}$/u;
/** A clock's word after a four-digit figure, another time between: " GMT", " or 2100 EST", " Gulf time", " hrs". */
const CLOCK_NEAR = /^\s{1,3}(?:(?:or|and|to|-)\s{1,3}\d{4}\s{1,3})?(?:\p{L}{1,12}\s{1,3}time(?![\p{L}])|(?:hrs|hours|gmt|utc|est|edt|cst|cdt|pst|pdt|bst|cet|local)(?![\p{L}]))/iu;
/** Digits a month's day or a year is written in: up to two, or four without a group separator (a scale word may follow: "May 15 million" stays a date's). */
const DAY_OR_YEAR = /^(?:\d{1,2}|\d{4})(?!\d)(?![.,]\d)/u;
/** Whether digits after a month are a day's (1 to 31) or a year's (1000 to 2199): "in March 50 basis points" is a figure. */
function dayOrYear(written: string): boolean {
  const m = DAY_OR_YEAR.exec(written);
  if (m === null) return false;
  const n = Number(m[0]);
  return m[0].length <= 2 ? n >= 1 && n <= 31 : n >= 1000 && n < 2200;
}

/** Marks that end a clause or a quotation: the object of a verb lies after the last of them. */
const CLAUSE_MARKS = new Set([...',;:.!?()"“”']);
const OBJECT_STOPS = new Set(['to', 'and', 'or', 'but', 'that', 'which', 'who', 'with', 'as', 'if', 'up', 'on', 'in', 'at', 'for', 'from', 'by', 'off', 'out', 'over', 'into']);

/**
 * "pushed prices up to $5", "brought the total up to 40": a raising verb, its object (one to five
 * words, none a preposition nor a word that opens another phrase), then "up to" (`before` ends
 * where "up to" starts): the level reached, no bound ("could push up to 5%", "plans to cut up to
 * 300 jobs", "take on up to 16 players" keep theirs).
 */
function raisedTo(before: string, lex: NumberLexicon): boolean {
  // (The verb in lower case: "a U.S. Air Force pact for up to 20 rockets" has none.)
  let from = before.length;
  while (from > 0 && !CLAUSE_MARKS.has(before[from - 1]!)) from--;
  const words = before.slice(from).split(/\s+/u).filter(Boolean);
  for (let i = words.length - 2; i >= Math.max(0, words.length - 6); i--) {
    if (OBJECT_STOPS.has(words[i + 1]!.toLowerCase())) return false;
    if (lex.raiseVerbs.has(words[i]!)) return true;
  }
  return false;
}

/** Whether money is written around a figure at text[start, end): a currency or cents after it ("2.88-1/4 dlrs"), or a sign before it. */
function priced(text: string, p: Span, start: number, end: number, lex: NumberLexicon): boolean {
  if (lex.CURRENCY_BEFORE.test(text.slice(Math.max(p.start, start - 8), start))) return true;
  const unit = lex.UNIT_AFTER.exec(text.slice(end, Math.min(p.end, end + 32)));
  const written = unit ? lex.suffixUnits.get(unit[1] ?? unit[2] ?? '') : undefined;
  return written !== undefined && (ISO_CODE.test(written) || written === 'cents' || written === 'pence');
}

/** A model's series after its type: "-400" after "747" (the type's number in group 1 of the other). */
const SERIES_AFTER = /^[-‑](\d00)(?![\p{N}]|[.,]\d|\s?%)/u;
/** A model's type before its series: "747-" before "400", "A340-" before "600". Groups: a letter glued before, the type's number. */
const TYPE_BEFORE = /(?<![\p{N}.,])(\p{L})?(\d{3})[-‑]$/u;
/** A hyphen and another number grouped by spaces: "-3 000". */
const SPACED_GROUP_AFTER = /^[-‑]\d{1,3}[ \u00a0\u2009\u202f]\d{3}(?!\d)/u;
/**
 * Whether space-grouped digits ending at `end` stand before a hyphen that joins their last group
 * to what follows ("10 737-800", "2-3 550-700", "5/8 105-1/8"): then the groups are separate
 * numbers, unless a number grouped the same way follows ("2 500-3 000").
 */
function hyphenedGroups(text: string, end: number): boolean {
  const after = text.slice(end, end + 8);
  return /^[-‑]\d/u.test(after) && !SPACED_GROUP_AFTER.test(after);
}
/** A plural glued after a model: "767-300's", "747-400s". */
const MODEL_PLURAL_AFTER = /^(?:['’]s|s)(?![\p{L}])/u;

/**
 * Whether the digits at text[start, end) are either side of a model's "747-400", "737-800" or
 * "A340-600": a round hundred after a type glued to a letter, or after a three-digit type (above
 * the series, or not a multiple of five) that a determiner, a possessive or a count names ("the
 * 747-400", "its 767-300", "four 737-800 aircraft") or that takes a plural ("767-300's"); not a
 * score or a tally ("edged New York 105-100", "passed 312-200", "a 304-100 vote"), nor a range
 * ("between 149-200 tonnes", "priced at 199-300").
 */
function modelSeries(text: string, p: Span, start: number, end: number, lex: NumberLexicon): boolean {
  const digits = text.slice(start, end);
  if (!/^\d{3}$/.test(digits)) return false;
  const series = SERIES_AFTER.exec(text.slice(end, Math.min(p.end, end + 6)));
  const type = !series && /^\d00$/.test(digits) ? TYPE_BEFORE.exec(text.slice(Math.max(p.start, start - 5), start)) : null;
  if (!series && !type) return false;
  // A type glued to a letter is a code whatever its number: "A340-600".
  if (type?.[1] !== undefined) return !/[\p{N}]/u.test(text[end] ?? '');
  const [typeNumber, seriesNumber, typeStart, pairEnd] = series ? [Number(digits), Number(series[1]), start, end + series[0].length] : [Number(type![2]), Number(digits), start - type![0].length, end];
  // A type above its series, or one no range would start on (not a multiple of five: "737-800").
  if ((typeNumber <= seriesNumber && typeNumber % 5 === 0) || /[\p{N}]/u.test(text[pairEnd] ?? '')) return false;
  if (MODEL_PLURAL_AFTER.test(text.slice(pairEnd, pairEnd + 3))) return true;
  const after = wordsAfter(text, pairEnd, p.end, 1)[0]?.toLowerCase();
  if (after !== undefined && lex.scoreAfter.has(after)) return false;
  const lead = text.slice(Math.max(p.start, typeStart - 30), typeStart);
  const prev = /\p{L}\s{1,3}$/u.test(lead) ? PREV_WORD.exec(lead)?.[1]?.toLowerCase() : undefined;
  return (prev !== undefined && (lex.determiners.has(prev) || lex.cardinals.has(prev))) || /\d\s{1,3}$/u.test(lead) || POSSESSIVE_BEFORE_MODEL.test(lead);
}
/** A possessive right before a model: "Qantas' 747-400", "the airline's 767-300". */
const POSSESSIVE_BEFORE_MODEL = /\p{L}['’]s?\s{1,3}$/u;

/** Applies the guards, then finds currency, hedge and unit. False when the candidate is no number. */
function resolve(doc: Doc, p: Span, c: Candidate, lex: NumberLexicon, trace: (m: string) => void): boolean {
  const text = doc.text;
  const before = text.slice(Math.max(p.start, c.start - 40), c.start);
  const after = text.slice(c.end, Math.min(p.end, c.end + 40));
  const isDigits = /^[-−]?\d/.test(text.slice(c.start, c.end));
  const drop = (why: string) => {
    trace(`numbers: skipped "${text.slice(c.start, c.end)}"@${c.start}: ${why}`);
    return false;
  };
  // A run of hundreds of digits overflows: no value, no fact.
  if (!Number.isFinite(c.value)) return drop('too large to hold');
  // Dates and times: "Oct. 30", "October 27 or 28", "28 October", "10 a.m.".
  // (A second end after a month's day is a day only as a whole number up to 31 with no unit after
  // it: "rose on March 1 to 25 pct", "fell on March 1 to 2.85 rupees" are levels.)
  const levelAfterDay = LIST_END.test(before) && (!Number.isInteger(c.value) || c.value < 1 || c.value > 31 || lex.UNIT_AFTER.test(after));
  // (Only digits a day or a year is written in: "in May 2.5 pct", "in March 1,200 tonnes",
  // "102,000 in April, 15,000 in May" are figures after a month.)
  if (isDigits && ((lex.MONTH_BEFORE.test(before) && dayOrYear(text.slice(c.start, c.end)) && !lex.UNIT_AFTER.test(after) && !lex.TERM_AFTER.test(after) && !levelAfterDay) || lex.MONTH_AFTER.test(after))) return drop('part of a date');
  if (isDigits && !c.ordinal && lex.TIME_AFTER.test(after)) return drop('a clock time');
  // The pronoun "one": "one of the soldiers", "no one", "one another".
  if (text.slice(c.start, c.end).toLowerCase() === 'one') {
    const prev = PREV_WORD.exec(before)?.[1]?.toLowerCase();
    const next = wordsAfter(text, c.end, p.end, 1)[0]?.toLowerCase();
    if ((prev && /\s$/.test(before) && lex.pronounOneBefore.has(prev)) || (next && lex.pronounOneAfter.has(next))) {
      return drop('pronoun "one"');
    }
    // "a compelling one", "the only one left": a determiner, an adjective, "one", and no noun.
    const det = DETERMINER_WORD_BEFORE.exec(before)?.[1]?.toLowerCase();
    // "one in four", "one per cent": a ratio or a share, not a pronoun.
    const ratio = ONE_RATIO.test(after) || lex.UNIT_AFTER.test(after);
    // (Nor a plural, which "one" cannot count: a verb, "a good one costs more", "the series one
    // gets ten votes".)
    const noNoun = !ratio && (next === undefined || lex.stopWords.has(next) || /(?:ing|ed)$/.test(next) || (/[^s]s$/.test(next) && !lex.unitNames.has(next)));
    if (det && lex.pronounOneDeterminers.has(det) && noNoun) return drop('pronoun "one" after an adjective');
  }
  // Currency sign before the number ("$2 billion"), then the hedge before both ("around $2bn").
  const cur = lex.CURRENCY_BEFORE.exec(before);
  if (cur) {
    c.head = c.start - cur[0].length;
    c.lead = c.head;
    c.unit = lex.prefixUnits.get(cur[0].trim()) ?? null;
    c.unitFrom = 'table';
  }
  // "PS2.7m", "Y=28,030": a currency sign folded to ASCII (Unidecode writes £ as "PS", ¥ as
  // "Y="), glued before an amount (a group separator, a decimal point or a scale); "PS4" is a name.
  const folded = cur ? null : lex.FOLDED_BEFORE.exec(text.slice(Math.max(p.start, c.start - 4), c.start));
  const sign = cur !== null || (folded !== null && (c.scale !== null || /[.,]/.test(text.slice(c.start, c.end))));
  if (folded && sign) {
    c.head = c.start - folded[0].length;
    c.lead = c.head;
    c.unit = lex.foldedUnits.get(folded[0])!;
    c.unitFrom = 'table';
  } else if (folded && LETTER.test(text[c.start - 1] ?? '')) return drop(`part of the name "${folded[0]}${text.slice(c.start, c.end)}"`);
  const hedgeText = text.slice(Math.max(p.start, c.head - 40), c.head);
  let hedge = lex.HEDGE_BEFORE.exec(hedgeText);
  // "spoke about 3 issues": after a verb of speech or thought, "about" is the topic, not a hedge.
  if (hedge && hedge[1]!.toLowerCase() === 'about') {
    const prev = PREV_WORD.exec(hedgeText.slice(0, hedge.index))?.[1]?.toLowerCase();
    if (prev && lex.aboutVerbs.has(prev)) hedge = null;
  }
  // "orders added up to $4bn": the particle is the verb's, and the verb totals (not "cut up to").
  if (hedge && /^up[\s-]to$/i.test(hedge[1]!)) {
    const prev = PREV_WORD.exec(hedgeText.slice(0, hedge.index))?.[1]?.toLowerCase();
    if ((prev && lex.totalVerbs.has(prev)) || raisedTo(hedgeText.slice(0, hedge.index), lex)) hedge = null;
  }
  // "a win over seventh seed Melzer": before an ordinal "over" and "under" are prepositions ("at least fourth" is a bound).
  if (hedge && c.ordinal && /^(?:over|under)$/i.test(hedge[1]!)) hedge = null;
  if (hedge) {
    const kind = lex.hedges.get(hedge[1]!.toLowerCase().replace(/[\s-]+/g, ' '))!;
    c.hedge = hedge[1]!;
    c.lead = c.head - (hedgeText.length - hedge.index);
    if (kind === 'approximate') c.approximate = true;
    // A negated comparison bounds the other way: "could not play more than 45 minutes" (at most
    // 45), "is not expected to fall below 5%" (at least 5%); any other negated bound bounds
    // nothing ("did not rise up to 5%"). Not "not until" or "not only", which negate no quantity
    // ("not until more than 20 years later").
    else {
      const negation = lex.NEGATION_BEFORE.exec(text.slice(Math.max(p.start, c.lead - 40), c.lead));
      // (With a particle, a preposition's phrase or a determiner between, what the negation turns is
      // unclear, "would not confirm reports of more than 20 deaths", "would not settle for less
      // than": no bound.)
      if (!negation || CLAUSE_WORD.test(negation[1]!) || NOT_NEGATING.test(negation[1]!)) c.bound = kind;
      else if (COMPARATIVE_HEDGE.test(hedge[1]!) && negatesVerbOnly(negation[1]!)) c.bound = kind === 'min' ? 'max' : 'min';
    }
  }
  // "~45g", "≈ 32 m2": a tilde or an almost-equal sign glued or spaced before is a hedge too.
  const tilde = hedge ? null : APPROX_SIGN.exec(hedgeText);
  if (tilde) {
    c.hedge = tilde[1]!;
    c.lead = c.head - tilde[0].length;
    c.approximate = true;
  }
  // "sub-7 nanometre", "sub-$100 phones", "near-100% turnout": a prefix that hedges or bounds it.
  const prefix = hedge || tilde ? null : lex.HEDGE_PREFIX_BEFORE.exec(hedgeText);
  if (prefix) {
    c.hedge = prefix[1]!;
    c.lead = c.head - prefix[0].length;
    setHedge(c, lex.hedgePrefixes.get(prefix[1]!.toLowerCase())!);
  }
  // A measure name before the number is its unit: "a magnitude 6.1 quake", "a Category 3 storm".
  // A reading on such a scale is small: "high grade 598,550 (tonnes)" counts something else.
  const measure = sign || Math.abs(c.value) >= MEASURE_READING_MAX ? null : lex.MEASURE_BEFORE.exec(text.slice(Math.max(p.start, c.head - 24), c.head));
  if (measure) {
    c.unit = measure[1]!.toLowerCase();
    c.unitFrom = 'table';
    return true;
  }
  const plain = isDigits && !hedge && !sign && !/[,.]/.test(text.slice(c.start, c.end));
  // "Leeds 2-0", "won 3-1", "a 2-1 win": a score is two numbers without a unit.
  if (plain && isScore(doc, p, c, before, lex)) {
    c.score = true;
    return true;
  }
  // "Airbus 350-900": the second half of a name's code (a score was taken above).
  const code = plain ? NAME_CODE_BEFORE.exec(before) : null;
  if (code && !lex.leadWords.has(code[1]!.toLowerCase()) && !lex.stopWords.has(code[1]!.toLowerCase())) {
    if (Number(code[2]) >= SCORE_MAX || c.value >= SCORE_MAX) return drop(`part of the code "${code[0]}"`);
  }
  // A capitalised word before bare digits is a name: "Article 5", "Apollo 11" (not "Some 500"),
  // at a sentence's start too ("Apollo 11 landed"), unless it is a common opener ("All 40").
  // A unit written after the number makes it a measure, whatever stands before: "Tylenol 500mg"
  // (a one-letter one does not: "Route 9W"). A scale word makes an amount ("Sales 20 mln vs 18 mln",
  // "Varig 2bn reais"), but not one capital glued to it ("Insat 1B", "the Flora 5K").
  const unitAfter = lex.UNIT_AFTER.exec(after);
  const scaledAmount = c.scale !== null && !/^\p{N}+\p{Lu}$/u.test(text.slice(c.start, c.end));
  const name = plain && !scaledAmount && !(unitAfter && (unitAfter[1] ?? unitAfter[2]!).length > 1) ? nameBefore(doc, c, before) : null;
  if (name) {
    const word = name.word.toLowerCase();
    const opener = lex.leadWords.has(word) || lex.stopWords.has(word) || lex.modifiers.has(word);
    // A month before a term is a contract's month, not a name: "the June 10-year bond".
    const term = lex.calendarWords.has(word) && lex.TERM_AFTER.test(after);
    if ((!name.atSentenceStart || !opener) && !term) return drop(`part of the name "${name.word}"`);
  }
  // "300 or more protesters", "a 5,000-plus crowd", "20-odd years": a hedge after the number, before its noun.
  const sentence = doc.sentenceAt(c.start);
  const limit = Math.min(p.end, sentence ? sentence.end : p.end);
  const unhedged = !c.hedge && !c.approximate && c.bound === null;
  hedgeAfter(text, c, c.end, limit, lex, unhedged);
  const unitEnd = findUnit(doc, p, c, lex, limit);
  // "a 30,000 drop in jobs", "January's 170,000 increase in jobless": a change noun in the singular
  // after a figure other than one names the change, not what is counted; the noun after "in" is
  // that, or nothing is ("a 2 million gain"). ("two cuts", "one rise in rates" count the changes.)
  // (Only a plural that ends the phrase: "a 13,000 decline in auto employment" leaves the unit to
  // the context. Not an ordinal's: "the third drop" ranks drops.)
  const changeNoun = c.unitFrom === 'noun' && c.unit !== null && !c.unit.includes(' ') && c.value !== 1 && !c.ordinal && !c.fraction && !/[^s]s$/.test(c.unit) && wordsAfter(text, c.tail, limit, 1)[0]?.toLowerCase() === c.unit ? lex.changes.get('noun')!.get(c.unit) : undefined;
  if (changeNoun !== undefined && unitEnd !== null) {
    const rest = wordsAfter(text, unitEnd, limit, 8).map((w) => w.toLowerCase());
    const inner = rest[0] === 'in' ? countedNounPhrase(rest.slice(1), lex, false) : null;
    const head = inner?.noun.split(' ').pop() ?? '';
    const after = rest[rest.indexOf(head, 1) + 1];
    const plural = (/[^s]s$/.test(head) || lex.irregularPlurals.has(head)) && (after === undefined || lex.stopWords.has(after));
    setNoun(c, plural ? inner : null);
  }
  // "2,000 people or so", "5kg or less", "10% or more": one after its unit.
  if (unhedged && c.hedge === undefined && c.unit !== null && unitEnd !== null) hedgeAfter(text, c, unitEnd, limit, lex, true);
  if (plain && namesACode(text, c, p.end, lex)) return drop('a code');
  if (plain && modelNumber(text, c, before, limit, lex)) return drop('a model number');
  c.change = changeOf(doc, p, c, lex, sentence, false, unitEnd) ?? changeNoun ?? null;
  // "talks ran over three days": "over" a span of time is "during", not a bound (but "for over
  // 20 years", "over 60 years old" keep it).
  if (hedge && hedge[1]!.toLowerCase() === 'over' && c.unit !== null && lex.durationNouns.has(c.unit)) {
    const prev = PREV_WORD.exec(hedgeText.slice(0, hedge.index))?.[1]?.toLowerCase();
    const cueAfter = wordAfterSpan(text, c, p.end, lex);
    const kept = (prev && lex.overBoundBefore.has(prev)) || (cueAfter && lex.overBoundAfter.has(cueAfter));
    if (!kept) unhedge(c);
  }
  // A comparative of level before a span of time and "earlier" compares with a time and bounds
  // nothing ("5 percent higher than 2 years earlier"), and so does one right after another figure;
  // "the above 3 examples" is an adjective.
  if (hedge && c.bound !== null && LEVEL_COMPARATIVE.test(hedge[1]!)) {
    const span = c.unit !== null && lex.durationNouns.has(c.unit) && TIME_BACK.has(wordAfterSpan(text, c, p.end, lex) ?? '');
    const above = /^above$/i.test(hedge[1]!);
    const adjective = above && lex.determiners.has(PREV_WORD.exec(hedgeText.slice(0, hedge.index))?.[1]?.toLowerCase() ?? '');
    // Right after another figure and a comma it names what that figure is compared with ("rose 3.2
    // percent, higher than 3.0 percent in August", "rose to 52, above 49 in May").
    const compared = COMPARED_FIGURE_BEFORE.test(hedgeText.slice(0, hedge.index));
    if (span || adjective || compared) unhedge(c);
  }
  // A bare four-digit number is a year unless it counts a plural noun or measures: "in 2022" vs
  // "2000 troops", "restored to 1850 homes". Where the dates read a year (isBareYear: "by 2150",
  // "its 2003 results"), it is theirs.
  if (BARE_YEAR.test(text.slice(c.start, c.end)) && c.value >= 1000 && c.value < 2200 && !sign) {
    const plural = c.unitFrom === 'noun' && c.unit !== null && (/[^s]s$/.test(c.unit) || lex.irregularPlurals.has(c.unit));
    // "a 1520 sq m clinic", "2000 mg": a unit from the table measures, it dates nothing.
    // ("the 1150-megawatt plant": a unit after a hyphen measures too.)
    const measured = (c.unitFrom === 'table' || c.unitFrom === 'compound') && c.tail > c.end;
    // ("About 1950 attended": a hedged count, unless the dates read a year, "around 1950".)
    // (Not a clock's time: "until about 2000 or 2100 EST", "at about 1400 Gulf time".)
    // (Nor a price or a level the dates leave: "a very firm 2040 an ounce", "a fairly low 1950".)
    const prevWord = PREV_WORD.exec(text.slice(Math.max(p.start, c.start - 24), c.start))?.[1]?.toLowerCase();
    const level = YEAR_RATE_AFTER.test(text.slice(c.end, c.end + 12)) || (prevWord !== undefined && onlyAdjective(lexiconTags(prevWord)) && levelPhraseBefore(text, c.start));
    const hedged = ((c.approximate || c.bound !== null) && !CLOCK_NEAR.test(text.slice(c.end, c.end + 32))) || level;
    // (A side of a dimension is a number: "2048 * 1080 pixels", "a 1920x1080 screen".)
    // (Nor is the first end of a range of counts: "1500 to 2000 people".)
    const count = dimensionSide(text, c.start, c.end) || firstOfCountRange(text, c.start, c.end);
    if (((!plural && !measured && !hedged && c.value <= 2100) || isBareYear(text, c.start, c.end)) && !count) return drop('a year');
  }
  // A cardinal before a person's name counts no part of it: a given name opens it ("12 Maria
  // Sharapova"), or a bracket follows it, a ranking's country or team ("14 Flavia Pennetta
  // (Italy)"); "40 Black Rhino", "48 Eurofighter Typhoon" count theirs, and an ordinal ranks the
  // thing named ("the ninth Regional Security Forum").
  const nameEnd = c.nameNoun === 'maybe' && c.unit !== null ? wordEndAfter(text, c.end, Math.min(p.end, c.end + 80), c.unit) : -1;
  if (c.nameNoun && c.unitFrom === 'noun' && !c.ordinal && (c.nameNoun === 'given' || (nameEnd >= 0 && BRACKET_AFTER.test(text.slice(nameEnd, nameEnd + 4))))) {
    c.unit = null;
    c.unitFrom = null;
    delete c.qualifier;
  }
  delete c.nameNoun;
  return true;
}

/**
 * A hedge or bound written at `at`, right after the number or its unit ("or so", "or more", "and
 * over", "-plus", "-odd": number-hedges-after.tsv), unless a determiner, a number or "than" follows
 * it, which makes its last word a preposition or a comparison ("20 and over the years", "10 or
 * more than 20"). Sets the hedge when `apply` (a number hedged before keeps that hedge: "some 300
 * or more"), and `hedgeEnd` when it stands right after the number and before a noun.
 */
function hedgeAfter(text: string, c: Candidate, at: number, limit: number, lex: NumberLexicon, apply: boolean): void {
  const m = lex.HEDGE_AFTER.exec(text.slice(at, Math.min(limit, at + 24)));
  if (!m) return;
  const written = (m[1] ?? m[2]!).replace(/\s+/g, ' ');
  const phrase = written.toLowerCase();
  const beforeNoun = lex.hedgesBeforeNoun.has(phrase);
  const next = wordsAfter(text, at + m[0].length, limit, 1)[0]?.toLowerCase();
  const gap = text.slice(at + m[0].length, at + m[0].length + 2);
  // A number or "than" after any of them makes a comparison ("10 or more than 20"). A phrase that
  // ends in a preposition ("and over", "or under") ends the figure's phrase: no determiner, noun
  // or adjective may follow it, which would make it the preposition of what follows ("aged 65 and
  // over were", "aged 5 and under ride free"; not "2 pct and over time", "and under pressure",
  // "and above all", "and below freezing").
  if (next !== undefined && (/^\d/.test(next) || next === 'than')) return;
  if (!beforeNoun && next !== undefined && !/^\s{0,2}[,.;:!?)]/.test(gap)) {
    const tags = lexiconTags(next);
    if (lex.determiners.has(next) || tags.some((t) => NOMINAL_TAGS.has(t) || t === 'Adjective')) return;
  }
  if (at === c.end && beforeNoun) c.hedgeEnd = at + m[0].length;
  if (!apply) return;
  c.hedge = written;
  setHedge(c, lex.hedgesAfter.get(phrase)!);
}

/** Marks a candidate approximate or bounded by its hedge's kind. */
function setHedge(c: Candidate, kind: HedgeKind): void {
  if (kind === 'approximate') c.approximate = true;
  else c.bound = kind;
}

/**
 * The unit: a measure or currency word after the number, a hyphen compound, or the counted noun.
 * `limit` is where the number's sentence (or paragraph) ends. Returns where the unit's words end
 * in the text (null when there is no unit or that is not known).
 */
function findUnit(doc: Doc, p: Span, c: Candidate, lex: NumberLexicon, limit: number): number | null {
  const text = doc.text;
  const unitEnd = baseUnit(doc, p, c, lex, limit);
  if (c.unit === null) {
    ageOrPart(text, p, c, lex, limit);
    return null;
  }
  // "$70 a barrel", "300 tests per day", "9 billion shekels a year": a rate (not for a share: "5% a year").
  // A span of time before "a NOUN" says when, not per what ("After 12 hours a deal was reached").
  if (unitEnd === null || lex.notRates.has(c.unit) || lex.durationNouns.has(c.unit.toLowerCase())) return unitEnd;
  // "$3.50/gallon", "5mg/kg", "120g/km", "3,000 units/month": a slash glued between the unit and
  // a word is "per" (not "and/or", nor a fraction's or a date's digits).
  // A unit of the table after the slash is read as the table writes it ("£25/sq ft": square foot).
  // After a counted noun, only a unit or a span of time is what it is per ("units/month"; not
  // "two read/write drives", "Malaysian/Singapore cents"); an ordinal has no rate.
  const slash = c.ordinal ? null : SLASH_RATE_AFTER.exec(text.slice(unitEnd, Math.min(limit, unitEnd + 24)));
  const tabled = slash ? lex.UNIT_AFTER.exec(text.slice(unitEnd + 1, Math.min(limit, unitEnd + 24))) : null;
  const glued = tabled && !/^\s/.test(tabled[0]) ? tabled : null;
  const perWord = slash?.[1]!.toLowerCase();
  if (slash && !lex.stopWords.has(perWord!) && (glued || (/^\p{Ll}/u.test(slash[1]!) && (c.unitFrom === 'table' || lex.durationNouns.has(perWord!) || lex.priceUnits.has(perWord!))))) {
    const [perUnit, length] = glued ? [lex.suffixUnits.get(glued[1] ?? glued[2]!)!, 1 + glued[0].length] : [perWord!, slash[0].length];
    c.unit = `${c.unit} per ${perUnit}`;
    if (c.unitFrom === 'table') c.tail = unitEnd + length;
    return unitEnd + length;
  }
  const rate = RATE_AFTER.exec(text.slice(unitEnd, Math.min(limit, unitEnd + 40)));
  if (!rate || lex.stopWords.has(rate[2]!.toLowerCase())) return unitEnd;
  const perNoun = rate[2]!.toLowerCase();
  const measure = lex.unitNames.has(perNoun) || lex.priceUnits.has(perNoun);
  if (rate[1] && MEASURE_ONLY_MODIFIER.test(rate[1]) && !measure) return unitEnd;
  // The rate's noun ends its phrase: "$70 a barrel, …", "300 a day in", not "the 5,000 homes a
  // developer plans".
  const next = wordsAfter(text, unitEnd + rate[0].length, limit, 1)[0]?.toLowerCase();
  const per = /^\s{1,2}per\s/u.test(rate[0]);
  // "a $3,500 a month mortgage", "its 70 dlrs a share tender offer": money per a span of time or
  // per share is a rate before a noun too; and money per a unit of measure is one whatever comes
  // next ("1,150 dlrs a tonne six months ago", "19.40 dlrs a barrel today", "6.86 dlrs a troy ounce").
  const moneyRate = ISO_CODE.test(c.unit) && ((!rate[1] && (lex.durationNouns.has(perNoun) || perNoun === 'share')) || measure);
  // After "per" a noun's "of" is still the rate's ("32 dlrs per share of Caesars"); after "a" it
  // starts another phrase ("100 tonnes a quarter of which").
  const blocked = lex.rateBlockers.has(next ?? '') && !(per && next === 'of');
  // "a 15.8 mln barrel per day production ceiling": a singular unit after a count above one is an
  // attributive compound, and its rate qualifies the noun after it too.
  // (Not an ordinal's, nor before the rate's own unit: "420 pence per troy ounce".)
  const attributive = per && !c.ordinal && c.value !== 1 && !/s$/.test(c.unit) && !ISO_CODE.test(c.unit) && !lex.priceUnits.has(next ?? '');
  if (next !== undefined && (blocked || (!moneyRate && !attributive && (per ? !lex.stopWords.has(next) : !lex.rateFollowers.has(next))))) return unitEnd;
  c.unit = `${c.unit} per ${rate[1] ? `${rate[1].trim()} ` : ''}${rate[2]!}`;
  if (c.unitFrom === 'table') c.tail = unitEnd + rate[0].length;
  return unitEnd + rate[0].length;
}

/**
 * The unit itself: a measure or currency word after the number, a hyphen compound, or the counted
 * noun. Returns where its words end in the text (null when that is not known).
 */
function baseUnit(doc: Doc, p: Span, c: Candidate, lex: NumberLexicon, limit: number): number | null {
  const text = doc.text;
  // "thousands of dollars", "dozens of people": a vague magnitude's unit comes after its "of".
  const end = c.hedgeEnd ?? c.end + (c.upper !== undefined ? (/^\s{1,3}of(?=\s)/i.exec(text.slice(c.end, c.end + 8))?.[0].length ?? 0) : 0);
  const after = text.slice(end, Math.min(limit, end + 24));
  // "a 3 x 4 m room", "1920x1080 pixels": a dimension's first side takes its unit from the last
  // (markDimensions), never the sign or what follows it.
  if (DIMENSION_AFTER.test(after)) return null;
  // "a 52,000 barrel-a-day refinery": a unit in a hyphened rate is the rate's (read below, after a
  // currency sign's unit; tried only where a hyphen follows).
  const longer = text.slice(end, Math.min(limit, end + 64));
  const hyphened = longer.includes('-') || longer.includes('‑') ? COMPOUND_RATE.exec(longer) : null;
  const rate = hyphened && hyphened[1]!.toLowerCase() !== 'and' ? hyphened : null;
  let measured = rate ? null : lex.UNIT_AFTER.exec(after);
  // "RISES 3.6 PCT IN JANUARY", "5 BILLION FRENCH FRANC BOND", "888 MLN H.K. DLRS": a headline in
  // capitals writes its unit in capitals too, whatever case the table gives it (a word of three
  // letters or more, so "4 IN A ROW" stays; symbols that are capitals already match above).
  let foldedUnit: string | undefined;
  if (!measured && CAPS_WORD_AFTER.test(after) && ASCII.test(after)) {
    const table = foldedUnits(lex);
    const lower = table.UNIT_AFTER.exec(after.toLowerCase());
    // Outside a line of capitals a unit all in capitals before a noun in lower case is an acronym
    // that qualifies it ("40 CTS patients", "five SEC commissioners"; not "3.6 PCT in January",
    // "one U.S. Dollar", nor a currency's code, "a 600 mln ECU loan").
    const next = lower ? wordsAfter(text, end + lower[0].length, limit, 1)[0] : undefined;
    const currency = lower ? ISO_CODE.test(table.units.get(lower[1]!) ?? '') : false;
    const acronym = !currency && next !== undefined && nounWord(next, lex) && !LOWER.test(after.slice(0, lower![0].length)) && !inCapitalsLine(doc, end);
    if (lower && lower[1]!.length >= 3 && !acronym) [measured, foldedUnit] = [lower, table.units.get(lower[1]!)];
  }
  // "4 GB rowers", "3 SAR teams", "2,000 TB cases": a spaced code before a noun is the noun's name;
  // "Two South Korean won gold medals": a currency name whose last word is a past verb, before a
  // noun, is the verb's clause ("5,000 South Korean won in cash" is money).
  if (measured && ((/^\s/.test(measured[0]) && SPACED_CODE.test(measured[1] ?? '')) || / won$/i.test(measured[1] ?? ''))) {
    const next = wordsAfter(text, end + measured[0].length, limit, 1)[0];
    if (next !== undefined && /^\p{Ll}/u.test(next) && !lex.stopWords.has(next)) measured = null;
  }
  // "40 euro cents", "30 U.S. cents": a currency's name before its minor unit names whose cents they
  // are; the amount is in the minor unit.
  if (measured && ISO_CODE.test(foldedUnit ?? lex.suffixUnits.get(measured[1] ?? measured[2]!) ?? '')) {
    const minor = lex.UNIT_AFTER.exec(text.slice(end + measured[0].length, Math.min(limit, end + measured[0].length + 16)));
    if (minor && /^\s/.test(minor[0]) && MINOR_UNITS.has(lex.suffixUnits.get(minor[1] ?? minor[2]!) ?? '')) {
      c.unit = lex.suffixUnits.get(minor[1] ?? minor[2]!)!;
      c.unitFrom = 'table';
      c.tail = end + measured[0].length + minor[0].length;
      return c.tail;
    }
  }
  if (measured && !(measured[0].startsWith(' ') && measured[1] === 'm' && c.unit)) {
    // "720p", "1080p": a video's lines (multiples of 120), not pence.
    if (measured[2] === 'p' && Number.isInteger(c.value) && c.value >= 240 && c.value % 120 === 0) return null;
    c.unit = foldedUnit ?? lex.suffixUnits.get(measured[1] ?? measured[2]!) ?? null;
    c.unitFrom = 'table';
    c.tail = end + measured[0].length;
    return c.tail;
  }
  if (c.unitFrom === 'table') return c.tail; // a currency sign already said it
  // "a 52,000 barrel-a-day refinery", "a 30-year-old", "four-, five- and six-cylinder engines"
  if (rate) {
    c.unit = `${lex.suffixUnits.get(rate[1]!) ?? lex.suffixUnits.get(rate[1]!.toLowerCase()) ?? rate[1]!.toLowerCase()} per ${rate[2]!.toLowerCase()}`;
    c.unitFrom = 'compound';
    c.tail = end + rate[0].length;
    return null;
  }
  const age = COMPOUND_OLD.exec(longer);
  if (age) {
    c.unit = `${age[1]!.toLowerCase()}-old`;
    c.unitFrom = 'compound';
    c.tail = end + age[0].length;
    return null;
  }
  const suspended = SUSPENDED_COMPOUND.exec(longer);
  const compound = suspended ? null : COMPOUND_AFTER.exec(after);
  if (suspended) {
    const word = suspended[1]!.toLowerCase();
    c.unit = lex.suffixUnits.get(word) ?? word;
    c.unitFrom = 'compound';
    return null;
  }
  // "a 300-square-foot flat", "a 0.5-percentage-point cut": a unit of two words, hyphenated.
  const pair = compound ? COMPOUND_PAIR_AFTER.exec(after) : null;
  const pairUnit = pair ? lex.suffixUnits.get(`${pair[1]!} ${pair[2]!}`.toLowerCase()) : undefined;
  if (pair && pairUnit) {
    c.unit = pairUnit;
    c.unitFrom = 'table';
    c.tail = end + pair[0].length;
    return c.tail;
  }
  if (compound) {
    const word = compound[1]!.toLowerCase();
    // An SI symbol of one letter as written, before a word, is its unit: "a 6-t load", "a 40-s
    // delay", "a 100-W bulb", "a 13-A fuse" (not "a 5-a-side game": "a" is no symbol).
    const si = compound[1]!.length === 1 && /^\s{1,2}\p{Ll}/u.test(text.slice(end + 2, end + 5)) ? lex.siSymbols.get(compound[1]!) : undefined;
    // (Not a bit's or a byte's "b", "B": a grade or a label's letter, "a 2-B pencil", "section 2-b".)
    if (si !== undefined && compound[1] !== 'B' && compound[1] !== 'b') {
      c.unit = si;
      c.unitFrom = 'compound';
      c.tail = end + 2;
      return c.tail;
    }
    // "a three-for-two split", "a two-to-one vote": a ratio's function word is no unit; nor is a
    // word the dictionary knows only as a function word ("a one-off payment").
    if (lex.stopWords.has(word)) return null;
    if (onlyClosedClass(lexiconTags(word))) return null;
    // "three-six pct", "one-two ports": a number after the hyphen ends a range, no unit.
    if (lex.cardinals.has(word)) return null;
    c.tail = end + 1 + compound[1]!.length;
    // (So after a superlative: "Japan's fourth-largest bank", "the third-biggest lender".)
    if (word === 'strong' || (lexiconTags(word).includes('Superlative') && /est$/.test(word))) {
      // "a 20,000-strong army", "a 5,000-strong contingent of police" → the noun after.
      setNoun(c, countedNounPhrase(wordsAfter(text, c.tail, limit, 10), lex, true));
      return null;
    }
    // "a six-monthly report", "two-weekly meetings": an adjective of a span of time counts the span.
    const span = /ly$/.test(word) ? word.slice(0, -2).replace(/i$/, 'y') : null;
    if (span !== null && lex.durationNouns.has(span)) {
      c.unit = span;
      c.unitFrom = 'compound';
      return c.tail;
    }
    // A unit written only glued ("h", "p", "x") is one after a hyphen only as written, before a
    // word ("a 48-h ceasefire", "a 50-p coin"; not a table's mark, "1,663.3-x 1,542.6", "51.7-X").
    const asWritten = lex.gluedOnly.has(compound[1]!);
    const tabled = !asWritten && !lex.gluedOnly.has(word) ? lex.suffixUnits.get(word) : asWritten && /^\s{1,2}\p{Ll}/u.test(text.slice(c.tail, c.tail + 3)) ? lex.suffixUnits.get(compound[1]!) : undefined;
    // A single letter no table gives as a unit is a table's mark, revised or estimated ("54.4-r",
    // "1,663.3-x", "12.1-e"), not what the figure counts (an SI symbol is read above).
    if (tabled === undefined && word.length === 1) return null;
    c.unit = tabled ?? word;
    c.unitFrom = 'compound';
    return c.tail;
  }
  // "2 doz. roses", "5 mln. shares": the period of a scale's abbreviation ends no sentence.
  const from = c.scale !== null && ABBREVIATION_DOT.test(text.slice(end, end + 5)) ? end + 1 : end;
  // In a line of capitals the words' case says nothing ("4 IN A ROW", "300 NEW JOBS").
  const written = wordsAfter(text, from, limit, 10);
  const words = inCapitalsLine(doc, c.start) ? written.map((w) => w.toLowerCase()) : written;
  // "nearly a fifth saying they", "two-thirds voting in favour", "a third below the average": a
  // share's verb or comparison is no noun ("a fifth voting stake" is).
  if (c.fraction && words[0] !== undefined && shareVerbAfter(words, lex)) return null;
  // "14.30 mln including 1.83 mln", "2.77 extending $3": after an amount, an -ing word the
  // dictionary knows as no noun, before another figure, is a verb ("two spring 2025 collections",
  // "one building 12 storeys tall" keep their nouns).
  const ingThen = c.scale !== null || !Number.isInteger(c.value) ? ING_THEN_FIGURE.exec(text.slice(from, Math.min(limit, from + 40))) : null;
  if (ingThen && !lexiconTags(ingThen[1]!).some((t) => NOMINAL_TAGS.has(t))) return null;
  // "5 more trucks", "200 fewer jobs": the plural noun after "more" ("500 more work" is a verb).
  // Past adjectives too ("one more small business", "20 more senior doctors"); after "one" a
  // singular noun ("one more bank").
  const plural = (w: string) => (/[^s]s$/.test(w) && !lex.verbs.has(w)) || lex.irregularPlurals.has(w);
  const afterMore = lex.elidedMore.has(words[0]?.toLowerCase() ?? '') ? countedNounPhrase(words.slice(1), lex, false, false) : null;
  const head = afterMore?.noun.split(' ').pop() ?? '';
  const more = afterMore && head && (plural(head) || (c.value === 1 && !lex.stopWords.has(head))) ? 1 : 0;
  // ("one" as a pronoun is never "one or more", "one-plus".)
  // (Not a year: "1986 net operating losses"; after a scale word only an adjective opens a compound,
  // "1.5 million hard working families", a noun is the amount's unit, "a 7 million pound funding scheme".)
  const year = BARE_YEAR.test(text.slice(c.start, c.end)) && c.value >= 1000 && c.value < 2200;
  const several = c.value > 1 && !c.ordinal && !year ? (c.scale === null ? 'plain' : 'scaled') : null;
  // "the first two games", "reported first two cases": an ordinal that counts, no placing after a
  // verb ("finished fifth six shots back", "came third four times").
  const wordBeforeNumber = PREV_WORD.exec(text.slice(Math.max(p.start, c.lead - 24), c.lead))?.[1]?.toLowerCase();
  const afterVerb = c.ordinal && wordBeforeNumber !== undefined && verbShaped(wordBeforeNumber, PLACING_VERB_TAGS);
  const ordinalCounts = c.ordinal && !(afterVerb && placingAfter(words.slice(more), lex));
  // ("in one case police said", "on one occasion police fired": an adverbial's noun, then the clause's subject.)
  // (A number that opens its clause may be its subject: "Of those asked, 40 want tax cuts".)
  const clauseStart = CLAUSE_OPEN_BEFORE.test(text.slice(Math.max(p.start, c.lead - 4), c.lead));
  const preposition = wordBeforeNumber !== undefined && lexiconTags(wordBeforeNumber).includes('Preposition');
  // ("In 40 species males outnumber females": a preposition that opens the clause makes the number's
  // phrase an adverbial, the clause's subject after it.)
  const opening = preposition && OPENING_WORD_BEFORE.test(text.slice(Math.max(p.start, c.lead - 28), c.lead));
  const lead = { preposition, article: wordBeforeNumber === 'a' || wordBeforeNumber === 'an', clauseStart, opening };
  setNoun(c, countedNounPhrase(words.slice(more), lex, false, c.value === 1 && !c.ordinal && more === 0 && c.hedgeEnd === undefined, several, ordinalCounts, lead));
  if (c.unit === null) return null;
  // Where the counted noun ends: its last word, found again after the number (as written, before a
  // currency noun becomes its code: "900 rand per ounce" keeps its rate).
  const nounEnd = wordEndAfter(text, end, Math.min(limit, end + 120), c.unit);
  // "3.35m Euros", "200 Yen": a currency's own name written with a capital (the table reads it in
  // lower case) is that currency.
  const named = c.qualifier === undefined ? lex.suffixUnits.get(c.unit) : undefined;
  if (named !== undefined && ISO_CODE.test(named) && nounEnd >= 0 && /^\p{Lu}\p{Ll}/u.test(text.slice(nounEnd - c.unit.length, nounEnd))) {
    c.unit = named;
    c.unitFrom = 'table';
    return nounEnd;
  }
  // "a 314 mln franc position", "a 300 mln mark credit": a scaled amount's currency in the singular,
  // as an adjective (not "broke the 100 million mark").
  // ("a 300 mln pound plant" weighs: "pound" names money only in the plural.)
  const shared = lex.currencyCues.get(c.unit) ?? (c.scale !== null && !c.unit.includes(' ') && c.unit !== 'pound' && singularCurrency(text, c, words, lex) ? lex.currencyCues.get(`${c.unit}s`) : undefined);
  // Only money takes a country's currency: a scale ("40 million crowns"), cents, a money word
  // before it ("paid 300 francs"), a market's price ("closed at 424 crowns"), or a price per a
  // unit of measure or a share after it ("900 rand per ounce", "12 marks a share"); "scored 95
  // marks", "won 3 crowns", "closed the season with 3 crowns" stay as written.
  const lead60 = text.slice(Math.max(p.start, c.lead - 60), c.lead);
  const spoken = lex.MONEY_BEFORE.test(lead60) || lex.PRICE_AT_BEFORE.test(lead60) || (shared !== undefined && nounEnd >= 0 && pricePer(text.slice(nounEnd, Math.min(limit, nounEnd + 24)), lex));
  // "Pounds" weigh as often: a scale or decimals make them no money ("45 mln pounds a day"), only
  // a money word, a price, a rate to another currency or a country's adjective before them do
  // ("the budget deficit was 2.9 billion pounds").
  const pounds = c.unit === 'pounds';
  const between = nounEnd > c.end ? text.slice(c.end, nounEnd - c.unit.length) : '';
  const money = pounds ? spoken || (nounEnd >= 0 && POUNDS_MONEY_AFTER.test(text.slice(nounEnd, Math.min(limit, nounEnd + 24)))) || (shared !== undefined && between.match(shared.CUE) !== null) : c.scale !== null || !Number.isInteger(c.value) || spoken;
  // "45 mln pounds of copper": pounds of a thing that is no money weigh it.
  const weighed = pounds && nounEnd >= 0 && ofThing(text.slice(nounEnd, Math.min(limit, nounEnd + 30)), lex);
  // A qualifier that names no country of the noun's makes it something else ("2.5 U.S. pounds",
  // "3 gold crowns"; "28 Egyptian pounds" names one; an adjective, "40 mln new crowns", does not).
  const qualified = shared !== undefined && between.split(/[^\p{L}.]+/u).some((w) => w !== '' && !lex.stopWords.has(w.toLowerCase()) && !onlyAdjective(lexiconTags(w.toLowerCase()))) && between.match(shared.CUE) === null;
  if (shared && (weighed || qualified)) currencySenses(doc).notMoney.add(c.start);
  else if (shared && money) {
    // "40 million crowns" in a story on Sweden: SEK (the sentence's country first, else the
    // document's, read once per document and noun).
    const sentence = doc.sentenceAt(c.start);
    const windowStart = sentence ? Math.max(sentence.start, c.start - 300) : c.start;
    const near = sentence ? text.slice(windowStart, Math.min(sentence.end, c.end + 300)) : '';
    const cue = nearestCue(near, c.start - windowStart, shared.CUE, shared.old);
    const code = cue ? shared.codes.get(cueKey(cue)) : documentCurrency(doc, c.unit, shared);
    if (code) {
      noteCurrencySense(doc, c.unit, code);
      c.unit = code;
      c.unitFrom = 'table';
      delete c.qualifier;
    }
  }
  return nounEnd < 0 ? null : nounEnd;
}

/** What makes an amount in pounds money after it: a rate to another currency (" to the dollar", " against the dollar") or " worth". */
const POUNDS_MONEY_AFTER = /^\s{1,3}(?:(?:to|against|per)\s{1,3}(?:the|one|a)\s{1,3}(?:[\p{L}.]{1,12}\s{1,3})?(?:dollar|currency|mark|yen|franc)|worth)(?![\p{L}])/iu;

/** " of copper", " of finished products": "of" and words no money word is (not " of taxpayers' cash", " of lottery investment"). */
const OF_WORD = /^\s{1,3}of\s{1,3}([\p{L}'’-]{1,20})(?:\s{1,3}([\p{L}'’-]{1,20}))?/u;
function ofThing(after: string, lex: NumberLexicon): boolean {
  const m = OF_WORD.exec(after);
  if (!m) return false;
  const words = [m[1]!, m[2]].filter((w): w is string => w !== undefined).map((w) => w.toLowerCase().replace(/['’]s?$/, ''));
  return !words.some((w) => lex.moneyWords.has(w));
}

/** " per ounce", " a share", " per 100 kilos": a price's rate, per a unit of measure or a share. */
const PRICE_PER = /^\s{1,2}(?:per|an?)\s{1,2}(?:\p{N}[\p{N},.]{0,8}\s{1,2})?(\p{L}{1,12})(?![\p{L}])/u;
function pricePer(after: string, lex: NumberLexicon): boolean {
  const word = PRICE_PER.exec(after)?.[1]?.toLowerCase();
  // (A share is priced too: "12 marks a share".)
  // (After a number the unit is a plural: "per 100 kilos".)
  const unit = word !== undefined && !lex.priceUnits.has(word) && /s$/.test(word) ? word.slice(0, -1) : word;
  return unit !== undefined && (unit === 'share' || (lex.priceUnits.has(unit) && !lex.durationNouns.has(unit)));
}

/** Where the last word of `unit` ends, found again in text[from, to) (lower case), or -1. */
function wordEndAfter(text: string, from: number, to: number, unit: string): number {
  const last = unit.split(' ').pop()!;
  const at = text.slice(from, to).toLowerCase().indexOf(last);
  return at < 0 ? -1 : from + at + last.length;
}

/** A share's unit or a span of time's: no count of things ("5 pct", "three months"). */
function shareOrSpan(unit: string, lex: NumberLexicon): boolean {
  return SHARE_UNITS.has(unit) || lex.durationNouns.has(unit.toLowerCase());
}

/**
 * Whether a singular currency noun after a scaled figure is the currency, as an adjective ("a 314
 * mln franc position", "a 150 billion franc, eight-year loan"), not a milestone: a word of crossing
 * before it ("rose above 2 million mark", "passed the 3 million mark threshold"), or "the" before
 * the figure and no noun after ("the 100 million mark").
 */
function singularCurrency(text: string, c: Candidate, words: readonly string[], lex: NumberLexicon): boolean {
  // "tops two million mark", "passed the 3 million mark threshold"; "rose above 2 million mark
  // for the first time" (not "under the 300 billion franc plan").
  // (Past a bound's word: "fell below 2 million mark" reads "below" as the bound.)
  const lead = text.slice(Math.max(0, c.start - 30), c.start);
  if (lex.MILESTONE_VERB_BEFORE.test(lead) || lex.MILESTONE_VERB_BEFORE.test(text.slice(Math.max(0, c.lead - 30), c.lead))) return false;
  const at = words.findIndex((w) => w.toLowerCase() === c.unit);
  const next = at < 0 ? undefined : words[at + 1];
  const noun = next !== undefined && !lex.stopWords.has(next.toLowerCase());
  if (!THE_BEFORE.test(lead) && !lex.MILESTONE_PREPOSITION_BEFORE.test(lead)) return true;
  return noun;
}

/** A share's verb or comparison right after it: a gerund or a participle before a function word, or "below"/"above". */
function shareVerbAfter(words: readonly string[], lex: NumberLexicon): boolean {
  const first = words[0]!.toLowerCase();
  if (first === 'below' || first === 'above') return true;
  const tags = lexiconTags(first);
  const verb = tags.length > 0 && tags.every((t) => t === 'Gerund' || t === 'PastTense' || t === 'Participle');
  return verb && (words[1] === undefined || lex.stopWords.has(words[1].toLowerCase()));
}

/**
 * "Leonard Slutsky, 41, faces", "Redstone, 63, catapulted", "the driver, 45, was": an age in commas
 * after a full name, or after a single name or a determiner and a noun with a verb after the age
 * ("China, 38, and Japan, 20," is no age).
 */
function appositiveAge(text: string, p: Span, c: Candidate, before: string, limit: number, lex: NumberLexicon): boolean {
  if (!/^,/.test(text.slice(c.end, c.end + 1))) return false;
  const name = AGE_APPOSITIVE.exec(before);
  // "The driver, 45, was arrested", "his wife, 52, said": a person named by a noun, then a verb.
  const noun = name ? null : AGE_NOUN_BEFORE.exec(before);
  if (!name && !(noun && (PERSON_ENDING.test(noun[1]!) || lex.personNouns.has(noun[1]!.toLowerCase())))) return false;
  if (name?.[1] !== undefined && !lex.stopWords.has(name[1].toLowerCase())) return true;
  const next = wordsAfter(text, c.end + 1, limit, 1)[0];
  return next !== undefined && /^\p{Ll}/u.test(next) && !COORDINATOR.test(next) && !/ly$/.test(next);
}

/** A cue as the table keys it: lower case, single spaces. */
const cueKey = (cue: string) => cue.toLowerCase().replace(/\s+/g, ' ');

/** The cue nearest to `at` in `window`, a current currency's first ("in Geneva, far from Paris, … francs" → Geneva). */
function nearestCue(window: string, at: number, CUE: RegExp, old: ReadonlySet<string>): string | null {
  let best: string | null = null;
  let distance = Infinity;
  for (const m of window.matchAll(CUE)) {
    // A currency in use beats one the euro replaced, then the nearer cue wins (from a cue's end
    // before the number, from its start after it: "In Cairo bread cost 3 pounds, and a Welsh…").
    const end = m.index + m[0].length;
    const d = (end <= at ? at - end : Math.abs(m.index - at)) + (old.has(cueKey(m[1]!)) ? window.length : 0);
    if (d < distance) {
      distance = d;
      best = m[1]!;
    }
  }
  return best;
}

/**
 * Per document, the code each shared currency noun ("marks", "francs") took where the text showed
 * it was money (null where two mentions took two codes), and where a mention was shown to be no
 * money ("45 mln pounds of copper", "3 gold crowns").
 */
interface CurrencySenses {
  codes: Map<string, string | null>;
  notMoney: Set<number>;
}
const currencySensesOf = new WeakMap<Doc, CurrencySenses>();
function currencySenses(doc: Doc): CurrencySenses {
  let senses = currencySensesOf.get(doc);
  if (!senses) currencySensesOf.set(doc, (senses = { codes: new Map(), notMoney: new Set() }));
  return senses;
}
function noteCurrencySense(doc: Doc, noun: string, code: string): void {
  const codes = currencySenses(doc).codes;
  const known = codes.get(noun);
  codes.set(noun, known === undefined || known === code ? code : null);
}

/**
 * One sense per document: a plural currency noun that was money with one code at some mention
 * ("raised its dividend to 160 francs" with a Swiss cue) is money with that code at every other
 * ("from 155 francs", "Denominations are 5,000 and 50,000 marks"), unless that mention was shown to
 * be no money. "Pounds" weigh as often as they pay, in one story: each mention decides for itself.
 */
function oneCurrencySense(doc: Doc, facts: NumberFact[]): void {
  const senses = currencySensesOf.get(doc);
  if (!senses) return;
  for (const f of facts) {
    if (f.unit === null || senses.notMoney.has(f.start)) continue;
    const per = f.unit.indexOf(' per ');
    const noun = per < 0 ? f.unit : f.unit.slice(0, per);
    if (noun === 'pounds' || !/s$/.test(noun)) continue;
    const code = senses.codes.get(noun);
    if (code) f.unit = code + f.unit.slice(noun.length);
  }
}

/** Per document, the code each shared currency noun takes from the first country cue in the text. */
const documentCurrencies = new WeakMap<Doc, Map<string, string | undefined>>();

function documentCurrency(doc: Doc, noun: string, shared: { CUE: RegExp; codes: ReadonlyMap<string, string>; old: ReadonlySet<string> }): string | undefined {
  let known = documentCurrencies.get(doc);
  if (!known) documentCurrencies.set(doc, (known = new Map()));
  if (!known.has(noun)) {
    const cue = doc.text.matchAll(shared.CUE).next().value;
    known.set(noun, cue ? shared.codes.get(cueKey(cue[1]!)) : undefined);
  }
  return known.get(noun);
}

/**
 * No unit after the number: an age ("Lee, 54, said", "aged 35", "at the age of 21") is in years; a fraction "of a"
 * thing ("1/16 of a US pint") measures that thing, a count "of the" things counts them.
 */
function ageOrPart(text: string, p: Span, c: Candidate, lex: NumberLexicon, limit: number): void {
  const before = text.slice(Math.max(p.start, c.lead - 40), c.lead);
  const whole = Number.isInteger(c.value) && c.value > 0 && c.value < 120 && !c.ordinal && c.scale === null;
  // An age in commas is in digits ("Lee, 54, said"); after "aged" or "the age of" also in words ("aged five").
  const digits = /^\d+$/.test(text.slice(c.start, c.end));
  if (whole && ((digits && appositiveAge(text, p, c, before, limit, lex)) || AGED_BEFORE.test(before) || peopleOver(text, p, c, before, lex) || (c.value > 1 && AGE_COPULA_BEFORE.test(before) && ageCopulaAfter().test(text.slice(c.end, Math.min(limit, c.end + 40)))))) {
    c.unit = 'year-old';
    c.unitFrom = 'table';
    return;
  }
  // A fraction "of a" thing measures it; a whole count "of the" things counts them ("four of the
  // detainees", "three million of the consoles"), past an ordinal, a possessive and a count of the
  // whole, which stays a figure of its own ("21 of the team's 40 points", "three of the top 10 banks").
  const next16 = text.slice(c.end, Math.min(limit, c.end + 16));
  const of = c.fraction ? PART_OF.exec(next16) ?? (HALF.test(text.slice(c.start, c.end)) ? HALF_A.exec(next16) : null) : !c.ordinal && Number.isInteger(c.value) ? PART_OF_THE.exec(text.slice(c.end, Math.min(limit, c.end + 32))) : null;
  if (!of) return;
  if (!c.fraction) {
    // A number after a noun labels it ("day two of the event", "game five of the set"): no part.
    const label = LABEL_BEFORE.exec(text.slice(Math.max(p.start, c.lead - 24), c.lead))?.[1];
    if (label && lexiconTags(label).some((t) => NOMINAL_TAGS.has(t) || t === 'Duration') && !lexiconTags(label).some((t) => NOT_A_LABEL.has(t))) return;
  }
  const from = c.end + of[0].length - 1;
  // "a quarter of a percentage point", "half a mile": a measure's name, as after a number.
  const measured = c.fraction ? lex.UNIT_AFTER.exec(text.slice(from, Math.min(limit, from + 24))) : null;
  const unit = measured && /^\s/.test(measured[0]) ? lex.suffixUnits.get(measured[1] ?? measured[2]!) : undefined;
  if (unit) {
    c.unit = unit;
    c.unitFrom = 'table';
    return;
  }
  let words = wordsAfter(text, from, limit, 7);
  const possessive = POSSESSIVE_WORD.exec(text.slice(from, from + 40));
  if (possessive && words[0] === possessive[1]) words = words.slice(1);
  // "half of fiscal 1984": a year names a period, no whole.
  if (c.fraction && words.slice(0, 3).some((w) => YEAR_WORD.test(w))) return;
  const isCount = (w: string) => /^\d[\d,.]*$/.test(w) || lex.cardinals.has(w.toLowerCase()) || lex.ordinals.has(w.toLowerCase());
  words = [...words.slice(0, 3).filter((w) => !isCount(w)), ...words.slice(3)];
  const found = c.fraction ? fractionNoun(words, lex) : countedNounPhrase(words, lex, false);
  // Several of a whole are things in the plural, written in lower case: not "the last 16 of the
  // Champions League", "only two of the side", "one in 50 of those driving".
  const head = found?.noun.split(' ').pop();
  // (An acronym's plural is a common noun: "13 of Britain's 659 MPs".)
  if (!c.fraction && (!head || !words.some((w) => w === head || (ACRONYM_PLURAL.test(w) && w.toLowerCase() === head)) || !(/[^s]s$/.test(head) || lex.irregularPlurals.has(head)))) return;
  setNoun(c, found);
}

/**
 * Which way the figure moved: a change word right before it ("rose 5%", "cut 200 jobs", "fell by
 * 3%", "up 19 cents", "up from 2 million"; not a phrasal verb's "gave up"), a change verb, its
 * object and "by" ("grow sales by 35%"), a change noun and "of" ("an increase of 5%"), a plus
 * sign on a rate or an amount ("+0.3%"), or a change word right after it and its unit ("a 40%
 * drop", "closed 2% higher"). "rose from 2 to 3" gives neither end a change: they are levels.
 * `sentence` is the number's sentence, as its caller read it; `unitEnd` where its unit or counted
 * noun ends, when known.
 */
function changeOf(doc: Doc, p: Span, c: Candidate, lex: NumberLexicon, sentence: Span | undefined, rangeEnd = false, unitEnd: number | null = null): 'up' | 'down' | null {
  const text = doc.text;
  const from = Math.max(p.start, sentence ? sentence.start : p.start, c.lead - 100);
  // "cut prices by an average of 24%" reads as "cut prices by 24%", "rose another 2 cents" and
  // "cut a further 300 jobs" as "rose 2 cents" and "cut 300 jobs".
  // So do "fell a revised 2 pct", "rose by a seasonally adjusted 0.6 pct", "rose a slim 2,000": an
  // article and the words that describe the amount are read past.
  // (Not an amount that qualifies a noun after it, "trim a projected 740 mln dlrs loss", nor one in
  // a compound, "a new three-year pact".)
  const end = Math.min(p.end, sentence ? sentence.end : p.end);
  const read = text.slice(from, c.lead).replace(lex.BY_FILLER, 'by ').replace(lex.MORE_FILLER, '');
  let before = withoutDescribedAmount(read, lex);
  // (The word after the amount, and whether the amount qualifies it, worked out when asked.)
  let after: { nounAfter: string | undefined; attributive: boolean } | undefined;
  const wordAfterAmount = () => {
    if (after) return after;
    const [nounAfter] = wordsAfter(text, unitEnd ?? c.tail, end, 1);
    const attributive = /^[-‑]\p{L}/u.test(text.slice(c.end, c.end + 2)) || RANGE_TO_COMPOUND.test(text.slice(c.end, c.end + 30)) || (nounAfter !== undefined && nounShapedAfter(nounAfter, lex));
    return (after = { nounAfter, attributive });
  };
  if (before !== read && wordAfterAmount().attributive) before = read;
  // "fell below 5%", "rose above $100": past a threshold, the number is a level.
  if (c.hedge && lex.changes.get('threshold')!.has(c.hedge.toLowerCase())) return null;
  // "were up 5-3": a score is no change.
  if (!rangeEnd && (SCORE_AFTER.test(text.slice(c.end, c.end + 5)) || /\d[-–]$/.test(text.slice(Math.max(0, c.start - 2), c.start)))) return null;
  // (Cents are money however they were read: "slipped 12 US cents".)
  const measure = c.unitFrom === 'table' || c.unitFrom === 'compound' || c.unit === null || c.unit.includes(' per ') || MINOR_UNITS.has(c.unit);
  const word = lex.CHANGE_WORD_BEFORE.exec(before);
  // An amount inside its verb's object, qualifying the object's noun, is no amount moved: after a
  // determiner its hedge took ("cutting the estimated 171 bln dlr deficit to 108 bln"), or in a
  // hyphen's compound ("cut 5-year rates by 2 pct", "sink 10-man Magpies").
  // (The word after the amount is read only when a determiner's hedge or a hyphen asks for it.)
  const determinerHedge = c.hedge !== undefined && DETERMINER_HEDGE.test(c.hedge);
  const hyphen = /^[-‑]\p{L}/u.test(text.slice(c.end, c.end + 2));
  if (word && (determinerHedge || hyphen) && wordAfterAmount().attributive && (determinerHedge || nounOrNameAfter(wordAfterAmount().nounAfter, lex))) return null;
  if (word) {
    const w = word[1]!.toLowerCase();
    // "raise its tax cuts by 3 bln": a change noun before "by" is the object of the verb before it.
    if (word[2]?.toLowerCase() === 'by' && changeNounAfter(w, PREV_WORD.exec(before.slice(0, word.index))?.[1] ?? '', lex)) {
      const v = verbBefore(before, lex);
      if (v !== null && v !== w) return verbDirection(v, lex);
    }
    // "the minister added 3 people had been injured": after a verb of saying, a figure that is a
    // reported clause's subject (a finite verb right after it and its noun) is no amount moved.
    if (unitEnd !== null && lex.speechVerbs.has(w) && CLAUSE_VERB_AFTER.test(text.slice(unitEnd, unitEnd + 12))) return null;
    const adverb = lex.changes.get('adverb')!;
    if (word[2]?.toLowerCase() === 'from' && !adverb.has(w)) return null;
    if (adverb.has(w)) {
      // "gave up 517 yards": the particle of a phrasal verb; "sat down 3 times": no measure, no
      // form of "be" or name before it ("shares were down 3 cents", "Nvidia up 8%").
      const prev = PREV_WORD.exec(before.slice(0, word.index))?.[1];
      if (prev !== undefined && lex.particleVerbs.has(prev.toLowerCase())) return null;
      const owner = prev === undefined || isCapitalised(prev) || lex.changes.get('copula')!.has(prev.toLowerCase());
      return measure || owner ? adverb.get(w)! : null;
    }
    // "climbed 3 peaks", "sank 9 three-pointers": a verb of motion moves a measure only, or any
    // figure after "by" ("membership grew by 300 members", "output rose by 70,000 ounces").
    // So does one whose figure a new level follows ("stocks fell 380,000 barrels to 38 mln", "slipped
    // four places to 12th", "rose 48 crowns to 690").
    if (lex.changes.get('motion')!.has(w) && !measure) {
      const after = unitEnd === null ? null : levelAfter(text, unitEnd, end, text.slice(c.tail, unitEnd).trim().split(/\s+/).pop()!.toLowerCase(), c.value, lex);
      if (after !== 'level' && !(after === null && word[2]?.toLowerCase() === 'by' && changeVerbBy(before.slice(0, word.index), w, lex))) return null;
    }
    // "did not rise 10%": no change; "lost $500 million in the quarter", "raised 280 million of
    // the 1.5 billion": a loss or a sum raised, not a fall or a rise.
    if (lex.NEGATION_BEFORE.test(before.slice(0, word.index))) return null;
    // (Money per a span of time too, "losing some 500,000 stg a week", "raise 17 billion dlrs a
    // year"; not a price, "raised 1.35 dlrs a barrel", "raised by two dlrs a share".)
    const [money, per] = c.unit === null ? [] : c.unit.split(' per ');
    // (A new level after the amount makes it a move: "Noranda lost 1/8 to 32 dlrs", "lost 1/4 to 52-1/4".)
    if (lex.changes.get('result')!.has(w) && (c.unit === null || (ISO_CODE.test(money!) && (per === undefined || lex.durationNouns.has(per)))) && !priceLevelAfter(text, unitEnd ?? c.tail, end, c, lex)) return null;
    const direction = verbDirection(w, lex);
    if (direction !== null) return direction;
  } else {
    // (An amount that qualifies a noun after it is part of the object: "boost its current 10 pct stake".)
    // (Nor one before a name, which it may qualify: "cutting the record 170 bln dlr U.S. trade
    // deficit"; a weekday or month is the time of the move.)
    const verb = verbBefore(before, lex) ?? verbObjectBefore(before, c, lex, () => {
      const { nounAfter, attributive } = wordAfterAmount();
      const named = nounAfter !== undefined && isCapitalised(nounAfter) && !lex.calendarWords.has(nounAfter.toLowerCase().replace(/\.$/, ''));
      return attributive || named;
    });
    if (verb) return verbDirection(verb, lex);
    // "pushed up the jobless rate by 500,000", "drove down prices by 5%", "were up in February by
    // 3.9 pct": a raising verb's "up" or "down" (number-raise-verbs.txt: push, drive, bid, ratchet
    // …) before its object and "by", or a form of "be" or "go" before a time (not a phrasal verb
    // of another sense: "racked up 40 points by", "voted down the bill by 52 votes to 48", "wrapped
    // up the title by 12 points").
    const particle = PARTICLE_OBJECT_BY.exec(before);
    if (particle && (lex.raiseVerbs.has(particle[1]!) || BE_OR_GO.has(particle[1]!))) return particle[2] === 'up' ? 'up' : 'down';
    // ("an increase of 5%"; "gains of 4.5%", "wage cuts of 60 cents", "job cuts of 1,200": the
    // plural of a rate, of money or of a count only, "falls of 20 metres" are sizes.)
    const noun = lex.CHANGE_NOUN_OF.exec(before);
    const plural = noun !== null && !lex.changes.get('noun')!.has(noun[0].trim().split(/\s+/)[0]!.toLowerCase());
    if (noun && (!plural || c.unit === null || SHARE_UNITS.has(c.unit) || PLUS_UNITS.test(c.unit))) return lex.changes.get('noun')!.get(noun[1]!.toLowerCase()) ?? null;
    // "+0.3%", "+12p": a plus on a rate or an amount (not "+5C", a temperature).
    if (text[c.lead - 1] === '+' && c.unit !== null && PLUS_UNITS.test(c.unit) && !/[\p{L}\p{N}]/u.test(text[c.lead - 2] ?? '')) return 'up';
  }
  if (c.unitFrom !== 'table' && c.unitFrom !== null) return null;
  const [next, then] = wordsAfter(text, c.tail, end, 2).map((w) => w.toLowerCase());
  if (next === undefined) return null;
  // "26% more than a year earlier", "£300 less than in 2003": a comparative after a measure, before
  // "than" and an earlier time in its first three words (not "19% less than men", "the 10 more
  // than doubled").
  const comparative = then === 'than' && c.unitFrom === 'table' && thanEarlier(text, c.tail, end, lex) ? lex.changes.get('comparative')!.get(next) : undefined;
  // "5 pct down on last year", "12p up at 300p", "eight points down at 1,981": "up" or "down" after
  // a rate or an amount of money, before the time or the level it is measured against or nothing.
  // Not a deposit ("paid $1,000 down", "put 20 percent down", "with 10% down"), "two goals up",
  // "1,350 feet down"; points only before "at" and a level (a game's "30 points down at half-time",
  // "12 points up on Burnley" are leads); before "from", a rate from a level in another unit only
  // ("3.1 pct up from 2.9 pct" and "177.1 billion dlrs up from 175.8 billion" are new levels).
  const moved = c.unit !== null && (next === 'up' || next === 'down') && (c.unit === 'points' ? then === 'at' && FIGURE_NEXT.test(text.slice(c.tail, end).replace(UP_DOWN_AT, '')) : PLUS_UNITS.test(c.unit)) && !DEPOSIT_BEFORE.test(before) && !lex.SPEND_BEFORE.test(before);
  const fromRate = then !== 'from' || (SHARE_UNITS.has(c.unit!) && !FROM_SHARE.test(text.slice(c.tail, end)));
  const adverb = moved && (then === undefined || (UP_DOWN_AFTER.has(then) && fromRate)) ? lex.changes.get('adverb')!.get(next) : undefined;
  // "a 1.5 pct January gain", "a 20 pct pay cut", "a 2.1 pct monthly rise": a change noun after one
  // word that qualifies it (no function word, verb or change noun of its own).
  const qualified = then !== undefined && !c.ordinal && !lex.stopWords.has(next) && !lex.verbs.has(next) && !lex.changes.get('noun')!.has(next) ? lex.changes.get('noun')!.get(then) : undefined;
  return lex.changes.get('noun')!.get(next) ?? lex.changes.get('after')!.get(next) ?? comparative ?? adverb ?? qualified ?? null;
}

/** "to", a figure and the two words after it: groups 1 to 3 (past "to close at", "to end at": a verb and "at" before the figure). */
const TO_LEVEL = /^\s{1,3}to\s{1,3}(?:\p{Ll}{3,10}\s{1,2}at\s{1,3})?(\p{Sc}?\p{N}[\p{N},./-]{0,20}|[\p{L}-]{1,20})(?:\s{1,3}([\p{L}\p{N}-]{1,20})(?:\s{1,3}([\p{L}-]{1,20}))?)?/iu;
/**
 * 'level' when "to" and a figure follow `from`, the end of a number's counted noun `noun`: the level a
 * change ends at ("fell 380,000 barrels to 38 mln", "rose 48 crowns to 690", "slipped four places
 * to number eight"). A figure with a noun of its own is another quantity ("climbed 3 peaks to
 * 8,000 metres"); the same noun, a scale word or a function word may follow it. 'tally' when that
 * figure is below the number, `amount`: the other side of a tally ("fell 3 games to 1", "by 212
 * votes to 180"); null otherwise.
 */
function levelAfter(text: string, from: number, end: number, noun: string, amount: number, lex: NumberLexicon): 'level' | 'tally' | null {
  const m = TO_LEVEL.exec(text.slice(from, Math.min(end, from + 40)));
  if (!m) return null;
  let figure = m[1]!.toLowerCase();
  while (/[.,/-]/.test(figure.at(-1) ?? '')) figure = figure.slice(0, -1); // "to 180." ends the sentence
  let then: string | undefined = m[2]?.toLowerCase();
  if (figure === 'number' && then !== undefined) [figure, then] = [then, undefined];
  else if (then !== undefined && lex.scales.has(then)) then = m[3]?.toLowerCase(); // "to 1.9 mln tonnes": the noun after the scale
  if (!/^\p{Sc}?\p{N}/u.test(figure) && !lex.cardinals.has(figure) && !lex.ordinals.has(figure)) return null;
  // A level below the amount is a tally's other side: "fell 3 games to 1", "by 212 votes to 180".
  // (Not a figure with a glued scale, "to 294.3m".)
  const glued = /\p{L}/u.test(text[from + m[0].indexOf(m[1]!) + m[1]!.length] ?? '');
  const level = !glued && /^\p{N}[\p{N},]*(?:\.\p{N}+)?$/u.test(figure) ? Number(figure.replace(/,/g, '')) : null;
  if (level !== null && level < amount && !lex.scales.has(m[2]?.toLowerCase() ?? '')) return 'tally';
  // (A unit of the table may follow the level when the amount has none or that one: "lost 1/8 to 32 dlrs".)
  const unit = then === undefined ? undefined : lex.suffixUnits.get(then)?.toLowerCase();
  return then === undefined || !/^\p{L}/u.test(then) || then === noun || (unit !== undefined && (noun === '' || unit === noun)) || lex.stopWords.has(then) ? 'level' : null;
}

/**
 * Whether a price's new level follows an amount lost or gained: "to", a figure at least three times
 * the amount with no scale word ("lost 1/4 to 52-1/4", "lost one dlr to end at 53 dlrs"); not a
 * range's other end, of one size with the first ("expects to lose 30 to 50 mln dlrs").
 */
function priceLevelAfter(text: string, from: number, end: number, c: Candidate, lex: NumberLexicon): boolean {
  if (levelAfter(text, from, end, c.unit?.toLowerCase() ?? '', c.value, lex) !== 'level') return false;
  const m = TO_LEVEL.exec(text.slice(from, Math.min(end, from + 40)))!;
  const figure = parseFigure(m[1]!);
  if (figure === null || figure < 3 * c.value || lex.scales.has(m[2]?.toLowerCase() ?? '')) return false;
  // A price is quoted in fractions or decimals, or closes at its level ("lost 9.20 to 278", "lost
  // one dlr to end at 53"); whole figures on both sides are a score or a range ("lost 1 to 4 at
  // home", "lost 50 to 300 dlrs each").
  return /[./]/.test(text.slice(c.start, c.end) + m[1]!) || /^\s{1,3}to\s{1,3}\p{Ll}/u.test(text.slice(from, from + 8));
}

/** A figure as written in digits: "52-1/4" → 52.25, "1,845" → 1845, "276.10" → 276.1; null for words. */
function parseFigure(s: string): number | null {
  const m = /^\p{Sc}?(\d[\d,]*(?:\.\d+)?)(?:-(\d{1,2})\/(\d{1,2}))?/u.exec(s);
  if (!m) return null;
  const whole = Number(m[1]!.replace(/,/g, ''));
  return m[2] ? whole + Number(m[2]) / Number(m[3]) : whole;
}

/**
 * Whether a word after a compound amount is a noun or a name it qualifies ("5-year rates", "10-man
 * Magpies"; not "10-fold in", nor a weekday or a month, "fell 3/4-point Monday"): a plural in -s
 * too, unless a verb that is never a noun ("rates" is a verb too in the dictionary).
 */
const nounOrNameAfter = (w: string | undefined, lex: NumberLexicon): boolean =>
  w !== undefined && ((isCapitalised(w) && !lex.calendarWords.has(w.toLowerCase().replace(/\.$/, ''))) || nounShapedAfter(w, lex) || (/^\p{Ll}{3,}s$/u.test(w) && !lex.stopWords.has(w) && !lex.presentVerbs.has(w)));
/** A hedge that opens with a determiner: "the estimated", "an expected", "its projected". */
const DETERMINER_HEDGE = /^(?:the|an?|its|their|his|her|our)\s/i;

/**
 * A verb, "up" or "down", its object or a time (one to five words, in lower case after the first)
 * and "by", anchored at the end. Groups: the verb, the particle.
 */
const PARTICLE_OBJECT_BY = /(?<![\p{L}])(\p{Ll}{2,15})\s{1,2}(up|down)\s{1,3}(?:[\p{L}'’][\p{Ll}'’-]{0,19}\s{1,3}){1,5}by\s{1,3}$/u;
/** The forms of "be". */
const BE_FORMS = ['is', 'are', 'was', 'were', 'be', 'been', 'being'];
/** The forms of "be" and "go": "were up in February by", "will go up this month by". */
const BE_OR_GO: ReadonlySet<string> = new Set([...BE_FORMS, 'go', 'goes', 'went', 'gone', 'going']);

/** Forms of "be" and "get" before a participle: a passive, whose "by" names the agent ("was dropped by six stations"). */
const PASSIVE_AUX = new Set([...BE_FORMS, 'get', 'gets', 'got', 'gotten', 'getting']);
/** Words before a verb's base form: "to rise by", "will grow by". */
const BASE_VERB_BEFORE = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', 'did', 'does', 'do']);

/**
 * Whether the change word `w` before "by" is a verb whose "by" gives the amount it moved: not a
 * passive's agent ("was dropped by six stations"), nor a noun after a determiner ("the climb by
 * four Sherpas") or a noun before (a "rate increase by two banks"; a
 * form a change noun shares counts as a verb only after "to" or a modal, "is set to rise by").
 * `before` is the text before the word.
 */
function changeVerbBy(before: string, w: string, lex: NumberLexicon): boolean {
  const prev = PREV_WORD.exec(before)?.[1]?.toLowerCase();
  if (prev !== undefined && (PASSIVE_AUX.has(prev) || lex.determiners.has(prev))) return false;
  // A participle after a comma opens a passive clause: "the amendment, dropped by three senators";
  // "output dropped by 300 tonnes" is a verb.
  if (/ed$/.test(w) && /,\s{0,3}$/.test(before)) return false;
  return !lex.changes.get('noun')!.has(w) || (prev !== undefined && BASE_VERB_BEFORE.has(prev));
}

/** Takes back the hedge read before a figure: no bound, no hedge, and the figure leads again. */
function unhedge(c: Candidate): void {
  c.bound = null;
  delete c.hedge;
  c.lead = c.head;
}

/**
 * The word after a figure's span of time, lower case, past the span's noun where it is written
 * after the figure ("over 60 years old" gives "old", "2 years earlier" "earlier"); `end` bounds it.
 */
function wordAfterSpan(text: string, c: Candidate, end: number, lex: NumberLexicon): string | undefined {
  const [first, second] = wordsAfter(text, c.tail, end, 2).map((w) => w.toLowerCase());
  return first !== undefined && lex.durationNouns.has(first) ? second : first;
}

/** Comparatives of level that bound a figure: "above 50", "higher than 5%", "below 3". */
const LEVEL_COMPARATIVE = /^(?:above|below|(?:higher|lower|greater)\s+than)$/iu;
/** A figure, its unit's words and a comma, at the end: "3.2 percent, ", "52, ". */
const COMPARED_FIGURE_BEFORE = /\p{N}%?(?:\s{1,3}[\p{L}]{1,12}){0,2},\s{1,3}$/u;
/** After a span of time, words that make it a time back: "2 years earlier", "12 months ago". */
const TIME_BACK = new Set(['earlier', 'ago', 'before', 'previously', 'prior']);
/** Words after "up"/"down" that follow a measure's change: "5 pct down on last year", "up at 300p", "down from". */
const UP_DOWN_AFTER = new Set(['on', 'from', 'at', 'in', 'over', 'against', 'compared', 'year-on-year', 'since']);
/** A deposit's verb right before the figure: "put 20 percent down", "with 10% down". */
const DEPOSIT_BEFORE = /(?<![\p{L}])(?:put|puts|putting|with)\s{1,3}(?:\p{Sc}\s?)?$/iu;
/** The unit's words, "up"/"down" and "at" after a figure, cut to leave what follows "at". */
const UP_DOWN_AT = /^.{0,30}?\s(?:up|down)\s{1,3}at(?=\s)/isu;
/** A figure next: "at 1,981.0". */
const FIGURE_NEXT = /^\s{1,3}\p{Sc}?\p{N}/u;
/** "from" and a rate after the unit: "up from 2.9 percent" (a level of the same rate). */
const FROM_SHARE = /^.{0,30}?\sfrom\s{1,3}(?:an?\s{1,3}|the\s{1,3})?(?:\p{Sc}\s?)?\p{N}[\p{N}.,/-]{0,12}\s{0,3}(?:%|pct|per\s?cent|percent|percentage|basis)/isu;

/** Words that end a run describing an amount: a preposition or a conjunction is no describer ("up a bit from", "cut a deal worth"). */
const DESCRIBER_STOPS = new Set(['from', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'than', 'and', 'or', 'the', 'this', 'that', 'its', 'their', 'worth', 'about', 'around', 'over', 'under']);

/**
 * `before` (the text before a figure) without an article and the one to three lower-case words
 * after it that describe the amount at its end ("rose a seasonally adjusted " → "rose "; "fell by
 * a revised " → "fell by "), or without one adverb of degree ("rose only " → "rose "). Unchanged
 * when it does not end so. Read word by word from the end.
 */
function withoutDescribedAmount(before: string, lex: NumberLexicon): string {
  let i = before.length;
  let adverbAt = -1;
  for (let k = 0; k < 4; k++) {
    while (i > 0 && isSpace(before.charCodeAt(i - 1))) i--;
    const e = i;
    while (i > 0 && lowerOrHyphen(before[i - 1]!)) i--;
    if (i === e || (i > 0 && /[\p{L}\p{N}]/u.test(before[i - 1]!))) return adverbAt < 0 ? before : before.slice(0, adverbAt);
    const w = before.slice(i, e);
    // "added only 146,000 jobs", "rose just 2 pct", "fell sharply 5 pct": one adverb of degree
    // right before the figure is read past too ("down a further 33p": the article's run, below).
    // So is "between", which opens a range moved by ("rose between six and 6.5 pct").
    if (k === 0 && (FOCUS_ADVERBS.has(w) || w === 'between' || adverbShaped(w))) {
      adverbAt = i;
      continue;
    }
    if (adverbAt >= 0 && w !== 'a' && w !== 'an') return before.slice(0, adverbAt);
    if (w === 'a' || w === 'an') {
      if (k === 0) return before;
      // After "from" the amount is a level ("up from a revised 164.9 billion"), left as written.
      const rest = before.slice(0, i);
      return FROM_BEFORE.test(rest) ? before : rest;
    }
    // A change word or a form of "be" is no describer ("sales were up 70 pct", "a structure rising 200 feet").
    if (DESCRIBER_STOPS.has(w) || CHANGE_KINDS.some((k2) => lex.changes.get(k2)!.has(w))) return before;
  }
  return adverbAt < 0 ? before : before.slice(0, adverbAt);
}

/** Minor units of currencies, as number-units.tsv normalizes them: "cents", "pence". */
const MINOR_UNITS = new Set(['cents', 'pence', 'sen', 'paise', 'kopecks', 'centimes']);
/** A finite verb right after a figure's noun: " had been", " were". */
const CLAUSE_VERB_AFTER = /^\s{1,3}(?:had|have|has|was|were|would|will|could|might|may|are)(?![\p{L}])/u;
/** Adverbs that focus on an amount: "rose only 2 pct", "added just 300 jobs", "fell further 3 pct". */
const FOCUS_ADVERBS = new Set(['only', 'just', 'merely', 'barely', 'scarcely', 'even', 'still', 'again', 'further']);

/**
 * Whether the word after an amount and its unit is a noun the amount qualifies ("a projected 740 mln
 * dlrs loss", "a 5 pct stake"): lower case, no function word, no -ed, -ing or hyphened form, and
 * one the dictionary knows only as a noun or not at all (not "despite", "due", "thanks", "overall").
 */
function nounShapedAfter(word: string, lex: NumberLexicon): boolean {
  const w = word.toLowerCase();
  if (!/^\p{Ll}+$/u.test(word) || lex.stopWords.has(w) || /(?:ed|ing)$/.test(w)) return false;
  return lexiconTags(w).every((t) => NOMINAL_TAGS.has(t));
}
/** A range's second end glued to its noun by a hyphen: " to five-year", "-10-day". */
const RANGE_TO_COMPOUND = /^\s{0,2}(?:to|or|-|–)\s{0,2}[\p{N}\p{L}.,]{1,12}-\p{L}/u;
/** A lower-case letter or a hyphen. */
const lowerOrHyphen = (ch: string): boolean => ch === '-' || (ch !== ch.toUpperCase() && ch === ch.toLowerCase());
/** The kinds of change word (number-changes.tsv) that end a describing run, with the forms of "be". */
const CHANGE_KINDS = ['verb', 'motion', 'result', 'adverb', 'copula'] as const;

/** "than" as a word. */
const THAN_WORD = /(?<![\p{L}])than(?![\p{L}])/iu;

/** The first three words after the "than" that follows `from`: one names an earlier time or a year ("than the previous year", "than in 2003"). */
function thanEarlier(text: string, from: number, end: number, lex: NumberLexicon): boolean {
  const after = text.slice(from, Math.min(end, from + 80));
  const than = THAN_WORD.exec(after);
  if (!than) return false;
  // Its own clause only ("19% less than men, previous studies found" is a gap).
  const clause = after.slice(than.index + than[0].length).split(/[,;:.!?()]/u)[0]!;
  const words = clause.split(/[^\p{L}\p{N}-]+/u).filter(Boolean).slice(0, 3);
  // A month only capitalised ("than women may expect" is a verb).
  const earlier = (w: string) => (lex.months.has(w.toLowerCase()) ? /^\p{Lu}/u.test(w) : lex.earlierWords.has(w.toLowerCase()));
  return words.some((w) => earlier(w) || /^(?:1[89]|20)\d\d$/.test(w));
}

/**
 * The change verb nearest before "by" ("increase the budget for the past five years by £2bn"; in
 * "trend of rising debt by cutting its loans by", "cutting"), lower case; null when there is none.
 */
function verbBefore(before: string, lex: NumberLexicon): string | null {
  let found: string | null = null;
  let rest = before;
  for (let m = lex.CHANGE_VERB_BY.exec(rest); m; m = lex.CHANGE_VERB_BY.exec(rest)) {
    const after = rest.slice(m.index + m[1]!.length);
    // Not part of a name ("raise Myra Falls capacity by"), nor a shortfall ("fell short of its
    // target by 2%": a gap, not a move).
    const prev = PREV_WORD.exec(rest.slice(0, m.index))?.[1] ?? '';
    const named = TITLE_CASE.test(m[1]!) && isCapitalised(prev);
    // A later change word that is also a change noun, after a lower-case word in the singular, is
    // the object's noun ("raising its total tax cuts in 1988 by", "increase a proposed tax cut
    // by"): the verb found before it stays ("exports fell and imports rise by": a plural subject).
    const noun = found !== null && changeNounAfter(m[1]!.toLowerCase(), prev, lex);
    if (!named && !noun && !SHORT_AFTER.test(after)) found = m[1]!.toLowerCase();
    const space = after.search(/\s/);
    if (space < 0) break;
    rest = after.slice(space);
  }
  return found;
}

/**
 * Whether the change word `w` (lower case), after the word `prev` as written, is a change noun's
 * form after a lower-case word in the singular that is no function word or adverb: "tax cuts",
 * "a proposed tax cut" ("imports rise" has a plural subject, so a verb).
 */
function changeNounAfter(w: string, prev: string, lex: NumberLexicon): boolean {
  const p = prev.toLowerCase();
  return [w, w.replace(/s$/, '')].some((x) => lex.changes.get('noun')!.has(x)) && /^\p{Ll}/u.test(prev) && !/[^s]s$/.test(prev) && !lex.stopWords.has(p) && !adverbShaped(p);
}

/** The kind of change verb `w` is (number-changes.tsv: verb, motion, result), or null. */
function verbKind(w: string, lex: NumberLexicon): 'verb' | 'motion' | 'result' | null {
  return lex.changes.get('verb')!.has(w) ? 'verb' : lex.changes.get('motion')!.has(w) ? 'motion' : lex.changes.get('result')!.has(w) ? 'result' : null;
}

/** A word of letters, apostrophes and hyphens. */
const PLAIN_WORD = /^[\p{L}'’-]{1,20}$/u;
/** A possessive name: "Ford's", "Japan’s", "the banks'". */
const POSSESSIVE_NAME = /^\p{L}[\p{L}-]*['’]s?$/u;

/**
 * The change verb before a short object right before a rate or an amount of money: "cut prices
 * 10 pct", "raised its posted prices 50 cts a barrel", "lowered its prime rate half a point". The
 * object is one to three lower-case words after an optional determiner or possessive, the last a
 * noun only (not an adjective such as "worth": "tax cuts worth 4 bln dlrs"), the others nouns or
 * adjectives; none a function word: "cut prices at 10 stores" has no object there, and a
 * determiner alone right before the figure makes it the object ("cut its 5 pct stake"). A verb of
 * motion takes no object but an adverb or a particle ("fell back 10 pct", "rose sharply 5 pct";
 * number-change-particles.txt). A verb of saying is no change ("added the costs 5,000 dlrs"),
 * nor a result verb on a sum ("raised the money 5 mln dlrs"); nor when `blocked` says the amount
 * qualifies a noun or a name after it. Null otherwise.
 */
function verbObjectBefore(before: string, c: Candidate, lex: NumberLexicon, blocked: () => boolean): string | null {
  if (c.unit === null) return null;
  const [money, per] = c.unit.split(' per ');
  const rate = c.unit === 'percent' || c.unit === 'percentage point' || c.unit === 'basis point' || c.unit === 'point' || c.unit === 'points';
  // (A measure too, from the table or by a span or thing: "cut production 1.5 mln barrels per day".)
  const measure = (c.unitFrom === 'table' || per !== undefined) && !ISO_CODE.test(money!) && !MINOR_UNITS.has(money!);
  if (!rate && !measure && !PLUS_UNITS.test(money!)) return null;
  // A result verb moves a rate, a price or a measure; money alone or by the span of time is a sum
  // ("raised the firm 5 mln dlrs", "raise revenue 5 bln dlrs a year").
  const price = MINOR_UNITS.has(money!) || (per !== undefined && !lex.durationNouns.has(per));
  const words = before.slice(-100).split(/\s+/);
  if (words.at(-1) === '') words.pop();
  // (Most figures have no change verb within five words before them: nothing more to read.)
  if (!words.slice(-5, -1).some((w) => verbKind(w, lex) !== null)) return null;
  // (An -ing object only right after a verb that is no noun: "cut spending 3 bln dlrs", not
  // "gains exceeding 80 mln dlrs", "debts totalling".)
  const gerund = /ing$/.test(words.at(-1)!.toLowerCase());
  let adverbs = true;
  // A verb of spending before the figure is the clause's verb unless it is the change verb's
  // object right after it: "added the repairs cost 5,000 dlrs", but "trimmed costs 12 pct".
  const spent = lex.SPEND_BEFORE.test(`${words.at(-1)?.toLowerCase() ?? ''} `);
  for (let k = 1; k <= 4 && k < words.length; k++) {
    const w = words[words.length - k]!;
    if (!PLAIN_WORD.test(w)) return null;
    const lw = w.toLowerCase();
    const first = lex.determiners.has(lw) || POSSESSIVE_NAME.test(w);
    if (first && k === 1) return null;
    if (!first) {
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w) || lex.stopWords.has(lw) || lex.cardinals.has(lw)) return null;
      const tags = lexiconTags(lw);
      const adverb = lex.changeParticles.has(lw) || tags.includes('Adverb') || adverbShaped(lw);
      adverbs &&= adverb;
      if (!adverb) {
        // The object's noun is a noun only; the words before it may qualify it ("its prime rate",
        // "its posted prices").
        if (k === 1 ? !objectNoun(lw, tags, lex) : !objectNoun(lw, tags, lex) && !tags.every((t) => t === 'Adjective' || (t === 'PastTense' && /ed$/.test(lw)))) return null;
      }
    } else adverbs = false;
    const verbWord = words[words.length - k - 1]!;
    const verb = verbWord.toLowerCase();
    if (!first && k < 4 && lex.determiners.has(verb)) continue;
    const kind = verbWord !== verb ? null : verbKind(verb, lex);
    if (kind !== null) {
      if ((gerund && (k > 1 || /s$/.test(verb))) || (kind === 'motion' && !adverbs) || (spent && k > 1) || lex.speechVerbs.has(verb) || (kind === 'result' && !rate && !measure && !price)) return null;
      if (lex.NEGATION_BEFORE.test(`${words.slice(0, words.length - k - 1).join(' ')} `) || blocked()) return null;
      return verb;
    }
    if (first) return null;
  }
  return null;
}

/** Tags of words that are never an object's noun. */
const NOT_OBJECT_TAGS = new Set(['Adjective', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Copula', 'Modal', 'Auxiliary', 'PastTense', 'Participle']);

/**
 * Whether `w` (its tags `tags`) can be the noun of a change verb's object: a noun, or a word the
 * dictionary knows as a verb's base or -s form, which after the verb is its noun ("raised rates",
 * "cut its rate", "raised its offer"), or a gerund it knows ("cut spending"); no adjective ("worth",
 * number-adjectives.tsv), -ed form, or function word.
 */
function objectNoun(w: string, tags: readonly string[], lex: NumberLexicon): boolean {
  if (/ed$/.test(w) || lex.adjectives.get(w)?.kind === 'adjective' || tags.some((t) => NOT_OBJECT_TAGS.has(t))) return false;
  return !/ing$/.test(w) || tags.includes('Gerund') || tags.some((t) => NOMINAL_TAGS.has(t));
}

/** A word in title case ("Falls", not "FALLS": in capitals a headline's verb cannot be told from a name). */
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
/** "short" right after a change verb: "fell short of", "falls short by". */
const SHORT_AFTER = /^\s{1,3}short(?![\p{L}])/iu;

/** The direction of a change verb of any kind (transitive, motion, result); null for "edged", "moved". */
function verbDirection(verb: string, lex: NumberLexicon): 'up' | 'down' | null {
  return lex.changes.get('verb')!.get(verb) ?? lex.changes.get('motion')!.get(verb) ?? lex.changes.get('result')!.get(verb) ?? null;
}

/** The counted noun as the unit, with its qualifier. */
function setNoun(c: Candidate, found: CountedNoun | null): void {
  c.unit = found?.noun ?? null;
  c.unitFrom = found ? 'noun' : null;
  if (found?.qualifier) c.qualifier = found.qualifier;
  if (found?.name) c.nameNoun = found.name;
  else delete c.nameNoun;
}

/**
 * Scores: "N-N" after a capitalised word (a team or country: "Leeds 2-0") or a score verb ("drew
 * 1-1"), or before a score noun ("a 3-2 win"). Both sides are small whole numbers.
 */
function isScore(doc: Doc, p: Span, c: Candidate, before: string, lex: NumberLexicon): boolean {
  const text = doc.text;
  const other = SCORE_AFTER.exec(text.slice(c.end, Math.min(p.end, c.end + 8)));
  if (!other) {
    const to = SCORE_TO_AFTER.exec(text.slice(c.end, Math.min(p.end, c.end + 12)));
    return to !== null && c.value >= 0 && toTally(text, p, c, to, before, lex);
  }
  if (c.value < 0 || c.value >= SCORE_MAX || Number(other[1]) >= SCORE_MAX) return false;
  // A scale word or a currency after it makes an amount's range: "stands to lose 15-20 mln dlrs",
  // "lost 30-40 dlrs" (a score counts no money).
  const after = wordsAfter(text, c.end + other[0].length, p.end, 1)[0]?.toLowerCase();
  if (after !== undefined && (lex.scales.has(after) || lex.currencyCues.has(after) || ISO_CODE.test(lex.suffixUnits.get(after) ?? ''))) return false;
  // "won 6-4 3-6 7-5": set scores written in a row, spaced; not bands that rise from one to the
  // next ("grades 6-8 9-12": each ascending, the second above the first).
  const [a, b] = [c.value, Number(other[1])];
  if (a <= SET_MAX && b <= SET_MAX) {
    const next = SET_AFTER.exec(text.slice(c.end + other[0].length, Math.min(p.end, c.end + other[0].length + 12)));
    const prev = SET_BEFORE.exec(before);
    const set = (x: number, y: number) => x <= SET_MAX && y <= SET_MAX;
    const bands = (lo1: number, hi1: number, lo2: number, hi2: number) => lo1 < hi1 && lo2 < hi2 && lo2 > hi1;
    if (next && set(Number(next[1]), Number(next[2])) && !bands(a, b, Number(next[1]), Number(next[2]))) return true;
    // (A tie-break in brackets after its set, "6-7 (8-10)", is no band.)
    const bracket = /\(\s?$/.test(before);
    if (prev && set(Number(prev[1]), Number(prev[2])) && (bracket || !bands(Number(prev[1]), Number(prev[2]), a, b))) return true;
  }
  // A range rises, so a pair that falls or stands ("ran out 9-3 winners", "a 13-3 record", "a 3-1
  // series deficit", "the 24-24 tie") is a score, a tally or odds, whatever it stands before; not
  // before a unit or a sign of one ("a 30-20 km stretch", "a 60-40% split" keep their unit).
  const rest = text.slice(c.end + other[0].length, Math.min(p.end, c.end + other[0].length + 40));
  // (A unit of one word or more, or past a word that qualifies it: "50-40 square metres", "30-20
  // nautical miles".)
  const unitAfter = lex.UNIT_AFTER.test(rest) || lex.UNIT_AFTER.test(rest.replace(/^\s{1,2}\p{Ll}{2,20}(?=\s)/u, ''));
  if (a >= b && !PERCENT_SIGN_AFTER.test(rest) && !unitAfter && (after === undefined || !(lex.suffixUnits.has(after) || lex.durationNouns.has(after) || after === 'per'))) return true;
  const name = nameBefore(doc, c, before)?.word.toLowerCase();
  if (name && !lex.leadWords.has(name) && !lex.stopWords.has(name)) return true;
  const prev = PREV_WORD.exec(before)?.[1]?.toLowerCase();
  if (prev && /\s$/.test(before) && lex.scoreBefore.has(prev)) return true;
  // The score noun right after it ("a 2-1 win") or past a word or two that qualify it ("a 2-0 derby
  // victory", "a 2-1 extra-time defeat"), but not past a unit ("a 5-10 year loss": a range).
  const next = wordsAfter(text, c.end + other[0].length, p.end, 3).map((w) => w.toLowerCase());
  const at = next.findIndex((w) => lex.scoreAfter.has(w));
  return at >= 0 && next.slice(0, at).every((w) => !lex.suffixUnits.has(w) && !lex.durationNouns.has(w) && !lex.stopWords.has(w) && !/\d/.test(w));
}

/** "from" or "between" right before a pair: a change's two levels or a range ("from 16 to 12", "between 5 to 7"). */
const FROM_BETWEEN_BEFORE = /(?<![\p{L}])(?:from|between)\s{1,2}$/iu;
/** A percent or per-mille sign right after a figure, glued or spaced. */
const PERCENT_SIGN_AFTER = /^\s?[%‰]/u;

/**
 * A pair written with "to" is a range ("10 to 15 pct", "lose 200 to 300 jobs") unless it is a tally
 * that counts nothing after it: after a verb of a result ("voted 93 to 0 to approve"), before a
 * result's noun ("a 227 to 198 vote"), or falling or standing ("odds of 9 to 2 on"); whole numbers
 * only, not a change's two levels ("from 16 to 12", "fell 12 to 10"), nor before a unit, a sign, a
 * scale, a currency or a noun it may count ("won 230 to 240 seats", "lost 40 to 50 cents").
 */
function toTally(text: string, p: Span, c: Candidate, other: RegExpExecArray, before: string, lex: NumberLexicon): boolean {
  const [a, b] = [c.value, Number(other[1])];
  if (a >= TALLY_MAX || b >= TALLY_MAX || !/^\d{1,3}$/.test(text.slice(c.start, c.end)) || FROM_BETWEEN_BEFORE.test(before)) return false;
  const restStart = c.end + other[0].length;
  const rest = text.slice(restStart, Math.min(p.end, restStart + 40));
  const after = wordsAfter(text, restStart, p.end, 1)[0]?.toLowerCase();
  const resultNoun = after !== undefined && lex.scoreAfter.has(after);
  if (PERCENT_SIGN_AFTER.test(rest) || lex.UNIT_AFTER.test(rest) || (after !== undefined && !resultNoun && !lex.stopWords.has(after))) return false;
  const prev = PREV_WORD.exec(before)?.[1]?.toLowerCase();
  // (A vote's tally may run to hundreds: "voted 230 to 192"; a tally with no such word is small.)
  if ((prev && /\s$/.test(before) && lex.scoreBefore.has(prev)) || resultNoun) return true;
  if (a >= SCORE_MAX || a < b) return false;
  return !(prev && ['verb', 'motion', 'result'].some((k) => lex.changes.get(k)?.has(prev)));
}

/** The second side of a score ("Leeds 2-0 Hull" → 0) is a score too: no unit, no range. */
function markScores(text: string, cs: Candidate[]): void {
  for (let i = 0; i + 1 < cs.length; i++) {
    const a = cs[i]!;
    const b = cs[i + 1]!;
    if (!a.score || !(b.start === a.end + 1 ? /[-–]/.test(text[a.end]!) : /^\s{1,2}to\s{1,2}$/.test(text.slice(a.end, b.start)))) continue;
    b.score = true;
    b.unit = null;
    b.unitFrom = null;
  }
}

/**
 * Ranges: "8,000 to 9,500", "300-400", "between 3 and 5". Both ends share the unit, the scale
 * ("2 to 3 million") and the hedge ("around 300 to 400"). Not a range: two different units
 * ("4% to $31") or a change and its new level ("shares fell 4 to 31", "rose from 2 to 3").
 */
function markRanges(text: string, cs: Candidate[], lex: NumberLexicon): void {
  // Two levels whose second begins a range ("from 24.2 to 33-35 billion euros"): the first takes
  // what the range gives the second, once the range is read.
  const levelPairs: Array<[Candidate, Candidate]> = [];
  // A quote's pair ("145.60/70 yen"): one range, first, with the unit, scale and hedge of both ends.
  for (let i = 0; i + 1 < cs.length; i++) {
    const [a, b] = [cs[i]!, cs[i + 1]!];
    if (!b.slashPair || text.slice(a.tail, b.head) !== '/') continue;
    [a.range, b.range] = ['from', 'to'];
    if (a.unit === null && b.unit !== null) takeUnit(a, b);
    takeScale(a, b);
    if (b.change === null) b.change = a.change;
    if (!b.hedge && a.hedge) [b.approximate, b.bound] = [a.approximate, a.bound];
  }
  for (let i = 0; i + 1 < cs.length; i++) {
    const a = cs[i]!;
    const b = cs[i + 1]!;
    if (a.ordinal !== b.ordinal || a.range || b.range || a.score || b.score || a.upper !== undefined || b.upper !== undefined) continue;
    const gap = text.slice(a.tail, b.head);
    if (!RANGE_GAP.test(gap)) continue;
    const between = BETWEEN_BEFORE.test(text.slice(Math.max(0, a.head - 12), a.head));
    if (/and/.test(gap) && !between) continue;
    // (A rate written once, after the second end, is both ends': "30 dlrs to 40 dlrs a barrel".)
    const rateOfSecond = a.unit !== null && b.unit !== null && b.unit.startsWith(`${a.unit} per `);
    if (a.unit !== null && b.unit !== null && a.unit !== b.unit && !rateOfSecond) continue;
    // Two levels of a change ("rose from 3.50 to 4.75 dlrs") are no range, nor is a change and its
    // new level ("fell 21 to 936 pence", "rose by 1,900 to 26,300"), but both pairs measure one
    // quantity: they share the unit and the scale. A change by a range ("fell by 1 to 1.5 degrees",
    // "down 29.9 to 36.3 pct") is one: its second end is close to the first, where a level is far
    // from the amount it moved by (up to it, the amount would be half the level or more).
    // After "by", an amount in a unit before a level with none is an amount moved by, whatever verb
    // lies far before it ("fell, largely as the result of the rising dollar, by 8.18 pct to
    // 140.06"; not "depleted by about one to four mln barrels", a range).
    const by = /(?<![\p{L}])by\s{1,3}(?:\p{Sc}\s?)?$/u.test(text.slice(Math.max(0, a.lead - 8), a.lead));
    const read = text.slice(Math.max(0, a.lead - 100), a.lead);
    const described = withoutDescribedAmount(read, lex);
    const change = /to/.test(gap) && ((by && a.unit !== null && b.unit === null) || lex.CHANGE_BEFORE.test(described) || verbBefore(read, lex) !== null || verbObjectBefore(described, a, lex, () => false) !== null);
    // ("dropped by 52 to a total of 131 rigs": an amount and its level; with no change before it,
    // "5.2 pct to a record 3,562.1" pairs nothing.)
    const toTotal = TO_TOTAL_GAP.test(gap);
    if (toTotal && !change) continue;
    const levels = change && FROM_BEFORE.test(text.slice(Math.max(0, a.lead - 6), a.lead));
    // (An amount in its own unit is one of two figures: "fell $28.63 to $38.65".)
    const lower = a.scale === null && b.scale !== null && a.value < b.scale ? a.value * b.scale : a.value;
    // After "by" the amount is a change in any unit, so a second end close to it makes a range ("cut
    // profits by $3.8m to $4.9m").
    const close = (a.unit === null || by) && lower > 0 && b.value > lower && b.value <= 2 * lower;
    // A figure "to one" is a ratio, no range ("by eight to one", "pegged at 7.80 to one dollar").
    const ratio = /^\s{1,2}to\s{1,2}$/.test(gap) && b.value === 1 && /^(?:one|1)$/i.test(text.slice(b.start, b.end)) && a.value > 1;
    const range = !toTotal && !ratio && (!change || (!levels && close));
    const amountAndLevel = change && !levels && !range;
    if (range) {
      a.range = 'from';
      b.range = 'to';
    }
    // (The rate is a range's first end's and a first level's too, "rose from 18 dlrs to 20 dlrs a
    // barrel"; an amount moved by keeps its own, "rose 2.50 dlrs to 410.25 dlrs an ounce".)
    if (rateOfSecond && !amountAndLevel) a.unit = b.unit;
    // ("rose by a quarter to 400,000 tonnes": a share in words moved by is no amount of the level's
    // unit; "rose 1/4 to 14 dlrs" is a quarter dollar.)
    if (a.unit === null && b.unit !== null && !(a.fraction && amountAndLevel && WORD_CHAR.test(text.slice(a.start, a.end)))) takeUnit(a, b);
    // "rose 6% to 140": a change in a share says nothing of the level's unit
    if (b.unit === null && a.unit !== null && a.unitFrom === 'table' && !(amountAndLevel && SHARE_UNITS.has(a.unit))) b.unit = a.unit;
    // The scale is both ends' ("2 to 3 million"); an amount and its level share it only in one unit.
    if (!amountAndLevel || a.unit === b.unit) takeScale(a, b);
    if (levels) levelPairs.push([a, b]);
    if (!range) continue;
    // A change word before the range moves both ends, and so does an adverb after it ("0.50 to 1.00
    // cent lower", "23.8 to 29.3 pct down on last season"; a change noun after it, "a 5 to 20 per
    // cent rebound", names the change the range is of and is left as it was).
    if (b.change === null) b.change = a.change;
    else if (a.change === null && !wordsAfter(text, b.tail, b.tail + 40, 3).some((w) => lex.changes.get('noun')!.has(w.toLowerCase()))) a.change = b.change;
    if (!b.hedge && a.hedge) {
      b.approximate = a.approximate;
      b.bound = a.bound;
    }
  }
  for (const [a, b] of levelPairs) {
    if (b.range !== 'from') continue;
    if (a.unit === null && b.unit !== null) takeUnit(a, b);
    takeScale(a, b);
  }
}

/**
 * Dimensions: "3 x 4 metres", "20 × 30 cm". The sides measure in the last one's unit of length;
 * a counted noun after it ("a 3 x 4 grid") is the whole's, not each side's.
 */
function markDimensions(text: string, cs: Candidate[], lex: NumberLexicon): void {
  for (let i = 0; i + 1 < cs.length; i++) {
    const a = cs[i]!;
    const b = cs[i + 1]!;
    // (Only a length: "2 x 500 ml bottles" is a count of a size.)
    if (a.unitFrom === 'table' || b.unitFrom !== 'table' || b.unit === null || !lex.lengthUnits.has(b.unit) || a.ordinal || b.ordinal || !DIMENSION_GAP.test(text.slice(a.end, b.start))) continue;
    takeUnit(a, b);
  }
}

/** `to` counts or measures what `from` does: its unit, where that came from, and its qualifier. */
function takeUnit(to: Candidate, from: Candidate): void {
  to.unit = from.unit;
  to.unitFrom = from.unitFrom;
  if (from.qualifier) to.qualifier = from.qualifier;
}

/**
 * "2 to 3 million": the lower end takes the upper's scale word; "$200,000 to $4 million" and
 * "between 700,000 and one million" are whole already (scaled, the lower end would pass the upper).
 */
function takeScale(a: Candidate, b: Candidate): void {
  if (a.scale !== null || b.scale === null || a.value >= b.scale || a.value * b.scale > b.value) return;
  a.value = scaled(a.value, b.scale);
  a.scale = b.scale;
}

/** Whether two values are of a size: the larger at most `ratio` times the smaller (signs aside). */
function withinTimes(x: number, y: number, ratio: number): boolean {
  return Math.max(Math.abs(x), Math.abs(y)) <= ratio * Math.min(Math.abs(x), Math.abs(y));
}

/** The most times one listed value may be another ("2 and 120 months" is a list; "240,000 or 0.9 pct" is not). */
const LIST_RATIO = 1000;
/** A bare figure listed before a scaled one takes its scale under this ("2 and 3 million"; not "500,000 and one mln"). */
const LIST_SCALED_BELOW = 1000;

/**
 * "jailed for 11 and 7 months", "rates of 3, 4 and 5 pct", "2 and 3 mln tonnes": figures listed
 * right before one that names a unit, naming none of their own, count or measure what it does,
 * with its scale ("about 3 or 4 million people"). Only figures side by side: no word between but
 * a hedge ("11 and about 7 months"; not "won 11 and lost seven matches"), no range, score or
 * ordinal; ", and" only in a list of three or more ("3, 4, and 5 pct"; not "closed at 1,870, and
 * 40 companies fell").
 */
function shareListUnits(text: string, cs: Candidate[]): void {
  // From the end back, so that a list passes the unit along: "3, 4 and 5 pct". A comma alone
  // joins only such a list: "employ 443,000, nine pct of the workforce" is two things.
  let listed: Candidate | null = null;
  for (let i = cs.length - 2; i >= 0; i--) {
    const a = cs[i]!;
    const b = cs[i + 1]!;
    if (a.unit !== null || b.unit === null || a.ordinal || b.ordinal || a.score || b.score || a.range || b.range) continue;
    if (a.upper !== undefined || b.upper !== undefined || a.fraction || b.fraction) continue;
    // A list shares its scale ("2 and 3 million"): a scaled figure before a bare one is another
    // quantity ("1.79 billion or 2.5 pct of GNP").
    if (a.scale !== null && b.scale === null) continue;
    // The list's scale is the first figure's too when it is a small count ("2 and 3 million", "5 and
    // 4 million tonnes"; not "500,000 and one mln"). Listed values are of a size; far apart they
    // are two quantities ("a rise of around 240,000 or 0.9 pct").
    const scales = a.scale === null && b.scale !== null && Math.abs(a.value) < LIST_SCALED_BELOW;
    const av = Math.abs(scales ? a.value * b.scale! : a.value);
    if (!withinTimes(av, b.value, LIST_RATIO)) continue;
    const gap = text.slice(a.end, b.lead);
    if (!LIST_GAP.test(gap)) continue;
    const commaOnly = !/and|or/.test(gap);
    if (commaOnly && listed !== b) continue;
    // ", or" restates ("1,229, or 54.5 pct"); ", and" ends a list only after a comma before it.
    if (/,\s{0,3}or/.test(gap)) continue;
    const prev = cs[i - 1];
    if (/,\s{0,3}and/.test(gap) && !(prev && prev.unit === null && /^\s{0,2},\s{1,3}$/u.test(text.slice(prev.end, a.lead)))) continue;
    takeUnit(a, b);
    if (scales) {
      a.value = scaled(a.value, b.scale!);
      a.scale = b.scale;
    }
    listed = a;
  }
}

/** Between a first level, its unit and the second: " pounds to ", " mpg combined to ". */
const TO_LEVEL_GAP = /^(?:\s{1,3}[\p{L}'’-]{1,30}){0,3}\s{1,3}to\s{1,3}$/u;

/**
 * "shed 23 marks to 1,022", "was off two marks at 366.50", "fell 13 marks to close at 292", "cut
 * 300 jobs to 4,200": a change's amount, then "to" (or "to close at") and its new level, which
 * names no unit: the level is in the amount's unit or counts its noun. After "at" only a price's
 * or an index's ("up 2p at 251", "down 8.1 points at 1,981.5"; "gained two shots at 15" is a
 * time of play). Not after a share's amount ("fell 14 pct to 43,521": the level is of another
 * unit), a rank's ("slipped one place to four": a position), nor one thing's ("losing one seat to
 * 41": the level counts seats).
 */
function inheritMovedUnits(text: string, cs: Candidate[], lex: NumberLexicon): void {
  for (let i = 0; i + 1 < cs.length; i++) {
    const a = cs[i]!;
    const b = cs[i + 1]!;
    if (a.change === null || a.unit === null || b.unit !== null || a.range || b.range || a.ordinal || b.ordinal || a.score || b.score || SHARE_UNITS.has(a.unit)) continue;
    // (A fraction in words is a share: "to a third"; "to close at 95-1/32" is a price.)
    if (b.fraction && WORD_CHAR.test(text.slice(b.start, b.end))) continue;
    if (lex.rankNouns.has(a.unit.split(' ').pop()!.toLowerCase()) || (a.unitFrom === 'noun' && a.value === 1)) continue;
    const from = a.unitFrom === 'noun' ? wordEndAfter(text, a.tail, b.head, a.unit) : a.tail;
    if (from < 0) continue;
    const gap = text.slice(from, b.head);
    if (TO_GAP.test(gap) || lex.TO_PRICE_GAP.test(gap) || (AT_GAP.test(gap) && quotedUnit(a.unit, lex))) takeUnit(b, a);
  }
}

/** A unit a price or an index is quoted in: money ("USD", "marks", "pence") or "points". */
function quotedUnit(unit: string, lex: NumberLexicon): boolean {
  return ISO_CODE.test(unit) || MINOR_UNITS.has(unit) || lex.currencyCues.has(unit.toLowerCase()) || unit === 'points' || unit === 'point';
}

/**
 * "dropped from 208 pounds to 193", "from 21 mpg combined to 23", "from 14-18 mpg to 24": the level a quantity went to
 * is in the unit of the level it came from, when it names none of its own.
 */
function inheritLevelUnits(text: string, cs: Candidate[]): void {
  for (let i = 0; i + 1 < cs.length; i++) {
    const a = cs[i]!;
    const b = cs[i + 1]!;
    // "to less than half that": a part of the level before, in no unit
    if (a.unit === null || b.unit !== null || a.ordinal || b.ordinal || a.score || b.score || b.upper !== undefined || b.fraction) continue;
    // "from about 14-18 mpg to 24": a range is the level it came from
    const first = a.range === 'to' && i > 0 ? cs[i - 1]! : a;
    if (!FROM_BEFORE.test(text.slice(Math.max(0, first.lead - 6), first.lead)) || !TO_LEVEL_GAP.test(text.slice(a.tail, b.lead))) continue;
    takeUnit(b, a);
  }
}

/**
 * Before a figure it is compared with, after the first figure's unit: "against", "versus",
 * "compared with", "from" (", up from"), "after", "rather than", "instead of", then at most two
 * words ("against 1985's", "rather than the usual").
 */
const COMPARED_GAP = /(?<![\p{L}])(?:(?:up|down)\s{1,3})?(?:against|versus|vs\.?|from|after|compared\s{1,3}(?:with|to)|rather\s{1,3}than|instead\s{1,3}of)\s{1,3}(?:[\p{L}\p{N}'’-]{1,20}\s{1,3}){0,2}$/iu;
/**
 * After a figure compared by "after" (a period's figure after the last one's: "2.1 billion dlrs in
 * March after 1.8 billion in February"): a period, the clause's end; not a verb ("after 300 were
 * sold" is what happened first).
 */
const THE_BEFORE = /(?<![\p{L}])the\s{1,3}$/iu;
const WORD_CHAR = /\p{L}/u;
const AFTER_COMPARED_TAIL = /^(?:\s{0,3}(?:$|[.,;:)])|\s{1,3}(?:(?:in|during|for|at)\s{1,3})?(?:(?:the|a|an|its|last)\s{1,3})?(?:(?:same|previous|prior|preceding|year-earlier|first|second|third|fourth|final|latest|whole|full|corresponding)\s{1,3})?(\p{L}+|\d{4})(?![\p{L}]))/iu;
/** A span of time after "in the same …", "a …", "the previous …": what a period's figure is of. */
const PERIOD_WORDS = new Set(['year', 'years', 'month', 'months', 'quarter', 'quarters', 'week', 'weeks', 'period', 'half', 'season', 'day', 'session', 'fiscal', 'calendar', 'ago', 'earlier', 'before']);

/** Whether the words after a figure compared by "after" name its period or end its clause ("in January", "a year earlier", "the previous month", "."). */
function afterComparedTail(text: string, at: number, lex: NumberLexicon): boolean {
  const m = AFTER_COMPARED_TAIL.exec(text.slice(at, at + 48));
  if (!m) return false;
  const word = m[1]?.toLowerCase();
  // ("in the six months to January": a count of periods.)
  return word === undefined || /^\d{4}$/.test(word) || PERIOD_WORDS.has(word) || lex.calendarWords.has(word) || lex.cardinals.has(word);
}
/** Between one compared figure and the next of a pair: a few words, then "and"/"or" (" in December and "). */
const COMPARED_AND = /^(?:\s{1,3}[\p{L}'’-]{1,20}){0,3},?\s{1,3}(?:and|or)\s{1,3}$/u;
/** Between a level and the share it moved by: its unit's words, a comma and "up", "down" or "off" ("mln bpd, up "). */
const SHARE_AFTER_LEVEL = /^(?:\s{1,3}[\p{L}.'’-]{1,20}){0,3},\s{1,3}(?:up|down|off)\s{1,3}$/u;
/** A partitive "of" right after a figure: a part of what follows ("3 of the towns", "40 of them"; not "7.7 billion of such profit"). */
const OF_AFTER = /^\s{1,3}of\s{1,3}(?:the|these|those|them|its|their|his|her|our)(?![\p{L}])/iu;
/** The most times one compared value may be the other ("5 mln dlrs in 1986 from 450 mln" is about as far as news goes). */
const COMPARED_RATIO = 100;
/** A year written in a text, as digits alone: "1986" in "at end-1986". */
const YEAR_IN_TEXT = /(?<![\p{N}.,])(?:1[5-9]|20)\d\d(?![\p{N}]|[.,]\d)/gu;
/** A point right after a capital letter and before another or a hyphen: an abbreviation's ("U.S.-made"; not "the U.S. Profits", which may end a sentence). */
const ABBREVIATION_POINT = /(?<=(?<![\p{L}])\p{Lu})\.(?=\p{Lu}|-)/gu;
/** A comma and an adverb in -ly ending the words before a comparison: ", marginally ". */
const COMMA_ADVERB_END = /,\s{1,3}\p{Ll}{2,20}ly\s{1,3}$/u;
/** Only "from" between two figures. */
const FROM_GAP = /^\s{1,3}from\s{1,3}$/u;
/** "to" right before a figure (its hedge or sign included): a level, not an amount moved by. */
const TO_BEFORE = /(?<![\p{L}])to\s{1,3}$/iu;

/**
 * "30,500 units against 26,900 in 1985", "84.09 billion crowns against 1985's 86.19 billion",
 * "1.82 mln people, up from 1.61 mln in December and 1.65 mln a year earlier", "rose to 5.2 mln
 * dlrs from 3.1 mln": a figure a quantity is compared with, naming no unit of its own, is in the
 * quantity's unit (and so is a second one paired with it by "and"). Not after an amount moved by
 * ("rose 5 pct from 200 mln": the level it moved from is in another unit).
 */
function inheritComparedUnits(text: string, all: Candidate[], lex: NumberLexicon): void {
  // An ordinal between is a word of the phrase ("129.1 mln dlrs for the third quarter, up from 105.8 mln").
  const cs = all.filter((c) => !c.ordinal);
  // A quote's pair ("fell to 3.75/80 pct from 3.90/95") is compared as one figure: its first end
  // says whether it is a level, and the unit it takes is both ends'.
  const pairFirst = (k: number) => cs[k + 1]?.slashPair === true && cs[k]!.range === 'from';
  const plain = (k: number) => {
    const c = cs[k]!;
    return !c.ordinal && !c.score && (!c.range || c.slashPair || pairFirst(k)) && c.upper === undefined && !c.fraction;
  };
  for (let i = 0; i + 1 < cs.length; i++) {
    const a = cs[i]!;
    const b = cs[i + 1]!;
    if (!plain(i) || !plain(i + 1) || pairFirst(i)) continue;
    const aLead = a.slashPair && i > 0 ? cs[i - 1]!.lead : a.lead;
    const level = TO_BEFORE.test(text.slice(Math.max(0, aLead - 6), aLead));
    // "rose six pct to 11,122 from 10,533 units": a level compared with one that names the unit.
    // (A counted noun only when plural: "127,903 because a…" read a conjunction as one; not a span
    // of time: "rose to 90 from 60 hours earlier".)
    const named = b.unit !== null && (b.unitFrom === 'table' || /[^s]s$/.test(b.unit)) && !lex.durationNouns.has(b.unit.toLowerCase());
    if (a.unit === null && named && level && FROM_GAP.test(text.slice(a.end, b.lead))) {
      takeUnit(a, b);
      if (a.slashPair && i > 0 && cs[i - 1]!.unit === null) takeUnit(cs[i - 1]!, b);
      continue;
    }
    if (a.unit === null || b.unit !== null) continue;
    const gap = text.slice(a.end, b.lead);
    const word = gap.length <= 80 ? COMPARED_GAP.exec(gap) : null;
    if (!word) continue;
    // Only the first figure's unit, a few words and a comma before the comparison: no clause, no
    // other figure or date ("eight months of 1987, compared with 6.09 mln"); and no part of
    // something after the second ("300 refugees fled from 3 of the towns").
    // (A year there says when the first figure was: "31.4 billion dlrs at end-1986 from 25.4 billion".)
    // Not after a span of time, whose year says which ("the first eight months of 1987, compared with 6.09 mln").
    const span = lex.durationNouns.has(a.unit.toLowerCase());
    const written = gap.slice(0, word.index);
    // (An abbreviation's points and an adverb in -ly after the comma are no break: "13,218
    // U.S.-made cars, down from", "20.61 mln tonnes, marginally up from".)
    const between = (span ? written : written.replace(YEAR_IN_TEXT, '')).replace(ABBREVIATION_POINT, '').replace(COMMA_ADVERB_END, ', ');
    if (/[;:.!?(\p{N}]|,\s{0,3}\S/u.test(between)) continue;
    if (OF_AFTER.test(text.slice(b.end, b.end + 16))) continue;
    // "5.19 pct up from 49.98 billion": a share moved from a level in another unit, unless the
    // share is the level ("cut the rate to 5.5 pct from 6.2") or the comparison is not "from";
    // that level is in the unit of the figure the share follows ("3.96 mln bpd, up 28.1 pct from
    // 3.09 mln").
    // (A span of time and "after" say when: "90 days after payment at 106".)
    if (/^after\s/iu.test(word[0]) && (!afterComparedTail(text, b.end, lex) || span)) continue;
    const from = /(?:^|\s)from\s/iu.test(word[0]);
    if (SHARE_UNITS.has(a.unit) && !level && from) {
      const z = cs[i - 1];
      if (z && z.unit !== null && plain(i - 1) && !SHARE_UNITS.has(z.unit) && SHARE_AFTER_LEVEL.test(text.slice(z.end, a.lead))) takeUnit(b, z);
      continue;
    }
    // Any other amount moved by: the level it moved from is not in its unit ("cut 200 jobs from 1,400").
    if (a.change !== null && !level) continue;
    // A value of another size is of another quantity ("1,400 loans worth 2.5 billion dlrs against
    // 1,100"; "11.2 pct against 3.1 mln"): a share or a span of time has no scale word ("the final
    // three months, against a monthly one billion"), and a bare compared value is within a hundred
    // times of the other.
    // (A figure with its own scale word says its size: "rose to 150 mln dlrs from 1.2 mln".)
    if ((shareOrSpan(a.unit, lex) && b.scale !== null) || (b.scale === null && !withinTimes(a.value, b.value, COMPARED_RATIO))) continue;
    // A conversion in brackets is not the quantity compared: the figure the bracket follows is
    // ("77m euros (£53m; $100m), up from 38m" is in euros).
    const source = bracketOwner(text, cs, i) ?? a;
    takeUnit(b, source);
    if (pairFirst(i + 1)) {
      takeUnit(cs[i + 2]!, source);
      continue;
    }
    const c = cs[i + 2];
    if (c && c.unit === null && plain(i + 2) && COMPARED_AND.test(text.slice(b.end, c.lead))) takeUnit(c, source);
  }
}

/**
 * When `cs[i]` is a conversion in brackets ("77m euros (£53m; $100m)"), the figure the bracket
 * follows, with a unit; else null.
 */
function bracketOwner(text: string, cs: Candidate[], i: number): Candidate | null {
  let j = i;
  while (j > 0 && inConversion(text, cs[j]!.lead)) j--;
  if (j === i) return null;
  const owner = cs[j]!;
  return owner.unit !== null && /^[^()]{0,30}\($/u.test(text.slice(owner.end, cs[j + 1]!.lead).trimEnd()) ? owner : null;
}

/** A vague magnitude is a range of two entries on its one span: the scale and ten times it. */
function vagueEnds(c: Candidate): Candidate[] {
  if (c.upper === undefined) return [c];
  // The range is the vagueness: its ends are exact, as in "between 1,000 and 10,000".
  const lower: Candidate = { ...c, range: 'from' };
  const upper: Candidate = { ...c, value: c.upper, range: 'to' };
  delete lower.upper;
  delete upper.upper;
  return [lower, upper];
}

/** The hundredth parts after a currency amount: "cents", "pence" (and "p"). */
const CENTS = new Set(['cent', 'cents', 'pence', 'penny', 'p']);
const CENTS_GAP = /^\s{1,3}(?:and\s{1,3})?$/u;
/** The hundredths of the pound sterling alone (ISO 4217's minor unit of GBP). */
const PENCE = /^(?:pence|penny|p)$/i;
const POUNDS_AFTER = /^\s{1,3}pounds?(?![\p{L}])/iu;

/**
 * "7 euros 20 cents", "thirteen dollars and forty-five cents", "thirteen dollars forty five": a
 * whole currency amount and its hundredths are one amount (7.20 EUR), written from the first
 * number to the last word of the second. The hundredths say "cents"/"pence" or end the clause.
 */
function joinCents(text: string, cs: Candidate[]): void {
  for (let i = 0; i + 1 < cs.length; i++) {
    const a = cs[i]!;
    const b = cs[i + 1]!;
    // "3 pounds 50 pence": pence are hundredths of sterling only, so the pounds are money (GBP).
    const pounds = a.unitFrom === 'noun' && b.unit !== null && PENCE.test(b.unit) ? POUNDS_AFTER.exec(text.slice(a.end, a.end + 12)) : null;
    if (!pounds && (a.unitFrom !== 'table' || a.unit === null || !ISO_CODE.test(a.unit))) continue;
    const tail = pounds ? a.end + pounds[0].length : a.tail;
    if (tail <= a.end || !Number.isInteger(a.value) || a.scale !== null) continue;
    if (a.range || a.score || b.range || b.score || a.upper !== undefined || b.upper !== undefined || b.ordinal || b.scale !== null || !Number.isInteger(b.value) || b.value < 1 || b.value >= 100) continue;
    if (b.head !== b.start || b.lead !== b.start || !CENTS_GAP.test(text.slice(tail, b.start))) continue;
    const named = b.unit !== null && CENTS.has(b.unit.toLowerCase());
    // Unnamed hundredths only right after the amount, no "and": "thirteen dollars forty five".
    if (!named && !(b.unit === null && !/and/.test(text.slice(tail, b.start)) && /^\s{0,2}(?:$|[.,;:!?)])/u.test(text.slice(b.end, b.end + 4)))) continue;
    if (pounds) {
      a.unit = 'GBP';
      a.unitFrom = 'table';
    }
    a.value = scaled(a.value + b.value / 100, 1);
    a.end = named ? b.tail > b.end ? b.tail : b.end + (/^\s{0,2}\p{L}+/u.exec(text.slice(b.end))?.[0].length ?? 0) : b.end;
    a.tail = a.end;
    a.rule = 'number/money-cents';
    cs.splice(i + 1, 1);
  }
}

/**
 * "two new 737 Max jets", "3 2019 Champions League games": digits inside the words between a count
 * and its noun name a model or a season; they qualify the noun and count nothing.
 */
function dropCodesInNouns(text: string, cs: Candidate[], trace: (m: string) => void): void {
  for (let i = 0; i + 1 < cs.length; i++) {
    const a = cs[i]!;
    const b = cs[i + 1]!;
    if (a.unitFrom !== 'noun' || !a.qualifier || b.unit !== a.unit || b.rule !== 'number/digits') continue;
    const written = text.slice(b.start, b.end);
    if (!/^\d+$/.test(written) || !a.qualifier.split(' ').includes(written) || !/^(?:\s{1,3}[\p{L}'’-]{1,30}){0,3}\s{1,3}$/u.test(text.slice(a.end, b.start))) continue;
    trace(`numbers: skipped "${written}"@${b.start}: part of the name before "${a.unit}"`);
    cs.splice(i + 1, 1);
    i--;
  }
}

/** Between a part and its whole: "20 of 71 laps", "three out of five judges", "40 of the 120 MPs". */
const PART_OF_WHOLE = /^\s{1,3}(?:out\s{1,3})?of\s{1,3}(?:(?:the|its|their|his|her|our)\s{1,3})?$/iu;
/** Between a ratio's two counts: "one in five adults". */
const RATIO_IN = /^\s{1,3}in\s{1,3}$/iu;
/** The word right before a ratio's first count. */
const VERB_BEFORE_RATIO = /(\p{L}{2,20})\s{1,3}$/u;
/** The word after a ratio's whole and its noun of one, two or three words: "worry" in "3 in 4 parents worry". */
const WORD_AFTER_WHOLE = [1, 2, 3].map((n) => new RegExp(`^(?:\\s{1,3}[\\p{L}'’-]{1,30}){${n}}\\s{1,3}(\\p{L}{2,20})`, 'u'));
/** A verb's forms in the dictionary. */
const VERB_FORM_TAGS = new Set(['PastTense', 'Participle', 'PresentTense', 'Infinitive', 'Verb', 'Gerund']);

/**
 * "20 of 71 laps", "three out of five judges", "raised 300 million of the 2 billion euros": the
 * part counts what the whole counts, money included (a share or another unit of measure aside:
 * "5 of 10 percent" is no such pair).
 */
function inheritPartOf(text: string, cs: Candidate[], lex: NumberLexicon): void {
  for (let i = 0; i + 1 < cs.length; i++) {
    const a = cs[i]!;
    const b = cs[i + 1]!;
    if (a.unit !== null || b.unit === null || (b.unitFrom !== 'noun' && (!ISO_CODE.test(b.unit) || a.fraction)) || a.ordinal || b.ordinal || a.score || a.range || b.range) continue;
    const gap = text.slice(a.tail, b.lead);
    if ((!PART_OF_WHOLE.test(gap) && !(RATIO_IN.test(gap) && ratioCounts(text, a, b, lex))) || a.value > b.value) continue;
    takeUnit(a, b);
  }
}

/**
 * "one in five adults", "nine in 10 voters": whether a ratio's part counts what its whole counts
 * (not "rose 3 in 4 weeks": a span of time). Not after a verb, unless "one in" or a whole of ten,
 * a hundred… ("scored 5 in 7 starts", "took 3 in 5 overs" count goals and wickets; "affects one
 * in five adults" is a ratio), or unless a verb follows its noun, which makes the ratio its own
 * clause's subject ("the survey found 3 in 4 parents worry").
 */
function ratioCounts(text: string, a: Candidate, b: Candidate, lex: NumberLexicon): boolean {
  if (b.unitFrom !== 'noun' || lex.durationNouns.has(b.unit!.toLowerCase())) return false;
  if (a.value === 1 || /^10+$/.test(String(b.value))) return true;
  const verbBeforeA = VERB_BEFORE_RATIO.exec(text.slice(Math.max(0, a.lead - 24), a.lead))?.[1];
  if (verbBeforeA === undefined || !verbShaped(verbBeforeA.toLowerCase(), VERB_FORM_TAGS)) return true;
  const nounWords = b.unit!.split(' ').length;
  const wordAfterWhole = nounWords <= 3 ? WORD_AFTER_WHOLE[nounWords - 1]!.exec(text.slice(b.tail, b.tail + 80))?.[1]?.toLowerCase() : undefined;
  return wordAfterWhole !== undefined && lexiconTags(wordAfterWhole).some((t) => VERB_FORM_TAGS.has(t) || t === 'Modal');
}

/** A parenthesis opened right after a figure and its unit: "296 hp (", "7.5 million crowns (US". */
const OPEN_AFTER = /^\s{0,2}\(\s{0,2}$/u;
/** The same after a counted noun, whose words the figure's tail does not cover: "40 knots (". */
const OPEN_AFTER_NOUN = /^(?:\s{1,3}[\p{L}'’-]{1,30}){1,3}\s{0,2}\(\s{0,2}$/u;
/** Between two conversions inside one parenthesis: "(224 kW / 300 PS)", "(11 km or 7 miles)". */
const CONVERSION_GAP = /^\s{0,3}(?:[\/,;]|or|and)\s{0,3}$/u;
/** Shares are no conversion: "$5m (2%)" gives a part, not the amount again. */
const SHARE_UNITS = new Set(['percent', 'percentage point', 'basis point']);

/**
 * "just under 296 hp (224 kW / 300 PS)", "more than 7.5 million crowns (US $1.1 million)": the same
 * quantity in other units, in a parenthesis right after it, is hedged, bounded and moved as the
 * figure it converts, unless it says otherwise.
 */
function inheritConversions(text: string, cs: Candidate[]): void {
  let from: Candidate | null = null;
  let last: Candidate | null = null;
  for (const c of cs) {
    const open = last !== null && last.unit !== null && (last.unitFrom === 'noun' ? OPEN_AFTER_NOUN : OPEN_AFTER).test(text.slice(last.tail, c.lead));
    const next = from !== null && last !== null && CONVERSION_GAP.test(text.slice(last.tail, c.lead));
    if (open && !SHARE_UNITS.has(last!.unit!) && !last!.range) from = last;
    else if (!next) from = null;
    last = c;
    if (from === null || c.unit === null || SHARE_UNITS.has(c.unit) || c.range || c.score) {
      if (from !== null && (c.unit === null || SHARE_UNITS.has(c.unit))) from = null;
      continue;
    }
    if (!c.hedge && !c.approximate && c.bound === null) {
      c.approximate = from.approximate;
      c.bound = from.bound;
    }
    if (c.change === null) c.change = from.change;
  }
}

/** What may follow a bare figure in brackets before they close: the period it is of (" in 1985"), no other figure. */
const BRACKET_REST = /^[^\p{N}()]{0,20}(?:(?:1[5-9]|20)\d\d[^\p{N}()]{0,10})?\)/u;
/** The most times a bracketed earlier value may be the figure's (or the figure its): one order of magnitude. */
const BRACKET_RATIO = 10;
/** Between two bare figures in one bracket: "(4.90 billion and 3.83 billion)", "(15, 12)". */
const BRACKET_PAIR = /^\s{0,3}(?:,|and|;)\s{0,3}$/u;

/**
 * "production at 505,000 tonnes (504,000)", "4.13 pct (4.33)", "SDR's 503 mln dlrs (524 mln and
 * 468 mln)": a bracket right after a figure and its unit that holds only figures, naming no unit,
 * gives the same quantity at other times (wire copy's "previous in brackets"): they are in its
 * unit. Not a figure with its own unit ("(224 kW)", conversions), not words after the figure
 * ("(three of them women)"), nor values over ten times apart (BRACKET_RATIO).
 */
function inheritBracketedUnits(text: string, cs: Candidate[], lex: NumberLexicon): void {
  const bare = (c: Candidate | undefined): c is Candidate => c !== undefined && c.unit === null && !c.ordinal && !c.score && !c.range && c.upper === undefined && !c.fraction;
  const decimal = (c: Candidate) => /\d\.\d/.test(text.slice(c.start, c.end));
  // An earlier value of the same quantity is within an order of magnitude (4.13 and 4.33; 505,000
  // and 504,000); a footnote's or a rank's mark is not ("7.5 percent (2)", below).
  // A one-digit whole number alone after a decimal is a mark ("7.5 mln tonnes (2)"); after a whole
  // one it may be the earlier value ("9 billion lire (8)").
  const mark = (a: Candidate, b: Candidate) => decimal(a) && !decimal(b) && b.scale === null && Number.isInteger(b.value) && Math.abs(b.value) < 10;
  const like = (a: Candidate, b: Candidate) => withinTimes(a.value, b.value, BRACKET_RATIO);
  // "12.5 mln tonnes (13.1)": the figure's scale word stands for the bracket's too.
  const scaleOf = (a: Candidate, b: Candidate) => {
    if (a.scale === null || b.scale !== null || Math.abs(b.value) >= 1000) return;
    const v = scaled(b.value, a.scale);
    if (!withinTimes(a.value, v, BRACKET_RATIO)) return;
    b.value = v;
    b.scale = a.scale;
  };
  for (let i = 0; i + 1 < cs.length; i++) {
    const a = cs[i]!;
    const b = cs[i + 1]!;
    if (a.unit === null || a.ordinal || a.score || a.range || a.upper !== undefined || !bare(b) || b.lead !== b.start) continue;
    // A measure in brackets bare is most often its conversion, unlabelled ("30,000 feet (9,144)").
    if (lex.convertible.has(a.unit.toLowerCase())) continue;
    // After a counted noun, the bracket opens right after the noun's own words ("60 days unquoted (" is no such bracket).
    const gap = text.slice(a.tail, b.lead);
    const open = a.unitFrom === 'noun' ? OPEN_AFTER_NOUN.test(gap) && gap.slice(0, gap.lastIndexOf('(')).trimEnd().toLowerCase().endsWith(a.unit.toLowerCase()) : OPEN_AFTER.test(gap);
    if (!open) continue;
    const c = cs[i + 2];
    const paired = bare(c) && c.lead === c.start && BRACKET_PAIR.test(text.slice(b.end, c.lead));
    if (!BRACKET_REST.test(text.slice(paired ? c.end : b.end, (paired ? c.end : b.end) + 40))) continue;
    if (mark(a, b) || (paired && mark(a, c))) continue;
    scaleOf(a, b);
    if (paired) scaleOf(a, c);
    if (!like(a, b) || (paired && !like(a, c))) continue;
    takeUnit(b, a);
    if (paired) takeUnit(c, a);
  }
}

/** "for" right before a figure: a price ("sold 3 mln tonnes for 200 mln"). */
const FOR_BEFORE = /(?<![\p{L}])for\s{1,3}(?:about\s{1,3}|some\s{1,3}|nearly\s{1,3})?$/iu;

/** "the number of" (a count's subject), up to the space before its noun phrase. */
const NUMBER_OF = /(?<![\p{L}])(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s{1,3}(?:total\s{1,3})?number\s{1,3}of(?=\s)/gu;
/** How far after "the number of" a count of it may stand. */
const NUMBER_OF_REACH = 100;

/**
 * "The number of people out of work rose 32,000 to 1.2 million", "the number of workers on short
 * time rose by 80,629 to 462,802": counts with no unit after "the number of" and its noun, in its
 * clause and before any count with a unit, count that noun (a plural: not "the number of sales
 * dropped 32 pct", which has its own).
 */
function inheritNumberOf(doc: Doc, p: Span, cs: Candidate[], lex: NumberLexicon): void {
  const text = doc.text;
  if (cs.length === 0 || !/number\s{1,3}of/i.test(p.text)) return;
  let named = false;
  for (const m of p.text.matchAll(NUMBER_OF)) {
    const from = p.start + m.index + m[0].length;
    const sentence = doc.sentenceAt(from);
    // Its clause: up to a comma or a semicolon ("rose to 40, and damage reached 12 billion").
    const reach = text.slice(from, Math.min(sentence ? sentence.end : p.end, p.end, from + NUMBER_OF_REACH));
    // (And up to the next "number of": "… and the number of vacancies increased by 15,263".)
    const stops = [reach.search(/[,;:]\s/u), reach.search(/number\s{1,3}of\s/iu)].filter((x) => x >= 0);
    const limit = from + (stops.length ? Math.min(...stops) : reach.length);
    const found = countedNounPhrase(wordsAfter(text, from, limit, 6), lex, false);
    if (!found || !/[^su]s$|people|men$/.test(found.noun)) continue;
    for (const c of cs) {
      if (c.start < from) continue;
      if (c.start >= limit) break;
      // (A share moved by says how much it moved: "fell 14 pct to 43,521", the level after it counts.)
      if (c.unit !== null && SHARE_UNITS.has(c.unit) && c.change !== null) continue;
      if (c.unit !== null || c.ordinal || c.score || c.fraction) break;
      c.unit = found.noun;
      c.unitFrom = 'noun';
      named = true;
    }
  }
  // ("totaled 58,000, down from 71,000": the figures compared with a count now named take its noun.)
  if (named) inheritComparedUnits(text, cs, lex);
}

/**
 * "a ceiling of 16.6 mln bpd, rising to 18.3 mln in the fourth quarter", "the loan was raised
 * before syndication to 60 mln", "output, estimated at 15 mln tonnes, will be 12 mln": a figure
 * with a scale word and no unit, in the sentence of the scaled figure before it, is in that one's
 * unit when the two are within a hundred times of each other (no other scaled figure between).
 * Not a share's or a span of time's unit, and not a range's end.
 */
function inheritScaledUnits(doc: Doc, cs: Candidate[], lex: NumberLexicon): void {
  let last: Candidate | null = null;
  for (const c of cs) {
    if (c.scale === null || c.ordinal || c.score) continue;
    const prev = last;
    // (A conversion in brackets is no unit to take: "$28.5m (£15.2m), making a total of 204.3m".)
    if (!inConversion(doc.text, c.lead)) last = c;
    if (prev === null || prev.unit === null || c.range || c.upper !== undefined || c.fraction) continue;
    // "786 mln dlrs against a 505 mln surplus", "loss 62.1 mln stg vs 71.6 mln profit": a money
    // noun after a scaled figure names what the money is, and the money is in the currency of the
    // scaled figure before it in the sentence (within a hundred times of it).
    if (c.unit !== null) {
      if (c.unitFrom === 'noun' && lex.moneyWords.has(c.unit) && ISO_CODE.test(prev.unit) && doc.sentenceAt(prev.start) === doc.sentenceAt(c.start) && withinTimes(prev.value, c.value, COMPARED_RATIO)) {
        c.unit = prev.unit;
        c.unitFrom = 'table';
        delete c.qualifier;
      }
      continue;
    }
    // (Nor a money noun taken for a count's: "a 2.6 billion deficit in May and 9.4 billion in June".)
    if (shareOrSpan(prev.unit, lex) || lex.moneyWords.has(prev.unit)) continue;
    if (doc.sentenceAt(prev.start) !== doc.sentenceAt(c.start) || !withinTimes(prev.value, c.value, COMPARED_RATIO)) continue;
    // "a city of 2 mln people spent 3 mln", "bought 1.5 mln shares for 30 mln", "a budget of 9
    // million": money paid, a price or a money noun's amount is no count's.
    const lead = doc.text.slice(Math.max(0, c.lead - 40), c.lead);
    if (!ISO_CODE.test(prev.unit.split(' ')[0]!) && !lex.currencyCues.has(prev.unit) && (lex.SPEND_BEFORE.test(lead) || FOR_BEFORE.test(lead) || lex.MONEY_OF_BEFORE.test(lead))) continue;
    takeUnit(c, prev);
  }
}

/**
 * "Rescuers found 90 survivors, with 12 still missing" → survivors: an elliptical count takes the
 * counted noun of the count right before it, in the same sentence. Only in the elliptical shapes
 * (see isElided), so an age ("45 people, and Lee, 54, was charged") keeps no unit.
 */
function inheritElidedUnits(doc: Doc, cs: Candidate[], lex: NumberLexicon): void {
  for (const c of cs) if (c.unit === null && !c.ordinal && !c.range && !c.score) alternativeCount(doc.text, c, lex);
  listedAges(doc, cs, lex);
  for (let i = 1; i < cs.length; i++) {
    const c = cs[i]!;
    const prev = cs[i - 1]!;
    // "aged 19, 22 and 25": the ages of a list.
    if (prev.unit === 'year-old' && c.unit === null && Number.isInteger(c.value) && c.value > 0 && c.value < 120 && LIST_GAP.test(doc.text.slice(prev.tail, c.lead))) {
      c.unit = 'year-old';
      c.unitFrom = 'table';
      continue;
    }
    if (c.unit !== null || c.ordinal || c.range || c.score || prev.ordinal) continue;
    const sentence = doc.sentenceAt(c.start);
    // "… while AT&T employs 47,000", "… and the Owls scored 28": any unit, in one sentence.
    if (prev.unit !== null && !prev.score && doc.sentenceAt(prev.start) === sentence && (parallelClause(doc.text, prev, c, lex) || parallelObject(doc.text, prev, c, lex) || parallelPhrase(doc.text, prev, c, lex) || namedItem(doc.text, prev, c, lex, cs[i - 2]))) {
      takeUnit(c, prev);
      continue;
    }
    if (prev.unitFrom !== 'noun') continue;
    if (doc.sentenceAt(prev.start) !== sentence) {
      // "It hired 300 nurses. Next year it plans 500 more." (the sentence right before only)
      const before = sentence ? doc.sentenceAt(sentence.start - 1) : undefined;
      if (!before || doc.sentenceAt(prev.start) !== before || !moreOfTheSame(doc.text, c, sentence!.end, lex)) continue;
      c.unit = prev.unit;
      c.unitFrom = 'noun';
      continue;
    }
    const limit = sentence ? sentence.end : doc.text.length;
    if (!isElided(doc.text, prev, c, limit, lex) && !moreOfTheSame(doc.text, c, limit, lex)) continue;
    c.unit = prev.unit;
    c.unitFrom = 'noun';
  }
}

/** "a day or two", "another pick or three": a noun after "a", "an", "one" or "another", then "or", then the count. */
const ALTERNATIVE_BEFORE = /(?<![\p{L}])(?:an?|one|another)\s{1,3}(\p{Ll}[\p{Ll}'’-]{1,30})\s{1,3}or\s{1,3}$/u;

/** The token right before a position, spaces between ("40" in "40 a day"). */
const TOKEN_BEFORE = /([^\s]{1,20})\s{1,3}$/u;

/** "in a day or two", "add another pick or two": the count takes the noun of its alternative. */
function alternativeCount(text: string, c: Candidate, lex: NumberLexicon): void {
  const from = Math.max(0, c.lead - 48);
  const m = ALTERNATIVE_BEFORE.exec(text.slice(from, c.lead));
  const noun = m?.[1];
  // "40 a day or one every 11 minutes": a rate's "a day", not an alternative.
  const word = m ? TOKEN_BEFORE.exec(text.slice(Math.max(0, from + m.index - 24), from + m.index))?.[1]?.toLowerCase() : undefined;
  if (word !== undefined && (/\d$/.test(word) || lex.cardinals.has(word))) return;
  if (noun === undefined || lex.stopWords.has(noun) || lex.verbs.has(noun) || lex.modifiers.has(noun)) return;
  c.unit = noun;
  c.unitFrom = 'noun';
}

/** Nothing but a clause's opening mark before a number: the start of the text, or ", ", "; ", "(" . */
const CLAUSE_OPEN_BEFORE = /(?:^|[,;:.!?(])\s{0,3}$/u;
/** One word that opens a clause, right before: "In ", ". Over ". */
const OPENING_WORD_BEFORE = /(?:^|[,;:.!?(])\s{0,3}\p{L}{1,12}\s{1,3}$/u;
/** A unit's written words or sign right after a figure, before " or ": "% ", " pct". */
const UNIT_WORDS_BEFORE_OR = /^(?:%|\s{0,2}(?:pct|per\s?cent|percent))/u;
/** Between a change and the same change in other terms: "or" (", or ", " - or "). */
const OR_GAP = /^(?:,|\s{1,3}[-–—])?\s{1,3}or\s{1,3}$/iu;
/** The same after a counted noun of one to three words: " students, or ". */
const OR_GAP_AFTER_NOUN = /^(?:\s{1,3}[\p{L}'’-]{1,25}){1,3},?\s{1,3}or\s{1,3}$/iu;
/** A gapped clause after a change: a comma (or "and"), a name, then "by" ("…, Burlington by 2.6%"). */
const GAPPED_BEFORE = /(?:,|\band)\s{1,3}(?:and\s{1,3})?\p{Lu}[\p{L}\p{N}&.'’-]{0,30}(?:\s{1,3}\p{Lu}[\p{L}\p{N}&.'’-]{0,30}){0,3}\s{1,3}by\s{1,3}$/u;

/** Between two figures of one coordination, after the first's unit: "and", "or" (", and"), or a bare comma. */
const AND_OR_GAP = /^,?\s{1,3}(?:and|or)\s{1,3}$/;
const COMMA_GAP = /^,\s{1,3}$/;

/** A dash between a range's two ends: "5-6%", "10–15 pct". */
const RANGE_DASH = /^[-–]$/u;
/** "to" between a range's ends. */
const RANGE_TO = /^\s{1,3}to\s{1,3}$/u;

/**
 * "rose 5-6%", "fell 10–15 pct", "cut by 200-300 barrels": a range written with a dash, which the
 * score check kept from its change, moves as its words say, both ends (a score, "were up 5-3",
 * has no unit and is no range).
 */
function rangeChanges(doc: Doc, p: Span, cs: Candidate[], lex: NumberLexicon): void {
  for (let i = 0; i + 1 < cs.length; i++) {
    const a = cs[i]!;
    const b = cs[i + 1]!;
    // (A falling pair is a score or a poll's result: "up 48-46 percent", "down 21-7 points".)
    if (a.range !== 'from' || b.range !== 'to' || a.change !== null || b.change !== null || a.score || b.unit === null || a.value >= b.value) continue;
    // (With "to" too, the first end read again now that it has the second's unit: "cut prices 17
    // to 25 pct".)
    if (!RANGE_DASH.test(doc.text.slice(a.end, b.start)) && !RANGE_TO.test(doc.text.slice(a.end, b.start))) continue;
    // The words before the first end ("rose 5-6%") or after the second ("5-6% higher").
    const change = changeOf(doc, p, a, lex, doc.sentenceAt(a.start), true) ?? changeOf(doc, p, b, lex, doc.sentenceAt(b.start), true);
    a.change = b.change = change;
  }
}

/**
 * Changes reported in a row, in one sentence: a clause whose verb is left out ("Ross was down
 * 2.3%, Burlington by 2.6%") moves the way the change before it did; and a change figure with no
 * unit after a change in percent ("the DAX rose by 2 percent but the CAC fell by 1") is in percent
 * too. Levels ("to 31") carry no change and are left alone.
 */
function inheritGappedChanges(doc: Doc, cs: Candidate[]): void {
  // "29% and 18% lower": the first of two figures joined by "and"/"or" takes the change word
  // written after the second (right to left, so "5%, 6% and 7% higher" reach the first).
  // A bare comma only inside such a list ("5%, 6% and 7% higher"; not "£36.3bn, £4.5bn higher":
  // a level and the amount it moved by).
  const listed = new Set<Candidate>();
  for (let i = cs.length - 2; i >= 0; i--) {
    const c = cs[i]!;
    const next = cs[i + 1]!;
    if (c.change !== null || next.change === null || c.unit === null || c.unit !== next.unit || c.range || c.score || c.ordinal || next.ordinal) continue;
    const gap = doc.text.slice(c.tail, next.lead);
    if (AND_OR_GAP.test(gap) || (listed.has(next) && COMMA_GAP.test(gap))) {
      c.change = next.change;
      listed.add(c);
    }
  }
  for (let i = 1; i < cs.length; i++) {
    const c = cs[i]!;
    const prev = cs[i - 1]!;
    if (prev.change === null || c.range || c.score || c.ordinal || doc.sentenceAt(prev.start) !== doc.sentenceAt(c.start)) continue;
    if (c.change === null && GAPPED_BEFORE.test(doc.text.slice(Math.max(prev.tail, c.lead - 80), c.lead))) c.change = prev.change;
    // "could go up another 10 or 15 pct", "rose 5% or 6%": the second of two alternatives in one
    // unit moves as the first.
    if (c.change === null && (c.unit === null || c.unit === prev.unit) && prev.unit !== null && !c.hedge && OR_GAP.test(doc.text.slice(prev.end, c.lead).replace(UNIT_WORDS_BEFORE_OR, ''))) c.change = prev.change;
    // "fell 5.2 mln dlrs, or 12 pct", "rose by £106m or 47.3%", "rose 12 pct, or 3 mln dlrs": the
    // same change as a share of the whole, or the share as an amount (not after the level a change
    // came "from": "up from 5.3 billion dlrs, or 7.07 pct, a year earlier").
    // (A counted noun's words come before the gap: "dropped by 1,200 students, or 8 percent".)
    const orGap = (prev.unitFrom === 'noun' ? OR_GAP_AFTER_NOUN : OR_GAP).test(doc.text.slice(prev.tail, c.lead));
    if (c.change === null && prev.unit !== null && c.unit !== null && SHARE_UNITS.has(prev.unit) !== SHARE_UNITS.has(c.unit) && orGap && !FROM_BEFORE.test(doc.text.slice(Math.max(0, prev.lead - 6), prev.lead))) c.change = prev.change;
    // (Not the level a share moved from: "5.19 pct up from 49.98 billion".)
    if (c.change !== null && c.unit === null && prev.unit !== null && SHARE_UNITS.has(prev.unit) && !c.hedge && c.bound === null && !FROM_BEFORE.test(doc.text.slice(Math.max(0, c.lead - 6), c.lead))) {
      c.unit = prev.unit;
      c.unitFrom = prev.unitFrom;
    }
  }
}

/**
 * "the 90049 ZIP code", "a 212 area code": digits before a code's noun, the head of their phrase,
 * name something and count nothing ("30 codes", "40 code reviewers" count).
 */
function namesACode(text: string, c: Candidate, limit: number, lex: NumberLexicon): boolean {
  const words = wordsAfter(text, c.end, limit, 4);
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!.toLowerCase();
    if (lex.stopWords.has(w)) return false;
    if (!lex.identifierNouns.has(w)) continue;
    const next = words[k + 1]?.toLowerCase();
    // The phrase ends there: nothing, a function word or a verb after ("the 415 area code reached").
    return next === undefined || lex.stopWords.has(next) || lex.verbs.has(next) || /ed$/.test(next);
  }
  return false;
}

/** Definite determiners and possessive pronouns: "the", "its", "their" before a model's number. */
const DEFINITE = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'whose']);

/**
 * "the 80386 microprocessor", "its newest 7610 phone", "NEC's best-selling 9801 computer": four or
 * more bare digits, not round (a hundred does not divide them) nor a year's, after a definite
 * determiner or a possessive (lower-case words between) and before one singular noun that ends
 * its phrase, name a model; they count nothing. Not a plural ("the 5363 computers"), a unit, a
 * point on a scale or an amount's size ("the 2400 level", "the 6930 majority": its number is a
 * value), two nouns ("the 5280 acre ranch"), nor a comma's thousands.
 */
function modelNumber(text: string, c: Candidate, before: string, limit: number, lex: NumberLexicon): boolean {
  const digits = text.slice(c.start, c.end);
  if (digits.length < 4 || !/^\d+$/.test(digits) || c.value % 100 === 0 || (c.value >= 1000 && c.value < 2200)) return false;
  if (c.unitFrom !== 'noun' || c.hedge !== undefined || c.bound !== null) return false;
  const words = wordsAfter(text, c.end, limit, 2);
  const tokens = before.trimEnd().split(/\s+/).slice(-3).reverse();
  // A product's name after it, two capitalised words, in a sentence written in lower case (a
  // lower-case word among the three before): "introduced the System/36 5363 System Unit"; not a
  // Title Case headline ("Firm Sells 2548 Shares To Staff"). The name's last word is singular and
  // no plural counted noun follows it: so many of a thing are written in the plural ("2450 Royal
  // Marines", "3650 National Guard troops" stay counts; "the 7719 Display Station start soon" is a
  // model's).
  const named = words.length === 2 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && !/s$/.test(words[1]!) && (c.unit?.toLowerCase() === words[1]!.toLowerCase() || !/s$/.test(c.unit ?? ''));
  if (named && tokens.some((t) => /^\p{Ll}+$/u.test(t))) return true;
  // Before: a determiner or a possessive, up to two lower-case words between.
  let owned = false;
  for (const t of tokens) {
    const w = t.toLowerCase();
    if (DEFINITE.has(w) || /\p{L}['’]s$/u.test(t)) {
      owned = true;
      break;
    }
    if (!/^\p{Ll}[\p{Ll}-]{1,20}$/u.test(t) || lex.stopWords.has(w) || lex.cardinals.has(w)) return false;
  }
  if (!owned) return false;
  // After: one lower-case singular noun, then the phrase ends. Two nouns are a measure and what it
  // measures ("the 5280 acre ranch", "his 2573 vote majority", "the 7250 seat arena").
  const noun = words[0];
  if (noun === undefined || noun !== noun.toLowerCase() || lex.stopWords.has(noun) || lex.verbs.has(noun)) return false;
  if (/[^su]s$/.test(noun) || lex.irregularPlurals.has(noun) || lex.levelNouns.has(noun)) return false;
  const next = words[1]?.toLowerCase();
  return next === undefined || lex.stopWords.has(next) || lex.verbs.has(next) || /ed$/.test(next) || words[1] !== next;
}

/** "500 more", "another 200", "a further 40": a count of more of the same (it has no noun of its own). */
function moreOfTheSame(text: string, c: Candidate, limit: number, lex: NumberLexicon): boolean {
  const next = wordsAfter(text, c.tail, limit, 2).map((w) => w.toLowerCase());
  const prev = PREV_WORD.exec(text.slice(Math.max(0, c.lead - 24), c.lead))?.[1]?.toLowerCase();
  // Nothing after it was taken for a counted noun (the caller asks only for counts without a unit).
  return (next[0] !== undefined && (lex.elidedMore.has(next[0]) || lex.elidedOthers.has(next[0]))) || (prev !== undefined && lex.elidedAnother.has(prev));
}

/** Copulas: a figure after one is often an age or a price of its own ("Smith is 62"). */
const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been']);
/** A name's word: a capitalised word or a code ("TGWU", "AT&T", "Aviator"). */
const NAME_TOKEN = /^\p{Lu}[\p{L}\p{N}&.'’-]{0,30}$/u;

/** Whether the last word of `before` (spaces after it) is a name's ("the TGWU ", "AT&T "). */
function nameBeforeVerb(before: string): boolean {
  const word = before.trimEnd();
  if (word.length === before.length) return false;
  return NAME_TOKEN.test(word.slice(Math.max(word.lastIndexOf(' '), word.lastIndexOf('\n'), word.lastIndexOf('\t')) + 1));
}

/**
 * A count of things, goods or money: not a share, a span of time, a rate, a money noun taken for a
 * count's, nor a measure a person or the weather has (a length, a speed, a temperature:
 * lex.convertible, "degrees").
 */
function countOrMoney(c: Candidate, lex: NumberLexicon): boolean {
  const unit = c.unit;
  if (unit === null || / per /.test(unit)) return false;
  if (ISO_CODE.test(unit)) return true;
  const u = unit.toLowerCase();
  if (shareOrSpan(unit, lex) || lex.moneyWords.has(u) || lex.convertible.has(u) || /^(?:degrees?|celsius|fahrenheit|m|km|cm|mm)$/.test(u)) return false;
  return c.unitFrom === 'noun' || c.unitFrom === 'table';
}

/** The lower-case word right before a number (past a hedge's start). Group 1 = the word. */
const WORD_BEFORE_NUMBER = /(?<![\p{L}])(\p{Ll}{2,20})\s{1,3}$/u;
/** Between two parallel clauses: a comma or a conjunction, no sentence's or clause's stop. */
const PARALLEL_GAP = /^[^.;:!?()]{0,80}$/u;
const PARALLEL_JOIN = /,|(?<![\p{L}])(?:and|while|whereas|but)(?![\p{L}])/u;
/** Nothing after the count but its clause's end. */
const CLAUSE_END_AFTER = /^\s{0,3}(?:$|[.,;:)!?])/u;

/**
 * "Amicus has 1.2 million members and the TGWU has 800,000.": a second clause with the same verb
 * right before its count, and nothing after the count, counts the first one's noun. Not after a
 * function word or a noun ("of 300 members … of 200", "rose 50 cents to 16.50 and Kidston 50 to
 * 9.00", "system 4500 … system 5000").
 */
function parallelClause(text: string, prev: Candidate, c: Candidate, lex: NumberLexicon): boolean {
  const a = WORD_BEFORE_NUMBER.exec(text.slice(Math.max(0, prev.lead - 24), prev.lead))?.[1];
  const b = WORD_BEFORE_NUMBER.exec(text.slice(Math.max(0, c.lead - 24), c.lead))?.[1];
  // (Of one size: "revenue is 5 mln dlrs and the target is 6" leaves the scale unsaid.)
  if (a === undefined || a !== b || !withinTimes(prev.value, c.value, COMPARED_RATIO)) return false;
  // Only a count of things or an amount of money passes ("the fine was £200 and the driver was
  // 60", "the rate is 5% and Smith is 62", "takes 3 hours and the plane takes 55" pass nothing),
  // not by a copula, and the second clause's subject is a name ("and the TGWU has 800,000"; not
  // "and the shares lost 5").
  if (!countOrMoney(prev, lex) || COPULAS.has(a) || !nameBeforeVerb(text.slice(Math.max(0, c.lead - a.length - 40), c.lead - a.length - 1))) return false;
  // (A verb, not a function word or a noun that labels both: "the system 4500 … the system 5000".)
  const tags = lexiconTags(a);
  if (lex.determiners.has(a) || onlyClosedClass(tags) || tags.some((t) => t === 'Preposition' || t === 'Singular' || t === 'Uncountable')) return false;
  const gap = text.slice(prev.tail, c.lead);
  return PARALLEL_GAP.test(gap) && PARALLEL_JOIN.test(gap) && CLAUSE_END_AFTER.test(text.slice(c.tail, c.tail + 4));
}

/** Between a counted noun and a second verb of the same subject: ", ", " and ", ", and " then the verb. Group 1 = the verb. */
const SECOND_VERB_GAP = /^(?:,\s{1,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3})(\p{Ll}{3,20})\s{1,3}$/u;
/** A verb's -ing form right before a count: a lower-case word in -ing the dictionary knows as no noun ("wounding", "arresting"; not "this morning 40"). */
function gerundShaped(word: string): boolean {
  return /^\p{Ll}{2,}ing$/u.test(word) && !lexiconTags(word).some((t) => NOMINAL_TAGS.has(t));
}
/** The dictionary's tag of a verb in the past (verbShaped also takes a word in -ed). */
const PAST_TAGS_ONLY = new Set(['PastTense']);

/**
 * "killed 12 people and injured 40", "hired 300 nurses, and trained 120.": a second verb in the
 * past of the same subject, with its count right after it and nothing after the count but its
 * clause's end or a preposition, counts what the first verb's count counts. Both verbs in the past
 * (no copula), or both in -ing ("killing two people and wounding 90"), the first count a count of
 * things with its noun written.
 */
function parallelObject(text: string, prev: Candidate, c: Candidate, lex: NumberLexicon): boolean {
  if (prev.unitFrom !== 'noun' || !countOrMoney(prev, lex) || ISO_CODE.test(prev.unit!) || !withinTimes(prev.value, c.value, COMPARED_RATIO) || c.scale !== null) return false;
  // (People only: a verb's object of another kind may differ, "destroyed 200 homes and killed 14",
  // "played 30 games and scored 12".)
  if (!lex.personNouns.has(prev.unit!.toLowerCase().split(' ').pop()!)) return false;
  const a = WORD_BEFORE_NUMBER.exec(text.slice(Math.max(0, prev.lead - 24), prev.lead))?.[1];
  // (Or both in -ing: "killing at least two people and wounding at least 90".)
  const gerunds = a !== undefined && gerundShaped(a);
  if (a === undefined || COPULAS.has(a) || !(gerunds || verbShaped(a, PAST_TAGS_ONLY))) return false;
  const written = wordEndAfter(text, prev.tail, prev.tail + 40, prev.unit!);
  if (written < 0) return false;
  const b = SECOND_VERB_GAP.exec(text.slice(written, c.lead))?.[1];
  if (b === undefined || COPULAS.has(b) || !(gerunds ? gerundShaped(b) : verbShaped(b, PAST_TAGS_ONLY))) return false;
  // (Not a verb of paying: "sold 40 cars and spent 12 on repairs" spends money.)
  if (lex.SPEND_BEFORE.test(text.slice(Math.max(0, c.lead - 40), c.lead))) return false;
  const after = text.slice(c.tail, c.tail + 16);
  return CLAUSE_END_AFTER.test(after) || PREPOSITION_AFTER.test(after);
}

/** The preposition right after a count's words (or right after a number): " on Thursday" → on. Group 1 = it. */
const PREPOSITION_AFTER = /^\s{1,3}(on|in|at|for|from|by|during)\s{1,3}(?=\S)/iu;
/** Between two listed counts: a comma, "and", "with" or "while" (", and", ", with"), and nothing after it ("and employs 20" is another clause). */
const LIST_JOIN_GAP = /^[^.;:!?()\d]{0,60}$/u;
const LIST_JOIN = /^(?:,\s{1,3}(?:and\s{1,3}|with\s{1,3}|while\s{1,3})?|\s{1,3}(?:and|with|while)\s{1,3})$/u;

/**
 * "cancel 65 flights on Thursday, 180 on Friday", "80 workers at its head office, with 17 at its
 * offices in Leeds": a count after a list's joint with the same preposition after it as after the
 * first count's noun counts that noun.
 */
function parallelPhrase(text: string, prev: Candidate, c: Candidate, lex: NumberLexicon): boolean {
  // (Not a money noun taken for a count's: "the 2.60 billion deficit in December … 9.37 billion in January".)
  // (A unit of the table goes on too: "closed at 450 dlrs for the A shares and 455 for the B",
  // "rose 5 pct in May and 3 in June".)
  if (prev.unit === null || (prev.unitFrom !== 'noun' && prev.unitFrom !== 'table') || lex.moneyWords.has(prev.unit)) return false;
  // Past the first count's noun ("65 flights| on Thursday").
  // (A count that took its noun from the one before has none written: "180 on Friday, 140 on …".)
  const written = wordEndAfter(text, prev.tail, prev.tail + 40, prev.unit);
  const nounEnd = written < 0 ? prev.tail : written;
  const a = PREPOSITION_AFTER.exec(text.slice(nounEnd, nounEnd + 16))?.[1]?.toLowerCase();
  const b = PREPOSITION_AFTER.exec(text.slice(c.tail, c.tail + 16))?.[1]?.toLowerCase();
  if (a === undefined || a !== b) return false;
  // ("rose 5 pct in May and 3 in 10 shoppers noticed": "in" and a number make a ratio.)
  if (RATIO_IN_AFTER.test(text.slice(c.tail, c.tail + 24))) return false;
  // The joint sits after the first count's phrase: the text from its preposition to the count.
  // (Of one size, and not a scaled amount after a plain count: "300 staff in London, with 2 million in bonuses".)
  if (!withinTimes(prev.value, c.value, COMPARED_RATIO) || (c.scale !== null && prev.scale === null)) return false;
  const gap = text.slice(nounEnd, c.lead);
  if (!LIST_JOIN_GAP.test(gap)) return false;
  // (", with 12 in hospital", ", with 50,000 in grants": "with" and "in" name a state or money as often as a place.)
  if (a === 'in' && /\swith\s{1,3}$/u.test(gap)) return false;
  const joint = gap.slice(Math.max(gap.lastIndexOf(','), gap.lastIndexOf(' and '), gap.lastIndexOf(' with '), gap.lastIndexOf(' while ')));
  return LIST_JOIN.test(joint);
}

/**
 * Between a listed figure (past its noun and an "of" phrase) and the next: a comma or "and", then a
 * name of one to four capitalised words (", Indonesia ", " and the Soviet Union ").
 */
const NAMED_ITEM_GAP = /^(?:\s{1,3}of\s{1,3}\p{Ll}[\p{Ll}-]{0,30}(?:\s{1,3}\p{Ll}[\p{Ll}-]{0,30}){0,2})?(?:,\s{1,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3})(?:the\s{1,3})?\p{Lu}[\p{L}.'’-]{0,30}(?:\s{1,3}(?:of\s{1,3})?\p{Lu}[\p{L}.'’-]{0,30}){0,3}\s{1,3}$/u;
/** Between a figure and its price, no clause mark between: " for ", " at ", " each at ". */
const PRICE_OF_BEFORE = /^[^,;:.]{0,40}(?<![\p{L}])(?:for|at|per)\s{1,3}$/u;
/** After a listed figure: the list goes on or ends (a comma, "and", an "of" phrase, a bracket, the sentence's end). */
const NAMED_ITEM_END = /^(?:\s{0,3}(?:$|[.,;:)!?])|\s{1,3}(?:and|of)\s|\s{1,3}\()/u;

/**
 * "an export quota of 28,526 tonnes, Indonesia 24,516, Thailand 19,000 and Nigeria 1,461", "158,109
 * tonnes of barley, the Soviet Union 147,214 of wheat": a figure right after a listed name, in a
 * list whose figure before it has a unit, counts what that one counts (of one size, and no number
 * after the name's figure makes it a clause: "Smith, 45, was charged" has a comma after the name).
 */
function namedItem(text: string, prev: Candidate, c: Candidate, lex: NumberLexicon, before: Candidate | undefined): boolean {
  if (!withinTimes(prev.value, c.value, COMPARED_RATIO) || (c.scale === null) !== (prev.scale === null)) return false;
  // (Not a price of the figure before it: "bought 5,000 tonnes for 1,450 dlrs, Morocco 4,000" lists
  // tonnes; "rose 12 pct to 4,500 cars, Ford 3,900" lists cars.)
  if (before !== undefined && before.tail <= prev.lead && prev.lead - before.tail < 60 && PRICE_OF_BEFORE.test(text.slice(before.tail, prev.lead))) return false;
  // (A change after a listed figure is no item of the list: "AMC 1,198, down 50 pct, Volkswagen 2,145".)
  if (lex.CHANGE_BEFORE.test(text.slice(Math.max(0, prev.lead - 24), prev.lead))) return false;
  const written = prev.unit === null ? -1 : wordEndAfter(text, prev.tail, prev.tail + 40, prev.unit);
  const from = written < 0 ? prev.tail : written;
  if (from > c.lead) return false;
  return NAMED_ITEM_GAP.test(text.slice(from, c.lead)) && NAMED_ITEM_END.test(text.slice(c.tail, c.tail + 6));
}

/** A preposition of place or span right before a count: "in ", "over ", "across ", "within ". */
const IN_SPAN_BEFORE = /(?<![\p{L}])(?:in|over|across|within|during|throughout|at)\s{1,3}$/iu;
/** "in" and a number or "every" right after a figure: a ratio's ("3 in 10", "2 in every 3"). */
const RATIO_IN_AFTER = /^\s{1,3}in\s{1,3}(?:every\s{1,3})?(?:\p{N}|(?:one|two|three|four|five|six|seven|eight|nine|ten)(?![\p{L}]))/iu;

/**
 * The elliptical shapes: a lead word (or a comma after a fronted "Of the 120 guests"), the count,
 * an optional adverb, a verb ("with 12 still missing", "and 40 were rescued", "of whom 3 died",
 * "Of the 120 guests, 9 were hurt"); or "N of them" after any count.
 */
function isElided(text: string, prev: Candidate, c: Candidate, limit: number, lex: NumberLexicon): boolean {
  const words = wordsAfter(text, c.tail, limit, 3).map((w) => w.toLowerCase());
  if (words[0] === 'of' && words[1] !== undefined && lex.elidedOf.has(words[1])) return true;
  const gap = text.slice(Math.max(prev.tail, c.lead - 30), c.lead);
  const partitive = CLAUSE_COMMA.test(gap) && PARTITIVE_BEFORE.test(text.slice(Math.max(0, prev.lead - 16), prev.lead));
  const lead = LAST_WORDS.exec(gap);
  const last = lead?.[2]?.toLowerCase() ?? '';
  const two = lead?.[1] ? `${lead[1].toLowerCase()} ${last}` : '';
  if (!partitive && !lex.elidedLead.has(last) && !lex.elidedLead.has(two)) return false;
  // "12 people, including three in the capital", "30 awards, including one at Sundance": after
  // "including", a count with a preposition, an adverb ("two abroad") or nothing after it is of
  // the same noun.
  if (last === 'including' && (words[0] === undefined || lexiconTags(words[0]).some((t) => t === 'Preposition' || t === 'Adverb'))) {
    // (Of the size of the count before it, and scaled only after a scaled one: "120 mln dlrs over
    // six years, including 10 mln in the first two" is money, not years.)
    // (Nor the count of a span or a place the counted things fall in: "20 survivors over 2 days,
    // including 5 on Sunday", "3,000 staff in 12 countries, including 800 in Germany".)
    if (lex.durationNouns.has(prev.unit!.toLowerCase()) || IN_SPAN_BEFORE.test(text.slice(Math.max(0, prev.lead - 12), prev.lead))) return false;
    return withinTimes(prev.value, c.value, COMPARED_RATIO) && (c.scale === null || prev.scale !== null);
  }
  const verb = lex.elidedAdverbs.has(words[0] ?? '') ? words[1] : words[0];
  if (verb === undefined || !(lex.elidedVerbs.has(verb) || lex.verbs.has(verb) || ELIDED_SHAPE.test(verb))) return false;
  // "four dead bodies and 120 wounded": a state written before the first noun ("dead") and
  // another after the second count ("wounded") are two kinds of people, not one noun shared.
  const after = lex.stateEvents.get(verb);
  if (after === undefined) return true;
  // (Only before the noun: "12 people killed and 30 wounded" share "people".)
  const span = text.slice(prev.end, c.lead).toLowerCase();
  const noun = span.indexOf((prev.unit ?? '').toLowerCase().split(' ').pop()!);
  const before = noun > 0 ? span.slice(0, noun).split(/[^\p{L}]+/u) : [];
  return !before.some((w) => lex.stateEvents.has(w) && lex.stateEvents.get(w) !== after);
}

// --- helpers -----------------------------------------------------------------------------------


/**
 * The capitalised word right before a number in the same sentence ("Apollo" in "Apollo 11"), and
 * whether it opens the sentence; null when there is none (a word ending the sentence before does
 * not count: "…won by Lee. 40 fans").
 */
function nameBefore(doc: Doc, c: Candidate, before: string): { word: string; atSentenceStart: boolean } | null {
  const name = NAME_BEFORE.exec(before);
  if (!name) return null;
  const wordStart = c.start - name[0].length;
  const sentence = doc.sentenceAt(c.start);
  if (sentence && wordStart < sentence.start) return null;
  // "PROFIT UP 40 MLN DLRS": in a line of capitals a dictionary word is no name ("APOLLO 11" is);
  // in a title-case headline only a verb is none: one the dictionary knows as a verb or a function
  // word, one in -s after another word ("Fire Kills 12 Sheep", "Iran Fires 180 Missiles"), one
  // after "To" ("Firm To Cut 300 Jobs"); "Route 66 Diner Closes", "Chapter 11 Filing", "Formula
  // 1 Team" keep their names.
  const tags = inCapitalsLine(doc, c.start) ? lexiconTags(name[1]!.toLowerCase()) : [];
  if (tags.length > 0 && (!inTitleCaseLine(doc, c.start) || headlineVerb(before, name[1]!, tags))) return null;
  const atSentenceStart = sentence !== undefined && OPENERS.test(doc.text.slice(sentence.start, wordStart));
  return { word: name[1]!, atSentenceStart };
}

const LOWER = /\p{Ll}/u;
/** Whether `word` (its dictionary `tags`), the last word of `before`, is a title-case headline's verb. */
function headlineVerb(before: string, word: string, tags: readonly string[]): boolean {
  if (tags.some((t) => TITLE_VERB_TAGS.has(t))) return true;
  const rest = before.trimEnd();
  const prev = HEADLINE_PREV_WORD.exec(rest.slice(0, rest.length - word.length).trimEnd() + ' ')?.[1];
  return prev !== undefined && (prev === 'To' || /[^s]s$/.test(word));
}
/** The word before a headline's word, on its line. Group 1: the word. */
const HEADLINE_PREV_WORD = /(?<![\p{L}])(\p{L}[\p{L}'’-]{0,20})\s$/u;
/** compromise's tags of a verb or a function word: before a figure in a title-case headline, no name's. */
const TITLE_VERB_TAGS = new Set(['Infinitive', 'PresentTense', 'PastTense', 'Verb', 'Participle', 'Gerund', 'Copula', 'Modal', 'Auxiliary', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun']);
/** A headline's longest line. */
const TITLE_LINE_MAX = 120;
/** A word of a line: its letters (apostrophes and hyphens inside). */
const LINE_WORD = /\p{L}[\p{L}'’-]*/gu;

/**
 * A headline in title case: a short line with no sentence's end inside, four words or more, every
 * word of four letters or more capitalised, and a function word (`stopWords`) capitalised after
 * its first word ("Fire Kills 12 Sheep At Welsh Farm", "Storm Leaves 40,000 Homes Without Power";
 * not "Ministers met in Paris on Monday").
 */
function titleCaseLine(line: string, stopWords: ReadonlySet<string>): boolean {
  if (line.length > TITLE_LINE_MAX || /[.!?]\s/u.test(line)) return false;
  const words = line.match(LINE_WORD) ?? [];
  if (words.length < 4) return false;
  let functionWord = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const capital = /^\p{Lu}/u.test(w);
    if (w.length >= 4 && !capital) return false;
    if (k > 0 && capital && w !== w.toUpperCase() && stopWords.has(w.toLowerCase())) functionWord = true;
  }
  return functionWord;
}
type LineKind = 'lower' | 'caps' | 'title';
/** Per document: where each line starts, and its case (read once, in linear time). */
const lineCase = new WeakMap<Doc, { starts: number[]; kinds: LineKind[] }>();

/**
 * A line of capitals: the line (between line breaks) has no lower-case letter ("RISES 3.6 PCT"),
 * or is a headline in title case, where the case says as little ("Fire Kills 12 Sheep At Welsh
 * Farm": titleCaseLine).
 */
function inCapitalsLine(doc: Doc, at: number): boolean {
  return lineKind(doc, at) !== 'lower';
}

/** Whether `at` lies in a headline in title case (titleCaseLine), not a line of capitals. */
function inTitleCaseLine(doc: Doc, at: number): boolean {
  return lineKind(doc, at) === 'title';
}

/** The case of the line that holds `at`: in lower case, all capitals, or a title-case headline. */
function lineKind(doc: Doc, at: number): LineKind {
  let lines = lineCase.get(doc);
  if (!lines) {
    const starts = [0];
    const kinds: LineKind[] = [];
    const stop = numberLexicon().stopWords;
    const caseOf = (line: string): LineKind => (!LOWER.test(line) ? 'caps' : titleCaseLine(line, stop) ? 'title' : 'lower');
    for (let i = doc.text.indexOf('\n'); i >= 0; i = doc.text.indexOf('\n', i + 1)) {
      kinds.push(caseOf(doc.text.slice(starts[starts.length - 1]!, i)));
      starts.push(i + 1);
    }
    kinds.push(caseOf(doc.text.slice(starts[starts.length - 1]!)));
    lineCase.set(doc, (lines = { starts, kinds }));
  }
  const line = partitionPoint(lines.starts.length, (i) => lines.starts[i]! > at) - 1;
  return lines.kinds[line]!;
}

/**
 * Capitalised number words inside a sentence belong to names: "Group of Seven", "First Lady"
 * (not in a line of capitals: "SALES UP FOUR PCT").
 */
function capitalisedInName(doc: Doc, p: Span, c: Candidate, lex: NumberLexicon): boolean {
  const first = doc.text.slice(c.start, c.end);
  if (!isCapitalised(first) || first === 'I') return false;
  // (A line in capitals, or a sentence's first word, is a name's only where the text writes the
  // same two words as a name elsewhere: "FIRST INTERSTATE SEES…", "First City said" after "the
  // First City Bancorp deal".)
  if (lineKind(doc, c.start) === 'caps' || !midSentence(doc, p, c.start)) return namedElsewhere(doc, c, lex);
  return true;
}

/** Whether `at` lies inside its sentence and paragraph, past any opening quote or bracket. */
function midSentence(doc: Doc, p: Span, at: number): boolean {
  const sentence = doc.sentenceAt(at);
  return !(sentence && OPENERS.test(doc.text.slice(sentence.start, at))) && at > p.start;
}

/** A word right after a figure's words: " Interstate", " City". Group 1 = the word. */
const NEXT_NAME_WORD = /^ (\p{L}[\p{L}'’&-]{1,20})(?![\p{L}])/u;
/** Two title-case words: "First Interstate", "Six Flags". Groups 1 and 2 = the words. */
const TITLE_PAIR = /(?<![\p{L}])(\p{Lu}\p{Ll}{1,20}) (\p{Lu}[\p{L}'’&-]{0,20})(?![\p{L}])/gu;
/** Per document, the pairs of a number word and a word that it writes as a name inside a sentence, in lower case. */
const namedPairs = new WeakMap<Doc, ReadonlySet<string>>();

/**
 * Whether the number word of `c` and the word after it are written elsewhere in the document as a
 * name: the number word in title case, the next word capitalised (not in capitals past three
 * letters), not in a line of capitals, inside a sentence ("the First Interstate takeover",
 * "First RepublicBank"). The pairs are read once per document, in one pass.
 */
function namedElsewhere(doc: Doc, c: Candidate, lex: NumberLexicon): boolean {
  const next = NEXT_NAME_WORD.exec(doc.text.slice(c.end, c.end + 24));
  if (!next || !isCapitalised(next[1]!)) return false;
  let pairs = namedPairs.get(doc);
  if (pairs === undefined) namedPairs.set(doc, (pairs = namesWithNumbers(doc, lex)));
  return pairs.has(`${doc.text.slice(c.start, c.end)} ${next[1]}`.toLowerCase());
}

/** The pairs of a number word and the word after it that the document writes as a name inside a sentence, in lower case. */
function namesWithNumbers(doc: Doc, lex: NumberLexicon): ReadonlySet<string> {
  const out = new Set<string>();
  if (!/[A-Z][a-z]+ [A-Z]/.test(doc.text)) return out;
  TITLE_PAIR.lastIndex = 0;
  for (let m = TITLE_PAIR.exec(doc.text); m; m = TITLE_PAIR.exec(doc.text)) {
    const first = m[1]!.toLowerCase();
    // (The second word may open the next pair: "Six Flags" in "Bally Six Flags".)
    TITLE_PAIR.lastIndex = m.index + m[1]!.length + 1;
    const second = m[2]!;
    if ((!lex.cardinals.has(first) && !lex.ordinals.has(first)) || (second.length > 3 && second === second.toUpperCase())) continue;
    if (lineKind(doc, m.index) === 'caps') continue;
    const para = doc.paragraphAt(m.index);
    if (para && midSentence(doc, para, m.index)) out.add(`${first} ${second.toLowerCase()}`);
  }
  return out;
}

/** The run of non-space characters around [start, end), within the paragraph. */
function tokenAround(text: string, start: number, end: number, p: Span): string {
  let a = start;
  let b = end;
  while (a > p.start && a > start - 12 && !isSpace(text.charCodeAt(a - 1))) a--;
  while (b < p.end && b < end + 12 && !isSpace(text.charCodeAt(b))) b++;
  return text.slice(a, b);
}

/** Whether a UTF-16 code unit is white space, as /\s/ reads it. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(String.fromCharCode(code)));
}

function toFact(text: string) {
  return (c: Candidate): NumberFact => {
    const f: NumberFact = {
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      rule: c.rule,
      value: c.value,
      unit: c.unit,
      approximate: c.approximate,
      bound: c.bound,
      ordinal: c.ordinal,
      change: c.change,
    };
    if (c.hedge) f.hedge = c.hedge;
    if (c.qualifier) f.qualifier = c.qualifier;
    if (c.range) f.range = c.range;
    if (c.fraction) f.fraction = true;
    return f;
  };
}
