/**
 * The numbers extractor's data (src/data/number-*.tsv|txt) as lookups and regexes generated from
 * it. Built once, on first use (importing has no side effects), then cached for the process.
 */
import { alternation, readList, readTable } from '../../lexicon.js';

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
  hedges: ReadonlyMap<string, HedgeKind>;
  /** Written unit → normalized unit, for units written after the number. */
  suffixUnits: ReadonlyMap<string, string>;
  /** Currency sign → normalized unit, for units written before the number. */
  prefixUnits: ReadonlyMap<string, string>;
  stopWords: ReadonlySet<string>;
  modifiers: ReadonlySet<string>;
  yearCues: ReadonlySet<string>;
  pronounOneBefore: ReadonlySet<string>;
  pronounOneAfter: ReadonlySet<string>;
  secondBefore: ReadonlySet<string>;
  /** Plural nouns without an "s" ("people"). */
  irregularPlurals: ReadonlySet<string>;
  /** Spelled-out cardinals: "one hundred and twenty", "a dozen", "ten thousand". */
  WORD_NUMBER: RegExp;
  /** Spelled-out ordinals: "sixth", "twenty-first". */
  WORD_ORDINAL: RegExp;
  /** A scale right after digits: " million", "bn", " bn". Group 1 = the scale. */
  SCALE_AFTER: RegExp;
  /** A unit right after the number: "km", " per cent", "%". Group 1 = the unit as written. */
  UNIT_AFTER: RegExp;
  /** A currency sign right before the number (anchored at the end of the text before). */
  CURRENCY_BEFORE: RegExp;
  /** A hedge or bound phrase right before the number (anchored at the end). Group 1 = phrase. */
  HEDGE_BEFORE: RegExp;
  /** A month name right before the number ("Oct. 30", "October 27 or 28"). */
  MONTH_BEFORE: RegExp;
  /** A clock-time word right after the number ("10 a.m.", "9pm"). */
  TIME_AFTER: RegExp;
  /** A month name right after the number ("28 October", "30th of October"). */
  MONTH_AFTER: RegExp;
}

let cached: NumberLexicon | null = null;

const toMap = (rows: Record<string, string>[], key: string, value: string) =>
  new Map(rows.map((r) => [r[key]!.toLowerCase(), Number(r[value])]));

const checkNumber = (col: string) => (row: Record<string, string>) =>
  Number.isFinite(Number(row[col])) && row[col] !== '' ? null : `"${row[col]}" is not a number`;

/** The numbers lexicon, loaded and compiled on first call. */
export function numberLexicon(): NumberLexicon {
  if (cached) return cached;
  const cardinals = toMap(readTable('number-words.tsv', ['word', 'value'], checkNumber('value')), 'word', 'value');
  const ordinals = toMap(readTable('number-ordinals.tsv', ['word', 'value'], checkNumber('value')), 'word', 'value');
  const scaleRows = readTable('number-scales.tsv', ['scale', 'value', 'form', 'ambiguous'], (r) =>
    checkNumber('value')(r) ?? (['word', 'suffix'].includes(r.form!) ? null : `form "${r.form}" is not word|suffix`),
  );
  const scales = toMap(scaleRows, 'scale', 'value');
  const wordScales = scaleRows.filter((r) => r.form === 'word').map((r) => r.scale!);
  const suffixScales = scaleRows.filter((r) => r.form === 'suffix').map((r) => r.scale!);
  const hedgeRows = readTable('number-hedges.tsv', ['phrase', 'kind'], (r) =>
    ['approximate', 'min', 'max'].includes(r.kind!) ? null : `kind "${r.kind}" is not approximate|min|max`,
  );
  const unitRows = readTable('number-units.tsv', ['written', 'unit', 'position'], (r) =>
    ['prefix', 'suffix'].includes(r.position!) ? null : `position "${r.position}" is not prefix|suffix`,
  );
  const suffixRows = unitRows.filter((r) => r.position === 'suffix');
  const prefixRows = unitRows.filter((r) => r.position === 'prefix');
  const oneRows = readTable('number-pronoun-one.tsv', ['word', 'side'], (r) =>
    ['before', 'after'].includes(r.side!) ? null : `side "${r.side}" is not before|after`,
  );
  const lowerSet = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const months = readList('number-date-words.txt');
  const monthAlt = alternation(months.map((m) => m[0]!.toUpperCase() + m.slice(1)));

  const numberWords = alternation([...cardinals.keys(), ...wordScales]);
  const tens = [...cardinals].filter(([, v]) => v >= 20 && v < 100).map(([w]) => w);
  cached = {
    cardinals,
    ordinals,
    scales,
    ambiguousScales: lowerSet(scaleRows.filter((r) => r.ambiguous === 'yes').map((r) => r.scale!)),
    hedges: new Map(hedgeRows.map((r) => [r.phrase!.toLowerCase(), r.kind as HedgeKind])),
    suffixUnits: new Map(suffixRows.map((r) => [r.written!, r.unit!])),
    prefixUnits: new Map(prefixRows.map((r) => [r.written!, r.unit!])),
    stopWords: lowerSet(readList('number-stop-words.txt')),
    modifiers: lowerSet(readList('number-modifiers.txt')),
    yearCues: lowerSet(readList('number-year-cues.txt')),
    pronounOneBefore: lowerSet(oneRows.filter((r) => r.side === 'before').map((r) => r.word!)),
    pronounOneAfter: lowerSet(oneRows.filter((r) => r.side === 'after').map((r) => r.word!)),
    secondBefore: lowerSet(readList('number-second-before.txt')),
    irregularPlurals: lowerSet(readList('number-plural-nouns.txt')),
    // Words joined by a space, a hyphen or " and "; at most 8 joins keeps it linear and bounded.
    WORD_NUMBER: new RegExp(
      `(?<![\\p{L}\\p{N}-])(?:an?\\s)?(?:${numberWords})(?:(?:\\s|-|\\sand\\s)(?:${numberWords})){0,8}(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    WORD_ORDINAL: new RegExp(
      `(?<![\\p{L}\\p{N}-])(?:(?:${alternation(tens)})-)?(?:${alternation([...ordinals.keys()])})(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    SCALE_AFTER: new RegExp(
      `^(?:\\s{1,2}(${alternation(wordScales)})|\\s?(${alternation(suffixScales)}))(?![\\p{L}\\p{N}])`,
      'iu',
    ),
    UNIT_AFTER: new RegExp(`^\\s{0,2}(${alternation(suffixRows.map((r) => r.written!))})(?![\\p{L}\\p{N}])`, 'u'),
    CURRENCY_BEFORE: new RegExp(`(?<![\\p{L}])(?:${alternation(prefixRows.map((r) => r.written!))})\\s?$`, 'u'),
    HEDGE_BEFORE: new RegExp(`(?<![\\p{L}])(${alternation(hedgeRows.map((r) => r.phrase!))})\\s{1,3}$`, 'iu'),
    MONTH_BEFORE: new RegExp(
      `(?<![\\p{L}])(?:${monthAlt})\\.?,?\\s{1,2}(?:\\d{1,2}(?:st|nd|rd|th)?\\s{0,2}(?:or|and|to|-|–)\\s{0,2})?$`,
      'u',
    ),
    TIME_AFTER: new RegExp(`^\\s?(?:${alternation(readList('number-time-words.txt'))})(?![\\p{L}])`, 'u'),
    MONTH_AFTER: new RegExp(`^(?:st|nd|rd|th)?\\s{1,2}(?:of\\s{1,2})?(?:${monthAlt})(?![\\p{L}])`, 'u'),
  };
  return cached;
}
