/**
 * The places gazetteer as a token trie: loads place-gazetteer.tsv, place-ambiguous.tsv and
 * place-modifier-areas.tsv once, splits every mention into the same tokens the scanner makes of the
 * text, and derives the region bases ("Varnsk" from "Varnsk Oblast") that take a suffix ("Varnsk region").
 */
import { checkCountryCode, readList, readTable } from '../../lexicon.js';
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
  /** True for ambiguous names that are also given names or surnames: they need a strong place cue. */
  person: boolean;
  /** True for entries from place-modifier-areas.tsv, places only before a head noun ("Euro-Atlantic security"). */
  modifier: boolean;
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
}

/** A gazetteer hit: the end token (exclusive), its readings, and the region it is a base of. */
export interface Match {
  end: number;
  entries: PlaceEntry[];
  base: PlaceEntry | null;
}

export interface Gazetteer {
  root: TrieNode;
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

function validate(row: Record<string, string>): string | null {
  if (!KINDS.has(row.kind!)) return `unknown kind "${row.kind}"`;
  if (!row.mention || !row.name) return 'empty mention or name';
  return checkCountryCode(row.country!);
}

let cached: Gazetteer | null = null;

/** The gazetteer, built once per process. */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const root: TrieNode = { next: new Map() };
  const cols = ['mention', 'name', 'country', 'kind'] as const;
  const files = [
    ['place-gazetteer.tsv', false, false],
    ['place-ambiguous.tsv', true, false],
    ['place-modifier-areas.tsv', false, true],
  ] as const;
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
      (nodeFor(root, row.mention!).entries ??= []).push(entry);
      if (entry.kind === 'region' && !ambiguous && !modifier) {
        const node = nodeFor(root, row.mention!.replace(REGION_NAME_END, ''));
        node.base ??= entry;
      }
    }
  }
  cached = { root, regionSuffixes: new Set(readList('place-region-suffixes.txt').map((w) => w.toLowerCase())) };
  return cached;
}

/** The longest mention or region base starting at token `i`: its end token (exclusive) and readings. */
export function longestMatch(g: Gazetteer, toks: readonly Token[], i: number): Match | null {
  let node: TrieNode | undefined = g.root;
  let best: Match | null = null;
  for (let j = i; j < toks.length && node; j++) {
    if (j > i && toks[j]!.broken) break;
    node = node.next.get(tokenKey(toks[j]!, j === i));
    if (node && (node.entries || node.base)) best = { end: j + 1, entries: node.entries ?? [], base: node.base ?? null };
  }
  return best;
}
