/**
 * "Town, State" pairs: place-region-forms.tsv (the forms of US states and Canadian provinces as a
 * town's second half: "Tenn.", "N.D.", "Oregon", "B.C.") and place-towns.tsv (GeoNames towns of those
 * countries with their first-level region, built by scripts/build-gazetteer.mjs). The towns table is
 * read only when a text has such a pair.
 */
import { readFileSync } from 'node:fs';
import { ExtractError } from '../../errors.js';
import { alternation, checkCountryCode, DATA_DIR, loadOrBuild, readTable } from '../../lexicon.js';
import type { PlaceEntry } from './gazetteer.js';

/** A region as a town's second half. */
export interface RegionForm {
  region: string;
  country: string;
  admin1: string;
  /** True for abbreviations ("Tenn."): a place of their own in the text. */
  abbreviation: boolean;
}

export interface RegionForms {
  byForm: Map<string, RegionForm>;
  /** ", <form>" not followed by a letter: group 1 is the form. */
  pair: RegExp;
}

export function regionForms(): RegionForms {
  return loadOrBuild('place-region-forms', () => {
    const rows = readTable('place-region-forms.tsv', ['form', 'region', 'country', 'admin1', 'abbreviation'], (r) =>
      checkCountryCode(r.country!) ?? (r.admin1 ? null : 'admin1 is required') ?? (r.abbreviation === '' || r.abbreviation === 'yes' ? null : 'abbreviation must be "yes" or empty'),
    );
    const byForm = new Map<string, RegionForm>();
    for (const r of rows) byForm.set(r.form!, { region: r.region!, country: r.country!, admin1: r.admin1!, abbreviation: r.abbreviation === 'yes' });
    // Case-sensitive: "Ore." and "Miss." are forms only as written. The alternation holds literal forms
    // only (linear), and a form ending in a letter must not run on into a longer word ("Indiana" vs "Ind").
    const forms = alternation([...byForm.keys()]).replace(/\\s/g, ' {1,2}');
    return { byForm, pair: new RegExp(`,[ ]{1,3}(${forms})(?![\\p{L}])`, 'gu') };
  });
}

/** The town called `name` in the region `admin1` of `country`, or null. */
export function townIn(name: string, country: string, admin1: string): PlaceEntry | null {
  const lines = townLines();
  // The data lines are sorted by name (code units): binary search for the first of `name`.
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (nameOf(lines[mid]!) < name) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < lines.length && nameOf(lines[i]!) === name; i++) {
    const c = lines[i]!.split('\t');
    if (c[2] !== country || c[3] !== admin1) continue;
    const [id, lat, lon] = [+c[1]!, +c[4]!, +c[5]!];
    if (!(id > 0) || !Number.isFinite(lat) || !Number.isFinite(lon)) throw new ExtractError('BAD_DATA', `${TOWNS_FILE}: bad row for ${name}`, { path: `data/${TOWNS_FILE}`, hint: 'Regenerate it with npm run gazetteer.' });
    return { name, country, kind: 'city', ambiguous: false, capital: false, person: false, modifier: false, geonames: true, geonameId: id, lat, lon };
  }
  return null;
}

const TOWNS_FILE = 'place-towns.tsv';
const TOWN_COLUMNS = 'name\tgeonameid\tcountry\tadmin1\tlat\tlon\tpopulation';

function nameOf(line: string): string {
  const tab = line.indexOf('\t');
  return tab < 0 ? line : line.slice(0, tab);
}

/** The data lines of place-towns.tsv, read once (about 17,000; parsed only when looked up). */
function townLines(): readonly string[] {
  return loadOrBuild('place-towns', () => {
    let raw: string;
    try {
      raw = readFileSync(new URL(TOWNS_FILE, DATA_DIR), 'utf8');
    } catch {
      throw new ExtractError('BAD_DATA', `data file ${TOWNS_FILE} is missing`, { path: TOWNS_FILE, hint: 'Reinstall the package (npm ci) or run npm run build.' });
    }
    const lines = raw.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l !== '' && !l.startsWith('#'));
    if (lines[0] !== TOWN_COLUMNS) throw new ExtractError('BAD_DATA', `${TOWNS_FILE}: header must be: ${TOWN_COLUMNS.replace(/\t/g, ' ')}`, { path: `data/${TOWNS_FILE}`, hint: 'Regenerate it with npm run gazetteer.' });
    return lines.slice(1);
  });
}
