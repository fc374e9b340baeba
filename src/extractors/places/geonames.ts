/**
 * A dedicated loader for place-geonames.tsv (about 24,000 GeoNames cities, built by
 * scripts/build-gazetteer.mjs): reads the lines once and parses a city only when the scanner
 * meets a word its name begins with, so loading costs a few milliseconds. Validates like
 * lexicon.ts (header, sort order, and for each city parsed: column count, ISO country code,
 * numbers) and reports `file:line` on failure; the data test reads every row.
 */
import { readFileSync } from 'node:fs';
import { ExtractError } from '../../errors.js';
import { partitionPoint } from '../../search.js';
import { DATA_DIR, loadOrBuild } from '../../lexicon.js';

export const GEONAMES_FILE = 'place-geonames.tsv';
const COLUMNS = ['name', 'geonameid', 'country', 'lat', 'lon', 'population', 'feature', 'ambiguous'];
const COUNTRY = /^[A-Z]{2}$/;
const AMBIGUITY = new Set(['', 'word', 'person']);

/** One GeoNames city. `ambiguous`: '' (a place name only), 'word' (a common word) or 'person' (a name). */
export interface GeoCity {
  name: string;
  geonameId: number;
  country: string;
  lat: number;
  lon: number;
  population: number;
  feature: string;
  ambiguous: '' | 'word' | 'person';
}

function bad(line: number, what: string, file = GEONAMES_FILE): ExtractError {
  return new ExtractError('BAD_DATA', `${file}:${line}: ${what}`, { path: `data/${file}`, hint: 'Regenerate it with npm run gazetteer.' });
}

/**
 * The cities of place-geonames.tsv, parsed only on demand: the file's lines are sorted by name
 * (code units), so the cities whose name starts with a token are one range, found by binary search.
 */
export interface GeoIndex {
  /** The cities whose name is `name`, most populous first. */
  named(name: string): GeoCity[];
  /** The cities whose name begins with the word `head` (the whole name or followed by a non-letter). */
  headed(head: string): GeoCity[];
}

const LETTER = /[\p{L}\p{M}]/u;

/**
 * The file's text with the start offset of each data line (and, last, the end of the last one):
 * plain data, so the build stores it prebuilt (lexicon.loadOrBuild) and a cold start skips reading,
 * splitting and checking the 24,000 lines.
 */
export interface GeoLines {
  text: string;
  /** starts[i] is where data line i begins; starts[n] is where the last one ends (+1). */
  starts: Int32Array;
  /** The 1-based file line of data line 0 (for error messages). */
  firstLine: number;
}

/**
 * The data lines of a generated table sorted by its first column (`name`): the header must be
 * `columns`, and the order the binary search relies on is checked. Also read by places/towns.ts.
 */
export function readSortedLines(file: string, columns: readonly string[]): GeoLines {
  let raw: string;
  try {
    raw = readFileSync(new URL(file, DATA_DIR), 'utf8');
  } catch {
    throw new ExtractError('BAD_DATA', `data file ${file} is missing`, { path: file, hint: 'Reinstall the package (npm ci) or run npm run build.' });
  }
  const all = raw.split('\n');
  let h = 0;
  while (h < all.length && (all[h]!.startsWith('#') || all[h]!.trim() === '')) h++;
  if (h >= all.length) throw bad(h, 'no header row', file);
  if (all[h]!.replace(/\r$/, '') !== columns.join('\t')) throw bad(h + 1, `header must be: ${columns.join(' ')}`, file);
  const first = h + 1;
  let last = all.length;
  while (last > first && all[last - 1]!.trim() === '') last--;
  for (let i = first; i + 1 < last; i++) {
    // One check of the order the binary search relies on (cheap: a comparison per line).
    if (all[i]! > all[i + 1]! && nameOf(all[i]!) > nameOf(all[i + 1]!)) throw bad(i + 2, 'lines are not sorted by name', file);
  }
  const starts = new Int32Array(last - first + 1);
  let offset = 0;
  for (let i = 0; i < first; i++) offset += all[i]!.length + 1;
  for (let i = first; i < last; i++) {
    starts[i - first] = offset;
    offset += all[i]!.length + 1;
  }
  starts[last - first] = offset;
  return { text: raw, starts, firstLine: first + 1 };
}

export function readGeonames(): GeoIndex {
  const { text, starts, firstLine } = loadOrBuild('geonames', () => readSortedLines(GEONAMES_FILE, COLUMNS));
  const count = starts.length - 1;
  const line = (i: number) => text.slice(starts[i]!, starts[i + 1]! - 1);
  /** Index of the first data line whose name is >= `key`. */
  const lowerBound = (key: string) => partitionPoint(count, (i) => nameOf(line(i)) >= key);
  return {
    named(name) {
      const out: GeoCity[] = [];
      for (let i = lowerBound(name); i < count && nameOf(line(i)) === name; i++) out.push(parse(line(i), firstLine + i));
      return out;
    },
    headed(head) {
      const out: GeoCity[] = [];
      for (let i = lowerBound(head); i < count && line(i).startsWith(head); i++) {
        const l = line(i);
        const next = l.charAt(head.length);
        if (next !== '\t' && LETTER.test(next)) continue;
        out.push(parse(l, firstLine + i));
      }
      return out;
    },
  };
}

export function nameOf(line: string): string {
  const tab = line.indexOf('\t');
  return tab < 0 ? line : line.slice(0, tab);
}

function parse(line: string, lineNo: number): GeoCity {
  const c = line.replace(/\r$/, '').split('\t');
  if (c.length !== COLUMNS.length) throw bad(lineNo, `expected ${COLUMNS.length} tab-separated columns, found ${c.length}`);
  const [name, id, country, lat, lon, population, feature, ambiguous] = c as [string, string, string, string, string, string, string, string];
  const city: GeoCity = { name, geonameId: +id, country, lat: +lat, lon: +lon, population: +population, feature, ambiguous: ambiguous as GeoCity['ambiguous'] };
  if (!name) throw bad(lineNo, 'empty name');
  if (!COUNTRY.test(country)) throw bad(lineNo, `"${country}" is not an ISO-3166 alpha-2 code`);
  if (!(city.geonameId > 0) || !Number.isFinite(city.lat) || !Number.isFinite(city.lon) || !(city.population >= 0)) throw bad(lineNo, 'bad number');
  if (!AMBIGUITY.has(ambiguous)) throw bad(lineNo, `unknown ambiguous flag "${ambiguous}"`);
  return city;
}
