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
import { distinctSources, figureGroup } from './figures.js';

export { figureKey } from './figures.js';

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
  mentions: number;
  documents: string[];
}

export interface SummarySpeaker {
  name: string;
  title: string | null;
  quotes: number;
  documents: string[];
  said: Mention[];
}

export interface SummaryDate {
  value: string;
  documents: string[];
  mentions: Mention[];
}

/** A figure's mention, with its sentence and source when the document's text was given. */
export interface FigureMention extends Mention {
  /** The sentence it is in, whitespace collapsed, at most ~300 characters. */
  sentence?: string;
  /** Who the sentence says gives the figure ("South Korean intelligence"), or null. */
  source?: string | null;
}

export interface FigureValue {
  value: number;
  approximate: boolean;
  bound: 'min' | 'max' | null;
  documents: string[];
  /** The distinct sources named for this value, sorted. */
  sources: string[];
  mentions: FigureMention[];
}

export interface SummaryFigure {
  /** What the numbers count: the qualifier as written and the counted noun ("North Korean troops", "km"). */
  about: string;
  /**
   * True when the documents report different values for it. A group of a measure (km, percent,
   * USD, year) is one only when its numbers share a qualifier: two distances are rarely one claim.
   */
  disagreement: boolean;
  values: FigureValue[];
}

interface PartialFigureValue {
  value: number;
  approximate: boolean;
  bound: 'min' | 'max' | null;
  mentions: FigureMention[];
}

/** One figure group of a partial: its values, and the names it was written with (counted, for a stable choice). */
export interface PartialFigure {
  nouns: string[];
  qualifiers: string[];
  measure: boolean;
  values: Map<string, PartialFigureValue>;
}

export interface Summary {
  documents: { count: number; ids: string[]; failed: FailedInput[] };
  places: SummaryPlace[];
  speakers: SummarySpeaker[];
  timeline: SummaryDate[];
  figures: SummaryFigure[];
}

/** The associative intermediate form: maps keyed by what groups facts. */
export interface PartialSummary {
  ids: string[];
  failed: FailedInput[];
  places: Map<string, { name: string; country: string | null; kind: PlaceKind; mentions: Mention[] }>;
  speakers: Map<string, { name: string; titles: string[]; said: Mention[] }>;
  timeline: Map<string, Mention[]>;
  figures: Map<string, PartialFigure>;
}

export function emptyPartial(): PartialSummary {
  return { ids: [], failed: [], places: new Map(), speakers: new Map(), timeline: new Map(), figures: new Map() };
}

const mention = (doc: string, f: { start: number; end: number; text: string }): Mention => ({ doc, start: f.start, end: f.end, text: f.text });

/**
 * One document's share of the summary. Figure mentions carry the sentence and source the
 * pipeline gave each number (refiners/number-sources.ts), so results alone rebuild the summary.
 */
export function contribution(doc: DocResult): PartialSummary {
  const p = emptyPartial();
  p.ids.push(doc.id);
  for (const f of doc.places) {
    const key = `${f.name}\u0000${f.country ?? ''}`;
    const e = p.places.get(key) ?? { name: f.name, country: f.country, kind: f.kind, mentions: [] };
    e.mentions.push(mention(doc.id, f));
    p.places.set(key, e);
  }
  for (const q of doc.quotes) {
    if (!q.speaker) continue;
    const e = p.speakers.get(q.speaker.name) ?? { name: q.speaker.name, titles: [], said: [] };
    if (q.speaker.title) e.titles.push(q.speaker.title);
    e.said.push(mention(doc.id, q));
    p.speakers.set(q.speaker.name, e);
  }
  for (const d of doc.dates) {
    if (!d.value) continue;
    const list = p.timeline.get(d.value) ?? [];
    list.push(mention(doc.id, d));
    p.timeline.set(d.value, list);
  }
  for (const n of doc.numbers) addFigure(p, doc.id, n);
  return p;
}

function addFigure(p: PartialSummary, doc: string, n: NumberFact): void {
  if (!n.unit || n.ordinal) return;
  const g = figureGroup({ ...n, unit: n.unit });
  const group: PartialFigure = p.figures.get(g.key) ?? { nouns: [], qualifiers: [], measure: g.measure, values: new Map() };
  group.nouns.push(g.noun);
  if (g.qualifier) group.qualifiers.push(g.qualifier);
  group.measure ||= g.measure;
  const key = `${n.value}\u0000${n.approximate}\u0000${n.bound ?? ''}`;
  const e = group.values.get(key) ?? { value: n.value, approximate: n.approximate, bound: n.bound, mentions: [] };
  const m: FigureMention = mention(doc, n);
  if (n.sentence !== undefined) {
    m.sentence = n.sentence;
    m.source = n.source ?? null;
  }
  e.mentions.push(m);
  group.values.set(key, e);
  p.figures.set(g.key, group);
}

/** A failed input's share of the summary. */
export function failure(f: FailedInput): PartialSummary {
  const p = emptyPartial();
  p.failed.push(f);
  return p;
}

/** Combines two partials into a new one (associative and commutative up to {@link finish}'s ordering). */
export function mergePartials(a: PartialSummary, b: PartialSummary): PartialSummary {
  return absorb(absorb(emptyPartial(), a), b);
}

/**
 * Adds `src` into `into` and returns `into`. The accumulator of a streaming run: it copies the
 * mention lists it takes over, so `src` stays as it was.
 */
export function absorb(into: PartialSummary, src: PartialSummary): PartialSummary {
  into.ids.push(...src.ids);
  into.failed.push(...src.failed);
  for (const [k, v] of src.places) {
    const e = into.places.get(k);
    if (e) e.mentions.push(...v.mentions);
    else into.places.set(k, { ...v, mentions: [...v.mentions] });
  }
  for (const [k, v] of src.speakers) {
    const e = into.speakers.get(k);
    if (e) {
      e.titles.push(...v.titles);
      e.said.push(...v.said);
    } else into.speakers.set(k, { name: v.name, titles: [...v.titles], said: [...v.said] });
  }
  for (const [k, v] of src.timeline) {
    const e = into.timeline.get(k);
    if (e) e.push(...v);
    else into.timeline.set(k, [...v]);
  }
  for (const [about, group] of src.figures) {
    let g = into.figures.get(about);
    if (!g) into.figures.set(about, (g = { nouns: [], qualifiers: [], measure: group.measure, values: new Map() }));
    g.nouns.push(...group.nouns);
    g.qualifiers.push(...group.qualifiers);
    g.measure ||= group.measure;
    for (const [k, v] of group.values) {
      const e = g.values.get(k);
      if (e) e.mentions.push(...v.mentions);
      else g.values.set(k, { ...v, mentions: [...v.mentions] });
    }
  }
  return into;
}

const byMention = (x: Mention, y: Mention) => cmp(x.doc, y.doc) || x.start - y.start;
const docsOf = (ms: Mention[]) => [...new Set(ms.map((m) => m.doc))].sort(cmp);
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The most frequent string (ties: the first in sorted order), or null. */
function mostCommon(xs: string[]): string | null {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: string | null = null;
  for (const [x, n] of [...counts].sort((p, q) => cmp(p[0], q[0]))) if (best === null || n > counts.get(best)!) best = x;
  return best;
}

/** The canonical, sorted summary of a partial. */
export function finish(p: PartialSummary): Summary {
  const places = [...p.places.values()]
    .map((e) => ({ name: e.name, country: e.country, kind: e.kind, mentions: e.mentions.length, documents: docsOf(e.mentions) }))
    .sort((x, y) => y.mentions - x.mentions || cmp(x.name, y.name));
  const speakers = [...p.speakers.values()]
    .map((e) => {
      const said = [...e.said].sort(byMention);
      return { name: e.name, title: mostCommon(e.titles), quotes: said.length, documents: docsOf(said), said };
    })
    .sort((x, y) => y.quotes - x.quotes || cmp(x.name, y.name));
  const timeline = [...p.timeline]
    .map(([value, ms]) => ({ value, documents: docsOf(ms), mentions: [...ms].sort(byMention) }))
    .sort((x, y) => cmp(timexSortKey(x.value), timexSortKey(y.value)) || cmp(x.value, y.value));
  const figures = [...p.figures]
    .map(([key, group]) => {
      const values = [...group.values.values()]
        .map((v) => {
          const mentions = [...v.mentions].sort(byMention);
          const sources = distinctSources(mentions.flatMap((m) => (m.source ? [m.source] : [])));
          return { value: v.value, approximate: v.approximate, bound: v.bound, documents: docsOf(mentions), sources, mentions };
        })
        .sort((x, y) => x.value - y.value || Number(x.approximate) - Number(y.approximate) || cmp(x.bound ?? '', y.bound ?? ''));
      const qualifier = mostCommon(group.qualifiers);
      const about = [qualifier, mostCommon(group.nouns)].filter(Boolean).join(' ');
      const differ = new Set(values.map((v) => v.value)).size > 1;
      return { key, figure: { about, disagreement: differ && (!group.measure || qualifier !== null), values } };
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
  const decade = /^(\d{3})X/.exec(value);
  if (decade) return `${decade[1]}0`;
  if (/^\d{4}/.test(value)) return value;
  return `~${value}`;
}
