/**
 * Property test over random text made of news-like pieces (names, figures, months, quote marks,
 * hedges, line breaks) and random Unicode: extract never throws, every fact is the exact slice at
 * its offsets with a rule, facts of a kind are in order and never overlap, and each document
 * validates against the schema. Seeded, so a failure names the seed that replays it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { rng, invariantViolations, schemaErrors } from './helpers.js';

const PIECES = [
  'said', 'told reporters', 'according to', 'he said', 'she added', 'around', 'over', 'up to', 'some', 'nearly',
  '10,000', '2.5', '3%', '$2.3bn', '56th', 'sixth', 'a dozen', 'one hundred and twenty', '7km', '40 km', '1,1,1,1',
  'troops', 'North Korean', 'soldiers', 'casualties', 'Monday', 'last week', 'Oct. 30', 'October 27 or 28',
  'February 2022', 'the 1990s', 'yesterday', '2024-10-28', '10/28/2024', 'May', 'Washington', 'Kursk region',
  'U.S.', 'D.P.R.K.', 'Indo-Pacific', 'Lloyd Austin', 'Mark Rutte', 'NATO', 'Pentagon', 'Georgia', 'Chad',
  '“', '”', '"', '‘', '’', "'", '«', '»', ',', '.', ':', '—', '-', '(', ')', '\n', '\n\n', '\r\n', ' ', '  ', '\t',
  'The', 'the', 'a', 'of', 'in', 'and', 'will', 'was', 'Secretary-General', 'spokesperson', 'President',
];


function randomText(rand: () => number): string {
  const n = Math.floor(rand() * 120);
  let s = '';
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.08) s += String.fromCodePoint(Math.floor(rand() * 0x2ffff)).replace(/[\uD800-\uDFFF]/g, '?');
    else s += PIECES[Math.floor(rand() * PIECES.length)]! + (rand() < 0.7 ? ' ' : '');
  }
  return s;
}

describe('random text', () => {
  it('never breaks the output contract (300 seeded documents)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const text = randomText(rng(seed));
      let doc;
      try {
        doc = extract(text, { id: `r${seed}`, referenceDate: seed % 2 ? '2024-10-29' : null });
      } catch (e) {
        throw new Error(`seed ${seed} threw ${(e as Error).stack}\ntext: ${JSON.stringify(text)}`);
      }
      const problems = [...invariantViolations(text, doc), ...schemaErrors(doc, 'document')];
      expect(problems, `seed ${seed}: ${JSON.stringify(text)}`).toEqual([]);
    }
  });
});
