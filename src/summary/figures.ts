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
import { numberLexicon } from '../extractors/numbers/lexicon.js';

/** The longest sentence kept with a figure, in characters. */
export const MAX_SENTENCE = 300;

interface FigureLexicon {
  synonyms: Map<string, string>;
  measures: Set<string>;
  skip: Set<string>;
  SUBJECT_VERB: RegExp;
  ACCORDING_TO: RegExp;
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
  const nouns = alternation(readList('summary-report-nouns.txt'));
  const orgWords = alternation(readList('summary-source-words.txt'));
  // A name: a capitalised word, then up to four more capitalised words or source words.
  const cap = `\\p{Lu}[\\p{L}\\p{M}.'’\\-]{0,30}`;
  const name = `${cap}(?: (?:${cap}|(?:${orgWords})(?![\\p{L}]))){0,4}`;
  return {
    synonyms,
    measures,
    skip,
    // "Ukrainian intelligence reports indicate", "Kyiv had warned", "Zelenskyy, who said", "The US defense department on Monday confirmed"
    SUBJECT_VERB: new RegExp(
      `(?<![\\p{L}\\p{M}])(${name})(?: (?:${nouns}))?(?:,? who)?(?: (?:has|have|had|was|were|is|are))?(?: on \\p{Lu}\\p{Ll}{2,12})? (?:${verbs})(?![\\p{L}])`,
      'gu',
    ),
    ACCORDING_TO: new RegExp(`(?<![\\p{L}])[Aa]ccording to (?:the )?(${name})`, 'gu'),
  };
}

/** A unit as a grouping key: lower case, singular ("Troops" → "troop", "casualties" → "casualty"). */
export function figureKey(unit: string): string {
  const u = unit.trim().toLowerCase();
  if (/ies$/.test(u)) return u.replace(/ies$/, 'y');
  if (/[^s]s$/.test(u)) return u.slice(0, -1);
  return u;
}

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
  /** True for units that measure (km, percent, USD, year): see {@link isMeasure}. */
  measure: boolean;
}

/** The group of a number fact with a unit. */
export function figureGroup(n: NumberFact & { unit: string }): FigureGroupKey {
  const lex = lexicon();
  const unit = n.unit.trim().replace(/\s+/g, ' ');
  const noun = lex.synonyms.get(unit.toLowerCase()) ?? lex.synonyms.get(figureKey(unit)) ?? unit;
  const qualifier = n.qualifier ? n.qualifier.trim().replace(/\s+/g, ' ') : null;
  const q = qualifier ? qualifierKey(qualifier) : '';
  const key = q ? `${q} ${figureKey(noun)}` : figureKey(noun);
  return { key, noun, qualifier, measure: isMeasure(unit) };
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

  /** The source named for the number at [start, end), or null. */
  source(start: number, end: number): string | null {
    const lex = lexicon();
    const s = this.sentence(start, end);
    const span = this.text.slice(s.start, s.end);
    const found: Array<{ at: number; name: string }> = [];
    for (const re of [lex.SUBJECT_VERB, lex.ACCORDING_TO]) {
      re.lastIndex = 0;
      for (let m = re.exec(span); m; m = re.exec(span)) {
        const name = cleanName(m[1]!, lex.skip);
        if (name) found.push({ at: s.start + m.index, name });
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    const before = found.filter((f) => f.at < start).sort((x, y) => y.at - x.at)[0];
    const after = found.filter((f) => f.at >= end).sort((x, y) => x.at - y.at)[0];
    const named = before ?? after;
    if (named) return named.name;
    const quote = this.quotes.find((q) => q.start <= start && end <= q.end && q.speaker);
    return quote?.speaker?.name ?? null;
  }
}

/** A name without its leading determiners or pronouns ("The US defense department" → "US defense department"), or null. */
function cleanName(raw: string, skip: Set<string>): string | null {
  const words = raw.split(' ');
  while (words.length && skip.has(words[0]!.toLowerCase())) words.shift();
  return words.length && /^\p{Lu}/u.test(words[0]!) ? words.join(' ') : null;
}

/** Distinct sources, sorted, without a name that ends a longer one ("Rutte" beside "Mark Rutte"). */
export function distinctSources(names: Iterable<string>): string[] {
  const all = [...new Set(names)];
  return all.filter((n) => !all.some((o) => o !== n && o.endsWith(` ${n}`))).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
