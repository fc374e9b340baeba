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

describe('Doc chunks (what compromise parses)', () => {
  it('are at most MAX_CHUNK long, within paragraphs, in order, and cover every sentence', async () => {
    const { MAX_CHUNK } = await import('../src/document.js');
    const long = 'word '.repeat(3000) + 'end.';
    const text = `Short one. Another one.\n${long} Tail sentence.\n${'A sentence here. '.repeat(300)}`;
    const d = new Doc(text);
    let prev = -1;
    for (const c of d.chunks) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(c.end - c.start).toBeLessThanOrEqual(MAX_CHUNK);
      expect(c.start).toBeGreaterThanOrEqual(prev);
      expect(c.text).not.toMatch(/\n/);
      prev = c.end;
    }
    for (const s of d.sentences) {
      const covered = d.chunks.filter((c) => c.start < s.end && s.start < c.end).reduce((n, c) => n + Math.min(c.end, s.end) - Math.max(c.start, s.start), 0);
      expect(covered, s.text.slice(0, 30)).toBeGreaterThanOrEqual(s.text.trim().length - Math.ceil(s.text.length / MAX_CHUNK) * 2);
    }
  });

  it('people() trims punctuation compromise leaves on a name, and peopleIn() only looks where asked', () => {
    const d = new Doc('For analyst Jane Morrow, the plan failed.\nThe minister Angela Merkel spoke in Berlin.');
    const all = d.people();
    for (const n of all) {
      expect(d.text.slice(n.start, n.end)).toBe(n.text);
      expect(n.text).not.toMatch(/^[\s\p{P}]|[\s\p{P}]$/u);
    }
    const second = d.peopleIn(d.paragraphs[1]!.start, d.paragraphs[1]!.end);
    expect(second.every((n) => n.start >= d.paragraphs[1]!.start)).toBe(true);
  });
});
