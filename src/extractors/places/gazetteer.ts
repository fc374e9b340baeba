/**
 * The places gazetteer as a token trie: loads place-gazetteer.tsv, place-ambiguous.tsv and
 * place-modifier-areas.tsv (hand-made) and place-geonames.tsv (GeoNames cities, built by
 * scripts/build-gazetteer.mjs) once, splits every mention into the same tokens the scanner makes of
 * the text, and derives the region bases ("Varnsk" from "Varnsk Oblast") that take a suffix ("Varnsk region").
 *
 * The hand-made entries keep priority and their canonical names: a GeoNames city adds a mention
 * only where no hand-made mention or region base has that form; one with the name (accents aside)
 * and country of a hand-made city lends it its GeoNames id and coordinates. Several GeoNames
 * cities of one name are kept most populous first (the resolver's last tie-break).
 */
import { checkCountryCode, loadOrBuild, readList, readTable } from '../../lexicon.js';
import { readGeonames, type GeoIndex } from './geonames.js';
import type { PlaceKind } from '../../types.js';

/** One reading of a mention. */
export interface PlaceEntry {
  name: string;
  country: string | null;
  kind: PlaceKind;
  /** True for entries from place-ambiguous.tsv, which need context. */
  ambiguous: boolean;
  /** True for national capitals: their bare name stays the city beside "<name> region". */
  capital: boolean;
  /** True for ambiguous names that are also given names or surnames (and GeoNames cities that are common words): they need a strong place cue. */
  person: boolean;
  /** True for entries from place-modifier-areas.tsv, places only before a head noun ("Euro-Atlantic security"). */
  modifier: boolean;
  /** True for cities only GeoNames has (not in the hand-made files): a surname use elsewhere in the document, or a score after them, outweighs them. */
  geonames?: boolean;
  /** GeoNames id and coordinates (degrees), where the data has them. */
  geonameId?: number;
  lat?: number;
  lon?: number;
}

/** A token of text: a dotted initialism ("U.S."), a run of letters, of digits, or one other character. */
export interface Token {
  start: number;
  end: number;
  /** The token as written, with curly apostrophes made straight. */
  text: string;
  /** True when whitespace (no line break) separates it from the token before. */
  spaced: boolean;
  /** True when anything other than 1-3 spaces or nothing separates it from the token before. */
  broken: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries?: PlaceEntry[];
  /** The region this node's mention names when a suffix follows ("Varnsk" + "region"). */
  base?: PlaceEntry;
  /** True when a hand-made file has this mention: GeoNames adds no reading to it. */
  curated?: boolean;
}

/** A gazetteer hit: the end token (exclusive), its readings, and the region it is a base of. */
export interface Match {
  end: number;
  entries: PlaceEntry[];
  base: PlaceEntry | null;
}

export interface Gazetteer {
  root: TrieNode;
  /** The GeoNames cities, added to the trie a first word at a time (addGeonames). */
  geo: GeoIndex;
  /** First words whose GeoNames cities are in the trie. */
  heads: Set<string>;
  /** First words of the hand-made mentions (kept as written when upper-case text is folded: "UK"). */
  curatedHeads: Set<string>;
  /** Hand-made cities by accent-free name and country. */
  curatedCities: Map<string, PlaceEntry[]>;
  /** Suffixes that make a base a region, lower-cased ("region", "oblast"). */
  regionSuffixes: Set<string>;
}

const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}]+|\p{N}+|[^\s\p{L}\p{N}]/gu;
const GAP_OK = /^[ \u00a0]{0,3}$/;
const KINDS = new Set<string>(['country', 'region', 'city', 'area', 'water']);
/** Lower-case connectors inside names, matched whatever their case ("the Hague", "Isle Of Man"). */
const CONNECTORS = new Set(['the', 'of', 'and', 'de', 'd', 'del', 'la', 'el', 'al', 'du', 'da', 'on', 'es']);
/** Ends of region names that the base drops: "Varnsk Oblast" -> "Varnsk". */
const REGION_NAME_END = /\s(?:Oblast|Krai|Province|Region|State|Governorate|Prefecture|Autonomous Okrug)$/i;

/** The tokens of `text`, with offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    const gap = text.slice(prevEnd, m.index);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0].replace(/’/g, "'"),
      spaced: gap.length > 0,
      broken: out.length > 0 && !GAP_OK.test(gap),
    });
    prevEnd = m.index + m[0].length;
  }
  return out;
}

/** The trie key of a token: connectors fold case; the spacing before it is part of the key. */
export function tokenKey(tok: Pick<Token, 'text' | 'spaced'>, first: boolean): string {
  const t = CONNECTORS.has(tok.text.toLowerCase()) && !first ? tok.text.toLowerCase() : tok.text;
  return first ? t : (tok.spaced ? ' ' : '') + t;
}

function nodeFor(root: TrieNode, mention: string): TrieNode {
  let node = root;
  tokenize(mention).forEach((tok, i) => {
    const key = tokenKey(tok, i === 0);
    let child = node.next.get(key);
    if (!child) {
      child = { next: new Map() };
      node.next.set(key, child);
    }
    node = child;
  });
  return node;
}

/** A name with its accents dropped, to match "Zürich" to a hand-made "Zurich". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
/** A name of one token (most cities): its trie key is the name itself. */
const ONE_TOKEN = /^[\p{L}\p{M}]+$/u;
/**
 * GeoNames-only cities below this population (national capitals aside) need
 * place context, as ambiguous names do: small towns share their names with teams, firms and people.
 */
export const MIN_UNCUED_POPULATION = 100_000;

/**
 * Adds the GeoNames cities whose name begins with `head` (once per head): a name that a hand-made
 * mention or region base already has adds nothing; the accent-free twin of a hand-made city
 * ("Zürich" for "Zurich") reads as that city; any other is a new reading, most populous first.
 */
function addGeonames(g: Gazetteer, head: string): void {
  if (g.heads.has(head)) return;
  g.heads.add(head);
  for (const city of g.geo.headed(head)) {
    const { name, country } = city;
    const node = ONE_TOKEN.test(name) ? (g.root.next.get(name) ?? nodeFor(g.root, name)) : nodeFor(g.root, name);
    if (node.curated || node.base) continue;
    const same = g.curatedCities.get(`${fold(name)}\t${country}`);
    if (same) {
      if (!node.entries?.includes(same[0]!)) (node.entries ??= []).push(same[0]!);
      continue;
    }
    (node.entries ??= []).push({
      name,
      country,
      kind: 'city',
      ambiguous: city.ambiguous !== '' || (city.feature !== 'PPLC' && city.population < MIN_UNCUED_POPULATION),
      capital: city.feature === 'PPLC',
      // A common word or a name: a strong place cue ("in Sale", "near Chandler"), not "of" or "to".
      person: city.ambiguous !== '',
      modifier: false,
      geonames: true,
      geonameId: city.geonameId,
      lat: city.lat,
      lon: city.lon,
    });
  }
}

/** A hand-made city takes the id and coordinates of the most populous GeoNames city of its name (or mention) and country. */
function lendCoordinates(geo: GeoIndex, cities: ReadonlyArray<[string, PlaceEntry]>): void {
  for (const [mention, e] of cities) {
    if (e.geonameId !== undefined) continue;
    const city = [...geo.named(e.name), ...geo.named(mention)].find((c) => c.country === e.country);
    if (city) Object.assign(e, { geonameId: city.geonameId, lat: city.lat, lon: city.lon });
  }
}

function validate(row: Record<string, string>): string | null {
  if (!KINDS.has(row.kind!)) return `unknown kind "${row.kind}"`;
  if (!row.mention || !row.name) return 'empty mention or name';
  return checkCountryCode(row.country!);
}

let cached: Gazetteer | null = null;

/** The part of the gazetteer made from the hand-made files (plain data: the build stores it prebuilt). */
type Curated = Pick<Gazetteer, 'root' | 'curatedHeads' | 'curatedCities' | 'regionSuffixes'>;

/** The gazetteer, built once per process. */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const geo = readGeonames();
  cached = { ...loadOrBuild('gazetteer', () => buildCurated(geo)), geo, heads: new Set() };
  return cached;
}

function buildCurated(geo: GeoIndex): Curated {
  const root: TrieNode = { next: new Map() };
  const cols = ['mention', 'name', 'country', 'kind'] as const;
  const files = [
    ['place-gazetteer.tsv', false, false],
    ['place-ambiguous.tsv', true, false],
    ['place-modifier-areas.tsv', false, true],
  ] as const;
  const curatedCities = new Map<string, PlaceEntry[]>();
  const cities: Array<[string, PlaceEntry]> = [];
  for (const [file, ambiguous, modifier] of files) {
    for (const row of readTable(file, cols, validate)) {
      const entry: PlaceEntry = {
        name: row.name!,
        country: row.country || null,
        kind: row.kind as PlaceKind,
        ambiguous,
        capital: row.capital === 'yes',
        person: row.person === 'yes',
        modifier,
      };
      const node = nodeFor(root, row.mention!);
      node.curated = true;
      (node.entries ??= []).push(entry);
      if (entry.kind === 'city' && entry.country) {
        const key = `${fold(entry.name)}\t${entry.country}`;
        const same = curatedCities.get(key);
        if (same) same.push(entry);
        else curatedCities.set(key, [entry]);
        cities.push([row.mention!, entry]);
      }
      if (entry.kind === 'region' && !ambiguous && !modifier) {
        const node = nodeFor(root, row.mention!.replace(REGION_NAME_END, ''));
        node.base ??= entry;
      }
    }
  }
  lendCoordinates(geo, cities);
  return {
    root,
    curatedHeads: new Set(root.next.keys()),
    curatedCities,
    regionSuffixes: new Set(readList('place-region-suffixes.txt').map((w) => w.toLowerCase())),
  };
}

/** The longest mention or region base starting at token `i`: its end token (exclusive) and readings. */
export function longestMatch(g: Gazetteer, toks: readonly Token[], i: number): Match | null {
  addGeonames(g, toks[i]!.text);
  let node: TrieNode | undefined = g.root;
  let best: Match | null = null;
  for (let j = i; j < toks.length && node; j++) {
    if (j > i && toks[j]!.broken) break;
    node = node.next.get(tokenKey(toks[j]!, j === i));
    if (node && (node.entries || node.base)) best = { end: j + 1, entries: node.entries ?? [], base: node.base ?? null };
  }
  return best;
}
