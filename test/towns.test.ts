/** place-towns.tsv and place-region-forms.tsv: the "Town, State" tables agree with each other and stay searchable. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTable } from '../src/lexicon.js';
import { townIn } from '../src/extractors/places/towns.js';

const rows = readFileSync(new URL('../src/data/place-towns.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .slice(1)
  .map((l) => l.split('\t'));

describe('place-towns.tsv', () => {
  it('is sorted by name, as the binary search needs', () => {
    const unsorted = rows.findIndex((r, i) => i > 0 && rows[i - 1]![0]! > r[0]!);
    expect(unsorted, `row ${unsorted} is out of order`).toBe(-1);
  });

  it('holds towns of every region a text can pair with a town', () => {
    const regions = new Set(rows.map((r) => `${r[2]}.${r[3]}`));
    for (const f of readTable('place-region-forms.tsv', ['form', 'region', 'country', 'admin1'])) expect(regions.has(`${f.country}.${f.admin1}`), f.form).toBe(true);
  });

  it('finds a town by name, country and region, and nothing in another region', () => {
    expect(townIn('Carthage', 'US', 'TN')?.geonameId).toBe(4611656);
    expect(townIn('Carthage', 'US', 'AK')).toBeNull();
    expect(townIn('Nowhere At All', 'US', 'TN')).toBeNull();
  });
});
