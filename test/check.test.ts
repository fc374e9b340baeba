/**
 * `extract check` for CI: facts aligned by content (a fact that only moved is a note), the summary
 * diffed by key, no silent cap, fixtures that carry their options, --update that writes only what
 * changed, and reports CI systems read (JUnit XML validated against test/schemas/junit.xsd and read
 * back by a parser, JSON, GitHub Actions annotations).
 */
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { alignFacts, diffDocument, diffSummary } from '../src/cli/check.js';
import { extract } from '../src/extract.js';
import { FACT_KINDS, type DocResult } from '../src/types.js';
import { ROOT, rng, runCli, SEEDS, tempDir } from './helpers.js';

const REF = '2024-10-29';
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const read = (f: string) => readFileSync(join(SEEDS, f), 'utf8');

/** A copy of the seeds and the fixtures to edit. */
function workspace(): { dir: string; seeds: string; fixtures: string } {
  const dir = tempDir();
  cpSync(SEEDS, join(dir, 'seeds'), { recursive: true });
  cpSync(join(ROOT, 'fixtures'), join(dir, 'fixtures'), { recursive: true });
  return { dir, seeds: join(dir, 'seeds'), fixtures: join(dir, 'fixtures') };
}

/** Sentence-like spans of `text` (split after . ! ? and at line breaks) that hold no fact of `doc`. */
function factFreeSpans(text: string, doc: DocResult): Array<[number, number]> {
  const facts = FACT_KINDS.flatMap((k) => doc[k] as Array<{ start: number; end: number }>);
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(/[^.!?\n]+[.!?]?/g)) {
    const [a, b] = [m.index, m.index + m[0].length];
    if (!facts.some((f) => f.start < b && a < f.end)) spans.push([a, b]);
  }
  return spans;
}

const FILLERS = ['however', 'meanwhile', 'also', 'reportedly', 'indeed', 'still'];

describe('facts aligned by content (property)', () => {
  const random = rng(20261205);
  /**
   * Body sentences that hold no facts: past the first paragraph (a headline, byline or standfirst
   * is layout, which an edit may change), ending in a full stop, with a lower-case word to edit.
   */
  const candidates = (file: string) => {
    const text = read(file);
    const before = extract(text, { id: file, referenceDate: REF });
    const blank = text.indexOf('\n\n');
    const body = blank >= 0 ? blank : text.indexOf('\n');
    return { text, before, spans: factFreeSpans(text, before).filter(([a, b]) => a > body && /\.$/.test(text.slice(a, b)) && /\s[a-z]{4,}[\s,]/.test(text.slice(a, b))) };
  };
  const editable = seedFiles.filter((f) => candidates(f).spans.length > 0);
  it('has fact-free sentences to edit in most seeds', () => expect(editable.length).toBeGreaterThanOrEqual(3));
  for (const file of editable) {
    it(`${file}: inserting and deleting words in sentences that hold no facts gives no differences`, () => {
      const { text, before, spans } = candidates(file);
      let edited = text;
      // Edit from the end, so earlier offsets stay put while editing.
      const picked = spans.filter(() => random() < 0.5);
      const chosen = (picked.length ? picked : spans.slice(0, 1)).reverse();
      for (const [a, b] of chosen) {
        const words = [...text.slice(a, b).matchAll(/(?<=\s)[a-z]{4,}(?=[\s,])/g)].filter((w) => !/^(?:said|says|told|added|according|that|this|there)$/.test(w[0]));
        if (!words.length) continue;
        const w = words[Math.floor(random() * words.length)]!;
        const at = a + w.index;
        edited =
          random() < 0.5
            ? edited.slice(0, at) + FILLERS[Math.floor(random() * FILLERS.length)]! + ' ' + edited.slice(at) // insert before the word
            : edited.slice(0, at) + edited.slice(at + w[0].length + 1); // delete the word and its space
      }
      expect(edited).not.toBe(text);
      const after = extract(edited, { id: file, referenceDate: REF });
      const d = diffDocument(before, after);
      expect(d.lines.map((l) => l.message)).toEqual([]);
      // With --strict-offsets the facts after the first edit are moved.
      if (d.moved) expect(diffDocument(before, after, { strictOffsets: true }).lines.length).toBe(d.moved);
    });
  }

  it('an edit inside a fact gives exactly that fact’s differences', () => {
    const file = '004_899a1d32022666fb.txt';
    const text = read(file);
    const before = extract(text, { id: file, referenceDate: REF });
    // A number alone in its sentence, so no other fact's sentence changes with it.
    const n = before.numbers.find((x) => x.text === '10,000' && before.numbers.filter((y) => y.sentence === x.sentence).length === 1)!;
    const edited = text.slice(0, n.start) + '12,000' + text.slice(n.end);
    const d = diffDocument(before, extract(edited, { id: file, referenceDate: REF }));
    expect(d.lines.length).toBeGreaterThan(0);
    for (const l of d.lines) expect(l.message).toMatch(/^numbers “12,000” @\d+-\d+: (?:text|value|sentence) expected/);
    expect(d.lines.map((l) => l.message.split(': ')[1]!.split(' ')[0])).toEqual(['text', 'value', 'sentence']);
  });

  it('a removed and an added fact are missing and unexpected', () => {
    const a = alignFacts(
      [
        { text: 'Kyiv', start: 0, end: 4, rule: 'r' },
        { text: 'Lviv', start: 10, end: 14, rule: 'r' },
      ],
      [
        { text: 'Kyiv', start: 3, end: 7, rule: 'r' },
        { text: 'Odesa', start: 20, end: 25, rule: 'r' },
      ],
    );
    expect(a.same.map(([e]) => e.text)).toEqual(['Kyiv']);
    expect(a.missing.map((f) => f.text)).toEqual(['Lviv']);
    expect(a.unexpected.map((f) => f.text)).toEqual(['Odesa']);
  });
});

describe('the summary diffed by key', () => {
  it('a value added to a figure is "added", not a shifted index; a changed count names its entry', () => {
    const fig = (values: number[]) => ({ figures: [{ about: 'troops', disagreement: false, values: values.map((value) => ({ value, approximate: false, bound: null, count: 1, documents: ['d'] })) }] });
    const lines = diffSummary(fig([10000, 13000]), fig([10000, 12000, 13000]));
    expect(lines.map((l) => `${l.sign} ${l.message}`)).toEqual(['+ figure “troops”: value 12000 added']);
    const speakers = (quotes: number) => ({ speakers: [{ id: 'mark-rutte', name: 'Mark Rutte', quotes }] });
    expect(diffSummary(speakers(12), speakers(11)).map((l) => l.message)).toEqual(['speaker “Mark Rutte”: quotes expected 12, got 11']);
  });
});

describe('extract check on the command line', () => {
  it('a word added near the top of one seed: no differences, a note that facts moved', () => {
    const w = workspace();
    const f = join(w.seeds, '003_b918f7b3f92ae2ca.txt');
    const text = readFileSync(f, 'utf8');
    const at = text.indexOf('The ');
    writeFileSync(f, text.slice(0, at) + 'The however, ' + text.slice(at + 4));
    const r = runCli(['check', w.seeds, '--fixtures', w.fixtures, '--no-color']);
    expect(r.stdout).toMatch(/^check: 5 documents match .* \(\d+ facts moved with nothing else changed; --strict-offsets counts them\)$/m);
    expect(r.code).toBe(0);
    const strict = runCli(['check', w.seeds, '--fixtures', w.fixtures, '--no-color', '--strict-offsets']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/moved to @/);
    expect(strict.stdout).toMatch(/differences? in 1 of 5 documents/);
  });

  it('uses the reference date the fixtures were made with, and notes a different one', () => {
    const w = workspace();
    expect(runCli(['check', w.seeds, '--fixtures', w.fixtures]).code).toBe(0);
    const other = runCli(['check', w.seeds, '--fixtures', w.fixtures, '--reference-date', '2024-11-05']);
    expect(other.stderr).toMatch(/note: --reference-date "2024-11-05" differs from the fixtures' "2024-10-29"/);
    expect(other.code).toBe(1);
  });

  it('--only compares only those kinds and their part of the summary', () => {
    const w = workspace();
    const r = runCli(['check', w.seeds, '--fixtures', w.fixtures, '--only', 'numbers', '--no-color']);
    // Nothing of the other kinds is reported missing, and the numbers are what a full run gives.
    // The summary's figures can differ only in their disagreement flags: telling stories and
    // frames apart takes the places, speakers and dates a run with --only numbers leaves out.
    const lines = r.stdout.split('\n').filter((l) => /^[-+~!] /.test(l));
    expect(lines.filter((l) => !/^~ summary: figure “[^”]+”: disagreement expected/.test(l))).toEqual([]);
    expect(r.stdout).toMatch(/differences? in 0 of 5 documents and the summary|5 documents match/);
  });

  it('says everything, or says how much is left (--max-diff)', () => {
    const w = workspace();
    const f = join(w.seeds, '004_899a1d32022666fb.txt');
    writeFileSync(f, readFileSync(f, 'utf8').replaceAll('10,000', '12,000').replaceAll('Pentagon', 'Ministry'));
    const all = runCli(['check', w.seeds, '--fixtures', w.fixtures, '--no-color']);
    const total = Number(/check: (\d+) differences/.exec(all.stdout)![1]);
    expect(total).toBeGreaterThan(5);
    expect(all.stdout.split('\n').filter((l) => /^[-+~!] /.test(l))).toHaveLength(total);
    const capped = runCli(['check', w.seeds, '--fixtures', w.fixtures, '--no-color', '--max-diff', '3']);
    expect(capped.stdout.split('\n').filter((l) => /^[-+~!] /.test(l))).toHaveLength(3);
    expect(capped.stdout).toContain(`… and ${total - 3} more differences (--max-diff 3)`);
    expect(runCli(['check', w.seeds, '--fixtures', w.fixtures, '--max-diff', 'x']).code).toBe(2);
  });

  it('--update writes only what changed and names it', () => {
    const w = workspace();
    const same = runCli(['check', w.seeds, '--fixtures', w.fixtures, '--update']);
    expect(same.stderr).toMatch(/fixtures in .* are up to date/);
    const f = join(w.seeds, '002_fe3f238275db5631.txt');
    writeFileSync(f, readFileSync(f, 'utf8') + '\nOfficials said 45 people attended.\n');
    const changed = runCli(['check', w.seeds, '--fixtures', w.fixtures, '--update']);
    expect(changed.stderr).toMatch(/updated 2 fixture files in .*: 002_fe3f238275db5631\.yaml, summary\.yaml/);
  });

  it('writes JUnit XML that validates against the schema CI systems read, and reads back', async () => {
    const w = workspace();
    const f = join(w.seeds, '004_899a1d32022666fb.txt');
    // A changed figure whose sentence holds characters XML must escape.
    writeFileSync(f, readFileSync(f, 'utf8').replace('approximately 10,000', 'approximately 12,000').replace("Russia’s eastern regions for training purposes.", "Russia’s eastern regions for <training> & 'purposes'."));
    const xmlFile = join(w.dir, 'check.xml');
    const jsonFile = join(w.dir, 'check.json');
    const r = runCli(['check', w.seeds, '--fixtures', w.fixtures, '--report', 'junit', xmlFile, '--report', `json=${jsonFile}`]);
    expect(r.code).toBe(1);
    const xml = readFileSync(xmlFile, 'utf8');
    const valid = await validateXML({ xml: [{ fileName: 'check.xml', contents: xml }], schema: [readFileSync(join(ROOT, 'test', 'schemas', 'junit.xsd'), 'utf8')] });
    expect(valid.errors).toEqual([]);
    expect(valid.valid).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as {
      testsuites: { tests: string; failures: string; testsuite: { testcase: Array<{ name: string; failure?: { message: string; '#text': string } }> } };
    };
    const cases = parsed.testsuites.testsuite.testcase;
    expect(cases.map((k) => k.name)).toEqual([...seedFiles.map((s) => s.replace(/\.txt$/, '')), 'summary']);
    expect(parsed.testsuites.failures).toBe('2');
    const failed = cases.find((k) => k.failure && k.name.startsWith('004'))!;
    expect(failed.failure!['#text']).toContain('text expected "10,000", got "12,000"');
    expect(failed.failure!['#text']).toContain("for <training> & 'purposes'.");
    const json = JSON.parse(readFileSync(jsonFile, 'utf8')) as { schema: string; differences: number; cases: Array<{ name: string; differences: unknown[] }> };
    expect(json.schema).toBe('extract-check/v1');
    expect(json.cases.filter((k) => k.differences.length).map((k) => k.name)).toEqual(['004_899a1d32022666fb', 'summary']);
  });

  it('on GitHub Actions, each difference is an annotation on its line of the source text', () => {
    const w = workspace();
    const f = join(w.seeds, '004_899a1d32022666fb.txt');
    const text = readFileSync(f, 'utf8');
    writeFileSync(f, text.replace('approximately 10,000', 'approximately 12,000'));
    const line = text.slice(0, text.indexOf('approximately 10,000')).split('\n').length;
    const r = runCli(['check', w.seeds, '--fixtures', w.fixtures], { env: { GITHUB_ACTIONS: 'true' } });
    const notes = r.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(notes.length).toBeGreaterThan(0);
    expect(notes[0]).toBe(`::error file=${f},line=${line},title=extract check%3A 004_899a1d32022666fb::~ numbers “12,000” @1294-1300: text expected "10,000", got "12,000"`);
    expect(runCli(['check', w.seeds, '--fixtures', w.fixtures]).stdout).not.toContain('::error');
  });
});
