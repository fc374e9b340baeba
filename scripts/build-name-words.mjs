#!/usr/bin/env node
/**
 * node scripts/build-name-words.mjs
 *
 * Writes the name word lists that let the extractors skip compromise where it could find no name,
 * from compromise's own lexicon (run it again when compromise is upgraded):
 * - src/data/person-name-words.txt: the words of entries tagged FirstName, MaleName, FemaleName,
 *   LastName, Person or Honorific (the words of multi-word entries too);
 * - src/data/person-function-words.txt: the one-word entries tagged as function words (determiners,
 *   prepositions, conjunctions, pronouns, modals…), which never stand inside a name;
 * - src/data/person-given-names.txt: the single-word entries tagged FirstName, MaleName or
 *   FemaleName (given names, which compromise reads as the start of a name before a capital);
 * - src/data/person-given-name-genders.tsv: those tagged MaleName or FemaleName, not both, with
 *   that gender (a pronoun never resolves to a name of the other gender).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const nlp = require('compromise');
const version = nlp.version;
const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'data');

const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific'];
const GIVEN_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
const FUNCTION_TAGS = ['Determiner', 'Pronoun', 'Modal', 'QuestionWord', 'Preposition', 'Conjunction', 'Copula', 'Month', 'WeekDay'];
const tagsOf = (t) => (Array.isArray(t) ? t : [t]);

const lexicon = nlp.world().model.one.lexicon;
const isName = (tag) => tagsOf(tag).some((t) => NAME_TAGS.includes(t));
const words = new Set();
const given = new Set();
for (const [entry, tag] of Object.entries(lexicon)) {
  const tags = tagsOf(tag);
  if (!isName(tag)) continue;
  // A function word of a multi-word entry ("jack the ripper", "doctor who") is no name word: it
  // starts many sentences, and compromise finds such names only whole.
  for (const w of entry.toLowerCase().split(/\s+/)) if (w && !(w !== entry && tagsOf(lexicon[w]).some((t) => FUNCTION_TAGS.includes(t)))) words.add(w);
  if (!/\s/.test(entry) && tags.some((t) => GIVEN_TAGS.includes(t))) given.add(entry.toLowerCase());
}

const sorted = (s) => [...s].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
// Given names compromise tags with one gender only (MaleName or FemaleName, never both).
const gendered = new Map();
for (const [entry, tag] of Object.entries(lexicon)) {
  if (/\s/.test(entry)) continue;
  const tags = tagsOf(tag);
  const m = tags.includes('MaleName');
  const f = tags.includes('FemaleName');
  if (m !== f) gendered.set(entry.toLowerCase(), m ? 'm' : 'f');
}
writeFileSync(
  join(dataDir, 'person-name-words.txt'),
  `# Words compromise knows as parts of person names: the entries of its lexicon tagged FirstName,
# MaleName, FemaleName, LastName, Person or Honorific (compromise ${version.split('.')[0]}; the words of its multi-word
# entries too, but for function words: "the", "who"), lower case, one per line. A place with none of them beside it (and not one itself)
# cannot sit inside a name compromise would find, so its sentence is not parsed (document.ts,
# mayExtendName). Made by scripts/build-name-words.mjs from compromise ${version}.
${sorted(words).join('\n')}
`,
);
writeFileSync(
  join(dataDir, 'person-given-names.txt'),
  `# Given names: the one-word entries of compromise's lexicon tagged FirstName, MaleName or
# FemaleName, lower case. Capitalised right before a capitalised word, compromise reads them as the
# start of a person's name ("Dana Madison"), so places.ts reads such a place as a surname without
# parsing. Made by scripts/build-name-words.mjs from compromise ${version}.
${sorted(given).join('\n')}
`,
);
writeFileSync(
  join(dataDir, 'person-given-name-genders.tsv'),
  `# Given names with the one gender compromise's lexicon gives them (entries tagged MaleName or
# FemaleName, not both), lower case. A pronoun ("she said") never resolves to a person whose given
# name has the other gender (src/extractors/quotes/attribute.ts). Made by
# scripts/build-name-words.mjs from compromise ${version}.
name\tgender
${sorted(gendered.keys()).map((n) => `${n}\t${gendered.get(n)}`).join('\n')}
`,
);
const functionWords = Object.entries(lexicon)
  .filter(([w, tag]) => !/\s/.test(w) && tagsOf(tag).some((t) => FUNCTION_TAGS.includes(t)) && !isName(tag))
  .map(([w]) => w.toLowerCase());
writeFileSync(
  join(dataDir, 'person-function-words.txt'),
  `# Function words: the one-word entries of compromise's lexicon tagged ${FUNCTION_TAGS.join(', ')},
# lower case. Capitalised at the start of a sentence ("The", "When", "Neither"), they are never part
# of a name compromise finds, so such a neighbour gives no reason to parse (document.ts,
# mayExtendName). Made by scripts/build-name-words.mjs from compromise ${version}.
${sorted(new Set(functionWords)).join('\n')}
`,
);
console.log(`person-function-words.txt: ${new Set(functionWords).size} words`);
console.log(`person-name-words.txt: ${words.size} words; person-given-names.txt: ${given.size} names (compromise ${version})`);
