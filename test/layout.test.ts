/**
 * Layout (issue 15): news as it really arrives. Wrapped lines, indented wire paragraphs, datelines,
 * headlines, bylines, tables and lists, and text as pasted. The wire stories below are invented,
 * wrapped and indented the way agencies do; their tests assert facts, not layout internals. The
 * layout tests below them pin the parts a fact depends on (paragraphs, roles, offsets).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module shared with scripts/hostile.mjs
import { wrap } from '../scripts/hostile-samples.mjs';
import { extract } from '../src/extract.js';
import { readLayout } from '../src/layout/index.js';
import { normalizePasted } from '../src/layout/normalize.js';
import { OffsetChain, Rewriter } from '../src/layout/offsets.js';
import type { DocResult } from '../src/types.js';
import { invariantViolations, SEEDS } from './helpers.js';

const wrapAt = wrap as (text: string, width: number) => string;

/** The facts of a result without offsets-independent noise: kind, text (spaces for line breaks), value fields. */
function facts(d: DocResult) {
  return {
    numbers: d.numbers.map((n) => [n.text.replace(/\s+/g, ' '), n.value, n.unit, n.approximate, n.bound]),
    dates: d.dates.map((f) => [f.text.replace(/\s+/g, ' '), f.value]),
    places: d.places.map((p) => [p.text.replace(/\s+/g, ' '), p.name, p.country]),
    quotes: d.quotes.map((q) => [q.text.replace(/\s+/g, ' '), q.speaker?.name ?? null]),
  };
}

describe('wire stories, wrapped and indented as agencies send them', () => {
  const reuters = [
    'DOCKERS END STRIKE AT ROTTERDAM AFTER PAY DEAL',
    '',
    'ROTTERDAM, March 3, 2021 (Reuters) - Dock workers at the port of',
    'Rotterdam went back to work on Tuesday after a three-week strike',
    'that cost exporters an estimated 12.5',
    'billion euros, union leaders said.',
    '    "We have won what we came for, and the port will be busy',
    'again by the weekend," Mira Kessel, head of the dockers\' union,',
    'told reporters in New',
    'York.',
    '    The deal raises pay by 4.5 pct over two years, the port',
    'authority said.',
    '    Reuter',
  ].join('\n');

  it('a quote wrapped over three lines keeps its speaker', () => {
    const d = extract(reuters);
    expect(invariantViolations(reuters, d)).toEqual([]);
    expect(d.quotes).toHaveLength(1);
    expect(d.quotes[0]!.text).toBe('We have won what we came for, and the port will be busy\nagain by the weekend,');
    expect(d.quotes[0]!.speaker?.name).toBe('Mira Kessel');
  });

  it('a figure keeps its scale word across a line break, and a place its first word', () => {
    const d = extract(reuters);
    const big = d.numbers.find((n) => n.value === 12.5e9);
    expect(big, JSON.stringify(d.numbers)).toMatchObject({ text: '12.5\nbillion', unit: 'EUR', approximate: true });
    expect(d.places.map((p) => p.text)).toContain('New\nYork');
    expect(d.places.find((p) => p.text === 'New\nYork')!.name).toBe('New York City');
  });

  it('the dateline gives its place and, with no reference date given, its date', () => {
    const d = extract(reuters);
    expect(d.title).toBe('DOCKERS END STRIKE AT ROTTERDAM AFTER PAY DEAL');
    expect(d.referenceDate).toBe('2021-03-03');
    expect(d.referenceDateFrom).toBe('dateline');
    expect(d.places[0]).toMatchObject({ text: 'ROTTERDAM', name: 'Rotterdam', country: 'NL' });
    expect(d.dates.find((x) => x.text === 'Tuesday')!.value).toBe('2021-03-02');
  });

  it('a reference date given wins over the dateline, and says where it came from', () => {
    const d = extract(reuters, { referenceDate: '2021-03-04' });
    expect(d.referenceDate).toBe('2021-03-04');
    expect(d.referenceDateFrom).toBe('option');
  });

  const ap = [
    'Storm Knocks Out Power Across Three States',
    '',
    'By JANE ROE',
    'Associated Press',
    '',
    'ATLANTA (AP) — A storm that swept across Georgia, Alabama and',
    'South Carolina on Monday left more than 300,000 homes without',
    'power, utility officials said.',
    '',
    '"This is the worst outage we have seen in a decade," said Tom',
    'Baker, a spokesman for Georgia Power. "Crews will work through',
    'the night."',
    '',
    'Outages by state:',
    '',
    'Georgia      180,000',
    'Alabama       95,000',
    'South Carolina  30,000',
  ].join('\n');

  it('AP style: blank-line paragraphs, a byline, a dateline with an agency, a quote across lines', () => {
    const d = extract(ap, { referenceDate: '2024-06-11' });
    expect(invariantViolations(ap, d)).toEqual([]);
    expect(d.title).toBe('Storm Knocks Out Power Across Three States');
    expect(d.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['This is the worst outage we have seen in a decade,', 'Tom Baker'],
      ['Crews will work through\nthe night.', 'Tom Baker'],
    ]);
    expect(d.places.slice(0, 4).map((p) => p.name)).toEqual(['Atlanta', 'Georgia', 'Alabama', 'South Carolina']);
    expect(d.numbers.find((n) => n.value === 300000)).toMatchObject({ bound: 'min', unit: 'homes' });
    // The byline's name is nobody's speaker and no place.
    expect(d.places.map((p) => p.text)).not.toContain('ROE');
  });

  const sport = [
    'SOCCER - HAMBURG HOLD ZURICH IN FRIENDLY',
    'HAMBURG 1996-08-30',
    'Hamburg drew 1-1 with Zurich in a friendly in front of 12,000',
    'fans on Friday, coach Felix Brandt said.',
    'Results on Friday:',
    'Hamburg 1 Zurich 1',
    'Bremen 0 Basel 3',
    'Dortmund 2 Salzburg 2',
  ].join('\n');

  it('a results table: its teams are not places, the prose around it still is', () => {
    const d = extract(sport);
    expect(invariantViolations(sport, d)).toEqual([]);
    expect(d.referenceDate).toBe('1996-08-30');
    expect(d.dates.find((x) => x.text === 'Friday')!.value).toBe('1996-08-30');
    const results = sport.indexOf('Results on Friday');
    expect(d.places.filter((p) => p.start > results)).toEqual([]);
    expect(d.places.filter((p) => p.start < results).map((p) => p.text)).toEqual(['HAMBURG', 'ZURICH', 'HAMBURG', 'Hamburg', 'Zurich']);
    expect(d.numbers.find((n) => n.value === 12000)).toMatchObject({ text: '12,000', unit: 'fans' });
  });

  const prices = [
    'GRAIN PRICES CLOSE HIGHER',
    '',
    '    Wheat futures rose on Thursday as dry weather in Kansas',
    'threatened the crop, traders said.',
    '    Closing prices (cents per bushel):',
    '                 Close     Prev',
    '    Wheat        612.50    604.25',
    '    Corn         455.00    452.75',
    '    Soybeans    1,210.00  1,198.50',
    '    Reuter',
  ].join('\n');

  it('a price table stays rows: its figures are numbers, and no line is joined to the prose', () => {
    const d = extract(prices, { referenceDate: '2024-06-13' });
    expect(invariantViolations(prices, d)).toEqual([]);
    expect(d.numbers.map((n) => n.value)).toEqual([612.5, 604.25, 455, 452.75, 1210, 1198.5]);
    expect(d.places.map((p) => p.name)).toEqual(['Kansas']);
    const layout = readLayout(prices);
    expect(layout.paragraphs.map((p) => p.role)).toEqual(['headline', 'prose', 'prose', 'table', 'table', 'table', 'table', 'prose']);
  });
});

describe('wrapped text gives the facts of the same text on long lines', () => {
  const seeds = readdirSync(SEEDS)
    .sort()
    .map((f) => readFileSync(join(SEEDS, f), 'utf8'));
  for (const width of [50, 70, 90]) {
    it(`the seeds wrapped at ${width} columns`, () => {
      for (const text of seeds) {
        const wrapped = wrapAt(text, width);
        expect(wrapped.length).toBe(text.length);
        const a = extract(text, { referenceDate: '2024-10-29' });
        const b = extract(wrapped, { referenceDate: '2024-10-29' });
        expect(invariantViolations(wrapped, b)).toEqual([]);
        expect(facts(b)).toEqual(facts(a));
        expect(b.numbers.map((n) => [n.start, n.end])).toEqual(a.numbers.map((n) => [n.start, n.end]));
        expect(b.quotes.map((n) => [n.start, n.end])).toEqual(a.quotes.map((n) => [n.start, n.end]));
      }
    });
  }
});

describe('paragraphs and soft line breaks', () => {
  const paragraphs = (text: string) => readLayout(text).paragraphs.map((p) => p.text);

  it('one paragraph per line (web text) keeps every line', () => {
    const text = 'Prices rose sharply in May, the agency said.\nThe central bank will meet next week to decide on rates.\nAnalysts expect a rise.';
    expect(paragraphs(text)).toEqual(text.split('\n'));
  });

  it('wrapped paragraphs between blank lines are one paragraph each, their breaks read as spaces', () => {
    const a = 'The council voted on Tuesday to close two libraries and cut the opening hours of three others, saving about 400,000 pounds a year.';
    const b = 'Library users said they would protest outside the town hall next week.';
    const text = `${wrapAt(a, 60)}\n\n${wrapAt(b, 60)}`;
    expect(text.split('\n').length).toBeGreaterThan(4);
    expect(paragraphs(text)).toEqual([a, b]);
  });

  it('wire copy: an indented first line opens a paragraph, flush lines go on', () => {
    const text = [
      '    The minister said the budget would be cut by a',
      'tenth next year, and the savings spent on schools.',
      '    Opposition leaders called the plan a gamble and',
      'said they would vote against it.',
    ].join('\n');
    expect(paragraphs(text)).toEqual([
      'The minister said the budget would be cut by a tenth next year, and the savings spent on schools.',
      'Opposition leaders called the plan a gamble and said they would vote against it.',
    ]);
  });

  it('one sentence per line, wrapped: a full line that ends a sentence still ends its paragraph', () => {
    const sentences = [
      'The airline said on Monday that it would cut 2,000 jobs over the next two years to save money.',
      'Its shares fell by nearly a tenth in early trading in London after the announcement was made.',
      'Unions said they would fight the cuts and called a meeting of their members for next Thursday.',
      'The company employs about 30,000 people around the world, most of them in Britain and Ireland.',
    ];
    expect(paragraphs(wrapAt(sentences.join('\n'), 60))).toEqual(sentences);
  });

  it('a short line before a capital ends a paragraph; a line going on in lower case does not', () => {
    expect(paragraphs('Rail strike called off\nUnions and the operator reached a deal overnight.')).toEqual([
      'Rail strike called off',
      'Unions and the operator reached a deal overnight.',
    ]);
    expect(paragraphs('The talks, which began on Monday at the\nministry, ended without a deal.')).toEqual([
      'The talks, which began on Monday at the ministry, ended without a deal.',
    ]);
  });

  it('a line without a letter or digit is a divider, not a paragraph', () => {
    expect(paragraphs('First part of the story.\n .\n* * *\n—\nSecond part.')).toEqual(['First part of the story.', 'Second part.']);
  });

  it('a short paragraph a page repeats is furniture: no paragraph of the story, unless it holds a figure', () => {
    const text = [
      '“We won the vote,” Ann Lee said.',
      'Article continues after this message.',
      'The council met for six hours.',
      'Article continues after this message.',
      'Article continues after this message.',
      '“It was close,” she said.',
    ].join('\n\n');
    expect(paragraphs(text)).toEqual(['“We won the vote,” Ann Lee said.', 'The council met for six hours.', '“It was close,” she said.']);
    expect(extract(text).quotes.map((q) => q.speaker?.name)).toEqual(['Ann Lee', 'Ann Lee']);
    // Said once, it is a sentence; repeated with a figure, its facts stay.
    expect(paragraphs('Article continues after this message.\n\nThe council met.')).toHaveLength(2);
    const dated = 'Posted 5 March 2024 by the desk\n\nThe mayor resigned.\n\nPosted 5 March 2024 by the desk';
    expect(extract(dated, { referenceDate: '2024-03-06' }).dates.map((d) => d.value)).toEqual(['2024-03-05', '2024-03-05']);
  });

  it('a word hyphenated at a line end: joined when the text says so, a compound keeps its hyphen', () => {
    const text = [
      'The government said the new rules for the inter-',
      'national shipping of grain would start in May, and the',
      'long-term plan would follow. The international body and',
      'the govern-',
      'ment both welcomed the long-',
      'term plan, as did pre-',
      'and post-war veterans.',
    ].join('\n');
    const [p] = paragraphs(text);
    expect(p).toContain('the new rules for the international shipping');
    expect(p).toContain('the government both welcomed the long-term plan');
    expect(p).toContain('as did pre- and post-war veterans');
  });

  it('a line opening with one space after a full line is a wrapped double space, not an indented paragraph', () => {
    const text = 'He said the plan was dead.  It would not come back, he added, and he would not discuss it again.';
    const wrapped = wrapAt(text, 26);
    expect(wrapped).toMatch(/\n /);
    expect(paragraphs(wrapped)).toHaveLength(1);
  });
});

describe('headline, byline, dateline', () => {
  it('a headline in title case or capitals, even with a closing period; not a sentence', () => {
    expect(readLayout('Mayor Lee Warns Council\n\nThe mayor said on Monday that cuts were coming.').headline?.text).toBe('Mayor Lee Warns Council');
    expect(readLayout('CITY HALL TO CLOSE EARLY .\nLONDON 1996-08-30\nThe hall closes at noon.').headline?.text).toBe('CITY HALL TO CLOSE EARLY .');
    expect(readLayout('The mayor said on Monday that cuts were coming.\nCouncillors disagreed.').headline).toBeNull();
  });

  it('a title-case headline glues no words into a speaker', () => {
    const d = extract('Mayor Lee Warns Council\n\n"We cannot pay for this," she said.');
    expect(d.title).toBe('Mayor Lee Warns Council');
    expect(d.quotes[0]!.speaker?.name ?? null).not.toBe('Mayor Lee Warns Council');
  });

  it('datelines: capitals and a date, a dash and an agency, a date line of its own', () => {
    const cases: Array<[string, string | null, string | null]> = [
      ['LONDON, March 3 (Reuters) - The bank said rates would stay on hold.', 'LONDON', 'March 3'],
      ['OTTAWA — The government tabled its budget on Tuesday.', 'OTTAWA', null],
      ['SAN FRANCISCO (AP) — Fog delayed flights for hours.', 'SAN FRANCISCO', null],
      ['Nairobi (Reuters) - Kenya reopened its border.', 'Nairobi', null],
      ['DENVER, Colo. (KUSA9) — Snow closed the passes.', 'DENVER', null],
      ['Floods Close Roads\nWASHINGTON 1996-08-30\nRoads were closed.', 'WASHINGTON', '1996-08-30'],
      ['Floods Close Roads\nMarch 01, 2008\nRoads were closed in the north.', null, 'March 01, 2008'],
    ];
    for (const [text, place, date] of cases) {
      const d = readLayout(text).dateline;
      expect(d, text).not.toBeNull();
      expect(d!.place?.text ?? null, text).toBe(place);
      expect(d!.date?.text ?? null, text).toBe(date);
    }
  });

  it('a first paragraph that opens with a dateline is no headline, even in near title case', () => {
    const layout = readLayout('ST. LOUIS, March 3, 2021 (Reuters) - Rain Fell on Friday.\nMore rain is due.');
    expect(layout.headline).toBeNull();
    expect(layout.dateline?.place?.text).toBe('ST. LOUIS');
  });

  it('a dateline after a headline and byline run into one paragraph (web text)', () => {
    const layout = readLayout('Floods close roads in the north. By Ann Lee. LONDON, April 5 (Reuters) - Floods closed roads on Friday.');
    expect(layout.dateline?.place?.text).toBe('LONDON');
    expect(layout.dateline?.date?.text).toBe('April 5');
  });

  it('no dateline in ordinary prose, a headline in capitals, or a sentence with a colon', () => {
    for (const text of [
      'The minister resigned on Monday. NATO - the alliance he served - said nothing.',
      'Temperatures fell by 1.5 degrees Celsius (2.7 Fahrenheit) - a record - this winter.',
      'The bank said on Tuesday - after a long meeting - that rates would stay.',
      'BANK HOLDS RATES\n\nThe bank held rates.',
      'Officials said: the border stays shut.',
    ]) {
      expect(readLayout(text).dateline, text).toBeNull();
    }
  });

  it('a byline is found and read as no sentence', () => {
    const layout = readLayout('Rain Returns\n\nBy Ann Lee and Tom Cho\n\nRain fell across the region on Sunday.');
    expect(layout.byline?.text).toBe('By Ann Lee and Tom Cho');
    expect(layout.paragraphs.map((p) => p.role)).toEqual(['headline', 'byline', 'prose']);
  });
});

describe('tables and lists', () => {
  const roles = (text: string) => readLayout(text).paragraphs.map((p) => (p.row ? `${p.role}:${p.row}` : p.role));

  it('results, fixtures, earnings, columns and bullets are rows or items', () => {
    expect(roles('Leeds 2 Fulham 1\nStoke City 0 Hull 0')).toEqual(['table:results', 'table:results']);
    expect(roles('Leeds v Fulham\nStoke City v Hull')).toEqual(['table:results', 'table:results']);
    expect(roles('Shr 1.20 dlrs vs 1.10 dlrs\nNet 4,500,000 vs 3,900,000\n12 mths\nRevs 91.2 mln vs 80.4 mln')).toEqual([
      'table:figures',
      'table:figures',
      'table:figures',
      'table:figures',
    ]);
    expect(roles('Name\tClub\nAnn Lee\tLeeds\nTom Cho\tHull')).toEqual(['table:columns', 'table:columns', 'table:columns']);
    expect(roles('The plan has three parts:\n- more buses\n- cheaper fares\n- longer hours')).toEqual(['prose', 'list', 'list', 'list']);
  });

  it('a squad list with clubs in brackets is a list, not sentences; a sentence naming two players is prose', () => {
    expect(roles('Squad:\n\nGoalkeepers: Ann Lee (Leeds), Tom Cho (Hull), Ida Moss (York)\n\nDefenders: Sam Hill (Stoke); Jo Park (Derby); Al Rix (Bury)')).toEqual(['prose', 'list', 'list']);
    expect(roles('The coach said Ann Lee (Leeds) and Tom Cho (Hull) would start, and that Ida Moss (York) was injured.')).toEqual(['prose']);
  });

  it('prose that looks a little like a table stays prose', () => {
    // Two typed double spaces inside long sentences; a sentence with figures and function words.
    expect(roles('European countries that  have been targeted said the hackers  and their backers would pay for it.')).toEqual(['prose']);
    expect(roles('Wheat rose to 3.45 from 3.20 a bushel.\nCorn fell to 2.10 from 2.25 a bushel.')).toEqual(['prose', 'prose']);
    // A dash that a wrap put at a line start is no bullet.
    expect(readLayout('The plan, which the mayor announced on Monday at the city hall\n- and which the council must still approve - costs a lot.').paragraphs).toHaveLength(1);
  });

  it('a wrapped line is never joined to a row', () => {
    expect(readLayout('Results on the last day of the season were as follows:\nLeeds 2 Fulham 1\nStoke City 0 Hull 0').paragraphs).toHaveLength(3);
  });
});

describe('text as pasted', () => {
  it('CRLF, tabs, no-break and thin spaces, soft hyphens: the facts of the plain text, offsets into the text as given', () => {
    const plain = 'Officials in New York said 2,500 workers walked out on Monday.';
    const pasted = 'Officials\u00a0in New\u2009York said 2,500 wor\u00adkers walked out\ton Monday.\r\n';
    const a = extract(plain, { referenceDate: '2024-10-29' });
    const b = extract(pasted, { referenceDate: '2024-10-29' });
    expect(invariantViolations(pasted, b)).toEqual([]);
    expect(facts(b).places).toEqual(facts(a).places);
    expect(b.numbers[0]).toMatchObject({ value: 2500, unit: 'workers', text: '2,500' });
    expect(b.dates[0]!.value).toBe(a.dates[0]!.value);
  });

  it('HTML character references are read as their characters; a fact over one spans the whole reference', () => {
    const text = 'Shares of AT&amp;T rose 5&#37; to &pound;40 in S&atilde;o Paulo, where the caf&eacute; said &#8220;never again&#8221;.';
    const d = extract(text, { referenceDate: '2024-10-29' });
    expect(invariantViolations(text, d)).toEqual([]);
    expect(d.numbers.map((n) => [n.text, n.value, n.unit])).toEqual([
      ['5', 5, 'percent'],
      ['40', 40, 'GBP'],
    ]);
    expect(d.places.map((p) => [p.text, p.name])).toEqual([['S&atilde;o Paulo', 'São Paulo']]);
    expect(d.quotes.map((q) => q.text)).toEqual(['never again']);
  });

  it('a soft hyphen at a line end joins the word it broke; C1 controls are their windows-1252 characters', () => {
    const text = 'Floods hit the north of Ger\u00AD\nmany and the port of Ham&shy;\nburg, officials said\u0085 \u0093It is bad,\u0094 one said.';
    const d = extract(text, { referenceDate: '2024-10-29' });
    expect(invariantViolations(text, d)).toEqual([]);
    expect(d.places.map((p) => p.name)).toEqual(['Germany', 'Hamburg']);
    expect(d.quotes.map((q) => q.text)).toEqual(['It is bad,']);
    expect(normalizePasted('a &#150; b &#146;s').text).toBe('a – b ’s');
  });

  it('unknown references and bare ampersands stay as written', () => {
    const r = normalizePasted('R&D costs &bogus; and &#xZZ; stayed; &#3;end');
    expect(r.text).toBe('R&D costs &bogus; and &#xZZ; stayed; end');
  });
});

describe('offset maps', () => {
  it('map replaced, deleted and inserted runs back to the text as given', () => {
    const src = 'ab&amp;cd\r\nef\u00adgh';
    const first = normalizePasted(src);
    expect(first.text).toBe('ab&cd\nefgh');
    const w = new Rewriter(first.text);
    w.replace(5, 6, ' '); // the line end as a space: same length, no edit
    const second = w.finish();
    const chain = new OffsetChain([first.map, second.map]);
    const span = (s: number, e: number) => {
      const [a, b] = chain.span(s, e);
      return src.slice(a, b);
    };
    expect(span(2, 3)).toBe('&amp;');
    expect(span(0, 5)).toBe('ab&amp;cd');
    expect(span(3, 5)).toBe('cd');
    expect(span(6, 10)).toBe('ef\u00adgh');
    expect(span(8, 10)).toBe('gh');
  });
});
