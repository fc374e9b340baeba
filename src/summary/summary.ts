/**
 * The merged summary across documents: places, speakers, timeline and figures, each pointing back
 * to document ids and offsets.
 *
 * It is built as an associative, commutative merge: every document gives a partial summary
 * ({@link contribution}), partials combine with {@link mergePartials} in any grouping and order,
 * and {@link finish} sorts the result into a canonical order. So a summary of a split corpus,
 * merged, equals the summary of a single run.
 */
import type { DocResult, NumberFact, PlaceKind } from '../types.js';
import { around, compoundCount, levelOfAnotherTime, figureKey, contentWords, eventWords, headlineStems, distinctSources, figureGroup, hypothetical, ownedByPronoun, PEOPLE, sentenceNames, sourceIdentity, metricOf, type Around, type FigureGroupKey } from './figures.js';
import { claimOf, commonItem, convertClaim, disagree, pushStated, rangeClaim, STATED_WIDTH, type Claim, type Reporter, type Stated, type Story } from './compare.js';
import { speakerId } from '../extractors/quotes/identity.js';
import { intern, internId, ownCopy, SharedTable } from './intern.js';
import { pushAll } from '../arrays.js';

export { figureKey } from './figures.js';

/** The most values of one noun a document's reporters keep as stated (compare.ts `Reporter.stated`). */
const STATED_LIMIT = 50;

/** Where a fact is: a document id and offsets, with the text there. */
export interface Mention {
  doc: string;
  start: number;
  end: number;
  text: string;
}

export interface FailedInput {
  source: string;
  code: string;
  message: string;
}

export interface SummaryPlace {
  name: string;
  country: string | null;
  kind: PlaceKind;
  /** Latitude and longitude in degrees (GeoNames), when the gazetteer has them. */
  lat?: number;
  lon?: number;
  mentions: number;
  /** How many documents name it (`documents` lists the first DOCUMENT_LIMIT, in id order). */
  documentCount: number;
  documents: string[];
}

export interface SummarySpeaker {
  /** The fullest name the documents give this person (or organisation). */
  name: string;
  /** The speaker's identity (quotes' `speaker.id`); one entry per identity. */
  id: string;
  /** Every other name the documents give them ("Mr Okafor" is "Okafor"; "Andrii Sybiha" beside "Andriy Sybiha"). */
  aliases: string[];
  title: string | null;
  quotes: number;
  documentCount: number;
  documents: string[];
  said: Mention[];
}

/** A date's mention, with its sentence (what happened then) and its document's title. */
export interface DateMention extends Mention {
  /** The sentence it is in, whitespace collapsed, at most ~300 characters. */
  sentence?: string;
  /** The title of the document it is in, when the document has one. */
  title?: string;
}

export interface SummaryDate {
  value: string;
  /** How many times the documents give this date (`mentions` lists at most MENTION_LIMIT of them). */
  count: number;
  documentCount: number;
  documents: string[];
  mentions: DateMention[];
}

/** A figure's mention, with its sentence and source when the document's text was given. */
export interface FigureMention extends Mention {
  /** The sentence it is in, whitespace collapsed, at most ~300 characters. */
  sentence?: string;
  /** Who the sentence says gives the figure ("South Korean intelligence"), or null. */
  source?: string | null;
  /** The title of the document it is in, when the document has one. */
  title?: string;
}

export interface FigureValue {
  value: number;
  /**
   * The unit the value is written in, when it is not the group's: a customary unit grouped with its
   * metric counterpart ("7.9" inch under "cm"; summary-unit-conversions.tsv).
   */
  unit?: string;
  approximate: boolean;
  bound: 'min' | 'max' | null;
  /** How many times the documents give this value (`mentions` lists at most MENTION_LIMIT of them). */
  count: number;
  documentCount: number;
  documents: string[];
  /** The distinct sources named for this value, sorted. */
  sources: string[];
  mentions: FigureMention[];
}

export interface SummaryFigure {
  /**
   * What the numbers count: the qualifier as written, the counted noun and what happened to it
   * ("North Korean troops", "people injured", "USD bid", "km").
   */
  about: string;
  /**
   * True when two documents of one story, or two named sources, report values for it that cannot
   * both be true (compare.ts): a hedge or bound the other satisfies, a range holding it or a
   * rounding of it agrees. A group of a measure (km, percent, USD, year) is compared only when its
   * numbers share a qualifier or the noun they measure: two distances are rarely one claim.
   */
  disagreement: boolean;
  values: FigureValue[];
}

/**
 * The most mentions a summary entry lists (a speaker's quotes, a date's or a figure's mentions):
 * the first ones in document-id and offset order. The counts beside them are the totals, and every
 * document's own results hold all its facts. This keeps a run's memory flat however large the
 * corpus: the summary is the only thing a run keeps until the end.
 */
export const MENTION_LIMIT = 20;

/**
 * The most mentions a figure's value lists. Each carries its sentence and title, so a value's
 * mentions were most of a large summary (20 of 26.5 MB on BBC and Reuters); its `count`,
 * `documentCount` and `documents` still say where else it is reported.
 */
export const FIGURE_MENTION_LIMIT = 5;

/**
 * The most document ids a summary entry lists: the first in id order, beside `documentCount`, the
 * total. Full lists would grow as entries × documents (a place named in every document of a
 * million), the one part of the summary that would not stay flat.
 */
export const DOCUMENT_LIMIT = 20;

/**
 * A capped list may grow to SLACK times its limit before it is sorted and cut back: the cut is
 * paid once per (SLACK - 1) × limit additions, and a full summary holds at most SLACK times what
 * it shows.
 */
const SLACK = 1.25;

/** The documents of a partial entry: how many (partials hold disjoint documents) and the first ids. */
interface DocList {
  count: number;
  ids: Set<string>;
}
const oneDoc = (id: string): DocList => ({ count: 1, ids: new Set([id]) });
const noDocs = (): DocList => ({ count: 0, ids: new Set() });
/** Adds `more` (other documents) to `into`, keeping (amortized) only the first DOCUMENT_LIMIT ids. */
function addDocs(into: DocList, more: DocList): void {
  into.count += more.count;
  for (const id of more.ids) into.ids.add(id);
  if (into.ids.size > SLACK * DOCUMENT_LIMIT) into.ids = new Set([...into.ids].sort(cmp).slice(0, DOCUMENT_LIMIT));
}
const firstDocs = (d: DocList): string[] => [...d.ids].sort(cmp).slice(0, DOCUMENT_LIMIT);

interface PartialFigureValue {
  value: number;
  unit?: string;
  approximate: boolean;
  bound: 'min' | 'max' | null;
  count: number;
  docs: DocList;
  sources: Set<string>;
  mentions: FigureMention[];
}

/** One figure group of a partial: its values, and how often each name was written (for a stable choice). */
export interface PartialFigure {
  nouns: Map<string, number>;
  qualifiers: Map<string, number>;
  events: Map<string, number>;
  measure: boolean;
  values: Map<string, PartialFigureValue>;
  /**
   * Each reporter's claims (compare.ts), keyed by document id and source: the first
   * REPORTER_LIMIT keys in order are kept, so a group's flag is decided on its first documents.
   */
  reporters: Map<string, Reporter>;
}

/** The most reporters (documents, or named sources in them) a figure group compares. */
export const REPORTER_LIMIT = 40;
const emptyFigure = (measure: boolean): PartialFigure => ({ nouns: new Map(), qualifiers: new Map(), events: new Map(), measure, values: new Map(), reporters: new Map() });

/** Adds `more` reporters to `into`, keeping (amortized) the first REPORTER_LIMIT keys. */
function addReporters(into: PartialFigure, more: ReadonlyMap<string, Reporter>): void {
  for (const [k, r] of more) {
    const e = into.reporters.get(k);
    if (e) pushAll(e.claims, r.claims);
    else into.reporters.set(k, { doc: r.doc, source: r.source, story: r.story, claims: [...r.claims], ...(r.stated ? { stated: r.stated } : {}) });
  }
  if (into.reporters.size > SLACK * REPORTER_LIMIT) into.reporters = new Map([...into.reporters].sort((a, b) => cmp(a[0], b[0])).slice(0, REPORTER_LIMIT));
}

export interface Summary {
  documents: { count: number; ids: string[]; failed: FailedInput[] };
  places: SummaryPlace[];
  speakers: SummarySpeaker[];
  timeline: SummaryDate[];
  figures: SummaryFigure[];
}

/**
 * The associative intermediate form: maps keyed by what groups facts, with counts, document sets
 * and mention lists cut to the first MENTION_LIMIT (so its size does not grow with the corpus
 * beyond one entry per place, speaker, date and figure, and one id per document).
 */
export interface PartialSummary {
  ids: string[];
  failed: FailedInput[];
  /** `coords`: how often each "lat,lon" was given (one name in one country may be two towns). */
  places: Map<string, { name: string; country: string | null; kind: PlaceKind; coords: Map<string, number>; mentions: number; docs: DocList }>;
  /** Keyed by speaker id. */
  speakers: Map<string, SpeakerEntry>;
  timeline: Map<string, { count: number; docs: DocList; mentions: DateMention[] }>;
  figures: Map<string, PartialFigure>;
  /**
   * Only on a share packed to cross threads ({@link packShare}): each distinct word of its claims
   * and item of its stories once; their lists then hold places in this list. {@link shareStrings} unpacks it.
   */
  words?: string[];
}

export function emptyPartial(): PartialSummary {
  return { ids: [], failed: [], places: new Map(), speakers: new Map(), timeline: new Map(), figures: new Map() };
}

/**
 * A string that owns its characters. A fact's text is a slice of its document, and V8 keeps the
 * whole document alive behind a slice: the summary must not hold every document it has seen.
 */
const own = (s: string): string => {
  if (s.length < 13) return s;
  let copy = owned.get(s);
  if (copy === undefined) owned.set(s, (copy = ownCopy(s)));
  return copy;
};
/** The owned copies of one document's strings: several figures of one sentence share its copy. */
const owned = new Map<string, string>();
const mention = (doc: string, f: { start: number; end: number; text: string }): Mention => ({ doc, start: f.start, end: f.end, text: own(f.text) });
const bump = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

/** Adds `more` to `list`, keeping (amortized) only the first `limit` in byMention order. */
function addMentions<M extends Mention>(list: M[], more: readonly M[], limit = MENTION_LIMIT): void {
  pushAll(list, more);
  if (list.length > SLACK * limit) {
    list.sort(byMention);
    list.length = limit;
  }
}

/** The first `limit` of `list`, sorted. */
const firstMentions = <M extends Mention>(list: readonly M[], limit = MENTION_LIMIT): M[] => [...list].sort(byMention).slice(0, limit);

/**
 * One document's share of the summary. Figure mentions carry the sentence and source the
 * pipeline gave each number (refiners/number-sources.ts), so results alone rebuild the summary.
 */
export function contribution(doc: DocResult): PartialSummary {
  owned.clear();
  const p = emptyPartial();
  p.ids.push(doc.id);
  for (const f of doc.places) {
    const key = `${f.name}\u0000${f.country ?? ''}`;
    const e = p.places.get(key) ?? { name: f.name, country: f.country, kind: f.kind, coords: new Map(), mentions: 0, docs: oneDoc(doc.id) };
    e.mentions++;
    if (f.lat !== undefined && f.lon !== undefined) bump(e.coords, `${f.lat},${f.lon}`);
    p.places.set(key, e);
  }
  for (const q of doc.quotes) {
    if (!q.speaker) continue;
    const name = own(q.speaker.name);
    const id = own(q.speaker.id ?? speakerId(name));
    const e = p.speakers.get(id) ?? { names: new Map(), titles: new Map(), quotes: 0, docs: oneDoc(doc.id), said: [] };
    bump(e.names, name);
    if (q.speaker.title) bump(e.titles, own(q.speaker.title));
    e.quotes++;
    addMentions(e.said, [mention(doc.id, q)]);
    p.speakers.set(id, e);
  }
  const title = doc.title ? own(doc.title) : undefined;
  for (const d of doc.dates) {
    if (!d.value) continue;
    const e = p.timeline.get(d.value) ?? { count: 0, docs: oneDoc(doc.id), mentions: [] };
    e.count++;
    const m: DateMention = mention(doc.id, d);
    if (d.sentence !== undefined) m.sentence = own(d.sentence);
    if (title) m.title = title;
    addMentions(e.mentions, [m]);
    p.timeline.set(d.value, e);
  }
  const story = storyOf(doc);
  // A range ("between 30 and 40 people") is one claim, made at its first end.
  const claims = new Map<NumberFact, Claim | null>();
  doc.numbers.forEach((n, i) => {
    const to = doc.numbers[i + 1];
    if (n.range === 'from' && to?.range === 'to') {
      claims.set(n, rangeClaim(n.value, to.value));
      claims.set(to, null);
    }
  });
  // Each sentence's number in the document: two claims of one sentence are one statement.
  const sentences = new Map<string, number>();
  // Every value the document gives each noun (figureKey of the group's noun) and says nothing more of.
  const stated = new Map<string, number[]>();
  const groups = new Map<NumberFact, { g: FigureGroupKey; near: Around; metric: { unit: string; factor: number; written: string } | null }>();
  for (const n of doc.numbers) {
    // A count with no noun whose verb names an event of people ("58 killed", "wounding 120") counts people.
    const unit = n.unit ?? (n.event ? PEOPLE : null);
    // A vague magnitude ("thousands of people": 1,000 to 10,000) states no figure to compare.
    if (!unit || n.ordinal || n.rule === 'number/vague' || isYear(n)) continue;
    const near = around(n);
    // A customary unit goes with its metric counterpart ("7.9 inches" with "20 cm").
    const metric = metricOf(unit);
    const g = figureGroup({ ...n, unit: metric?.unit ?? unit }, near);
    groups.set(n, { g, near, metric: metric ? { ...metric, written: unit } : null });
    // A value the sentence says nothing more of may be of any group of its noun; "another 1,000
    // troops" or "1,000 people injured" is of its own.
    if (g.qualifier || g.event) continue;
    const list = stated.get(figureKey(g.noun)) ?? [];
    if (list.length < STATED_WIDTH * STATED_LIMIT) pushStated(list, metric ? convertClaim(claimOf(n.value, n.approximate, n.bound), metric.factor) : claimOf(n.value, n.approximate, n.bound));
    stated.set(figureKey(g.noun), list);
  }
  // Each list at its own length: a list grown by push keeps room for more.
  for (const [k, list] of stated) stated.set(k, list.slice());
  for (const n of doc.numbers) {
    const grouped = groups.get(n);
    if (!grouped) continue;
    const { g, near, metric } = grouped;
    let claim: Claim | null = claims.has(n) ? claims.get(n)! : claimOf(n.value, n.approximate, n.bound);
    if (claim && metric) claim = convertClaim(claim, metric.factor);
    if (claim && n.sentence) {
      claim = ownedByPronoun(near) || compoundCount(near, g.measure) || levelOfAnotherTime(near, g.measure) ? null : { ...claim, ...frameOf(doc, n, n.sentence), words: eventWords(contentWords(n), g.event, g.measure), names: sentenceNames(n), sentence: sentenceNumber(sentences, n.sentence), ...(hypothetical(near) ? { hypothetical: true } : {}) };
    }
    addFigure(p, doc.id, n, g, story, title, claim, stated.get(figureKey(g.noun)), metric?.written);
  }
  return p;
}

/** The number of a sentence in its document, counted as they are first seen. */
function sentenceNumber(seen: Map<string, number>, sentence: string): number {
  let k = seen.get(sentence);
  if (k === undefined) seen.set(sentence, (k = seen.size));
  return k;
}

/**
 * The dates and the places' countries a number's sentence names: those whose text the sentence
 * holds, no further from the number than the sentence is long.
 */
function frameOf(doc: DocResult, n: NumberFact, sentence: string): { when?: string[]; where?: string[] } {
  // The sentence is on one line: a fact's text is read with its line breaks as spaces.
  const flat = (f: { text: string }) => f.text.replace(/\s+/g, ' ');
  const near = (f: { start: number; text: string }) => Math.abs(f.start - n.start) <= sentence.length && sentence.includes(flat(f));
  // Nearest the number first: the date its own clause gives ("since December, 1984, when 597,000
  // units were sold"), which tells two of a document's figures apart (compare.ts contradictsItself).
  // The day a source spoke ("officials said on Tuesday that 59 had been killed in Monday's
  // bombing") goes last: it dates the report, not the figure.
  const dated = doc.dates.filter((d) => d.value && /^\d{4}/.test(d.value) && near(d));
  const spoken = (d: { text: string }) => {
    const at = sentence.indexOf(flat(d));
    return at > 0 && SAID_BEFORE.test(sentence.slice(Math.max(0, at - 16), at));
  };
  const distance = (d: { start: number; text: string }) => Math.abs(d.start - n.start) + (spoken(d) ? sentence.length : 0);
  const when = [...new Set(dated.sort((a, b) => distance(a) - distance(b)).map((d) => own(d.value!)))];
  const where = [...new Set(doc.places.filter((f) => f.country && near(f)).map((f) => f.country!))];
  return { ...(when.length ? { when } : {}), ...(where.length ? { where } : {}) };
}

/** A reporting verb, and "on", right before a date: "said on Tuesday", "told reporters on". */
const SAID_BEFORE = /(?<![\p{L}])(?:said|says|told|announced|reported|stated|confirmed)\s{1,3}(?:\p{Ll}{2,12}\s{1,3})?(?:on|late|early)?\s{0,3}$/u;

/** Units of a rate or a share, not of an amount: "percent", "percentage point", "points", "basis points". */
const RATE_UNITS = /^(?:percent|percentage points?|points?|basis points?)$/i;

/** A story's items (compare.ts weighs them by kind): a place ("c:" for a country, "p:" else), a speaker, a day. */
const placeItem = (f: { kind: PlaceKind; name: string; country: string | null }) => `${f.kind === 'country' ? 'c' : 'p'}:${f.name}|${f.country ?? ''}`;
const speakerItem = (id: string) => `s:${id}`;
const dayItem = (day: string) => `d:${day}`;

/** The most items a document's story keeps: the places, speakers and days it names most. */
const STORY_ITEMS = 40;

/** What a document is about, for telling stories apart (compare.ts): its places, speakers, days and figures. */
function storyOf(doc: DocResult): Story {
  const items = new Map<string, number>();
  for (const f of doc.places) bump(items, placeItem(f));
  for (const q of doc.quotes) if (q.speaker) bump(items, speakerItem(q.speaker.id ?? speakerId(q.speaker.name)));
  for (const d of doc.dates) if (d.value && /^\d{4}-\d{2}-\d{2}/.test(d.value)) bump(items, dayItem(d.value.slice(0, 10)));
  // A figure two documents both give ("129 people", "11.5 million documents"), past the small counts
  // any story has; not a rate ("0.5 percent", "2 points"): the same rates recur in unrelated stories.
  for (const n of doc.numbers) if (n.unit && !n.ordinal && !isYear(n) && !(Number.isInteger(n.value) && n.value < 13) && !RATE_UNITS.test(n.unit)) bump(items, `n:${n.value}|${n.unit.toLowerCase()}`);
  const story = [...items]
    .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
    .slice(0, STORY_ITEMS)
    .map(([k]) => intern(k));
  // What its headline is about, in its own words ("consulate", "explosion"): compare.ts asks a
  // brief to share one with the story it joins.
  for (const w of headlineWords(doc)) story.push(intern(`w:${w}`));
  // When the document was written (compare.ts STORY_DAYS): not a thing it is about.
  if (doc.referenceDate && /^\d{4}-\d{2}-\d{2}$/.test(doc.referenceDate)) story.push(intern(`t:${doc.referenceDate}`));
  return story;
}

/** The most headline words a story keeps. */
const HEADLINE_WORDS = 12;

/**
 * The lower-case content words of a document's title (its metadata's or its headline) and of the
 * sentence of its first figure, stemmed: not names (places and speakers are items of their own),
 * function words, events, or "people".
 */
function headlineWords(doc: DocResult): string[] {
  return headlineStems(`${doc.title ?? ''} ${doc.numbers[0]?.sentence ?? ''}`).slice(0, HEADLINE_WORDS);
}

/** A four-digit year before a noun ("2001 Afghans" under a gallery photo, "the 2003 talks") counts nothing. */
const isYear = (n: NumberFact) => /^\d{4}$/.test(n.text) && n.value >= 1000 && n.value <= 2100 && !n.approximate && !n.bound;

function addFigure(p: PartialSummary, doc: string, n: NumberFact, g: FigureGroupKey, story: Story, title: string | undefined, claim: Claim | null, stated: Stated | undefined, written: string | undefined): void {
  const group: PartialFigure = p.figures.get(g.key) ?? emptyFigure(g.measure);
  bump(group.nouns, own(g.noun));
  if (g.qualifier) bump(group.qualifiers, own(g.qualifier));
  if (g.event) bump(group.events, own(g.event));
  group.measure ||= g.measure;
  // A source is an identity: "the Pentagon" and "the US Defense Department" are one reporter.
  const identity = n.source ? sourceIdentity(n.source) : null;
  if (claim) {
    const source = identity?.id ?? null;
    const k = `${doc}\u0000${source ?? ''}`;
    const r = group.reporters.get(k);
    if (r) r.claims.push(claim);
    else addReporters(group, new Map([[k, { doc, source, story, claims: [claim], ...(stated ? { stated } : {}) }]]));
  }
  const key = `${n.value}\u0000${n.approximate}\u0000${n.bound ?? ''}\u0000${written ?? ''}`;
  const e = group.values.get(key) ?? { value: n.value, ...(written ? { unit: own(written) } : {}), approximate: n.approximate, bound: n.bound, count: 0, docs: oneDoc(doc), sources: new Set(), mentions: [] };
  const m: FigureMention = mention(doc, n);
  if (n.sentence !== undefined) {
    m.sentence = own(n.sentence);
    m.source = n.source ?? null;
    if (identity) e.sources.add(own(identity.name));
  }
  if (title) m.title = title;
  e.count++;
  addMentions(e.mentions, [m], FIGURE_MENTION_LIMIT);
  group.values.set(key, e);
  p.figures.set(own(g.key), group);
}

/** A place's latitude and longitude from its most frequent "lat,lon" (ties: the first in sorted order), when it has any. */
function coordinates(latLon: string | null): { lat?: number; lon?: number } {
  if (latLon === null) return {};
  const [lat, lon] = latLon.split(',').map(Number);
  return { lat: lat!, lon: lon! };
}

/** A failed input's share of the summary. */
export function failure(f: FailedInput): PartialSummary {
  const p = emptyPartial();
  p.failed.push(f);
  return p;
}

/**
 * Makes the strings of a partial that came from elsewhere (a worker's handed-over shares, cloned
 * across threads) share one copy each, in place: a clone holds its own copy of every word of every
 * claim, every document id of every list and every title of every mention (a packed share,
 * {@link packShare}, its claims' words and stories' items once, unpacked here), and equal claims
 * become one object. What the words and items are does not change, only how many copies of them
 * the run keeps. Returns `p`.
 */
export function shareStrings(p: PartialSummary): PartialSummary {
  // A packed share's words: each interned once, then put back in its claims in place of their places.
  const table = p.words?.map(intern);
  delete p.words;
  const unpacked = new Set<readonly string[]>();
  const unpack = (list: string[] | undefined) => {
    if (!table || !list || unpacked.has(list)) return;
    unpacked.add(list);
    for (let i = 0; i < list.length; i++) list[i] = table[list[i] as unknown as number]!;
  };
  // A document's title and a source's name repeat within one share, in every mention of them.
  const local = new Map<string, string>();
  const once = (s: string): string => {
    const known = local.get(s);
    if (known !== undefined) return known;
    local.set(s, s);
    return s;
  };
  const doc = internId;
  const ids = (d: DocList) => {
    if (d.ids.size) d.ids = new Set([...d.ids].map(doc));
  };
  const mention = (m: Mention & { title?: string; source?: string | null }) => {
    m.doc = doc(m.doc);
    if (m.title !== undefined) m.title = once(m.title);
    if (m.source) m.source = once(m.source);
  };
  for (let i = 0; i < p.ids.length; i++) p.ids[i] = doc(p.ids[i]!);
  for (const v of p.places.values()) ids(v.docs);
  for (const v of p.speakers.values()) {
    ids(v.docs);
    v.said.forEach(mention);
  }
  for (const v of p.timeline.values()) {
    ids(v.docs);
    v.mentions.forEach(mention);
  }
  const stories = new Map<Story, Story>();
  for (const g of p.figures.values()) {
    for (const r of g.reporters.values()) {
      r.doc = doc(r.doc);
      if (r.source !== null) r.source = intern(r.source);
      let story = stories.get(r.story);
      if (!story) {
        // A packed share's story is unpacked in place (one array for the document's reporters).
        if (table) unpack(r.story as string[]);
        stories.set(r.story, (story = table ? r.story : r.story.map(intern)));
      }
      r.story = story;
      for (let i = 0; i < r.claims.length; i++) {
        const c = r.claims[i]!;
        unpack(c.words);
        unpack(c.names);
        r.claims[i] = shareClaim(c, !!table);
      }
      if (r.stated) r.stated = shareStated(r.stated);
    }
    for (const v of g.values.values()) {
      ids(v.docs);
      v.mentions.forEach(mention);
    }
  }
  return p;
}

/**
 * A worker's share, packed to be cloned to the main thread: its claims' words and its reporters'
 * story items (most of its strings, and the same few thousand over and over) go once each into
 * `words`, and each claim's `words` and `names` and each story hold their places in it: numbers
 * that cross threads without a string each for the main thread to allocate, intern and collect.
 * Changes `p` (which the worker hands over and no longer uses) and returns it; {@link shareStrings}
 * unpacks it.
 */
export function packShare(p: PartialSummary): PartialSummary {
  const index = new Map<string, number>();
  // A list two claims hold (a converted claim keeps its original's words) is packed once.
  const packed = new Set<readonly string[]>();
  const pack = (list: string[] | undefined) => {
    if (!list || packed.has(list)) return;
    packed.add(list);
    for (let i = 0; i < list.length; i++) {
      let at = index.get(list[i]!);
      if (at === undefined) index.set(list[i]!, (at = index.size));
      (list as unknown as number[])[i] = at;
    }
  };
  for (const g of p.figures.values()) {
    for (const r of g.reporters.values()) {
      pack(r.story as string[]);
      for (const c of r.claims) {
        pack(c.words);
        pack(c.names);
      }
    }
  }
  p.words = [...index.keys()];
  return p;
}

/**
 * One object for each distinct claim the main thread keeps (a claim is never changed once made):
 * a story told in several documents, a wire copy run by several outlets, gives its figures' claims
 * once. Found by a hash of what they hold and compared whole; a claim not seen before keeps its
 * words interned. The table is capped, and cleared when full, like the interned words.
 */
const claims = new SharedTable<Claim>(claimHash, sameClaim);

function shareClaim(c: Claim, wordsInterned: boolean): Claim {
  // A claim not seen before keeps its words as the summary's one copy of each.
  return claims.share(c, () => {
    for (const words of wordsInterned ? [c.when, c.where] : [c.words, c.names, c.when, c.where]) if (words) for (let i = 0; i < words.length; i++) words[i] = intern(words[i]!);
  });
}

/** One array for each distinct list of a document's stated values (compare.ts Stated), as claims. */
const stateds = new SharedTable<Stated>(
  (s) => s.reduce((h, x) => mixHash(h, x), s.length),
  (a, b) => a.length === b.length && a.every((x, i) => Object.is(x, b[i])),
);
const shareStated = (s: Stated): Stated => stateds.share(s);

/** A 31-bit hash of a claim's numbers, how many words of each kind it has, and the first characters and lengths of its first few. */
function claimHash(c: Claim): number {
  let h = mixHash(mixHash(mixHash(17, c.lo), c.hi), c.value);
  h = mixHash(h, c.sentence ?? -1);
  h = mixHash(h, (c.range ? 1 : 0) + (c.hypothetical ? 2 : 0));
  for (const list of [c.words, c.names, c.when, c.where]) {
    h = mixHash(h, list ? list.length : -1);
    if (list) for (let i = 0; i < list.length && i < 6; i++) h = mixHash(h, list[i]!.length * 65_536 + (list[i]!.charCodeAt(0) || 0));
  }
  return h;
}

/** `h` with the number `x` mixed in, as a 31-bit hash. */
function mixHash(h: number, x: number): number {
  const n = Number.isFinite(x) ? Math.round(x * 1000) % 1_000_003 : x > 0 ? 1 : -1;
  return (Math.imul(h, 31) + n) & 0x7fffffff;
}

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) => a === b || (!!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]));
function sameClaim(a: Claim, b: Claim): boolean {
  return (
    Object.is(a.lo, b.lo) &&
    Object.is(a.hi, b.hi) &&
    Object.is(a.value, b.value) &&
    a.range === b.range &&
    a.hypothetical === b.hypothetical &&
    a.sentence === b.sentence &&
    sameList(a.words, b.words) &&
    sameList(a.names, b.names) &&
    sameList(a.when, b.when) &&
    sameList(a.where, b.where)
  );
}

/** Combines two partials into a new one (associative and commutative up to {@link finish}'s ordering). */
export function mergePartials(a: PartialSummary, b: PartialSummary): PartialSummary {
  return absorb(absorb(emptyPartial(), a), b);
}

const union = (into: Set<string>, more: Iterable<string>) => {
  for (const x of more) into.add(x);
};
const addCounts = (into: Map<string, number>, more: Map<string, number>) => {
  for (const [k, n] of more) bump(into, k, n);
};

/**
 * Adds `src` into `into` and returns `into`. The accumulator of a streaming run: it copies what
 * it takes over, so `src` stays as it was.
 */
export function absorb(into: PartialSummary, src: PartialSummary): PartialSummary {
  if (src.words) throw new Error('absorb: a packed share (packShare) must go through shareStrings first');
  pushAll(into.ids, src.ids);
  pushAll(into.failed, src.failed);
  for (const [k, v] of src.places) {
    let e = into.places.get(k);
    if (!e) into.places.set(k, (e = { name: v.name, country: v.country, kind: v.kind, coords: new Map(), mentions: 0, docs: noDocs() }));
    e.mentions += v.mentions;
    addCounts(e.coords, v.coords);
    addDocs(e.docs, v.docs);
  }
  for (const [k, v] of src.speakers) {
    let e = into.speakers.get(k);
    if (!e) into.speakers.set(k, (e = { names: new Map(), titles: new Map(), quotes: 0, docs: noDocs(), said: [] }));
    addSpeaker(e, v);
  }
  for (const [k, v] of src.timeline) {
    let e = into.timeline.get(k);
    if (!e) into.timeline.set(k, (e = { count: 0, docs: noDocs(), mentions: [] }));
    e.count += v.count;
    addDocs(e.docs, v.docs);
    addMentions(e.mentions, v.mentions);
  }
  for (const [about, group] of src.figures) {
    let g = into.figures.get(about);
    if (!g) into.figures.set(about, (g = emptyFigure(group.measure)));
    addCounts(g.nouns, group.nouns);
    addCounts(g.qualifiers, group.qualifiers);
    addCounts(g.events, group.events);
    addReporters(g, group.reporters);
    g.measure ||= group.measure;
    for (const [k, v] of group.values) {
      let e = g.values.get(k);
      if (!e) g.values.set(k, (e = { value: v.value, ...(v.unit ? { unit: v.unit } : {}), approximate: v.approximate, bound: v.bound, count: 0, docs: noDocs(), sources: new Set(), mentions: [] }));
      e.count += v.count;
      addDocs(e.docs, v.docs);
      union(e.sources, v.sources);
      addMentions(e.mentions, v.mentions, FIGURE_MENTION_LIMIT);
    }
  }
  return into;
}

const byMention = (x: Mention, y: Mention) => cmp(x.doc, y.doc) || x.start - y.start || x.end - y.end;
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The most frequent string (ties: the first in sorted order), or null. */
function mostCommon(counts: Map<string, number>): string | null {
  let best: string | null = null;
  for (const [x, n] of [...counts].sort((p, q) => cmp(p[0], q[0]))) if (best === null || n > counts.get(best)!) best = x;
  return best;
}

/** One speaker's share of a partial summary: the names its mentions give, with counts. */
interface SpeakerEntry {
  names: Map<string, number>;
  titles: Map<string, number>;
  quotes: number;
  docs: DocList;
  said: Mention[];
}

function addSpeaker(into: SpeakerEntry, v: SpeakerEntry): void {
  addCounts(into.names, v.names);
  addCounts(into.titles, v.titles);
  into.quotes += v.quotes;
  addDocs(into.docs, v.docs);
  addMentions(into.said, v.said);
}

/**
 * Speakers with a one-word identity ("okafor": a document that names only "Mr Okafor") folded
 * into the one speaker whose identity ends in that word ("daniel-okafor"); left alone when no
 * such speaker or several ("daniel-okafor", "grace-okafor") exist. A copy; the partial is unchanged.
 */
function foldSurnames(speakers: ReadonlyMap<string, SpeakerEntry>): Map<string, SpeakerEntry> {
  const bySurname = new Map<string, string[]>();
  for (const id of speakers.keys()) {
    const dash = id.lastIndexOf('-');
    if (dash < 0) continue;
    const surname = id.slice(dash + 1);
    const list = bySurname.get(surname);
    if (list) list.push(id);
    else bySurname.set(surname, [id]);
  }
  const out = new Map<string, SpeakerEntry>();
  const copy = (e: SpeakerEntry): SpeakerEntry => ({ names: new Map(e.names), titles: new Map(e.titles), quotes: e.quotes, docs: { count: e.docs.count, ids: new Set(e.docs.ids) }, said: [...e.said] });
  for (const [id, e] of speakers) if (id.includes('-') || bySurname.get(id)?.length !== 1) out.set(id, copy(e));
  for (const [id, e] of speakers) {
    const into = !id.includes('-') && bySurname.get(id)?.length === 1 ? out.get(bySurname.get(id)![0]!) : undefined;
    if (into) addSpeaker(into, e);
  }
  return out;
}

/** The name to show for a speaker: the one with the most words, then the most mentions, then the first in order. */
function fullestName(names: ReadonlyMap<string, number>): string {
  let best = '';
  let bestWords = -1;
  let bestCount = -1;
  for (const [n, count] of [...names].sort((a, b) => cmp(a[0], b[0]))) {
    const words = n.split(/\s+/).length;
    if (words > bestWords || (words === bestWords && count > bestCount)) [best, bestWords, bestCount] = [n, words, count];
  }
  return best;
}

/** The canonical, sorted summary of a partial. */
export function finish(p: PartialSummary): Summary {
  const places = [...p.places.values()]
    .map((e) => ({ name: e.name, country: e.country, kind: e.kind, ...coordinates(mostCommon(e.coords)), mentions: e.mentions, documentCount: e.docs.count, documents: firstDocs(e.docs) }))
    .sort((x, y) => y.mentions - x.mentions || cmp(x.name, y.name) || cmp(x.country ?? '', y.country ?? ''));
  const speakers = [...foldSurnames(p.speakers)]
    .map(([id, e]) => {
      const name = fullestName(e.names);
      const aliases = [...e.names.keys()].filter((n) => n !== name).sort(cmp);
      return { name, id, aliases, title: mostCommon(e.titles), quotes: e.quotes, documentCount: e.docs.count, documents: firstDocs(e.docs), said: firstMentions(e.said) };
    })
    .sort((x, y) => y.quotes - x.quotes || cmp(x.name, y.name));
  const timeline = [...p.timeline]
    .map(([value, e]) => ({ value, count: e.count, documentCount: e.docs.count, documents: firstDocs(e.docs), mentions: firstMentions(e.mentions) }))
    .sort((x, y) => cmp(timexSortKey(x.value), timexSortKey(y.value)) || cmp(x.value, y.value));
  const common = commonStoryItems(p);
  const figures = [...p.figures]
    .map(([key, group]) => {
      const values = [...group.values.values()]
        .map((v) => ({
          value: v.value,
          ...(v.unit ? { unit: v.unit } : {}),
          approximate: v.approximate,
          bound: v.bound,
          count: v.count,
          documentCount: v.docs.count,
          documents: firstDocs(v.docs),
          sources: distinctSources(v.sources),
          mentions: firstMentions(v.mentions, FIGURE_MENTION_LIMIT),
        }))
        .sort((x, y) => cmp(x.unit ?? '', y.unit ?? '') || x.value - y.value || Number(x.approximate) - Number(y.approximate) || cmp(x.bound ?? '', y.bound ?? ''));
      const qualifier = mostCommon(group.qualifiers);
      const event = mostCommon(group.events);
      const about = [qualifier, mostCommon(group.nouns), event].filter(Boolean).join(' ');
      const reporters = [...group.reporters].sort((a, b) => cmp(a[0], b[0])).slice(0, REPORTER_LIMIT).map(([, r]) => r);
      const compared = !group.measure || qualifier !== null || event !== null;
      return { key, figure: { about, disagreement: compared && disagree(reporters, common, group.measure), values } };
    })
    .sort((x, y) => Number(y.figure.disagreement) - Number(x.figure.disagreement) || cmp(x.figure.about, y.figure.about) || cmp(x.key, y.key))
    .map((f) => f.figure);
  return {
    documents: {
      count: p.ids.length,
      ids: [...p.ids].sort(cmp),
      failed: [...p.failed].sort((x, y) => cmp(x.source, y.source) || cmp(x.message, y.message)),
    },
    places,
    speakers,
    timeline,
    figures,
  };
}

/**
 * The story items (storyOf) that too many of the run's documents name to tell stories apart
 * (compare.ts commonItem): places, speakers and days, counted from the summary's own tallies.
 */
function commonStoryItems(p: PartialSummary): Set<string> {
  const total = p.ids.length;
  const common = new Set<string>();
  for (const e of p.places.values()) if (commonItem(e.docs.count, total)) common.add(placeItem(e));
  for (const [id, e] of p.speakers) if (commonItem(e.docs.count, total)) common.add(speakerItem(id));
  for (const [value, e] of p.timeline) if (/^\d{4}-\d{2}-\d{2}$/.test(value) && commonItem(e.docs.count, total)) common.add(dayItem(value));
  return common;
}

/** The summary of a set of documents (and of inputs that failed). */
export function summarize(docs: Iterable<DocResult>, failed: readonly FailedInput[] = []): Summary {
  const p = emptyPartial();
  for (const d of docs) absorb(p, contribution(d));
  for (const f of failed) absorb(p, failure(f));
  return finish(p);
}

/**
 * A key that sorts TIMEX3 values by the day they start on: `2024-W43` sorts as its Monday,
 * `2024-10` as its first day, `199X` as 1990. Unknown years (`XXXX-…`) sort last.
 */
export function timexSortKey(value: string): string {
  const week = /^(\d{4})-W(\d{2})/.exec(value);
  if (week) {
    const y = +week[1]!;
    const jan4 = Date.UTC(y, 0, 4);
    const mondayW1 = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * 86400000);
    return new Date(mondayW1 + (+week[2]! - 1) * 7 * 86400000).toISOString().slice(0, 10);
  }
  // A decade ("199", or "199X" as older outputs wrote it) and a century ("19") start at their first year.
  const decade = /^(\d{3})X?$/.exec(value);
  if (decade) return `${decade[1]}0`;
  if (/^\d{2}$/.test(value)) return `${value}00`;
  if (/^\d{4}/.test(value)) return value;
  return `~${value}`;
}
