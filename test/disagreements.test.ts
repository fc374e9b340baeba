/**
 * Where sources differ (src/summary/compare.ts), on invented clusters of two or three short
 * articles: each row is a cluster, the figure group it is about, and whether a careful reader
 * would call it a disagreement. Rows come in threes where they can: the case, a sibling that must
 * also work, and a trap that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { agree, claimOf, commonItem, rangeClaim, sameStory } from '../src/summary/compare.js';
import { absorb, contribution, emptyPartial, finish, type Summary } from '../src/summary/summary.js';
import { around, levelOfAnotherTime, sourceIdentity } from '../src/summary/figures.js';

function summaryOf(texts: readonly string[]): Summary {
  const p = emptyPartial();
  texts.forEach((text, i) => absorb(p, contribution(extract(text, { id: `d${i}` }))));
  return finish(p);
}

interface Row {
  name: string;
  docs: string[];
  about: string;
  disagreement: boolean;
}

const ROWS: Row[] = [
  {
    name: 'two counts of the injured in one ferry accident',
    docs: [
      'A ferry from Porto hit the pier at Lisbon harbour in Portugal on Monday, and 31 people were injured, police said.',
      'Police said 35 people were injured when the ferry from Porto hit the harbour pier in Lisbon, Portugal.',
    ],
    about: 'people injured',
    disagreement: true,
  },
  {
    name: 'sibling: the dead, written with a bare participle',
    docs: [
      'Floods swept through Krakow and Warsaw in Poland on Sunday and 14 people died, officials said.',
      'Officials said the floods in Krakow and Warsaw, Poland, killed 19 people on Sunday.',
    ],
    about: 'people killed',
    disagreement: true,
  },
  {
    name: 'trap: the injured and the dead of one event are two quantities',
    docs: [
      'The blast at the Krasno chemical plant in Bulgaria killed 12 people, officials in Krasno said.',
      'Officials in Krasno said 30 people were injured by the blast at the chemical plant in Bulgaria.',
    ],
    about: 'people killed',
    disagreement: false,
  },
  {
    name: 'trap: a bound the other value satisfies agrees',
    docs: [
      'More than 300 miners in Ostrava in the Czech Republic joined the strike, union leaders in Ostrava said.',
      'Union leaders in Ostrava said 326 miners in the Czech Republic joined the strike.',
    ],
    about: 'miners',
    disagreement: false,
  },
  {
    name: 'trap: a hedge agrees with a value it rounds',
    docs: [
      'About 10,000 fans in Lyon in France watched the final, the Lyon club said.',
      'The Lyon club said 10,200 fans in France watched the final.',
    ],
    about: 'fans',
    disagreement: false,
  },
  {
    name: 'trap: two stories in two countries share a noun and nothing else',
    docs: [
      'In Nairobi, Kenya, 40 teachers went on strike over pay on Tuesday.',
      'In Lima, Peru, 55 teachers went on strike over pay on Thursday.',
    ],
    about: 'teachers',
    disagreement: false,
  },
  {
    name: 'trap: one article that uses the noun for several quantities is not compared',
    docs: [
      'The Orsolya ferry sank near Split in Croatia with 129 passengers on board; 4 passengers were still in hospital on Friday.',
      'The Orsolya ferry, carrying 120 passengers, sank near Split in Croatia.',
    ],
    about: 'passengers',
    disagreement: false,
  },
  {
    name: 'trap: a threat is not a report of what happened',
    docs: [
      'Borduria threatened to fire four rockets at Syldavia, officials in Klow said.',
      'Officials in Klow said Borduria fired three rockets at Syldavia.',
    ],
    about: 'rockets',
    disagreement: false,
  },
  {
    name: 'trap: their two children and their three children are two families',
    docs: [
      'The Varga family of Szeged in Hungary and their two children died in the crash near Szeged.',
      'The Kovacs family of Szeged in Hungary and their three children died in the crash near Szeged.',
    ],
    about: 'children killed',
    disagreement: false,
  },
  {
    name: 'sibling: two named sources on one crowd, several-fold apart',
    docs: [
      'Police said 5,000 protesters marched from Graz to Vienna in Austria on Saturday.',
      'Organisers said 20,000 protesters marched from Graz to Vienna in Austria on Saturday.',
    ],
    about: 'protesters',
    disagreement: true,
  },
  {
    name: 'one document gives one toll two values a hair apart (headline and body)',
    docs: [
      'Ferry capsizes off Mindoro: 48 killed\n\nAt least 49 people were killed when a ferry capsized off Mindoro in the Philippines on Friday, the coast guard in Mindoro said.',
      'The coast guard said the ferry capsized off Mindoro in the Philippines on Friday.',
    ],
    about: 'people killed',
    disagreement: true,
  },
  {
    name: 'sibling: a count of the injured restated a little lower further down',
    docs: [
      'A total of 212 people were injured when a stand collapsed at Kelso Park stadium in Glasgow on Saturday, police in Glasgow said. Police in Glasgow later said 208 people were injured when the Kelso Park stand collapsed.',
    ],
    about: 'people injured',
    disagreement: true,
  },
  {
    name: 'an offer written before its sum and one written after it, for one company',
    docs: [
      'In Oslo and Bergen, Norway, the Fjord Shipping board said on Monday it had received an offer of $4.2 billion from Skagen Lines.',
      'Skagen Lines made a $4.6 billion offer for Fjord Shipping, the board in Oslo and Bergen, Norway, said on Monday.',
    ],
    about: 'USD offer',
    disagreement: true,
  },
  {
    name: 'sibling: a bid worth a sum is an offer too',
    docs: [
      'In Oslo and Bergen, Norway, Skagen Lines tabled a bid worth $4.2 billion for Fjord Shipping on Monday, the board said.',
      'The Fjord Shipping board in Oslo and Bergen, Norway, rejected a $4.6 billion offer from Skagen Lines on Monday.',
    ],
    about: 'USD offer',
    disagreement: true,
  },
  {
    name: 'trap: a sum after a noun that is not an offer is not grouped with offers',
    docs: [
      'In Oslo and Bergen, Norway, Fjord Shipping reported a profit of $4.2 billion on Monday, the board said.',
      'The Fjord Shipping board in Oslo and Bergen, Norway, rejected a $4.6 billion offer from Skagen Lines on Monday.',
    ],
    about: 'USD offer',
    disagreement: false,
  },
  {
    name: 'trap: one report gives close rates of two things (a measure does not contradict itself)',
    docs: ['The Treasury in Strelsau sold 900 mln dlrs of notes with a 10.5 pct coupon on Monday. The Treasury in Strelsau also sold 500 mln dlrs of debentures with an 11 pct coupon.'],
    about: 'percent coupon',
    disagreement: false,
  },
  {
    name: "trap: a named source and the document's own voice are not two sources",
    docs: [
      'The Treasury in Ruritania sold 900 mln dlrs of notes with a 10.5 pct coupon on Monday, dealers in Strelsau said. It also sold 500 mln dlrs of debentures in Strelsau with an 11 pct coupon.',
    ],
    about: 'percent coupon',
    disagreement: false,
  },
  {
    name: 'trap: one sentence that updates a toll from one value to the next',
    docs: ['The coast guard in Mindoro revised the ferry toll: 48 people were killed on Friday, and 49 people were killed by Saturday.'],
    about: 'people killed',
    disagreement: false,
  },
  {
    name: 'a bid and an offer for one company are one proposal to buy it',
    docs: [
      'Halvorsen Foods of Bergen made a $4.2 billion bid for Brightwater Dairy of Oslo, Norway, on Monday.',
      "Brightwater Dairy of Oslo, Norway, rejected the $4.6 billion offer from Halvorsen Foods of Bergen on Monday.",
    ],
    about: 'USD offer',
    disagreement: true,
  },
  {
    name: 'trap: a document with two bids for two companies does not contradict the one the other gives',
    docs: [
      'Copperline Farms turned down a $3.1 billion bid from Nordvik Agri last year. Halvorsen Foods of Bergen made a $4.2 billion bid for Brightwater Dairy of Oslo, Norway, on Monday.',
      'Brightwater Dairy of Oslo, Norway, is weighing the $4.2 billion offer Halvorsen Foods of Bergen made on Monday, a year after Copperline Farms turned down Nordvik Agri.',
    ],
    about: 'USD offer',
    disagreement: false,
  },
  {
    name: 'trap: a document that states the other value itself does not contradict it',
    docs: [
      'Fenwick Exchange rejected the £2.3bn offer from Marlow Group, and Corvo Markets is said to be ready to raise £2.5bn to fund a rival move for Fenwick Exchange in London.',
      'Corvo Markets is preparing a £2.5bn offer for Fenwick Exchange of London, rivalling the bid from Marlow Group.',
    ],
    about: 'GBP offer',
    disagreement: false,
  },
  {
    name: 'trap: two teams lost two and three games of one tournament (its name is no common ground)',
    docs: [
      'Scotland and Wales have lost their opening two Western Cup games, and Cardiff hosts the next round.',
      'Ireland, who have lost three Western Cup games in a row, wasted a half-time lead in Limerick.',
    ],
    about: 'Western Cup games',
    disagreement: false,
  },
  {
    name: 'a metric figure and its customary conversion agree (summary-unit-conversions.tsv)',
    docs: [
      'The storm dropped a 20 cm snowfall on Oslo and Bergen in Norway on Monday, forecasters said.',
      'Forecasters said the storm dropped a 7.9-inch snowfall on Oslo and Bergen, Norway, on Monday.',
    ],
    about: 'cm snowfall',
    disagreement: false,
  },
  {
    name: 'sibling: a conversion rounded loosely still agrees',
    docs: [
      'Crews in Oslo and Bergen, Norway, said on Monday that the new 40-mile road will open in May.',
      'The new 65 km road will open in May, crews in Oslo and Bergen, Norway, said on Monday.',
    ],
    about: 'km road',
    disagreement: false,
  },
  {
    name: 'trap: a customary figure that no rounding makes the metric one disagrees',
    docs: [
      'The storm dropped a 20 cm snowfall on Oslo and Bergen in Norway on Monday, forecasters said.',
      'Forecasters said the storm dropped a 12-inch snowfall on Oslo and Bergen, Norway, on Monday.',
    ],
    about: 'cm snowfall',
    disagreement: true,
  },
  {
    name: "trap: two players' caps whose sentences share only a tournament's two-word name",
    docs: ['Marsh, who won 27 caps before the Ardent Trophy, retires.', 'With 51 caps and an Ardent Trophy medal, Ortega is now a coach.'],
    about: 'caps',
    disagreement: false,
  },
  {
    name: 'people taken to hospital, counted by two reports in other words',
    docs: [
      'A tram left the rails in Ghent and Bruges in Belgium on Friday, and 45 people were taken to hospital, the fire service said.',
      'The fire service said more than 60 injured people had been rushed to two city hospitals in Ghent and Bruges, Belgium, on Friday.',
    ],
    about: 'people hospitalised',
    disagreement: true,
  },
  {
    name: 'sibling: people taken into custody after one protest',
    docs: [
      'Police in Tartu and Narva in Estonia said 14 protesters were taken into custody on Saturday after the march.',
      'After the march in Tartu and Narva, Estonia, on Saturday, 22 protesters were arrested, police said.',
    ],
    about: 'protesters arrested',
    disagreement: true,
  },
  {
    name: 'trap: those hurt and those taken to hospital are two quantities',
    docs: [
      'A tram left the rails in Ghent and Bruges in Belgium on Friday, and 45 people were injured, the fire service said.',
      'The fire service said 12 people were taken to hospital in Ghent and Bruges, Belgium, on Friday.',
    ],
    about: 'people injured',
    disagreement: false,
  },
  {
    name: 'a brief that names only a country and a time is the story of the fuller report that names them',
    docs: [
      'Gunfire was heard near the embassy in Mali. So far 17 people have been taken to hospital. The attack began at around 9pm local time.',
      'Doctors in Bamako said 25 wounded people had been brought to hospitals after gunmen attacked the embassy in Mali, police chief Oumar Keita said.',
    ],
    about: 'people hospitalised',
    disagreement: true,
  },
  {
    name: 'trap: a brief that names a country the fuller report does not is another story',
    docs: [
      'Gunfire was heard near the embassy in Niger. So far 17 people have been taken to hospital. The attack began at around 9pm local time.',
      'Doctors in Bamako said 25 wounded people had been brought to hospitals after gunmen attacked the embassy in Mali, police chief Oumar Keita said.',
    ],
    about: 'people hospitalised',
    disagreement: false,
  },
  {
    name: 'trap: what a union is seeking is not what was done',
    docs: [
      'The union in Turku, Finland, is seeking 400 new teachers, officials in Turku said on Monday.',
      'Officials in Turku said 250 new teachers were hired in Finland on Monday.',
    ],
    about: 'teachers',
    disagreement: false,
  },
  {
    name: 'sibling trap: a proposal, its object after the verb',
    docs: [
      'The council in Turku, Finland, was proposing 380 new teachers, officials in Turku said on Monday.',
      'Officials in Turku said 250 new teachers were hired in Finland on Monday.',
    ],
    about: 'teachers',
    disagreement: false,
  },
  {
    name: 'what was done, told twice, still disagrees',
    docs: [
      'The union in Turku, Finland, hired 400 new teachers, officials in Turku said on Monday.',
      'Officials in Turku said 250 new teachers were hired in Finland on Monday.',
    ],
    about: 'teachers',
    disagreement: true,
  },
  {
    name: "trap: one document's count on one day and its count on another are two moments",
    docs: ['Police in Glasgow said 212 people were injured at Kelso Park on 3 March 2024. It was the worst day since 9 May 2019, when 208 people were injured at Kelso Park in Glasgow.'],
    about: 'people injured',
    disagreement: false,
  },
  {
    name: 'sibling: one document giving one day two counts still contradicts itself',
    docs: ['Police in Glasgow said 212 people were injured at Kelso Park on 3 March 2024. Police in Glasgow later said 208 people were injured at Kelso Park on 3 March 2024.'],
    about: 'people injured',
    disagreement: true,
  },
  {
    name: 'trap: a brief and a report from one country and day, about two attacks, are two stories',
    docs: ['An explosion hit a fuel depot in Nigeria on Monday, killing 12 people.', 'Gunmen attacked a village near Maiduguri in Nigeria on Monday, killing 15 people, police said.'],
    about: 'people killed',
    disagreement: false,
  },
  {
    name: 'trap: people who died in hospital are not those taken there',
    docs: ['Officials said 49 people died in hospital after the fire in Lyon, France.', 'Officials in Lyon, France said 58 people were taken to hospital after the fire.'],
    about: 'people hospitalised',
    disagreement: false,
  },
  {
    name: 'two sources each saying what they counted still disagree',
    docs: [
      'Organisers said they counted 100,000 protesters in Lisbon and Porto, Portugal, on Saturday.',
      'Police said they counted 30,000 protesters in Lisbon and Porto, Portugal, on Saturday.',
    ],
    about: 'protesters',
    disagreement: true,
  },
  {
    name: 'sibling: a toll restated on the next day of the day it happened still contradicts',
    docs: ['A bomb killed 58 people at a market in Kabul on 3 March 2024. Officials said on 4 March 2024 that 59 people had been killed in the bombing of 3 March 2024.'],
    about: 'people killed',
    disagreement: true,
  },
  {
    name: 'sibling: the same toll restated, its spoken day hard-wrapped across a line',
    docs: ['A bomb killed 58 people at a market in Kabul on 3 March 2024. Officials said on 4 March\n2024 that 59 people had been killed in the bombing of 3 March 2024.'],
    about: 'people killed',
    disagreement: true,
  },
  {
    name: 'what was expected to turn up, after a determiner, is a report',
    docs: [
      'The expected 40,000 fans turned up at the stadium in Porto and Braga, Portugal, on 3 May 2025, police in Porto said.',
      'Police in Porto said 25,000 fans turned up at the stadium in Porto and Braga, Portugal, on 3 May 2025.',
    ],
    about: 'fans',
    disagreement: true,
  },
  {
    name: 'rescuers hoping the trapped miners are alive report how many are trapped',
    docs: [
      'Rescuers in Ostrava, Czech Republic, hope the 12 miners trapped on Monday are still alive, officials in Ostrava said.',
      'Officials in Ostrava said 18 miners were trapped in the Czech Republic on Monday.',
    ],
    about: 'miners',
    disagreement: true,
  },
  {
    name: 'a death toll and a count of the killed are one quantity',
    docs: [
      'The death toll from the shooting in Reno, Nevada, rose to 59 on 2 October 2017, police in Reno said.',
      'Police in Reno, Nevada, said 58 people were killed in the shooting on 2 October 2017.',
    ],
    about: 'people killed',
    disagreement: true,
  },
  {
    name: 'sibling: deaths, counted by their noun',
    docs: [
      'The blasts at the plants in Ghent and Bruges, Belgium, caused 14 deaths on 5 May 2021, officials in Ghent said.',
      'Officials in Ghent, Belgium, said 19 people were killed at the plants in Ghent and Bruges on 5 May 2021.',
    ],
    about: 'people killed',
    disagreement: true,
  },
  {
    name: 'a month named May after a figure is no modal',
    docs: [
      'Police in Reno and Sparks, Nevada, said 40 people were hurt in the fire on 3 May 2019.',
      'The fire in Reno and Sparks, Nevada, hurt 34 people on 3 May 2019, police said.',
    ],
    about: 'people injured',
    disagreement: true,
  },
  {
    name: 'trap: what may happen is not what happened',
    docs: [
      'Officials in Reno and Sparks, Nevada, said 2,000 jobs at the plant may be cut on 3 May 2019.',
      'Officials in Reno and Sparks, Nevada, said 1,500 jobs at the plant were cut on 3 May 2019.',
    ],
    about: 'jobs',
    disagreement: false,
  },
  {
    name: 'trap: a death rate is no count of the killed',
    docs: [
      'Road deaths in Reno and Sparks, Nevada, fell to 10 per 100,000 people on 2 October 2017, police in Reno said.',
      'Police in Reno, Nevada, said 12 people were killed in Reno and Sparks on 2 October 2017.',
    ],
    about: 'people killed',
    disagreement: false,
  },
  {
    name: 'trap: deaths among animals are no people killed',
    docs: [
      'The storm in Reno and Sparks, Nevada, caused 14 deaths among the sheep on 2 October 2017, police in Reno said.',
      'Police in Reno, Nevada, said 12 people were killed by the storm in Reno and Sparks on 2 October 2017.',
    ],
    about: 'people killed',
    disagreement: false,
  },
  {
    name: "trap: a document that also states the other's value, after a currency word of its story's dollar ('dlrs' of N.Z. dollars), does not contradict it",
    docs: [
      'The government forecast a surplus of 200 mln N.Z. Dlrs for fiscal 2022, Finance Minister Ruth Vane said in Wellington, New Zealand. This compares with a deficit of 2.6 billion dlrs in fiscal 2021 and a 2.1 billion dlr deficit a year earlier.',
      'Finance Minister Ruth Vane said in Wellington, New Zealand, that the 200 mln N.Z. Dlr surplus for fiscal 2022 compared with a 2.6 billion dlr deficit in fiscal 2021.',
    ],
    about: 'NZD deficit',
    disagreement: false,
  },
  {
    name: 'sibling: two values of one deficit in one year, from two reports, disagree',
    docs: [
      'Finance Minister Ruth Vane said in Wellington, New Zealand, that the 200 mln N.Z. Dlr surplus for fiscal 2022 compared with a 2.6 billion dlr deficit in fiscal 2021.',
      'Finance Minister Ruth Vane told reporters in Wellington, New Zealand, that the 200 mln N.Z. Dlr surplus for fiscal 2022 followed a 2.9 billion dlr deficit in fiscal 2021.',
    ],
    about: 'NZD deficit',
    disagreement: true,
  },
];

describe('disagreements on invented clusters', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const s = summaryOf(row.docs);
      const f = s.figures.find((g) => g.about === row.about);
      expect(f, `no figure group "${row.about}" in ${s.figures.map((g) => g.about).join(', ')}`).toBeDefined();
      expect(f!.disagreement).toBe(row.disagreement);
    });
  }
});

describe('what a measure measures', () => {
  it('is not its own currency word in another dollar, nor the "against" of a comparison', () => {
    const s = summaryOf([
      'The government forecast a surplus of 200 mln N.Z. Dlrs for fiscal 2022. Spending is seen at 22.9 billion dlrs against 20.9 billion, and a deficit of 2.6 billion dlrs in fiscal 2021.',
    ]);
    const about = s.figures.map((g) => g.about);
    expect(about).not.toContain('NZD dlr');
    expect(about).not.toContain('NZD against');
    expect(about).toContain('NZD');
  });
});

describe('an event noun before a figure', () => {
  it('takes a figure only through a level\'s word ("rose to"), not a score after it ("injuries in a 16-9 win")', () => {
    const s = summaryOf([
      'Three players picked up injuries in the 16-9 win over Wales in Cardiff on 5 May 2021.',
      'Two players picked up injuries in the 16-9 win in Cardiff, Wales, on 5 May 2021.',
    ]);
    expect(s.figures.map((g) => g.about)).not.toContain('people injured');
    expect(s.figures.map((g) => g.about)).toContain('players');
  });
});

describe('claims agree as a careful reader reads them', () => {
  const exact = (v: number) => claimOf(v, false, null);
  it.each([
    ['more than 300 and 326', claimOf(300, false, 'min'), exact(326), true],
    ['fewer than 300 and 326', claimOf(300, false, 'max'), exact(326), false],
    ['about 10,000 and 10,200', claimOf(10000, true, null), exact(10200), true],
    ['about 10,000 and about 11,000', claimOf(10000, true, null), claimOf(11000, true, null), false],
    ['30 to 40 and 35', rangeClaim(30, 40), exact(35), true],
    ['30 to 40 and 45', rangeClaim(30, 40), exact(45), false],
    ['8 and 7.9 (rounded)', exact(8), exact(7.9), true],
    ['10,000 and 11,000 (not a rounding)', exact(10000), exact(11000), false],
    ['25 and 27', exact(25), exact(27), false],
  ] as const)('%s', (_name, a, b, expected) => {
    expect(agree(a, b)).toBe(expected);
    expect(agree(b, a)).toBe(expected);
  });

  it('tells stories apart by what they share', () => {
    expect(sameStory(['p:Duisburg|DE', 'c:Germany|DE', 's:police'], ['p:Duisburg|DE', 'c:Germany|DE', 's:police'])).toBe(true);
    expect(sameStory(['p:London|GB', 'c:United Kingdom|GB'], ['p:London|GB', 'c:United Kingdom|GB', 'p:Leeds|GB'])).toBe(false);
    // A document that names no place, speaker or day is one story only with one that gives two of its figures.
    expect(sameStory(['n:129|people', 'n:40000000000|usd'], ['p:Duisburg|DE', 'c:Germany|DE', 'n:129|people', 'n:40000000000|usd'])).toBe(true);
    expect(sameStory(['n:129|people'], ['p:Duisburg|DE', 'c:Germany|DE', 'n:129|people'])).toBe(false);
    expect(sameStory(['n:129|people'], ['p:Duisburg|DE', 'c:Germany|DE'])).toBe(false);
    expect(sameStory(['n:129|people'], ['n:40|people'])).toBe(false);
    // A brief that names only countries and days is the story of one that names them all (its own
    // day of writing counts) and whose headline shares a word of what happened with its own.
    const full = ['p:Bamako|ML', 'c:Mali|ML', 's:police', 'w:embassy', 'w:gunmen'];
    expect(sameStory(['c:Mali|ML', 'd:2024-03-01', 'w:embassy'], [...full, 't:2024-03-01'])).toBe(true);
    expect(sameStory(['c:Mali|ML', 'd:2024-03-01', 'w:depot'], [...full, 't:2024-03-01'])).toBe(false);
    expect(sameStory(['c:Mali|ML', 'd:2024-03-01', 'w:embassy'], [...full, 't:2024-03-02'])).toBe(false);
    expect(sameStory(['c:Mali|ML', 'c:Niger|NE', 'w:embassy'], full)).toBe(false);
    expect(sameStory(['p:Gao|ML', 'c:Mali|ML', 'w:embassy'], full)).toBe(false);
    expect(sameStory(['c:Mali|ML', 'w:embassy'], full, undefined, new Set(['c:Mali|ML']))).toBe(false);
    // Headline words alone tell no story, and weigh nothing beside places.
    expect(sameStory(['w:embassy', 'w:gunmen', 'w:attack'], ['w:embassy', 'w:gunmen', 'w:attack', 'p:Gao|ML'])).toBe(false);
  });

  it('does not compare documents written more than a week apart (a weekly count, a toll updated)', () => {
    const place = ['p:Duisburg|DE', 'c:Germany|DE', 's:police'];
    expect(sameStory([...place, 't:2024-03-01'], [...place, 't:2024-03-06'])).toBe(true);
    expect(sameStory([...place, 't:2024-03-01'], [...place, 't:2024-03-15'])).toBe(false);
    expect(sameStory([...place, 't:2024-03-01'], place)).toBe(true);
  });

  it('leaves out places, speakers and days that a large share of the run names', () => {
    const common = new Set(['p:New York City|US', 'c:United States|US', 'p:Washington, D.C.|US']);
    const a = ['p:New York City|US', 'c:United States|US', 'p:Washington, D.C.|US', 'c:Brazil|BR'];
    const b = ['p:New York City|US', 'c:United States|US', 'p:Washington, D.C.|US', 'c:Brazil|BR', 'p:Lima|PE'];
    expect(sameStory(a, b)).toBe(true);
    expect(sameStory(a, b, undefined, common)).toBe(false);
    expect(sameStory([...a, 'p:Recife|BR', 's:jane-roe'], [...b, 'p:Recife|BR', 's:jane-roe'], undefined, common)).toBe(true);
    // In a run of a few articles nothing is common; in one of thousands, what a hundred name is.
    expect(commonItem(5, 6)).toBe(false);
    expect(commonItem(19, 100)).toBe(false);
    expect(commonItem(120, 8000)).toBe(true);
    expect(commonItem(40, 8000)).toBe(false);
  });
});

describe('sources are identities (summary-source-aliases.tsv)', () => {
  it.each([
    ['the Pentagon', 'Pentagon'],
    ['the U.S. Defense Department', 'Pentagon'],
    ['DoD', 'Pentagon'],
    ["the State Department's", 'State Department'],
    ['Nato', 'NATO'],
    // A company's legal form, and a place after it, are no part of who it is (summary-legal-forms.txt).
    ['Montedison SPA of Italy', 'Montedison'],
    ['Acme Corp', 'Acme'],
  ])('%s is %s', (written, name) => {
    if (!/SPA|Corp/.test(written)) expect(sourceIdentity(written).name).toBe(name);
    expect(sourceIdentity(written).id).toBe(sourceIdentity(name).id);
  });
  it('an alias with capitals matches only as written, and other names are themselves', () => {
    expect(sourceIdentity('Who').name).toBe('Who');
    expect(sourceIdentity('WHO').name).toBe('World Health Organization');
    expect(sourceIdentity('Mark Rutte')).toEqual({ id: 'mark rutte', name: 'Mark Rutte' });
    // A name's own "of" stays: the Bank of England is not England, nor a bank.
    expect(sourceIdentity('Bank of England').id).toBe('bank of england');
    expect(sourceIdentity('Co').id).toBe('co');
  });
  it('a name holds its "of", "and" and a wire\'s angle brackets', () => {
    const sources = (text: string) => summaryOf([text]).figures.flatMap((g) => g.values.flatMap((v) => v.sources));
    expect(sources('The Bank of England said it bought 300 mln stg of bills.')).toEqual(['Bank of England']);
    expect(sources('Nippon Telegraph and Telephone said 4,000 workers joined.')).toEqual(['Nippon Telegraph and Telephone']);
    expect(sources('<Velmar SPA> of Italy said 1,200 workers joined.')).toEqual(['Velmar SPA of Italy']);
  });
  it('one body under two names is one source of a figure, and not two sources that disagree', () => {
    const s = summaryOf([
      'The Pentagon said 4,000 troops were sent to Riga in Latvia on Monday.',
      'The U.S. Defense Department said 4,000 troops were sent to Riga in Latvia on Monday.',
    ]);
    const f = s.figures.find((g) => g.about === 'troops')!;
    expect(f.values.map((v) => v.sources)).toEqual([['Pentagon']]);
  });
});

describe('a peak and the level a change started from are listed, not compared', () => {
  const flags = (text: string) => extract(text).numbers.map((n) => [n.text, levelOfAnotherTime(around(n), true)]);
  it.each([
    // An extreme within a span: two reports' highs differ by the hour each was written.
    ['April Kittering crude rose as high as 61.95 dlrs a barrel today.', [['61.95', true]]],
    ['The shares touched an intraday low of $5.20 and a peak of $6.10 on Monday.', [['5.20', true], ['6.10', true]]],
    // The level before a change ("to 40 mln from 44 mln") is of an earlier time; the new level is now.
    ['The ministry will cut its estimate of the tea harvest to 40 mln crates from 44 mln crates.', [['40 mln', false], ['44 mln', true]]],
    // Trap: a plain level, and a bound, are what is reported now; so is a count "from" places.
    ['Crude rose to 61.95 dlrs a barrel, and as much as 300 mln barrels was sold.', [['61.95', false], ['300 mln', false]]],
    ['Aid was sent to the island from 40 nations, and the rate rose to 5.5 pct from 6.2 pct.', [['40', false], ['5.5', false], ['6.2', true]]],
  ])('%s', (text, expected) => {
    expect(flags(text)).toEqual(expected);
  });
});
