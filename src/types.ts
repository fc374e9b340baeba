/**
 * The output contract (schema version 1) as TypeScript types. `schema/extract.schema.json` is the
 * same contract as a JSON Schema; a test validates the tool's own output against it.
 */

/** The four kinds of fact, which are also the keys of a {@link DocResult}. */
export type FactKind = 'numbers' | 'dates' | 'places' | 'quotes';
export const FACT_KINDS: readonly FactKind[] = ['numbers', 'dates', 'places', 'quotes'];

/** What every fact carries: the exact text, its offsets into the document, and the rule that found it. */
export interface Fact {
  /** Exactly `doc.slice(start, end)`. */
  text: string;
  /** JavaScript string offset (UTF-16 code units) of the first character. */
  start: number;
  /** Offset one past the last character. */
  end: number;
  /** Stable kebab-case name of the rule that produced the fact, e.g. `number/digits`. */
  rule: string;
}

export interface NumberFact extends Fact {
  value: number;
  /** The noun it counts or measures (`troops`, `km`, `USD`, `percent`), or null. */
  unit: string | null;
  /** True when hedged: "around", "some", "approximately", "an estimated"… */
  approximate: boolean;
  /** "min" for "over", "more than"; "max" for "up to", "fewer than"; else null. */
  bound: 'min' | 'max' | null;
  /** True for "56th", "sixth". */
  ordinal: boolean;
  /**
   * Which way the sentence says the figure moved: "up" ("rose 5%", "added 300 jobs", "a 40% rise",
   * "up from 2 million"), "down" ("fell 3%", "cut 200 jobs", "a 40% drop"), else null. A new level
   * ("fell 4% to $31": the $31) is no change.
   */
  change: 'up' | 'down' | null;
  /** The hedge or bound phrase as written ("around", "upwards of"), when there is one. */
  hedge?: string;
  /** The words qualifying the counted noun, as written: "North Korean" in "10,000 North Korean troops". */
  qualifier?: string;
  /** For a number that counts something: its sentence (whitespace collapsed, at most ~300 characters). */
  sentence?: string;
  /** For a number that counts something: who its sentence says gives it ("South Korean intelligence"), or null. */
  source?: string | null;
  /**
   * For a number that counts something, what it is about beyond its noun, when its sentence says:
   * the event its verb names ("25 people were injured" → "injured", "killing six" → "killed"), or
   * for a measure the noun it measures ("a $38 billion bid" → "offer", through summary-measured-synonyms.tsv); a comparison names none ("15 points higher"). The summary groups by it.
   */
  event?: string;
  /** When the number is one end of a range ("10,000 to 12,000"): which end. */
  range?: 'from' | 'to';
  /** True for a fraction ("two thirds", "1 over 3", "2 1/4"). */
  fraction?: boolean;
}

/**
 * A TIMEX3 mod: which part of the period is meant (START, MID, END: "early October", "mid-2011",
 * "late Friday"), how near the date is ("around Nov. 1" APPROX, "nearly four years ago" LESS_THAN),
 * an open end written after it ("1994 or later" ON_OR_AFTER, "March or earlier" ON_OR_BEFORE), or
 * the time before or after it, glued to it ("pre-1990" BEFORE, "post-Christmas" AFTER).
 */
export type DateMod = 'START' | 'MID' | 'END' | 'APPROX' | 'LESS_THAN' | 'ON_OR_AFTER' | 'ON_OR_BEFORE' | 'BEFORE' | 'AFTER';

export interface DateFact extends Fact {
  /** ISO-8601 / TIMEX3 value (`2024-10-28`, `2024-10`, `2024-W44`, `XXXX-10-30`), or null. */
  value: string | null;
  /** When the date ends a range: "from" for its start ("from 2001", "since May"), "to" for its end. */
  range?: 'from' | 'to';
  /** Why `value` is null: "no reference date" (a relative date in a document without one), or "not normalized". */
  unresolved?: string;
  /** The time zone written with a clock time ("ET", "GMT", "GMT+8"); the value's clock is in it. */
  timezone?: string;
  /** Which part of the period is meant, as TIMEX3 writes it: "early October" START, "mid-2011" MID, "the late 1990s" END. */
  mod?: DateMod;
  /** For a resolved date: its sentence, whitespace collapsed, at most ~300 characters (what happened then). */
  sentence?: string;
}

export type PlaceKind = 'country' | 'region' | 'city' | 'area' | 'water';

export interface PlaceFact extends Fact {
  /** Canonical English name ("Kharkiv Oblast" for "Kharkiv region"). */
  name: string;
  /** ISO-3166 alpha-2 code, or null for areas that span countries. */
  country: string | null;
  kind: PlaceKind;
  /** GeoNames id of the place, where the gazetteer has one (cities). */
  geonameId?: number;
  /** Latitude and longitude in degrees (GeoNames), where the gazetteer has them. */
  lat?: number;
  lon?: number;
}

export interface Speaker {
  /** The fullest name the document gives ("Maria Keane" for "Keane"). */
  name: string;
  /** The title the document gives the speaker ("Treasury spokesperson"), when it gives one. */
  title?: string | null;
  /** The speaker's identity, the same whatever the mention ("Dr. Daniel O. Okafor" and "Daniel Okafor" -> "daniel-okafor"). */
  id?: string;
  /** Offsets of the mention that decided the speaker (the name by the speech verb, the person a pronoun points to), when there is one. */
  start?: number;
  end?: number;
}

export interface QuoteFact extends Fact {
  /** Who said it, or null when nobody is named. */
  speaker: Speaker | null;
}

export interface FactsByKind {
  numbers: NumberFact[];
  dates: DateFact[];
  places: PlaceFact[];
  quotes: QuoteFact[];
}

/** One document's result. */
export interface DocResult extends FactsByKind {
  id: string;
  /** The path as given (for a JSON Lines record: `file.jsonl:LINE`), or null for a string given to `extract()`. */
  source: string | null;
  /** The document's title: the one its metadata gives (JSON Lines `title`, front matter `title:`), else its headline, else null. */
  title: string | null;
  /** The date relative expressions were resolved against (YYYY-MM-DD), or null. */
  referenceDate: string | null;
  /**
   * Where the reference date came from: `option` (given to extract(), or `--reference-date`),
   * `document` (the document's own metadata: JSON Lines `date`, front matter `date:`), `dateline`
   * (the date in the story's dateline, "WASHINGTON 1996-08-30", when nothing else gave one), or null.
   */
  referenceDateFrom: ReferenceDateFrom | null;
  /** `codepoint` when `start`/`end` count Unicode code points (the `offsets` option); absent for UTF-16 code units. */
  offsets?: 'codepoint';
}

export type ReferenceDateFrom = 'option' | 'document' | 'dateline';

/** Options of {@link extract}. */
export interface ExtractOptions {
  /** Document id for the result; default `"doc"`. */
  id?: string;
  /** Where the text came from; default null. */
  source?: string | null;
  /**
   * YYYY-MM-DD date against which "Monday", "yesterday" resolve. Without it, a full date in the
   * document's dateline serves ("LONDON 1996-08-30"); without either they stay unresolved.
   */
  referenceDate?: string | null;
  /** Where `referenceDate` came from, reported in the result (default `option`). */
  referenceDateFrom?: 'option' | 'document';
  /** The document's title from its metadata; default: its headline, if it has one. */
  title?: string | null;
  /** Only these kinds (default: all four). */
  only?: readonly FactKind[];
  /**
   * Which time expressions count as dates. `news` (default) follows the annotation guidelines of
   * this project: vague adverbs ("now", "recently", "soon") are not dates. `timeml` also reports
   * them, as TimeML/TIMEX3 does (`PRESENT_REF`, `PAST_REF`, `FUTURE_REF`), for comparison with
   * TimeML-annotated corpora.
   */
  dateStyle?: DateStyle;
  /**
   * What `start` and `end` count: `utf16` (default: JavaScript string offsets, UTF-16 code units)
   * or `codepoint` (Unicode code points, as Python, Spark and most other languages slice text;
   * they differ after an emoji or any character outside the Basic Multilingual Plane).
   */
  offsets?: OffsetUnit;
}

export type OffsetUnit = 'utf16' | 'codepoint';
export const OFFSET_UNITS: readonly OffsetUnit[] = ['utf16', 'codepoint'];

export type DateStyle = 'news' | 'timeml';
export const DATE_STYLES: readonly DateStyle[] = ['news', 'timeml'];

