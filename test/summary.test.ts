/** The summary's figures: grouping by qualifier and counted noun, sources, measures, and the pretty view. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { prettyDocument, prettySummary } from '../src/output/pretty.js';
import { absorb, contribution, DOCUMENT_LIMIT, emptyPartial, FIGURE_MENTION_LIMIT, finish, MENTION_LIMIT, mergePartials, packShare, shareStrings, type Summary } from '../src/summary/summary.js';
import { rng, SEEDS } from './helpers.js';

/** The summary of invented texts. */
function summaryOf(texts: Record<string, string>): Summary {
  const p = emptyPartial();
  for (const [id, text] of Object.entries(texts)) absorb(p, contribution(extract(text, { id })));
  return finish(p);
}

const figure = (s: Summary, about: string) => s.figures.find((f) => f.about === about);

describe('summary figures', () => {
  const s = summaryOf({
    a: 'Coast guard officials estimate that around 4,000 Moldovan volunteers crossed the river.',
    b: 'According to Interior Ministry figures, 5,500 Moldovan helpers crossed the river last week.',
    c: 'Some 900 Romanian volunteers joined them, the Romanian Red Cross said.',
    d: 'The convoy stopped 12 km from the border. A second one waited 30 km away.',
  });

  it('groups numbers by qualifier and counted noun, through the synonym table', () => {
    expect(figure(s, 'Romanian volunteers')?.values.map((v) => v.value)).toEqual([900]);
    expect(figure(s, 'Moldovan volunteers')?.values.map((v) => v.value)).toEqual([4000]);
  });

  it('names the source: a reporting verb\'s subject, or "according to"', () => {
    expect(figure(s, 'Moldovan helpers')?.values[0]?.sources).toEqual(['Interior Ministry']);
    expect(figure(s, 'Romanian volunteers')?.values[0]?.sources).toEqual(['Romanian Red Cross']);
    const m = figure(s, 'Romanian volunteers')!.values[0]!.mentions[0]!;
    expect(m.sentence).toBe('Some 900 Romanian volunteers joined them, the Romanian Red Cross said.');
  });

  it('takes no month, weekday or function word for a source, but an acronym is one', () => {
    const src = (text: string) => extract(text).numbers.filter((n) => !n.ordinal).map((n) => n.source ?? null);
    expect(src('February saw 300 new factories open, Statistics Norway said.')).toEqual(['Statistics Norway']);
    expect(src('As said before, 40 ships are idle.')).toEqual([null]);
    expect(src('Figures show 40 ships are idle.')).toEqual([null]);
    expect(src('The US said 25 ships were idle, and the WHO said 12 clinics closed.')).toEqual(['US', 'WHO']);
  });

  it('takes no source after the number from a subordinate clause, but one after its comma', () => {
    const src = (text: string) => extract(text).numbers.filter((n) => !n.ordinal).map((n) => n.source ?? null);
    // the case, a sibling with another conjunction, and the trap: the sentence's own attribution
    expect(src('The leaders spoke in a call lasting 40 minutes, after the Dutch envoy to Nato said talks were over.')).toEqual([null]);
    expect(src('Fares rose 3% because the Transport Ministry said costs had climbed.')).toEqual([null]);
    expect(src('Output fell 2% in May after a 1% gain in April, the Statistics Office said.')).toEqual(['Statistics Office', 'Statistics Office']);
    // "according to" names the source wherever it stands, without the sentence's stop
    expect(src('Rents rose 4% since January according to the Housing Survey.')).toEqual(['Housing Survey']);
    expect(src('Sales fell 3% in a year, according to Acme Corp.')).toEqual(['Acme Corp.']);
  });

  it('does not call two distances a disagreement', () => {
    expect(figure(s, 'km')).toMatchObject({ disagreement: false });
    expect(figure(s, 'km')!.values.map((v) => v.value)).toEqual([12, 30]);
  });

  it('does not call two ages, two prices or two rates a disagreement', () => {
    const t = summaryOf({
      a: 'Okafor, 41, was hurt. Wheat sold at 210 euros a tonne, and Kivu paid USD40m.',
      b: 'Lindqvist, 63, was hurt. Maize sold at 180 euros a tonne, and Tanga paid USD55m.',
    });
    for (const about of ['year-old', 'EUR per tonne', 'USD']) {
      expect(figure(t, about), about).toMatchObject({ disagreement: false });
      expect(figure(t, about)!.values.length, about).toBe(2);
    }
  });

  it('does not take a comparison for what a share measures ("140 pct higher" and "80 pct higher" of two things)', () => {
    const t = summaryOf({
      a: 'Bond turnover in Oslo on March 3, 2025 was 140 pct higher than a year earlier, the exchange said. Total turnover was 410.5 billion crowns, against 388.2 billion crowns in February.',
      b: 'Share turnover in Oslo on March 3, 2025 was 80 pct higher than a year earlier, the exchange said. Total turnover was 410.5 billion crowns, against 388.2 billion crowns in February.',
    });
    expect(t.figures.filter((f) => f.disagreement)).toEqual([]);
    expect(t.figures.find((f) => f.about === 'percent higher')).toBeUndefined();
    const u = summaryOf({
      a: 'Bond turnover in Oslo on March 3, 2025 was 40 pct lower than a year earlier, the exchange said. Total turnover was 410.5 billion crowns, against 388.2 billion crowns in February.',
      b: 'Share turnover in Oslo on March 3, 2025 was 25 pct lower than a year earlier, the exchange said. Total turnover was 410.5 billion crowns, against 388.2 billion crowns in February.',
    });
    expect(u.figures.filter((f) => f.disagreement)).toEqual([]);
  });

  it('takes no auxiliary for what a measure measures ("a 1.95 billion dlr loan has been", "a £350m stadium had")', () => {
    const r = extract('The 1.95 billion dlr loan has been subscribed, and the new £350m stadium had no effect. A £40m bid was made, and £2m were spent.');
    expect(r.numbers.map((n) => n.event ?? null)).toEqual(['loan', 'stadium', 'offer', null]);
  });

  it('keeps a singular in -s whole in what a measure measures ("gas", "bonus", "crisis"), and a plural loses its -s', () => {
    const r = extract('The plant burns 40 mln cubic feet gas, staff got a $900 bonus, the firm set aside a $2m crisis fund, and a £5m grants pot opened.');
    expect(r.numbers.map((n) => n.event ?? null)).toEqual(['gas', 'bonus', 'fund', 'pot']);
    const t = extract('It spent a $3m bonus pool and $4m grants, and Israelis paid a 2m shekel levy.');
    expect(t.numbers.map((n) => n.event ?? null)).toEqual(['pool', 'grant', 'levy']);
  });

  it('reads past a unit of several words to what a measure measures ("2 cubic metres water", "35 mln cubic feet gas")', () => {
    const r = extract('The tank holds 2 cubic metres water, the firm hired a 3 cubic yard skip, and the town built a 4 km road.');
    expect(r.numbers.map((n) => n.event ?? null)).toEqual(['water', 'skip', 'road']);
    // gas fields' figures of different kinds under one unit are no disagreement
    const t = summaryOf({
      a: 'Planned daily output is 35 mln cubic feet gas, the operator said.',
      b: 'Reserves were revised down by 30.9 mln cubic feet, the company said.',
    });
    expect(t.figures.filter((f) => f.disagreement)).toEqual([]);
  });

  it('puts troops and soldiers of one qualifier together, apart from another', () => {
    const t = summaryOf({
      a: 'Officials said about 2,000 Serbian troops had arrived in the valley near Sarajevo and Tuzla in Bosnia.',
      b: 'Nearly 2,500 Serbian soldiers are now in the valley between Sarajevo and Tuzla in Bosnia, officials said.',
      c: 'Some 800 Croatian soldiers stayed behind in Sarajevo and Tuzla.',
    });
    expect(figure(t, 'Serbian troops')).toMatchObject({ disagreement: true });
    expect(figure(t, 'Serbian troops')!.values.map((v) => v.value)).toEqual([2000, 2500]);
    expect(figure(t, 'Croatian troops')).toMatchObject({ disagreement: false });
  });
});

describe('figure sources on hostile text', () => {
  it('scans a long run of capitalised names and reporting verbs without trouble', () => {
    const text = 'Officials Said '.repeat(3000) + 'that 40 Ruritanian troops said ' + 'Ministry said, who said '.repeat(3000) + '.';
    const s = summaryOf({ a: text });
    expect(s.figures[0]!.values[0]!.mentions[0]!.sentence!.length).toBeLessThanOrEqual(302);
  });
});

describe('pretty summary of the seeds', () => {
  const p = emptyPartial();
  for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt')).sort()) {
    const text = readFileSync(join(SEEDS, f), 'utf8');
    absorb(p, contribution(extract(text, { id: f.replace(/\.txt$/, ''), referenceDate: '2024-10-29' })));
  }
  const out = prettySummary(finish(p), new Chalk({ level: 0 }));
  const lines = out.trimEnd().split('\n');

  it('matches the reviewed text snapshot test/snapshots/seeds-summary.txt (UPDATE_SNAPSHOTS=1 rewrites it)', () => {
    const file = join(SEEDS, '..', 'test', 'snapshots', 'seeds-summary.txt');
    if (process.env.UPDATE_SNAPSHOTS === '1') writeFileSync(file, out);
    expect(out).toBe(readFileSync(file, 'utf8'));
  });

  it('fits 100 columns, and so do the documents\' blocks', () => {
    expect(lines.filter((l) => l.length > 100)).toEqual([]);
    const blocks = readdirSync(SEEDS)
      .filter((x) => x.endsWith('.txt'))
      .map((f) => prettyDocument(extract(readFileSync(join(SEEDS, f), 'utf8'), { id: f, referenceDate: '2024-10-29' }), new Chalk({ level: 0 })));
    expect(blocks.join('').split('\n').filter((l) => l.length > 100)).toEqual([]);
  });

  it('shows where sources differ first, with the North Korean troop counts and their sources', () => {
    expect(lines[1]).toBe('  Where sources differ');
    expect(lines[2]).toBe('    North Korean troops');
    const section = lines.slice(2, lines.findIndex((l, i) => i > 1 && /^ {2}\S/.test(l)));
    const text = section.join('\n');
    for (const v of ['~10,000', '~11,000', '~13,000']) expect(text).toContain(v);
    expect(text).toContain('South Korean intelligence');
    expect(text).toContain('Ukrainian intelligence');
    // Each value shows the sentence it was read in.
    expect(text).toContain('“South Korean intelligence places the number at approximately 13,000');
    expect(out).not.toMatch(/\x1b\[/);
  });
});

describe('summary places: one entry per name and country, whatever the order', () => {
  it('two towns of one name in one country give the coordinates given most often, in any merge order', () => {
    const texts = [
      'Officials in Rochester, Minnesota, said 3 people were hurt.',
      'Officials in Rochester, New York, said 3 people were hurt.',
      'Police in Rochester, New York, said the road was shut.',
    ];
    const parts = texts.map((t, i) => contribution(extract(t, { id: `r${i}` })));
    const forward = finish(parts.reduce((a, b) => mergePartials(a, b), emptyPartial()));
    const backward = finish([...parts].reverse().reduce((a, b) => mergePartials(a, b), emptyPartial()));
    expect(backward).toEqual(forward);
    const rochester = forward.places.find((p) => p.name === 'Rochester')!;
    expect([rochester.lat, rochester.lon]).toEqual([43.1548, -77.6156]);
  });
});

describe('summary timeline', () => {
  it('gives each date the sentence it is in, with the document title', () => {
    const s = summaryOf({
      a: 'Talks open\n\nThe talks opened in Geneva on 4 March 2025. Delegates met again in the week of 3 March 2025.',
    });
    const day = s.timeline.find((t) => t.value === '2025-03-04')!;
    expect(day.mentions[0]!.sentence).toBe('The talks opened in Geneva on 4 March 2025.');
    expect(day.mentions[0]!.title).toBe('Talks open');
    const week = extract('It happened in the second week of March 2025.', { id: 'w' }).dates;
    expect(week.every((d) => d.value === null || typeof d.sentence === 'string')).toBe(true);
  });
});

describe('summary size stays bounded (MENTION_LIMIT, DOCUMENT_LIMIT)', () => {
  // 250 documents, each with a quote by one speaker, a date, a figure and a place: more than the limits.
  const docs = Array.from({ length: 250 }, (_, i) =>
    extract(`“We will hold firm,” said Jane Roe in Paris on 3 March 2024. About 4,000 Moldovan volunteers crossed the river.`, { id: `d${String(i).padStart(3, '0')}` }),
  );

  it('lists the first MENTION_LIMIT mentions in document order and counts them all', () => {
    const p = emptyPartial();
    for (const d of docs) absorb(p, contribution(d));
    const s = finish(p);
    const roe = s.speakers.find((x) => x.name === 'Jane Roe')!;
    expect(roe.quotes).toBe(250);
    expect(roe.documentCount).toBe(250);
    expect(roe.documents).toEqual(docs.slice(0, DOCUMENT_LIMIT).map((d) => d.id));
    expect(roe.said.map((m) => m.doc)).toEqual(docs.slice(0, MENTION_LIMIT).map((d) => d.id));
    const day = s.timeline.find((t) => t.value === '2024-03-03')!;
    expect(day.count).toBe(250);
    expect(day.mentions).toHaveLength(MENTION_LIMIT);
    const v = figure(s, 'Moldovan volunteers')!.values[0]!;
    expect([v.count, v.mentions.length, v.documentCount, v.documents.length]).toEqual([250, FIGURE_MENTION_LIMIT, 250, DOCUMENT_LIMIT]);
    const paris = s.places.find((x) => x.name === 'Paris')!;
    expect([paris.mentions, paris.documentCount, paris.documents]).toEqual([250, 250, docs.slice(0, DOCUMENT_LIMIT).map((d) => d.id)]);
  });

  it('gives the same summary whatever the order and grouping of the merge', () => {
    const single = finish(docs.reduce((p, d) => absorb(p, contribution(d)), emptyPartial()));
    const next = rng(11);
    for (let round = 0; round < 5; round++) {
      const shuffled = [...docs].sort(() => next() - 0.5);
      const parts: ReturnType<typeof emptyPartial>[] = [];
      for (let i = 0; i < shuffled.length; ) {
        const n = 1 + Math.floor(next() * 60);
        parts.push(shuffled.slice(i, i + n).reduce((p, d) => absorb(p, contribution(d)), emptyPartial()));
        i += n;
      }
      expect(finish(parts.reduce((a, b) => mergePartials(a, b), emptyPartial()))).toEqual(single);
    }
  });
});

describe('shares cloned across threads (shareStrings)', () => {
  // One wire story run by three outlets, and a second story: what workers hand over, cloned.
  const story = 'Rescuers said 41 people were killed and about 120 injured when the ferry capsized off Ambon on Tuesday, the Indonesian navy said.';
  const docs = [
    extract(story, { id: 'outlet-a', referenceDate: '2025-03-06' }),
    extract(story, { id: 'outlet-b', referenceDate: '2025-03-06' }),
    extract(story, { id: 'outlet-c', referenceDate: '2025-03-06' }),
    extract('The council said 300 homes were flooded in Leeds on Monday and 12 people were rescued.', { id: 'other', referenceDate: '2025-03-06' }),
  ];
  // As a worker hands them over (packed: packShare), and as a per-document reply (not packed).
  const cloned = (packed = true) => docs.map((d) => structuredClone(packed ? packShare(contribution(d)) : contribution(d)));

  it('leave the summary as it was, packed or not', () => {
    const plain = finish(docs.reduce((p, d) => absorb(p, contribution(d)), emptyPartial()));
    for (const packed of [true, false]) expect(finish(cloned(packed).reduce((p, c) => absorb(p, shareStrings(c)), emptyPartial()))).toEqual(plain);
    // Four documents merged into one share first, as a worker keeps them.
    const kept = docs.reduce((p, d) => absorb(p, contribution(d)), emptyPartial());
    expect(finish(absorb(emptyPartial(), shareStrings(structuredClone(packShare(kept)))))).toEqual(plain);
  });

  it("pack a share's words as numbers, which absorb refuses until they are unpacked", () => {
    const share = packShare(contribution(docs[0]!));
    const claim = [...share.figures.values()].flatMap((g) => [...g.reporters.values()]).flatMap((r) => r.claims)[0]!;
    expect(typeof claim.words![0]).toBe('number');
    expect(share.words).toContain('capsiz');
    expect(() => absorb(emptyPartial(), share)).toThrow(/shareStrings/);
  });

  it('keep one object for a claim several documents make, and one for each that only one makes', () => {
    const p = cloned().reduce((acc, c) => absorb(acc, shareStrings(c)), emptyPartial());
    const killed = [...p.figures.values()].find((g) => [...g.reporters.values()].some((r) => r.claims.some((c) => c.value === 41)))!;
    const claims = [...killed.reporters.values()].map((r) => r.claims.find((c) => c.value === 41)!);
    expect(claims).toHaveLength(3);
    expect(claims[1]).toBe(claims[0]);
    expect(claims[2]).toBe(claims[0]);
    const homes = [...p.figures.values()].flatMap((g) => [...g.reporters.values()]).flatMap((r) => r.claims).filter((c) => c.value === 300);
    expect(homes).toHaveLength(1);
    expect(homes[0]).not.toBe(claims[0]);
  });
});

describe('summary speakers: one person, one identity', () => {
  const s = summaryOf({
    a: '“We will rebuild,” said Daniel Okafor, the prime minister.',
    b: '“It will take years,” Mr. Okafor told reporters on Tuesday.',
    c: 'The prime minister, Daniel O. Okafor, said the budget was “fully funded.”',
    d: '“Talks resume on Monday,” said Andriy Sybiha. “We are ready,” Sybiha added.',
    e: '“The door is open,” Foreign Minister Andrii Sybiha said.',
    f: '“I disagree,” said Grace Lind.',
    g: '“So do I,” said Tom Lind.',
    h: '“Not me,” Ms. Lind said.',
  });
  const speaker = (name: string) => s.speakers.filter((sp) => sp.name === name || sp.aliases.includes(name));

  it('lists a person named three ways in three documents once', () => {
    const okafor = speaker('Daniel Okafor');
    expect(okafor).toHaveLength(1);
    expect(okafor[0]).toMatchObject({ id: 'daniel-okafor', quotes: 3, documentCount: 3, documents: ['a', 'b', 'c'] });
    expect([okafor[0]!.name, ...okafor[0]!.aliases].sort()).toEqual(['Daniel O. Okafor', 'Daniel Okafor', 'Okafor']);
  });

  it('meets transliterations of one name', () => {
    const sybiha = s.speakers.filter((sp) => sp.id === 'andri-sibiha');
    expect(sybiha).toHaveLength(1);
    expect(sybiha[0]).toMatchObject({ quotes: 3, documentCount: 2 });
    expect([sybiha[0]!.name, ...sybiha[0]!.aliases].sort()).toEqual(['Andrii Sybiha', 'Andriy Sybiha']);
  });

  it('leaves a surname alone when two people share it', () => {
    expect(s.speakers.map((sp) => sp.id)).toEqual(expect.arrayContaining(['grace-lind', 'tom-lind', 'lind']));
  });

  it('gives every quote the id and the offsets of the mention that decided its speaker', () => {
    const text = '“Not again,” Sam Hill scoffed. “We tried,” he said.';
    const quotes = extract(text, { only: ['quotes'] }).quotes;
    for (const q of quotes) {
      expect(q.speaker?.id).toBe('sam-hil');
      expect(text.slice(q.speaker!.start, q.speaker!.end)).toBe('Sam Hill');
    }
  });
});
