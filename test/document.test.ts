/** Doc: paragraphs and sentences as exact offset spans. */
import { describe, expect, it } from 'vitest';
import { Doc } from '../src/document.js';

const slices = (d: Doc, spans: readonly { start: number; end: number; text: string }[]) => {
  for (const s of spans) expect(d.text.slice(s.start, s.end)).toBe(s.text);
  return spans.map((s) => s.text);
};

describe('Doc', () => {
  it('splits paragraphs on LF, CRLF and lone CR, trimming blank lines', () => {
    const d = new Doc('First one.\r\n\r\n  Second one.\rThird one.\n');
    expect(slices(d, d.paragraphs)).toEqual(['First one.', 'Second one.', 'Third one.']);
  });

  it('splits sentences, but not after abbreviations, initials or dotted initialisms', () => {
    const d = new Doc('Gen. Mark Smith met U.S. officials on Oct. 3 in Washington. He left. “It is over.” Then J. R. Doe spoke! Was it true? Yes.');
    expect(slices(d, d.sentences)).toEqual([
      'Gen. Mark Smith met U.S. officials on Oct. 3 in Washington.',
      'He left.',
      '“It is over.”',
      'Then J. R. Doe spoke!',
      'Was it true?',
      'Yes.',
    ]);
  });

  it('finds the sentence and paragraph around an offset', () => {
    const d = new Doc('One. Two.\nThree.');
    expect(d.sentenceAt(6)!.text).toBe('Two.');
    expect(d.paragraphAt(12)!.text).toBe('Three.');
    expect(d.paragraphIndexAt(12)).toBe(1);
  });

  it('gives person names with document offsets', () => {
    const d = new Doc('Intro line.\nThe minister Angela Merkel spoke in Berlin.');
    const names = slices(d, d.people());
    expect(names.some((n) => n.includes('Merkel'))).toBe(true);
  });
});
