/** The linear trims give what the regexes they replace gave (those ran in quadratic time on long runs). */
import { describe, expect, it } from 'vitest';
import { trimName, trimPunctuation } from '../src/trim.js';
import { rng } from './helpers.js';

const OLD_PUNCTUATION = /^[\s\p{P}]+|[\s\p{P}]+$/gu;
const OLD_NAME = /^[\s\p{P}]+|[\s,;:!?]+$|(?<=\p{Ll}{2})\.$/gu;
const ALPHABET = ['a', 'b', 'R', 'Z', 'é', ' ', '\t', '.', ',', ';', ':', '!', '?', '’', '"', '“', '(', '-', '—', '1', '\n'];

describe('trims', () => {
  it('match the old regexes on 5,000 random short strings', () => {
    const r = rng(99);
    for (let i = 0; i < 5000; i++) {
      const s = Array.from({ length: Math.floor(r() * 12) }, () => ALPHABET[Math.floor(r() * ALPHABET.length)]).join('');
      expect(trimPunctuation(s), JSON.stringify(s)).toBe(s.replace(OLD_PUNCTUATION, ''));
      expect(trimName(s), JSON.stringify(s)).toBe(s.replace(OLD_NAME, ''));
    }
  });

  it('examples', () => {
    expect(trimName('“Ada Ruiz,')).toBe('Ada Ruiz');
    expect(trimName('said Ada Ruiz.')).toBe('said Ada Ruiz');
    expect(trimName('Ruiz Jr.')).toBe('Ruiz Jr.');
    expect(trimPunctuation(' (Jane Doe), ')).toBe('Jane Doe');
  });

  it('run in linear time on a long inner run', () => {
    const s = 'a' + ' '.repeat(200_000) + 'b';
    const t0 = performance.now();
    expect(trimPunctuation(s)).toBe(s);
    expect(trimName(s)).toBe(s);
    expect(performance.now() - t0).toBeLessThan(1000); // the old regexes take minutes here
  });
});
