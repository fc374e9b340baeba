/** Doc: paragraphs and sentences as exact offset spans. */
import { describe, expect, it } from 'vitest';
import { Doc, personByLexicon } from '../src/document.js';

const slices = (d: Doc, spans: readonly { start: number; end: number; text: string }[]) => {
  for (const s of spans) expect(d.text.slice(s.start, s.end)).toBe(s.text);
  return spans.map((s) => s.text);
};

describe('Doc', () => {
  it('splits paragraphs on LF, CRLF and lone CR, trimming blank lines', () => {
    const d = new Doc('First one.\r\n\r\n  Second one.\rThird one.\n');
    expect(slices(d, d.paragraphs)).toEqual(['First one.', 'Second one.', 'Third one.']);
  });

  // Each row: a text and the sentences it splits into.
  it.each([
    [
      'not after abbreviations, initials or dotted initialisms',
      'Gen. Mark Smith met U.S. officials on Oct. 3 in Washington. He left. “It is over.” Then J. R. Doe spoke! Was it true? Yes.',
      ['Gen. Mark Smith met U.S. officials on Oct. 3 in Washington.', 'He left.', '“It is over.”', 'Then J. R. Doe spoke!', 'Was it true?', 'Yes.'],
    ],
    [
      "after a word's tail past an apostrophe, not taken for an initial",
      "It beat eight CD-ROM's. Meantime, rivals waited. You like it or you don't. Simple. Ask O'Hara J. Smith.",
      ["It beat eight CD-ROM's.", 'Meantime, rivals waited.', "You like it or you don't.", 'Simple.', "Ask O'Hara J. Smith."],
    ],
    [
      'not after an opening quote before a title, nor an abbreviation written with an apostrophe',
      "He told the court: 'Mr. Smith lied.' The Nat'l. Guard left.",
      ["He told the court: 'Mr. Smith lied.'", "The Nat'l. Guard left."],
    ],
  ])('splits sentences %s', (_, text, sentences) => {
    const d = new Doc(text);
    expect(slices(d, d.sentences)).toEqual(sentences);
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
      expect(d.text.slice(c.start, c.end)).toBe(c.text);
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

describe('Doc.peopleIn: a window of words around the span, not the whole sentence', () => {
  const long =
    'After a long morning of talks in the capital about the budget, the harbour and the roads, the council said on Tuesday that Dana Whitfield would chair the new committee from next spring, officials added.';
  it('finds a name with its neighbours in the window, with document offsets', () => {
    const d = new Doc(long);
    const start = d.text.indexOf('Whitfield');
    const found = d.peopleIn(start, start + 'Whitfield'.length);
    expect(found.some((m) => m.text === 'Dana Whitfield' && d.text.slice(m.start, m.end) === m.text)).toBe(true);
  });
  it('gives what a whole-sentence parse gives for the span (people() parses whole chunks)', () => {
    const d = new Doc(long);
    const start = d.text.indexOf('Dana');
    const inWindow = d.peopleIn(start, start + 4).map((m) => m.text);
    const whole = new Doc(long).people().filter((m) => m.start < start + 4 && m.end > start).map((m) => m.text);
    expect(inWindow).toEqual(whole);
  });
  it('counts only the window against the parse budget', () => {
    // 1,500 sentences of ~210 characters: a budget of ~31,500. Two hundred whole sentences (42,000
    // characters) would spend it; two hundred windows of a dozen words do not.
    const d = new Doc(`${long} `.repeat(1500));
    let found = 0;
    for (let i = 0, at = 0; i < 200; i++, at += long.length + 1) {
      const start = d.text.indexOf('Whitfield', at);
      found += d.peopleIn(start, start + 9).length;
    }
    expect(d.parseBudgetSpent).toBe(false);
    expect(found).toBe(200);
  });
});

describe('Doc name cues without a parse', () => {
  const at = (d: Doc, word: string, from = 0) => {
    const start = d.text.indexOf(word, from);
    return [start, start + word.length] as const;
  };

  it('followsGivenName: a title-case word after a given name from compromise’s lexicon', () => {
    const cases: Array<[string, string, boolean]> = [
      ['Lindsay Davenport won.', 'Davenport', true],
      ['He met Hillary Clinton there.', 'Clinton', true],
      ['The Clinton campaign said so.', 'Clinton', false], // "The" is no given name
      ['LINDSAY DAVENPORT WON.', 'DAVENPORT', false], // ALL CAPS says nothing
      ['Lindsay, Davenport and Leeds.', 'Davenport', false], // a comma between
      ['O’Neil Davenport spoke.', 'Davenport', false], // only a whole word counts
    ];
    for (const [text, word, want] of cases) expect(new Doc(text).followsGivenName(...at(new Doc(text), word)), text).toBe(want);
  });

  it('precedesNameWord: a given name before a word compromise knows in names', () => {
    const cases: Array<[string, string, boolean]> = [
      ['Elizabeth Warren spoke.', 'Elizabeth', true],
      ['Elizabeth Station is closed.', 'Elizabeth', false],
      ['Paris Hilton arrived.', 'Paris', false], // "Paris" is no given name in the lexicon
    ];
    for (const [text, word, want] of cases) expect(new Doc(text).precedesNameWord(...at(new Doc(text), word)), text).toBe(want);
  });

  it('mayExtendName: a function word beside a name word is no reason to parse', () => {
    const d = new Doc('The Clinton campaign spoke. Mr Clinton spoke.');
    expect(d.mayExtendName(...at(d, 'Clinton'))).toBe(false);
    expect(d.mayExtendName(...at(d, 'Clinton', 20))).toBe(true);
  });
});

describe('personByLexicon: a person as compromise tags one, without a parse', () => {
  // [text, the run, where the lexicon sees a person start (null: only a parse can tell)]
  const cases: Array<[string, string[], number | null]> = [
    ['Maria Kowalczyk said the plan was late.', ['Maria', 'Kowalczyk'], 0], // an unknown surname after a given name
    ['Then Peter Thompson left the room.', ['Peter', 'Thompson'], 0], // a surname the lexicon knows
    ['Sofia Brandt-Okafor declined to comment.', ['Sofia', 'Brandt-Okafor'], 0],
    ['He thanked Governor Maria Kowalczyk today.', ['Governor', 'Maria', 'Kowalczyk'], 1], // a title before the given name
    ['Troops moved into Sri Lanka overnight.', ['Sri', 'Lanka'], null], // the run is a country of its own
    ['Fans walked up William Hill in the rain.', ['William', 'Hill'], null], // "hill" is a noun to the lexicon
    ['Members of the Francisco Chamber of Commerce met.', ['Francisco', 'Chamber'], null], // "of" and a name: a body
    ['Harbor Okafor spoke.', ['Harbor', 'Okafor'], null], // no given name first
    ['Maria spoke.', ['Maria'], null], // one word
    ['Reporters asked Barack Obama about it.', ['Barack', 'Obama'], 0], // a person the lexicon holds whole
  ];
  it.each(cases)('%s', (text, parts, want) => {
    const d = new Doc(text);
    const end = text.indexOf(parts.at(-1)!) + parts.at(-1)!.length;
    expect(personByLexicon(parts, text.slice(end, end + 24))).toBe(want);
    // What it tells, the parse tells too.
    if (want !== null) {
      const start = text.indexOf(parts[want]!);
      expect(d.peopleIn(start, end).some((m) => m.start <= start && m.end >= end)).toBe(true);
    }
  });
});

describe('Doc parse budget', () => {
  it('parses at most PARSE_SHARE of a long document, then reads no names', async () => {
    const { PARSE_SHARE, PARSE_FLOOR } = await import('../src/document.js');
    const text = 'Jane Roe met John Doe. '.repeat(8000); // 184,000 characters, every sentence names people
    const d = new Doc(text);
    const found = d.people();
    const parsed = new Set(found.map((n) => d.sentenceAt(n.start)!.start)).size * 'Jane Roe met John Doe.'.length; // a chunk is the sentence without its trailing space
    expect(parsed).toBeLessThanOrEqual(Math.max(PARSE_FLOOR, PARSE_SHARE * text.length));
    expect(parsed).toBeGreaterThan(0.9 * PARSE_SHARE * text.length);
    expect(found.length).toBeGreaterThan(0);
    expect(d.parseBudgetSpent).toBe(true);
  });

  it('a news-sized document stays within it', () => {
    const d = new Doc('Jane Roe met John Doe in Paris. '.repeat(50));
    expect(d.people().length).toBeGreaterThanOrEqual(100);
    expect(d.parseBudgetSpent).toBe(false);
  });
});
