/**
 * Property test over random text made of news-like pieces (names, figures, months, quote marks,
 * hedges, line breaks) and random Unicode: extract never throws, every fact is the exact slice at
 * its offsets with a rule, facts of a kind are in order and never overlap, and each document
 * validates against the schema. Seeded, so a failure names the seed that replays it.
 */
import fc from 'fast-check';
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

/**
 * The same contract under fast-check: any Unicode (lone surrogates, controls, combining marks,
 * astral characters) mixed with news pieces, through the whole output (schema included). On a
 * failure fast-check shrinks the text to a small one and prints it with the seed.
 */
describe('any Unicode text (fast-check)', () => {
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
    { weight: 1, arbitrary: fc.constantFrom('\u0000', '\uFEFF', '\u200B', '\u2028', '\uD800', '\uDFFF', '\u0301', '𝟙𝟘', '١٢٣', '\r', '\f') },
  );
  const text = fc.array(fc.tuple(piece, fc.constantFrom(' ', '', '\n', ', ')), { maxLength: 80 }).map((xs) => xs.map(([p, sep]) => p + sep).join(''));

  it('never throws, facts are exact non-overlapping slices, and the document validates', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, dated) => {
        const doc = extract(t, { id: 'p', referenceDate: dated ? '2024-10-29' : null });
        expect([...invariantViolations(t, doc), ...schemaErrors(doc, 'document')]).toEqual([]);
      }),
      { numRuns: 300, seed: 20261201 },
    );
  });
});
