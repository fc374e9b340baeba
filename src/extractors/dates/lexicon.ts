/**
 * The date extractor's word lists (src/data/date-*.tsv|txt) and the regexes generated from them,
 * built once on first use and cached.
 */
import { isAbbreviation } from '../../abbreviation.js';
import { alternation, escapeRegExp, loadOrBuild, readList, readTable } from '../../lexicon.js';
import type { DateMod } from '../../types.js';

export interface RelativeEntry {
  unit: 'day' | 'week' | 'weekend' | 'month' | 'year' | 'decade';
  /** Units from the reference date's unit; null when the clause's tense decides ("the weekend"). */
  offset: number | null;
  /** TIMEX3 part of day ("MO" for "this morning"), or null. */
  part: string | null;
}

export interface DateLexicon {
  /** Month number by name as written ("Oct." → 10), case-sensitive. */
  months: Map<string, number>;
  /** Function words, auxiliaries and quantifiers (number-stop-words.txt): after "March, 2003" a year, not a count ("March, 2000 workers"). */
  functionWords: Set<string>;
  /** Month names that are also common words ("May", "March"). */
  ambiguousMonths: Set<string>;
  /** ISO weekday by name as written ("Monday" → 1). */
  weekdays: Map<string, number>;
  /** Relative phrases by lower-cased phrase (single spaces). */
  relative: Map<string, RelativeEntry>;
  /** Count words by lower-cased word ("three" → 3). */
  counts: Map<string, number>;
  futureCues: Set<string>;
  pastCues: Set<string>;
  /** Verbs that move something later ("postponed", "put off"): a date after "until" in their clause lies ahead. */
  deferralVerbs: Set<string>;
  /** date-tense-request-verbs.txt: verbs whose object's "to"-clause is still to come ("urged producers to cut"). */
  requestVerbs: Set<string>;
  /** Verbs of desire and intention whose "to"-clause is still to come (date-tense-intent-verbs.txt): "were planning to". */
  intentVerbs: Set<string>;
  /** Verbs and nouns of prediction (date-tense-predict-verbs.txt): a sentence with one speaks of what is to come. */
  predictWords: Set<string>;
  /** Verbs of expectation (date-tense-expect-verbs.txt, from WordNet): future cues, and past ones after a past auxiliary ("did not expect"). */
  expectVerbs: Set<string>;
  /** The irregular past forms among pastCues: verbs only in lower case, alone ("the Fed", "Saudi-led" are none). */
  irregularPast: Set<string>;
  yearCues: Set<string>;
  /** date-year-compare-cues.txt: prepositions of comparison and extent that make a year of a number nothing counted follows ("over 1985"). */
  yearCompareCues: Set<string>;
  /** date-tense-irregular-participles.txt: past participles no rule knows ("cut", "told"): a modal's perfect after "have". */
  irregularParticiples: Set<string>;
  /** Verbs whose simple past is their base form ("cut", "forecast"): past after "he", "she", "it". */
  unchangedPast: Set<string>;
  /** date-season-fall-cues.txt: prepositions of time before "the fall" that make it the season. */
  fallCues: Set<string>;
  /** Nouns of reported results ("profit", "sales"): a half before one is a year's ("first-half profit"). */
  halfResultAlt: string;
  /** The nouns of reported results (date-half-results.txt), lower case: "figures", "sales". */
  halfResultNouns: Set<string>;
  yearNouns: Set<string>;
  /** Adjectives of a calendar period that make a number before them a year before a report's noun ("1987 quarterly comparisons"). */
  periodAdjectives: Set<string>;
  /** Nouns of a period's report: date-report-nouns.txt, with the result nouns. */
  reportNouns: Set<string>;
  /** Nouns a number after them labels (date-label-nouns.txt): "room 1986", "flight 1953". */
  labelNouns: Set<string>;
  /** date-half-results.txt and date-year-basis-nouns.txt: a year before one is the year of the results ("good 1986 results", "sees 1987 earnings", "exceed 1986 levels"). */
  resultNouns: Set<string>;
  /** Determiners before a year that is not round ("the 2003 talks"). */
  determiners: Set<string>;
  /** Quarter number by lower-cased ordinal ("third" → 3). */
  quarters: Map<string, number>;
  /** Words that make a weekday or month recurring ("each July"). */
  setCues: Set<string>;
  /** Nouns after a month that make it a contract's or a cargo's month, the next one on or after the reference month (date-contract-nouns.txt). */
  contractNouns: Set<string>;
  /** Nouns after a capitalised relative phrase that make it a name ("the Tonight programme"). */
  titleNouns: Set<string>;
  /** TIMEX3 value of a vague deictic phrase ("now" → PRESENT_REF; null for a blocker like "as soon as"). */
  vague: Map<string, string | null>;
  /** Time-unit nouns and vague counts ("quarter", "few"): after "the past" or "current" they make another expression. */
  unitNouns: Set<string>;
  /** Day parts and their TIMEX3 codes ("morning" → MO). */
  dayParts: Map<string, string>;
  /** TIMEX3 season code by lower-cased name ("autumn" → FA). */
  seasons: Map<string, string>;
  /** date-season-kinds.tsv: noun → the seasons ("*" any) before which it names a kind, not a time ("winter wheat"). */
  seasonKinds: Map<string, Set<string>>;
  /** Alternations (no groups) for the rules' regexes. */
  monthAlt: string;
  /** Lower-case month names that are also common words ("may", "march"): with a day, only with a year. */
  lowerWordMonths: Set<string>;
  weekdayAlt: string;
  relativeAlt: string;
  /** The relative phrases that name one day ("tomorrow", "last night", "this morning"), also capitalised. */
  relativeDayAlt: string;
  countAlt: string;
  yearNounAlt: string;
  quarterAlt: string;
  /** Words before a period naming its part, lower case → TIMEX3 mod ("early" → START). */
  mods: Map<string, DateMod>;
  /** A mod phrase right before a date, anchored at the end: group 1 = the phrase. */
  MOD_BEFORE: RegExp;
  /**
   * "since" right before a date, perhaps with a time adverb, "after"/"before", "the" or a mod
   * phrase between ("since shortly after the", "since mid-", "since the end of"), anchored at the end.
   */
  SINCE_BEFORE: RegExp;
  /** Words before a day naming its part ("late Monday"), lower case → TIMEX3 mod, or null for none ("earlier Sunday"). */
  dayMods: Map<string, DateMod | null>;
  /** A day-mod word right before a day, anchored at the end: group 1 = the word. */
  DAY_MOD_BEFORE: RegExp;
  /** Verbs whose particle is "around" ("turned around"): "around" after them is no APPROX. */
  aroundVerbs: Set<string>;
  /** Degree words before "late"/"early" that make it "tardy" ("too late Monday"). */
  tardyBefore: Set<string>;
  /** Prepositions of time before a year that make it the time of what is reported ("in 1986"). */
  yearTimeAlt: string;
  seasonAlt: string;
  vagueAlt: string;
  dayPartAlt: string;
  /** Time-zone abbreviations after a clock time ("ET", "GMT"), case as written. */
  zoneAlt: string;
  /** Each zone's offset from UTC in minutes, or null when it moves with daylight saving ("ET"). */
  zoneOffsets: Map<string, number | null>;
}

const UNITS = new Set(['day', 'week', 'weekend', 'month', 'year', 'decade']);

let cached: DateLexicon | null = null;

/** The date lexicon, loaded and validated once. */
export function dateLexicon(): DateLexicon {
  return (cached ??= loadOrBuild('dates', buildDateLexicon));
}

function buildDateLexicon(): DateLexicon {
  const monthRows = readTable('date-months.tsv', ['name', 'month', 'ambiguous'], (r) =>
    /^(?:[1-9]|1[0-2])$/.test(r.month!) && /^(?:yes|no)$/.test(r.ambiguous!) ? null : 'month must be 1-12, ambiguous yes|no',
  );
  const weekdayRows = readTable('date-weekdays.tsv', ['name', 'day'], (r) => (/^[1-7]$/.test(r.day!) ? null : 'day must be 1-7'));
  const relativeRows = readTable('date-relative.tsv', ['phrase', 'unit', 'offset', 'part'], (r) =>
    UNITS.has(r.unit!) && /^(?:-?\d{1,2}|tense)$/.test(r.offset!) && /^(?:MO|AF|EV|NI|-)$/.test(r.part!)
      ? null
      : 'unit must be day|week|weekend|month|year|decade, offset an integer or "tense", part MO|AF|EV|NI|-',
  );
  const countRows = readTable('date-counts.tsv', ['word', 'n'], (r) => (/^\d{1,3}$/.test(r.n!) ? null : 'n must be a number'));
  const months = new Map(monthRows.map((r) => [r.name!, Number(r.month)]));
  const weekdays = new Map(weekdayRows.map((r) => [r.name!, Number(r.day)]));
  // Web and chat text writes names in lower case ("in april", "on tuesday"): the full name of each
  // month and weekday (its longest form without a period) is read in lower case too. A lower-case
  // month is always ambiguous (it needs a date context), and a lower-case word month ("may",
  // "march") needs a year after a day ("may 5" is a verb and a number).
  const fullNames = (rows: Record<string, string>[], key: string) => {
    const best = new Map<string, string>();
    for (const r of rows) if (!r.name!.includes('.') && r.name!.length > (best.get(r[key]!)?.length ?? 0)) best.set(r[key]!, r.name!);
    return [...best.values()];
  };
  const lowerMonths = fullNames(monthRows, 'month').map((n) => n.toLowerCase());
  for (const n of lowerMonths) months.set(n, months.get(n[0]!.toUpperCase() + n.slice(1))!);
  // Wire headlines are in capitals ("METALS WAREHOUSE STOCKS - APRIL 7"): the full name in capitals
  // is read too, as ambiguous as a lower-case one (a day or a year with it, or a cue before it).
  const upperMonths = lowerMonths.map((n) => n.toUpperCase());
  for (const n of upperMonths) months.set(n, months.get(n[0]! + n.slice(1).toLowerCase())!);
  for (const n of fullNames(weekdayRows, 'day')) weekdays.set(n.toLowerCase(), weekdays.get(n)!);
  const ambiguousNames = monthRows.filter((r) => r.ambiguous === 'yes').map((r) => r.name!);
  const relative = new Map(
    relativeRows.map((r) => [
      r.phrase!.toLowerCase(),
      { unit: r.unit as RelativeEntry['unit'], offset: r.offset === 'tense' ? null : Number(r.offset), part: r.part === '-' ? null : r.part! },
    ]),
  );
  const counts = new Map(countRows.map((r) => [r.word!.toLowerCase(), Number(r.n)]));
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const expectVerbs = lower(readList('date-tense-expect-verbs.txt'));
  const futureCues = new Set([...lower(readList('date-tense-future.txt')), ...expectVerbs]);
  const irregularPast = lower(readList('date-tense-irregular-past.txt'));
  const pastCues = lower([...readList('date-tense-past.txt'), ...irregularPast]);
  const yearNouns = lower(readList('date-year-nouns.txt'));
  const halfResults = readList('date-half-results.txt');
  const resultNouns = lower([...halfResults, ...readList('date-year-basis-nouns.txt')]);
  const determiners = lower(readList('date-determiners.txt'));
  const modRows = readTable('date-mods.tsv', ['phrase', 'mod'], (r) => (/^(?:START|MID|END|APPROX|LESS_THAN|BEFORE|AFTER)$/.test(r.mod!) ? null : 'mod must be START|MID|END|APPROX|LESS_THAN|BEFORE|AFTER'));
  const mods = new Map(modRows.map((r) => [r.phrase!.toLowerCase(), r.mod as DateMod]));
  const dayModRows = readTable('date-day-mods.tsv', ['phrase', 'mod'], (r) => (/^(?:START|END|-)$/.test(r.mod!) ? null : 'mod must be START|END|-'));
  const dayMods = new Map(dayModRows.map((r) => [r.phrase!.toLowerCase(), r.mod === '-' ? null : (r.mod as DateMod)]));
  const quarterRows = readTable('date-quarters.tsv', ['ordinal', 'quarter'], (r) => (/^[1-4]$/.test(r.quarter!) ? null : 'quarter must be 1-4'));
  const quarters = new Map(quarterRows.map((r) => [r.ordinal!.toLowerCase(), Number(r.quarter)]));
  const seasonRows = readTable('date-seasons.tsv', ['name', 'season'], (r) => (/^(?:SP|SU|FA|WI)$/.test(r.season!) ? null : 'season must be SP|SU|FA|WI'));
  const seasons = new Map(seasonRows.map((r) => [r.name!.toLowerCase(), r.season!]));
  const seasonKinds = new Map<string, Set<string>>();
  for (const r of readTable('date-season-kinds.tsv', ['season', 'noun'])) {
    const noun = r.noun!.toLowerCase();
    seasonKinds.set(noun, (seasonKinds.get(noun) ?? new Set()).add(r.season!.toLowerCase()));
  }
  const vagueRows = readTable('date-vague.tsv', ['phrase', 'value'], (r) =>
    /^(?:PRESENT_REF|PAST_REF|FUTURE_REF|none)$/.test(r.value!) ? null : 'value must be PRESENT_REF|PAST_REF|FUTURE_REF|none',
  );
  const vague = new Map(vagueRows.map((r) => [r.phrase!.toLowerCase(), r.value === 'none' ? null : r.value!]));
  const zoneRows = readTable('date-time-zones.tsv', ['zone', 'offset'], (r) => (/^(?:[+-]\d{2}:\d{2}|-)$/.test(r.offset!) ? null : `offset "${r.offset}" is not ±hh:mm or -`));
  const dayPartRows = readTable('date-day-parts.tsv', ['word', 'part'], (r) => (/^(?:MO|AF|EV|NI|MI|DT)$/.test(r.part!) ? null : 'part must be MO|AF|EV|NI|MI|DT'));
  const dayParts = new Map(dayPartRows.map((r) => [r.word!.toLowerCase(), r.part!]));
  return {
    months,
    ambiguousMonths: new Set([...ambiguousNames, ...lowerMonths, ...upperMonths]),
    lowerWordMonths: new Set(lowerMonths.filter((n) => ambiguousNames.some((a) => a.toLowerCase() === n))),
    weekdays,
    relative,
    counts,
    futureCues,
    pastCues,
    irregularPast,
    deferralVerbs: lower(readList('date-tense-deferral.txt')),
    requestVerbs: lower(readList('date-tense-request-verbs.txt')),
    intentVerbs: new Set([...lower(readList('date-tense-intent-verbs.txt')), ...expectVerbs]),
    predictWords: lower(readList('date-tense-predict-verbs.txt')),
    expectVerbs,
    yearCues: lower(readList('date-year-cues.txt')),
    yearCompareCues: lower(readList('date-year-compare-cues.txt')),
    fallCues: lower(readList('date-season-fall-cues.txt')),
    irregularParticiples: lower(readList('date-tense-irregular-participles.txt')),
    unchangedPast: lower(readList('date-tense-unchanged-past.txt')),
    halfResultAlt: alternation(halfResults),
    halfResultNouns: lower(halfResults),
    resultNouns,
    yearNouns,
    periodAdjectives: lower(readList('date-period-adjectives.txt')),
    labelNouns: lower(readList('date-label-nouns.txt')),
    reportNouns: new Set([...resultNouns, ...lower(readList('date-report-nouns.txt'))]),
    determiners,
    quarters,
    setCues: lower(readList('date-set-cues.txt')),
    contractNouns: lower(readList('date-contract-nouns.txt')),
    functionWords: lower(readList('number-stop-words.txt')),
    titleNouns: lower(readList('date-title-nouns.txt')),
    seasons,
    seasonKinds,
    vague,
    unitNouns: lower(readList('date-unit-nouns.txt')),
    dayParts,
    monthAlt: alternation([...months.keys()]),
    weekdayAlt: alternation([...weekdays.keys()]),
    relativeAlt: alternation([...relative.keys()]),
    relativeDayAlt: alternation([...relative].filter(([, e]) => e.unit === 'day').flatMap(([k]) => [k, k[0]!.toUpperCase() + k.slice(1)])),
    countAlt: alternation([...counts.keys()]),
    yearNounAlt: alternation([...yearNouns]),
    quarterAlt: alternation([...quarters.keys()]),
    mods,
    // "early ", "the end of ", "mid-": the phrase, then a space or (for a single word) a hyphen;
    // "end-": a glued phrase, its own hyphen last.
    MOD_BEFORE: new RegExp(`(?<![\\p{L}])((?:the\\s{1,2})?(?:${alternation([...mods.keys()])}))(?:\\s{1,2}|-|(?<=-))$`, 'iu'),
    dayMods,
    DAY_MOD_BEFORE: new RegExp(`(?<![\\p{L}'’-])(${alternation([...dayMods.keys()])})\\s{1,2}$`, 'iu'),
    aroundVerbs: lower(readList('date-around-verbs.txt')),
    yearTimeAlt: alternation(readList('date-year-time-prepositions.txt')),
    tardyBefore: lower(readList('date-tardy-before.txt')),
    SINCE_BEFORE: new RegExp(
      `(?<![\\p{L}])since(?:\\s{1,2}(?:${alternation(readList('date-since-adverbs.txt'))}))?(?:\\s{1,2}(?:after|before))?(?:\\s{1,2}the)?(?:\\s{1,2}(?:${alternation([...mods.keys()])}))?(?:\\s{1,3}|(?<=\\p{L})-|(?<=-))$`,
      'iu',
    ),
    seasonAlt: alternation([...seasons.keys()]),
    vagueAlt: alternation([...vague.keys()]),
    dayPartAlt: alternation([...dayParts.keys()]),
    // Wire copy writes some zones in lower case too ("0120 gmt", "0300 pdt"): date-time-zones-lower.txt,
    // never before a dot ("(2015 est.)" is an estimate).
    zoneAlt: lowerZones(alternation(zoneRows.map((r) => r.zone!)), readList('date-time-zones-lower.txt')),
    zoneOffsets: new Map(zoneRows.map((r) => [r.zone!, r.offset === '-' ? null : zoneMinutes(r.offset!)])),
  };
}

/**
 * The zones as written, and the lower-case ones wire copy uses; one that is also an abbreviation
 * (abbreviations.txt: "est.", an estimate) not before a dot ("(2015 est.)").
 */
function lowerZones(upper: string, lower: readonly string[]): string {
  const forms = lower.map((z) => (isAbbreviation(z) ? `${escapeRegExp(z)}(?!\\.)` : escapeRegExp(z)));
  return `${upper}|(?:${forms.join('|')})(?![\\p{L}])`;
}

/** "+05:30" → 330, "-04:00" → -240. */
function zoneMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}
