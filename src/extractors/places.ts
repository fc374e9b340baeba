/**
 * places: named geographic places (countries and territories with their aliases, first-level
 * regions, cities, named multi-country areas and waters), each with a canonical GeoNames-style
 * name, an ISO alpha-2 country (null for areas spanning countries) and a kind.
 *
 * Leaves out: demonyms and adjectives ("Russian", "South Korean"), organisations, clubs and
 * buildings ("Pentagon", "Oslovia Herald", "Bank of Oslovia", "Leeds United", "AC Milan"), names
 * used as persons ("Dana Madison"), names inside titles of works ("the Oslovia Today newsletter"),
 * lower-case common words. Metonymy ("Kyiv has warned") and datelines ("Washington/Brussels:",
 * "LONDON (AP) —") are places.
 *
 * Rule order:
 * 0. "Town, State" pairs ("Carthage, Tenn.", "Paris, Texas"): the town of that name in that US state
 *    or Canadian province (places/towns.ts), and an abbreviated region as a place; the paired name's
 *    other mentions take the town's reading. "Kaufman County", "Rapides Parish": a second-level region
 *    in the country of the document's first-level regions (none when it names none).
 * 1. gazetteer scan: longest mention of the token trie at each capitalised token; upper-case
 *    datelines and headlines are looked up title-cased (places/caps.ts).
 * 2. region suffix: a region base plus "region"/"Oblast"/"province" is the region.
 * 3. filters: modifier areas without their head noun, work titles, organisation and club names,
 *    person titles, person names (compromise; cross-mentions only for ambiguous names and cities
 *    only GeoNames has), and for those cities a score after the name (a team in a results line);
 *    any name in a line the layout reads as a results or fixtures row ("Varnsk 2 Oslo 1").
 * 4. ambiguous names (place-ambiguous.tsv; GeoNames cities that are common words or names, or
 *    small) only with place context (a dateline's place is one); given names need a strong cue.
 * 5. readings: a bare region base is the region when nearby text names "<base> region" (unless a
 *    city cue says otherwise); several readings go to the country the document's places point to.
 */
import type { RunContext } from '../context.js';
import type { Doc } from '../document.js';
import { ExtractError } from '../errors.js';
import { alternation, loadOrBuild, readList, readWordSet } from '../lexicon.js';
import { isFunctionWord, personByLexicon } from '../document.js';
import type { PlaceFact } from '../types.js';
import type { Extractor } from './extractor.js';
import { foldCaps } from './places/caps.js';
import { gazetteer, longestMatch, tokenize, type PlaceEntry, type Token } from './places/gazetteer.js';
import { regionForms, townIn } from './places/towns.js';
import { partitionPoint } from '../search.js';
import { pushAll } from '../arrays.js';

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
  roleBefore: RegExp;
  roleAfter: RegExp;
  orgOfBefore: RegExp;
  clubBefore: RegExp;
  orgWords: Set<string>;
  clubWords: Set<string>;
  contextBefore: RegExp;
  strongBefore: RegExp;
  personBefore: RegExp;
  personAfter: RegExp;
  governmentAfter: RegExp;
  governmentWord: RegExp;
  cityBefore: RegExp;
  cityAfter: RegExp;
  citySentence: RegExp;
  frontWord: RegExp;
  areaHeadAfter: RegExp;
  workNouns: Set<string>;
}

const SAID_AFTER = /^\s{1,3}(?:said|says|told|added|wrote|noted|argued|stated|explained|insisted)\b/;
/** A separator between two listed places: ", ", " and ", ", or ". */
const LIST_SEPARATOR = /^(?:,\s{0,3}|\s{1,3}(?:and|or)\s{1,3}|,\s{1,3}(?:and|or)\s{1,3})$/;
const CAPITALISED = /^(?:\p{Lu}|(?:\p{L}\.){2,})/u;
/** A title-case word ("Kaufman", "DeKalb"), not an all-capitals one nor an initialism. */
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
/** "Varnsk-based": a place whatever else the document says of the name. */
const BASED_AFTER = /^-based\b/;
/** A person's pronoun between an ambiguous name and a state noun ("Chad said he would join the army"). */
const PERSON_PRONOUN = /\b(?:he|she|his|her|him)\b/i;
const DIGITS = /^\p{N}+$/u;
const LOOK_BEHIND = 30;
const LOOK_AHEAD = 30;
/** How far a state noun may follow an ambiguous country's name in its sentence. */
const STATE_NOUN_REACH = 120;
/** How far a title run is followed either side of a place (bounds the work on long capitalised runs). */
const MAX_TITLE_WORDS = 12;
/** How many capitalised words after a place may still hold an organisation's head ("Sydville Morning Herald"). */
const MAX_ORG_WORDS = 3;
/** How many capitalised words after a place may still hold a club word ("Varnsk Red Sox"). */
const MAX_CLUB_WORDS = 2;

/** How many other places of its sentence, each way, country context looks at. */
const MAX_NEIGHBOURS = 40;

let PATTERNS: Patterns | null = null;

const before = (list: string, flags = 'u') => new RegExp(`(?:^|[^\\p{L}])(?:${list})\\s{1,3}(?:the\\s{1,3})?$`, flags);
const lastWords = (file: string) => new Set(readList(file).map((w) => w.split(/\s+/).pop()!));

/** Regexes generated from the data lists, compiled once. */
function patterns(): Patterns {
  return (PATTERNS ??= loadOrBuild('places', buildPatterns));
}

function buildPatterns(): Patterns {
  const orgs = alternation(readList('place-org-heads.txt'));
  const roles = alternation(readList('place-role-nouns.txt'));
  const government = alternation(readList('place-government-nouns.txt'));
  return {
    titleBefore: new RegExp(`(?:^|[^\\p{L}.])(?:${alternation(readList('place-person-titles.txt'))})\\s{1,3}$`, 'u'),
    roleBefore: new RegExp(`(?:^|[^\\p{L}-])(?:${roles})\\s{1,3}$`, 'u'),
    roleAfter: new RegExp(`^\\s{1,3}(?:${roles})(?![\\p{L}-])`, 'u'),
    orgOfBefore: new RegExp(`(?:^|[^\\p{L}])(?:${orgs})\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?$`, 'u'),
    clubBefore: new RegExp(`(?:^|[^\\p{L}])(?:${alternation(readList('place-club-prefixes.txt'))})\\s{1,3}$`, 'u'),
    orgWords: lastWords('place-org-heads.txt'),
    clubWords: lastWords('place-club-words.txt'),
    contextBefore: before(alternation(readList('place-context-words.txt')), 'iu'),
    strongBefore: before(alternation(readList('place-strong-cues.txt')), 'iu'),
    personBefore: before(alternation(readList('place-person-verbs.txt'))),
    personAfter: new RegExp(`^['’]s\\s{1,3}(?:${alternation(readList('place-person-nouns.txt'))})(?![\\p{L}])`, 'u'),
    governmentAfter: new RegExp(`^['’]s\\s{1,3}(?:${government})(?![\\p{L}])`, 'u'),
    governmentWord: new RegExp(`(?:^|[^\\p{L}])(?:${government})(?![\\p{L}])`, 'u'),
    cityBefore: before(alternation(readList('place-city-before.txt')), 'iu'),
    cityAfter: new RegExp(`^(?:['’]s)?\\s{1,3}(?:${alternation(readList('place-city-after.txt'))})(?![\\p{L}])`, 'u'),
    citySentence: new RegExp(`(?:^|[^\\p{L}])(?:${alternation(readList('place-city-sentence.txt'))})(?![\\p{L}])`, 'iu'),
    frontWord: new RegExp(`(?:^|[^\\p{L}])(?:${alternation(readList('place-front-words.txt'))})(?![\\p{L}])`, 'iu'),
    areaHeadAfter: new RegExp(`^\\s{1,3}(?:${alternation(readList('place-area-heads.txt'))})(?![\\p{L}])`, 'iu'),
    workNouns: new Set(readList('place-work-nouns.txt')),
  };
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
    // "Varnsk region", "Varnsk oblast", "Washington state": the base plus its suffix is the region.
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

/** Words a town's name may hold between capitalised words ("Isle of Palms", "Pointe de la Mer"). */
const TOWN_CONNECTORS = new Set(['of', 'de', 'la', 'du', 'le', 'on', 'upon']);
/** Abbreviations GeoNames writes in full ("St. Cloud" -> "Saint Cloud"). */
const TOWN_ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [[/^St\.? /u, 'Saint '], [/^Ste\.? /u, 'Sainte '], [/^Ft\.? /u, 'Fort '], [/^Mt\.? /u, 'Mount ']];
/** At most this many tokens in a town's name before ", State". */
const MAX_TOWN_TOKENS = 6;

/**
 * Rule 0: "Carthage, Tenn.", "Paris, Texas", "Kamloops, B.C.": a capitalised name, a comma and a US
 * state or Canadian province (place-region-forms.tsv) is the town of that name in that region
 * (place-towns.tsv), whatever its size or the larger places of the name elsewhere; an abbreviated
 * region is a place too. The longest name that is a town wins.
 */
function scanTownPairs(ftext: string, toks: readonly Token[]): Candidate[] {
  const { byForm, pair } = regionForms();
  const out: Candidate[] = [];
  for (const m of ftext.matchAll(pair)) {
    const form = byForm.get(m[1]!.replace(/ {2}/g, ' '));
    if (!form) continue;
    const comma = partitionPoint(toks.length, (i) => toks[i]!.start >= m.index);
    const last = comma - 1;
    if (last < 0 || toks[comma]?.start !== m.index || toks[comma]!.spaced) continue;
    // The run of name tokens before the comma: capitalised words, connectors, an abbreviation's period.
    let first = last;
    while (first - 1 >= 0 && last - (first - 1) < MAX_TOWN_TOKENS && !toks[first]!.broken) {
      const t = toks[first - 1]!;
      const ok = CAPITALISED.test(t.text) || TOWN_CONNECTORS.has(t.text) || (t.text === '.' && !toks[first]!.broken && CAPITALISED.test(toks[first - 2]?.text ?? ''));
      if (!ok || (!toks[first]!.spaced && t.text !== '.' && toks[first]!.text !== '.')) break;
      first--;
    }
    for (let a = first; a <= last; a++) {
      if (!CAPITALISED.test(toks[a]!.text) || (a > 0 && toks[a - 1]!.text === '.' && !toks[a]!.spaced)) continue;
      const written = ftext.slice(toks[a]!.start, toks[last]!.end);
      const variants = [written, ...TOWN_ABBREVIATIONS.filter(([re]) => re.test(written)).map(([re, full]) => written.replace(re, full))];
      const town = variants.map((v) => townIn(v, form.country, form.admin1)).find((t) => t !== null);
      if (!town) continue;
      out.push({ start: toks[a]!.start, end: toks[last]!.end, from: a, to: last + 1, entries: [town], base: null, entry: town, rule: 'place/town-region' });
      if (form.abbreviation) {
        const region: PlaceEntry = { name: form.region, country: form.country, kind: 'region', ambiguous: false, capital: false, person: false, modifier: false };
        const start = m.index + m[0].length - m[1]!.length;
        const to = partitionPoint(toks.length, (i) => toks[i]!.start >= start + m[1]!.length);
        out.push({ start, end: start + m[1]!.length, from: comma + 1, to, entries: [region], base: null, entry: region, rule: 'place/region-abbreviation' });
      }
      break;
    }
  }
  return out;
}

/** At most this many capitalised words before a county head ("Miami-Dade County", "St. Johns County"). */
const MAX_COUNTY_WORDS = 3;

/**
 * Rule 0b: "Kaufman County", "Rapides Parish": one to three capitalised words and a county head
 * (place-county-heads.txt) are one place, a second-level region, in the country of the
 * document's first-level regions (regionCountry; none when it names none).
 */
function scanCounties(text: string, ftext: string, toks: readonly Token[], country: string | null): Candidate[] {
  const heads = new Set(readList('place-county-heads.txt'));
  // The first words of two-word heads ("Census Area"): only after one is a pair of tokens read as a head.
  const firstWords = new Set([...heads].filter((h) => h.includes(' ')).map((h) => h.slice(0, h.indexOf(' '))));
  const demonyms = readWordSet('quote-demonyms.txt');
  const out: Candidate[] = [];
  for (let k = 1; k < toks.length; k++) {
    const head = toks[k]!;
    const two = firstWords.has(head.text) && toks[k + 1] && toks[k + 1]!.spaced && !toks[k + 1]!.broken ? `${head.text} ${toks[k + 1]!.text}` : '';
    // The head as the list writes it ("County", not "COUNTY" in a shouted headline).
    const width = heads.has(two) ? 2 : heads.has(head.text) && text.slice(head.start, head.end) === head.text ? 1 : 0;
    if (!width || !head.spaced || head.broken) continue;
    // Back over capitalised words joined by a space or a hyphen ("Miami-Dade County").
    let a = k;
    let words = 0;
    while (a - 1 >= 0 && words < MAX_COUNTY_WORDS && !toks[a]!.broken) {
      const t = toks[a - 1]!;
      const hyphen = t.text === '-' && !t.spaced && !toks[a]!.spaced && a - 2 >= 0 && CAPITALISED.test(toks[a - 2]!.text) && a < k;
      if (hyphen) {
        a--;
        continue;
      }
      // Title-case name words ("Kaufman", "DeKalb"), not a demonym ("English County") nor a function word.
      if (!TITLE_CASE.test(t.text) || isFunctionWord(t.text) || demonyms.has(t.text.toLowerCase()) || heads.has(t.text) || (!toks[a]!.spaced && toks[a]!.text !== '-')) break;
      a--;
      words++;
    }
    if (a === k || toks[a]!.text === '-') continue;
    const end = toks[k + width - 1]!.end;
    const entry: PlaceEntry = { name: ftext.slice(toks[a]!.start, end), country, kind: 'region', ambiguous: false, capital: false, person: false, modifier: false };
    out.push({ start: toks[a]!.start, end, from: a, to: k + width, entries: [entry], base: null, entry, rule: 'place/county' });
    k += width - 1;
  }
  return out;
}

/**
 * The candidates of `cands` (in text order) that overlap none of `taken` (in text order, not
 * overlapping each other): one pass over both, so a text of many pairs stays linear.
 */
function withoutOverlap(cands: readonly Candidate[], taken: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let j = 0;
  for (const c of cands) {
    while (j < taken.length && taken[j]!.end <= c.start) j++;
    if (j < taken.length && taken[j]!.start < c.end) continue;
    out.push(c);
  }
  return out;
}

/**
 * The country of the document's first-level regions ("Texas", "Ont.", a "Town, State" pair): the one
 * most of them are in, or null. A county is in the country of the states around it; city names
 * are no guide (a US story's "Athens" or "Paris" reads as the larger namesake abroad).
 */
function regionCountry(cands: readonly Candidate[]): string | null {
  const votes = new Map<string, number>();
  for (const c of cands) {
    const e = c.entries.length === 1 && !c.entries[0]!.ambiguous && (c.entries[0]!.kind === 'region' || c.rule === 'place/town-region') ? c.entries[0]! : null;
    if (e?.country) votes.set(e.country, (votes.get(e.country) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [code, n] of votes) if (best === null || n > votes.get(best)!) best = code;
  return best;
}

/**
 * Rule 4a: an ambiguous name that opens a longer capitalised name ("at the University of Hartford",
 * "at Police Headquarters", "in Buffalo Grove") is a word of that name, whatever cue stands before it.
 */
function opensLongerName(c: Candidate, toks: readonly Token[]): boolean {
  const next = toks[c.to];
  if (!next || !next.spaced || next.broken) return false;
  if (TITLE_CASE.test(next.text) && !isFunctionWord(next.text)) return true;
  const after = toks[c.to + 1];
  return next.text === 'of' && !!after && after.spaced && !after.broken && TITLE_CASE.test(after.text);
}

/** Rule 3a: inside a run of 3+ capitalised words ending in "newsletter", "podcast"… */
function inWorkTitle(c: Candidate, toks: readonly Token[], p: Patterns): boolean {
  const [a, b] = wordRun(c, toks, MAX_TITLE_WORDS, (t) => CAPITALISED.test(t.text));
  const after = toks[b];
  return b - a >= 3 && !!after && after.spaced && p.workNouns.has(after.text);
}

/**
 * Whether compromise finds `word` inside a multi-word person name anywhere in the document
 * ("Dana Madison … Madison"). Only the occurrences with a name-like neighbour are parsed.
 */
function namedAsPerson(doc: Doc, word: string): boolean {
  const text = doc.text;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
    if (doc.inGivenNamePair(at, end)) return true;
    if (!doc.mayExtendName(at, end)) continue;
    for (const p of doc.peopleIn(at, end)) {
      const parts = p.text.trim().split(/\s+/);
      if (parts.length >= 2 && parts.some((w) => w.replace(/['’]s$/, '') === word)) return true;
    }
  }
  return false;
}

const isAmbiguous = (c: Candidate) => c.entries.every((e) => e.ambiguous);
/** Only GeoNames has the name (not the hand-made files): people's and teams' uses of it outweigh it. */
const isGeonamesOnly = (c: Candidate) => c.entries.every((e) => e.geonames);
const isPersonLike = (c: Candidate) => c.entries.some((e) => e.person);

/** A place preposition before the name (a strong one for given names), or "<name>-based" after. */
function hasPlaceCue(c: Candidate, ftext: string, p: Patterns): boolean {
  const left = ftext.slice(Math.max(0, c.start - LOOK_BEHIND), c.start);
  if ((isPersonLike(c) ? p.strongBefore : p.contextBefore).test(left)) return true;
  return BASED_AFTER.test(ftext.slice(c.end, c.end + 8));
}

/**
 * The tokens [a, b) around a candidate's own: up to `most` words on each side that `fits`, with
 * only 1-3 spaces between them.
 */
function wordRun(c: Candidate, toks: readonly Token[], most: number, fits: (t: Token) => boolean): [number, number] {
  let a = c.from;
  while (a > 0 && c.from - a < most && toks[a]!.spaced && !toks[a]!.broken && fits(toks[a - 1]!)) a--;
  let b = c.to;
  while (b < toks.length && b - c.to < most && toks[b]!.spaced && !toks[b]!.broken && fits(toks[b]!)) b++;
  return [a, b];
}

/** A title-case word ("Madison", "O'Neill"), as names are written. */
const TITLE_WORD = /^\p{Lu}[\p{Ll}'’-]/u;
/** The most words a name run takes on each side of a candidate. */
const RUN_SIDE = 3;

/**
 * Whether a one-token candidate stands in a person's name, told from compromise's lexicon
 * (personByLexicon): the title-case words around it with only spaces between ("Dana Madison
 * Smith", "President Dana Madison") hold a person from a word at or before it. The words are
 * read as the document writes them, as compromise reads them: a headline in capitals holds none.
 */
function inPersonByLexicon(c: Candidate, toks: readonly Token[], text: string): boolean {
  const written = (t: Token) => text.slice(t.start, t.end);
  const [a, b] = wordRun(c, toks, RUN_SIDE, (t) => TITLE_WORD.test(written(t)));
  const end = toks[b - 1]!.end;
  const first = personByLexicon(toks.slice(a, b).map(written), text.slice(end, end + 24));
  return first !== null && a + first <= c.from;
}

/**
 * Rule 3c-d: the name is a person: after a title ("President Madison", "chairman Paris Vance"),
 * inside a longer name compromise finds ("Novelist Dana London"), or, for an ambiguous name, in a
 * person's context ("spoke to Madison", "Madison's wife", "Madison said") or named elsewhere as a
 * person ("Dana Madison … Madison") without a place cue.
 */
function isPerson(c: Candidate, doc: Doc, ftext: string, personNamed: (word: string) => boolean, toks: readonly Token[], p: Patterns): boolean {
  const left = ftext.slice(Math.max(0, c.start - LOOK_BEHIND), c.start);
  if (p.titleBefore.test(left)) return true;
  if (c.to - c.from > 1 || c.rule === 'place/region-suffix') return false;
  const next = toks[c.to];
  if (p.roleBefore.test(left) && next && next.spaced && !next.broken && CAPITALISED.test(next.text)) return true;
  if (doc.inGivenNamePair(c.start, c.end)) return true;
  const inName = doc.mayExtendName(c.start, c.end) && (inPersonByLexicon(c, toks, doc.text) || doc.peopleIn(c.start, c.end).some((s) => /\s/.test(s.text.trim()) && s.start <= c.start && c.end <= s.end && s.end - s.start > c.end - c.start));
  if (inName) return true;
  if (!isAmbiguous(c) && !isGeonamesOnly(c)) return false;
  const right = ftext.slice(c.end, c.end + LOOK_AHEAD);
  if (p.personBefore.test(left) || p.personAfter.test(right)) return true;
  if (SAID_AFTER.test(right) && !hasStateNoun(c, doc, ftext, p)) return true;
  return personNamed(doc.text.slice(c.start, c.end)) && !hasPlaceCue(c, ftext, p);
}

/**
 * Rule 3b: part of an organisation's, outlet's or club's name: an organisation head in the
 * capitalised run after it ("Sydville Morning Herald"), a club word right after ("Varnsk United")
 * or a club prefix before ("Real Varnsk"), "Bank of Oslovia", or a city followed by a club role
 * ("Varnsk manager"; a country or home nation with one is the national team, a place).
 */
function isOrganisation(c: Candidate, ftext: string, toks: readonly Token[], p: Patterns): boolean {
  const country = c.entries.some((e) => e.kind === 'country');
  for (let b = c.to; b < toks.length && b - c.to < MAX_ORG_WORDS; b++) {
    const t = toks[b]!;
    if (!t.spaced || t.broken || !CAPITALISED.test(t.text)) break;
    if (p.orgWords.has(t.text)) return true;
    if (!country && b - c.to < MAX_CLUB_WORDS && p.clubWords.has(t.text)) return true;
  }
  const left = ftext.slice(Math.max(0, c.start - LOOK_BEHIND), c.start);
  if (p.orgOfBefore.test(left) || p.clubBefore.test(left)) return true;
  return c.entries.every((e) => e.kind === 'city') && p.roleAfter.test(ftext.slice(c.end, c.end + LOOK_AHEAD));
}

/** Rule 3e: a number right after the name on its line ("Wigan 3 Hartlepool 1", "Surrey 429-7"): a team. */
function isTeamScore(c: Candidate, toks: readonly Token[]): boolean {
  const next = toks[c.to];
  return !!next && next.spaced && !next.broken && DIGITS.test(next.text);
}

/** Indexes into doc.sentences of each candidate's sentence. */
function sentenceIndexes(doc: Doc, cands: readonly Candidate[]): number[] {
  const out: number[] = [];
  let s = 0;
  for (const c of cands) {
    while (s + 1 < doc.sentences.length && doc.sentences[s + 1]!.start <= c.start) s++;
    out.push(s);
  }
  return out;
}

/** An ambiguous country's name with a state noun after it: "Chadia's parliament", "Chadia closed its border". */
function hasStateNoun(c: Candidate, doc: Doc, ftext: string, p: Patterns): boolean {
  if (!c.entries.some((e) => e.kind === 'country')) return false;
  if (p.governmentAfter.test(ftext.slice(c.end, c.end + LOOK_AHEAD))) return true;
  const sentence = doc.sentenceAt(c.start);
  const sentEnd = sentence && sentence.end > c.end ? sentence.end : ftext.length;
  const rest = ftext.slice(c.end, Math.min(sentEnd, c.end + STATE_NOUN_REACH));
  const noun = p.governmentWord.exec(rest);
  return !!noun && !PERSON_PRONOUN.test(rest.slice(0, noun.index));
}

/**
 * Rule 4 for ambiguous countries: a state noun (hasStateNoun), or another country or its capital
 * in the same sentence ("Chadia and Oslovia signed").
 */
function hasCountryContext(c: Candidate, all: readonly Candidate[], sent: readonly number[], k: number, doc: Doc, ftext: string, p: Patterns): boolean {
  const countries = c.entries.filter((e) => e.kind === 'country');
  if (countries.length === 0) return false;
  if (hasStateNoun(c, doc, ftext, p)) return true;
  const codes = new Set(countries.map((e) => e.country));
  // Candidates are in text order: only those of the same sentence are visited, the nearest
  // MAX_NEIGHBOURS each way (a sentence of thousands of names must not cost their square).
  for (let j = k - 1; j >= 0 && k - j <= MAX_NEIGHBOURS && sent[j] === sent[k]; j--) if (namesCountry(all[j]!, codes)) return true;
  for (let j = k + 1; j < all.length && j - k <= MAX_NEIGHBOURS && sent[j] === sent[k]; j++) if (namesCountry(all[j]!, codes)) return true;
  return false;
}

/** An unambiguous country, or the capital of one of `codes`. */
function namesCountry(o: Candidate, codes: ReadonlySet<string | null>): boolean {
  return !isAmbiguous(o) && o.entries.some((e) => e.kind === 'country' || (e.capital && codes.has(e.country)));
}

/** Rule 4: an ambiguous name needs a place word before it, a listed place beside it, or country context. */
function hasPlaceContext(c: Candidate, kept: readonly Candidate[], sent: readonly number[], k: number, doc: Doc, ftext: string, p: Patterns): boolean {
  if (hasPlaceCue(c, ftext, p)) return true;
  // The place a story was filed from ("MOBILE, Ala. (AP) —") is a place.
  const filed = doc.layout.dateline?.place;
  if (filed && c.start === filed.start && c.end === filed.end) return true;
  const isPlace = (o: Candidate | undefined) => !!o && !isAmbiguous(o);
  const prev = kept[k - 1];
  if (isPlace(prev) && LIST_SEPARATOR.test(ftext.slice(prev!.end, c.start))) return true;
  const next = kept[k + 1];
  if (isPlace(next) && LIST_SEPARATOR.test(ftext.slice(c.end, next!.start))) return true;
  return hasCountryContext(c, kept, sent, k, doc, ftext, p);
}

/**
 * Rule 5a: a bare region base that is also a city ("Varnsk") is the region when the document names
 * "the Varnsk region" and local context agrees: no city cue ("central Varnsk", "Varnsk's mayor",
 * "the city" in its sentence), and the region named in the same or an adjacent sentence, or a
 * military context in its own ("troops pushed into Varnsk").
 */
function readsAsRegion(c: Candidate, s: number, regionsBySentence: ReadonlyMap<number, Set<string>>, doc: Doc, ftext: string, p: Patterns): boolean {
  if (p.cityBefore.test(ftext.slice(Math.max(0, c.start - LOOK_BEHIND), c.start))) return false;
  if (p.cityAfter.test(ftext.slice(c.end, c.end + LOOK_AHEAD))) return false;
  const name = c.base!.name;
  const regionIn = (i: number) => !!regionsBySentence.get(i)?.has(name);
  if (regionIn(s)) return true;
  const span = doc.sentences[s];
  const sentence = span ? ftext.slice(span.start, span.end) : '';
  if (p.citySentence.test(sentence)) return false;
  return regionIn(s - 1) || regionIn(s + 1) || p.frontWord.test(sentence);
}

/** Rule 5: pick a reading for every candidate. */
function choose(cands: readonly Candidate[], sent: readonly number[], doc: Doc, ftext: string, p: Patterns): Candidate[] {
  const regionBases = new Set(cands.filter((c) => c.rule === 'place/region-suffix').map((c) => c.base!.name));
  const votes = new Map<string, number>();
  for (const c of cands) {
    const e = c.entries.length === 1 ? c.entries[0]! : null;
    if (e?.country) votes.set(e.country, (votes.get(e.country) ?? 0) + 1);
  }
  // Sentence index -> regions named there ("the Varnsk region", or a bare "Varnsk" already read as one).
  const regionsBySentence = new Map<number, Set<string>>();
  const addRegion = (s: number, name: string) => {
    let set = regionsBySentence.get(s);
    if (!set) regionsBySentence.set(s, (set = new Set()));
    set.add(name);
  };
  cands.forEach((c, k) => {
    if (c.rule === 'place/region-suffix') addRegion(sent[k]!, c.base!.name);
  });
  return cands.map((c, k) => {
    if (c.entry) return c;
    const first = c.entries[0]!;
    // "Varnsk" near "the Varnsk region" is the region, unless it is a capital or a city cue says otherwise.
    if (c.base && regionBases.has(c.base.name) && !c.entries.some((e) => e.capital) && readsAsRegion(c, sent[k]!, regionsBySentence, doc, ftext, p)) {
      addRegion(sent[k]!, c.base.name);
      return { ...c, entry: c.base, rule: 'place/region-context' };
    }
    if (c.entries.length === 1) return { ...c, entry: first };
    // "Georgia" beside Atlanta is the state; beside Tbilisi the country.
    const best = c.entries.reduce((a, e) => ((votes.get(e.country ?? '') ?? 0) > (votes.get(a.country ?? '') ?? 0) ? e : a), first);
    return { ...c, entry: best, rule: c.rule === 'place/gazetteer' ? 'place/country-vote' : c.rule };
  });
}

/** Why a candidate is not a place, or null when it may be one (rule 3). */
function dropReason(c: Candidate, doc: Doc, ftext: string, toks: readonly Token[], personNamed: (word: string) => boolean, p: Patterns): string | null {
  if (c.entries.every((e) => e.modifier) && !p.areaHeadAfter.test(ftext.slice(c.end, c.end + LOOK_AHEAD))) return 'a modifier area without its head noun';
  if (inWorkTitle(c, toks, p)) return 'inside the title of a work';
  if (isOrganisation(c, ftext, toks, p)) return "part of an organisation's or club's name";
  if (isPerson(c, doc, ftext, personNamed, toks, p)) return "a person's name";
  if (isGeonamesOnly(c) && isTeamScore(c, toks)) return 'a team with its score';
  if (doc.paragraphAt(c.start)?.row === 'results') return 'a team in a results line';
  return null;
}

function findPlaces(doc: Doc, ctx: RunContext): PlaceFact[] {
  const text = doc.text;
  const p = patterns();
  const place = doc.layout.dateline?.place;
  const ftext = foldCaps(text, gazetteer(), place && !/\p{Ll}/u.test(place.text) ? [[place.start, place.end]] : []);
  const toks = tokenize(ftext);
  const named = new Map<string, boolean>();
  const personNamed = (word: string) => {
    let known = named.get(word);
    if (known === undefined) named.set(word, (known = namedAsPerson(doc, word)));
    return known;
  };
  // Rule 0: "Town, State" pairs; the other mentions of a paired town's name are that town.
  const pairs = scanTownPairs(ftext, toks).filter((c) => c.rule !== 'place/town-region' || !isOrganisation(c, ftext, toks, p));
  const paired = new Map<string, PlaceEntry>();
  for (const c of pairs) if (c.rule === 'place/town-region') paired.set(ftext.slice(c.start, c.end), c.entry!);
  const gazetteered = scanGazetteer(toks);
  // Counties that are no club ("Notts County 2"), no organisation ("Kaufman County Sheriff's Office").
  const counties = withoutOverlap(scanCounties(text, ftext, toks, regionCountry([...gazetteered, ...pairs])), pairs).filter(
    (c) => !isOrganisation(c, ftext, toks, p) && !isTeamScore(c, toks) && doc.paragraphAt(c.start)?.row !== 'results',
  );
  const taken = [...pairs, ...counties].sort((a, b) => a.start - b.start);
  const scanned = withoutOverlap(gazetteered, taken)
    .map((c) => {
      const town = paired.get(ftext.slice(c.start, c.end));
      // The reading is the town's; a name that also needs context (a person's, a word) still does ("Austin later said").
      return town ? { ...c, entries: [{ ...town, ambiguous: isAmbiguous(c), person: isPersonLike(c) }], base: null } : c;
    });
  const kept: Candidate[] = [];
  for (const c of scanned) {
    const why = dropReason(c, doc, ftext, toks, personNamed, p);
    if (why) ctx.trace(`places: dropped "${text.slice(c.start, c.end)}"@${c.start}: ${why}`);
    else kept.push(c);
  }
  pushAll(kept, taken);
  kept.sort((a, b) => a.start - b.start);
  const keptSent = sentenceIndexes(doc, kept);
  const placed = kept.filter((c, k) => {
    if (isAmbiguous(c) && opensLongerName(c, toks)) {
      ctx.trace(`places: dropped "${text.slice(c.start, c.end)}"@${c.start}: an ambiguous name opening a longer name`);
      return false;
    }
    if (!isAmbiguous(c) || hasPlaceContext(c, kept, keptSent, k, doc, ftext, p)) return true;
    ctx.trace(`places: dropped "${text.slice(c.start, c.end)}"@${c.start}: ambiguous name without place context`);
    return false;
  });
  return choose(placed, sentenceIndexes(doc, placed), doc, ftext, p).map((c) => {
    const e = c.entry!;
    const fact: PlaceFact = {
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      rule: isAmbiguous(c) && c.rule === 'place/gazetteer' ? 'place/ambiguous-context' : c.rule,
      name: e.name,
      country: e.country,
      kind: e.kind,
    };
    if (e.geonameId !== undefined) Object.assign(fact, { geonameId: e.geonameId, lat: e.lat, lon: e.lon });
    return fact;
  });
}

/** Finds named places through the gazetteer in src/data/place-*.tsv (hand-made, plus GeoNames cities); see the header for the rules. */
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
