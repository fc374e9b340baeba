/**
 * Golden fixtures: `extract check` against fixtures/ (npm test also runs it directly). Here: it
 * passes on the committed fixtures, and a changed fixture makes it fail with a readable diff.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { DocResult } from '../src/types.js';
import { ROOT, runCli, tempDir } from './helpers.js';

const CHECK = ['check', 'seeds/', '--reference-date', '2024-10-29', '--no-color'];

describe('extract check', () => {
  it('passes on the committed fixtures', () => {
    const r = runCli([...CHECK, '--fixtures', 'fixtures/']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/check: 5 documents match/);
  });

  it('fails with a diff naming document, kind, fact, expected and got', () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'fixtures'), dir, { recursive: true });
    const file = join(dir, '003_b918f7b3f92ae2ca.yaml');
    const doc = YAML.parse(readFileSync(file, 'utf8')) as DocResult;
    expect(doc.places.length).toBeGreaterThan(1);
    const changed = doc.places[0]!;
    const removed = doc.places[1]!;
    changed.name = 'Atlantis';
    doc.places.splice(1, 1);
    doc.places.push({ text: 'Nowhere', start: 999999, end: 1000006, rule: 'place/test', name: 'Nowhere', country: null, kind: 'area' });
    writeFileSync(file, YAML.stringify(doc));
    rmSync(join(dir, '002_fe3f238275db5631.yaml'));
    const summaryFile = join(dir, 'summary.yaml');
    const summary = YAML.parse(readFileSync(summaryFile, 'utf8')) as { summary: { places: Array<{ mentions: number; name: string; country: string }> } };
    const mentions = summary.summary.places[0]!.mentions;
    summary.summary.places[0]!.mentions = mentions + 1;
    writeFileSync(summaryFile, YAML.stringify(summary));

    const r = runCli([...CHECK, '--fixtures', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`~ 003_b918f7b3f92ae2ca: places “${changed.text}” @${changed.start}-${changed.end}: name expected "Atlantis", got`);
    expect(r.stdout).toContain(`+ 003_b918f7b3f92ae2ca: unexpected places “${removed.text}” @${removed.start}-${removed.end}`);
    expect(r.stdout).toContain('- 003_b918f7b3f92ae2ca: missing places “Nowhere” @999999-1000006');
    expect(r.stdout).toContain('! 002_fe3f238275db5631: no fixture');
    // The summary by key: the place by name and country, not by its index in the list.
    const place = summary.summary.places[0]!;
    expect(r.stdout).toContain(`~ summary: place “${place.name}” (${place.country}): mentions expected ${mentions + 1}, got ${mentions}`);
    expect(r.stdout).toMatch(/check: \d+ differences in 2 of 5 documents and the summary/);
  });

  it('--update writes fixtures that then pass', () => {
    const dir = tempDir();
    expect(runCli([...CHECK, '--fixtures', dir, '--update']).code).toBe(0);
    expect(runCli([...CHECK, '--fixtures', dir]).code).toBe(0);
  });
});
