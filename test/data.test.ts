/** Data files: every one loads and validates; the package ships them. */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alternation, prefixAlternation, readList, readTable } from '../src/lexicon.js';
import { numberLexicon } from '../src/extractors/numbers/lexicon.js';
import { ROOT } from './helpers.js';

const DATA = new URL('../src/data/', import.meta.url);
const files = readdirSync(DATA).sort();

describe('data files', () => {
  it.each(files)('%s loads', (name) => {
    if (name.endsWith('.txt')) expect(readList(name).length).toBeGreaterThan(0);
    else if (name.endsWith('.tsv')) expect(readTable(name, []).length).toBeGreaterThan(0);
    else throw new Error(`unexpected file type in src/data: ${name}`);
  });

  it('a missing data file is an error that names it', () => {
    expect(() => readList('no-such-list.txt')).toThrow(/no-such-list\.txt/);
  });

  it('every data file is in the package (npm pack)', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const packed = new Set((JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path));
    for (const name of files) expect(packed.has(`dist/data/${name}`), name).toBe(true);
    for (const p of ['bin/extract.js', 'dist/cli/cli.js', 'dist/index.js', 'dist/cli.bundle.cjs', 'dist/cli.bundle.cache', 'dist/worker.bundle.js', 'dist/data/prebuilt.v8', 'schema/extract.schema.json', 'LICENSE', 'NOTICE']) expect(packed.has(p), p).toBe(true);
  });
});

describe('patterns generated from data', () => {
  // A phrase, one that extends it, one that extends that, a shared stem, spaces and signs to escape.
  const phrases = ['dollar', 'dollars', 'dollars a day', 'dlr', 'dlrs', 'd.m.', 'US$', 'sq ft', 'sq km', 'sq', 'km', 'km/h', 'kmh', '%', 'pct', 'per cent', 'percent', 'percentage point', 'percentage points'];
  const inputs = ['dollars a day x', 'dollars a', 'dollar', 'dlrs.', 'd.m. 5', 'dxm', 'US$5', 'sq ft', 'sq  km', 'sq', 'km/h', 'kmhx', '%!', 'per cent.', 'percentage points', 'percentage pointx', 'percen', 'pounds'];

  it('a tree of prefixes matches what the flat list matches, longest first', () => {
    const flat = new RegExp(`^(?:${alternation(phrases)})(?![\\p{L}])`, 'u');
    const tree = new RegExp(`^(?:${prefixAlternation(phrases)})(?![\\p{L}])`, 'u');
    for (const input of inputs) expect(tree.exec(input)?.[0] ?? null, input).toBe(flat.exec(input)?.[0] ?? null);
    expect(tree.exec('dollars a day x')?.[0]).toBe('dollars a day');
    expect(tree.exec('percentage pointx')?.[0] ?? null).toBe(null);
  });

  it("the unit pattern stays under V8's 20 KB limit, past which it is no longer optimised", () => {
    expect(numberLexicon().UNIT_AFTER.source.length).toBeLessThan(20 * 1024);
  });
});

describe('README', () => {
  it('shows the table of every output field made from the schema', async () => {
    const { fieldsTable } = await import('../src/cli/fields-table.js');
    const readme = (await import('node:fs')).readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme, 'regenerate with: npx tsx -e "import(\'./src/cli/fields-table.ts\').then(m=>console.log(m.fieldsTable()))"').toContain(fieldsTable());
    for (const field of ['hedge', 'qualifier', 'sentence', 'source', 'unresolved', 'lat', 'lon', 'geonameId']) expect(fieldsTable()).toContain(`| \`${field}\` |`);
  });

  it('shows the options table made from src/cli/cli-options.ts', async () => {
    const { optionsTable } = await import('../src/cli/options-table.js');
    const readme = (await import('node:fs')).readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme, 'regenerate with: npx tsx -e "import(\'./src/cli/options-table.ts\').then(m=>console.log(m.optionsTable()))"').toContain(optionsTable());
  });
});
