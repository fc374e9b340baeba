/**
 * places: named geographic places (countries and territories with their aliases, first-level
 * regions, cities, named multi-country areas and waters), each with a canonical GeoNames-style
 * name, an ISO alpha-2 country (null for areas spanning countries) and a kind.
 *
 * Leaves out: demonyms and adjectives ("Russian", "South Korean"), organisations and buildings
 * ("Pentagon", "Korea Herald", "Bank of Korea"), names used as persons ("Lloyd Austin"), names
 * inside titles of works ("the US Election Countdown newsletter"), lower-case common words.
 * Metonymy ("Kyiv has warned") and datelines ("Washington/Brussels:") are places.
 *
 * Rule order:
 * 1. gazetteer scan: longest mention of the token trie at each capitalised token.
 * 2. region suffix: a region base plus "region"/"Oblast"/"province" is the region.
 * 3. filters: work titles, organisation names, person titles, person names (compromise).
 * 4. ambiguous names (place-ambiguous.tsv) only with place context.
 * 5. readings: a bare base is the region when the document names "<base> region"; several
 *    readings go to the country the document's other places point to.
 */
import type { RunContext } from '../context.js';
import type { Doc } from '../document.js';
import { ExtractError } from '../errors.js';
import { alternation, readList } from '../lexicon.js';
import type { PlaceFact } from '../types.js';
import type { Extractor } from './extractor.js';
import { gazetteer, longestMatch, tokenize, type PlaceEntry, type Token } from './places/gazetteer.js';

interface Candidate {
  start: number;
  end: number;
  /** First and one-past-last token. */
  from: number;
  to: number;
  entries: PlaceEntry[];
  base: PlaceEntry | null;
  /** The chosen reading, once there is one. */
  entry: PlaceEntry | null;
  rule: string;
}

interface Patterns {
  titleBefore: RegExp;
  orgAfter: RegExp;
  orgOfBefore: RegExp;
  contextBefore: RegExp;
  workNouns: Set<string>;
}

const SAID_AFTER = /^\s{1,3}(?:said|says|told|added|wrote|noted|argued|stated|explained|insisted)\b/;
/** A separator between two listed places: ", ", " and ", ", or ". */
const LIST_SEPARATOR = /^(?:,\s{0,3}|\s{1,3}(?:and|or)\s{1,3}|,\s{1,3}(?:and|or)\s{1,3})$/;
const CAPITALISED = /^(?:\p{Lu}|(?:\p{L}\.){2,})/u;
const LOOK_BEHIND = 30;
/** How far a title run is followed either side of a place (bounds the work on long capitalised runs). */
const MAX_TITLE_WORDS = 12;

let PATTERNS: Patterns | null = null;

/** Regexes generated from the data lists, compiled once. */
function patterns(): Patterns {
  if (PATTERNS) return PATTERNS;
  const orgs = alternation(readList('place-org-heads.txt'));
  PATTERNS = {
    titleBefore: new RegExp(`(?:^|[^\\p{L}.])(?:${alternation(readList('place-person-titles.txt'))})\\s{1,3}$`, 'u'),
    orgAfter: new RegExp(`^\\s{1,3}(?:${orgs})(?![\\p{L}])`, 'u'),
    orgOfBefore: new RegExp(`(?:^|[^\\p{L}])(?:${orgs})\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?$`, 'u'),
    contextBefore: new RegExp(
      `(?:^|[^\\p{L}])(?:${alternation(readList('place-context-words.txt'))})\\s{1,3}(?:the\\s{1,3})?$`,
      'iu',
    ),
    workNouns: new Set(readList('place-work-nouns.txt')),
  };
  return PATTERNS;
}

/** Rules 1-2: every gazetteer mention, longest first, with a region suffix when one follows. */
function scanGazetteer(toks: readonly Token[]): Candidate[] {
  const g = gazetteer();
  const out: Candidate[] = [];
  let i = 0;
  while (i < toks.length) {
    const tok = toks[i]!;
    const m = CAPITALISED.test(tok.text) ? longestMatch(g, toks, i) : null;
    if (!m) {
      i++;
      continue;
    }
    const next = toks[m.end];
    // "Kursk region", "Sumy oblast", "Washington state": the base plus its suffix is the region.
    if (m.base && next && next.spaced && !next.broken && g.regionSuffixes.has(next.text.toLowerCase())) {
      out.push({ start: tok.start, end: next.end, from: i, to: m.end + 1, entries: [m.base], base: m.base, entry: m.base, rule: 'place/region-suffix' });
      i = m.end + 1;
      continue;
    }
    // "Sverdlovsk" alone: a base with no other reading is the region.
    const entries = m.entries.length > 0 ? m.entries : [m.base!];
    const rule = m.entries.length > 0 ? 'place/gazetteer' : 'place/region-base';
    out.push({ start: tok.start, end: toks[m.end - 1]!.end, from: i, to: m.end, entries, base: m.base, entry: null, rule });
    i = m.end;
  }
  return out;
}

/** Rule 3a: inside a run of 3+ capitalised words ending in "newsletter", "podcast"… */
function inWorkTitle(c: Candidate, toks: readonly Token[], p: Patterns): boolean {
  let a = c.from;
  while (a > 0 && c.from - a < MAX_TITLE_WORDS && toks[a]!.spaced && !toks[a]!.broken && CAPITALISED.test(toks[a - 1]!.text)) a--;
  let b = c.to;
  while (b < toks.length && b - c.to < MAX_TITLE_WORDS && toks[b]!.spaced && !toks[b]!.broken && CAPITALISED.test(toks[b]!.text)) b++;
  const after = toks[b];
  return b - a >= 3 && !!after && after.spaced && p.workNouns.has(after.text);
}

/** Words of the multi-word person names compromise finds: inside spans, and surnames. */
interface People {
  spans: Array<{ start: number; end: number }>;
  surnames: Set<string>;
  words: Set<string>;
}

function findPeople(doc: Doc): People {
  const spans = doc.people().filter((p) => /\s/.test(p.text.trim()));
  const surnames = new Set<string>();
  const words = new Set<string>();
  for (const p of spans) {
    const parts = p.text.trim().split(/\s+/);
    surnames.add(parts[parts.length - 1]!.replace(/['’]s$/, ''));
    for (const w of parts) words.add(w.replace(/['’]s$/, ''));
  }
  return { spans, surnames, words };
}

/** The last span (sorted by start, non-overlapping) that starts at or before `offset`. */
function spanBefore<S extends { start: number }>(spans: readonly S[], offset: number): S | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  let found: S | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) {
      found = spans[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Rule 3c-d: the name is a person ("President Jordan", "Lloyd Austin", later "Austin"). */
function isPerson(c: Candidate, doc: Doc, people: () => People, p: Patterns): boolean {
  const text = doc.text;
  if (p.titleBefore.test(text.slice(Math.max(0, c.start - LOOK_BEHIND), c.start))) return true;
  if (c.to - c.from > 1 || c.rule === 'place/region-suffix') return false;
  const ps = people();
  const s = spanBefore(ps.spans, c.start);
  if (s && c.end <= s.end && s.end - s.start > c.end - c.start) return true;
  const mention = text.slice(c.start, c.end);
  const ambiguous = c.entries.every((e) => e.ambiguous);
  if (ambiguous && (ps.words.has(mention) || SAID_AFTER.test(text.slice(c.end, c.end + 20)))) return true;
  return c.entries.every((e) => e.kind === 'city') && ps.surnames.has(mention);
}

/** Rule 3b: part of an organisation's or outlet's name ("Korea Herald", "Bank of Korea"). */
function isOrganisation(c: Candidate, text: string, p: Patterns): boolean {
  if (p.orgAfter.test(text.slice(c.end, c.end + 20))) return true;
  return p.orgOfBefore.test(text.slice(Math.max(0, c.start - LOOK_BEHIND), c.start));
}

/** Rule 4: an ambiguous name needs a place word before it or a listed place beside it. */
function hasPlaceContext(c: Candidate, kept: readonly Candidate[], k: number, text: string, p: Patterns): boolean {
  if (p.contextBefore.test(text.slice(Math.max(0, c.start - LOOK_BEHIND), c.start))) return true;
  const isPlace = (o: Candidate | undefined) => !!o && !o.entries.every((e) => e.ambiguous);
  const prev = kept[k - 1];
  if (isPlace(prev) && LIST_SEPARATOR.test(text.slice(prev!.end, c.start))) return true;
  const next = kept[k + 1];
  return isPlace(next) && LIST_SEPARATOR.test(text.slice(c.end, next!.start));
}

/** Rule 5: pick a reading for every candidate. */
function choose(cands: readonly Candidate[]): Candidate[] {
  const regionBases = new Set(cands.filter((c) => c.rule === 'place/region-suffix').map((c) => c.base!.name));
  const votes = new Map<string, number>();
  for (const c of cands) {
    const e = c.entries.length === 1 ? c.entries[0]! : null;
    if (e?.country) votes.set(e.country, (votes.get(e.country) ?? 0) + 1);
  }
  return cands.map((c) => {
    if (c.entry) return c;
    const first = c.entries[0]!;
    // "Kursk" in a text that says "the Kursk region" is the region, unless it is a capital.
    if (c.base && regionBases.has(c.base.name) && !c.entries.some((e) => e.capital)) {
      return { ...c, entry: c.base, rule: 'place/region-context' };
    }
    if (c.entries.length === 1) return { ...c, entry: first };
    // "Georgia" beside Atlanta is the state; beside Tbilisi the country.
    const best = c.entries.reduce((a, e) => ((votes.get(e.country ?? '') ?? 0) > (votes.get(a.country ?? '') ?? 0) ? e : a), first);
    return { ...c, entry: best, rule: c.rule === 'place/gazetteer' ? 'place/country-vote' : c.rule };
  });
}

function findPlaces(doc: Doc, ctx: RunContext): PlaceFact[] {
  const text = doc.text;
  const toks = tokenize(text);
  const p = patterns();
  let people: People | null = null;
  const getPeople = () => (people ??= findPeople(doc));
  const kept: Candidate[] = [];
  for (const c of scanGazetteer(toks)) {
    const what = text.slice(c.start, c.end);
    if (inWorkTitle(c, toks, p)) ctx.trace(`places: dropped "${what}"@${c.start}: inside the title of a work`);
    else if (isOrganisation(c, text, p)) ctx.trace(`places: dropped "${what}"@${c.start}: part of an organisation's name`);
    else if (isPerson(c, doc, getPeople, p)) ctx.trace(`places: dropped "${what}"@${c.start}: a person's name`);
    else kept.push(c);
  }
  const placed = kept.filter((c, k) => {
    if (!c.entries.every((e) => e.ambiguous) || hasPlaceContext(c, kept, k, text, p)) return true;
    ctx.trace(`places: dropped "${text.slice(c.start, c.end)}"@${c.start}: ambiguous name without place context`);
    return false;
  });
  return choose(placed).map((c) => ({
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    rule: c.entries.every((e) => e.ambiguous) && c.rule === 'place/gazetteer' ? 'place/ambiguous-context' : c.rule,
    name: c.entry!.name,
    country: c.entry!.country,
    kind: c.entry!.kind,
  }));
}

/** Finds named places through the gazetteer in src/data/place-*.tsv; see the header for the rules. */
export const placesExtractor: Extractor<PlaceFact> = {
  kind: 'places',
  extract(doc, ctx) {
    try {
      return findPlaces(doc, ctx);
    } catch (err) {
      if (err instanceof ExtractError) throw err; // a broken data file, not odd text
      ctx.trace(`places: gave up on this document: ${String(err)}`);
      return [];
    }
  },
};
