/**
 * "Town, State" pairs: place-region-forms.tsv (the forms of US states and Canadian provinces as a
 * town's second half: "Tenn.", "N.D.", "Oregon", "B.C.") and place-towns.tsv (GeoNames towns of those
 * countries with their first-level region, built by scripts/build-gazetteer.mjs). The towns table is
 * read only when a text has such a pair.
 */
import { ExtractError } from '../../errors.js';
import { alternation, checkCountryCode, loadOrBuild, readTable } from '../../lexicon.js';
import { partitionPoint } from '../../search.js';
import type { PlaceEntry } from './gazetteer.js';
import { nameOf, readSortedLines, type GeoLines } from './geonames.js';

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

let FORMS: RegionForms | null = null;

/** The region forms and the pattern that finds them after a comma, built once per process. */
export function regionForms(): RegionForms {
  return (FORMS ??= loadOrBuild('place-region-forms', () => {
    const rows = readTable('place-region-forms.tsv', ['form', 'region', 'country', 'admin1', 'abbreviation'], (r) =>
      checkCountryCode(r.country!) ?? (r.admin1 ? null : 'admin1 is required') ?? (r.abbreviation === '' || r.abbreviation === 'yes' ? null : 'abbreviation must be "yes" or empty'),
    );
    const byForm = new Map<string, RegionForm>();
    for (const r of rows) byForm.set(r.form!, { region: r.region!, country: r.country!, admin1: r.admin1!, abbreviation: r.abbreviation === 'yes' });
    // Case-sensitive: "Ore." and "Miss." are forms only as written. The alternation holds literal forms
    // only (linear), and a form ending in a letter must not run on into a longer word ("Indiana" vs "Ind").
    const forms = alternation([...byForm.keys()]).replace(/\\s/g, ' {1,2}');
    return { byForm, pair: new RegExp(`,[ ]{1,3}(${forms})(?![\\p{L}])`, 'gu') };
  }));
}

/** The town called `name` in the region `admin1` of `country`, or null. */
export function townIn(name: string, country: string, admin1: string): PlaceEntry | null {
  const { text, starts, firstLine } = townLines();
  const count = starts.length - 1;
  const line = (i: number) => text.slice(starts[i]!, starts[i + 1]! - 1).replace(/\r$/, '');
  // The data lines are sorted by name (code units): the towns of `name` are one range.
  for (let i = partitionPoint(count, (j) => nameOf(line(j)) >= name); i < count && nameOf(line(i)) === name; i++) {
    const c = line(i).split('\t');
    if (c[2] !== country || c[3] !== admin1) continue;
    const [id, lat, lon] = [+c[1]!, +c[4]!, +c[5]!];
    if (!(id > 0) || !Number.isFinite(lat) || !Number.isFinite(lon)) throw new ExtractError('BAD_DATA', `${TOWNS_FILE}:${firstLine + i}: bad number`, { path: `data/${TOWNS_FILE}`, hint: 'Regenerate it with npm run gazetteer.' });
    return { name, country, kind: 'city', ambiguous: false, capital: false, person: false, modifier: false, geonames: true, geonameId: id, lat, lon };
  }
  return null;
}

const TOWNS_FILE = 'place-towns.tsv';
const TOWN_COLUMNS = ['name', 'geonameid', 'country', 'admin1', 'lat', 'lon', 'population'];
let TOWNS: GeoLines | null = null;

/** The lines of place-towns.tsv (about 17,000), read once per process and parsed only when looked up. */
function townLines(): GeoLines {
  return (TOWNS ??= loadOrBuild('place-towns', () => readSortedLines(TOWNS_FILE, TOWN_COLUMNS)));
}
