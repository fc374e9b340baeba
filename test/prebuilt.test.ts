/**
 * The start-up artefacts `npm run build` makes (issue 8):
 * - dist/data/prebuilt.v8 (scripts/prebuild-data.mjs) must hold exactly what building from the
 *   data files makes now (a stale or hand-edited file would silently change the facts), and the
 *   seeds must need nothing outside it;
 * - dist/cli.bundle.cache (scripts/code-cache.mjs) must be accepted by V8 when the CLI starts, and
 *   the bundled CLI must give the same output as the unbundled dist/cli/cli.js. (src/run/start.ts also
 *   skips a bundle, cache or prebuilt file older than the code it belongs to; that was checked by
 *   hand with touch, as a test here would race the other test files over dist/.)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deserialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, SEEDS } from './helpers.js';

const DIST = join(ROOT, 'dist');
const distModule = (name: string) => import(pathToFileURL(join(DIST, name)).href);
const seedTexts = readdirSync(SEEDS)
  .sort()
  .map((f) => ({ id: f, text: readFileSync(join(SEEDS, f), 'utf8') }));

describe('prebuilt data', () => {
  it('equals a fresh build from the data files, key by key', async () => {
    // src/ has no prebuilt file: the recording run there builds every value from src/data.
    const lexicon = await import('../src/lexicon.js');
    const { recordPrebuilt } = await import('../src/run/prebuild.js');
    const fresh = lexicon.unpackPrebuilt(recordPrebuilt(seedTexts))!;
    const file = lexicon.unpackPrebuilt(readFileSync(join(DIST, 'data', lexicon.PREBUILT_FILE)))!;
    expect([...file.keys()].sort()).toEqual([...fresh.keys()].sort());
    expect(file.size).toBeGreaterThan(10);
    for (const [key, bytes] of fresh) expect(deserialize(file.get(key)!), key).toEqual(deserialize(bytes));
  });

  it('covers everything the seeds need, and gives the facts a build from the data files gives', async () => {
    const lexicon = (await distModule('lexicon.js')) as typeof import('../src/lexicon.js');
    const dist = (await distModule('index.js')) as typeof import('../src/index.js');
    const src = await import('../src/index.js'); // src/ has no prebuilt file: built from src/data
    for (const options of [{ referenceDate: '2024-10-29' }, { referenceDate: null, dateStyle: 'timeml' as const }]) {
      const fromPrebuilt = seedTexts.map((s) => dist.extract(s.text, { ...options, id: s.id }));
      const fromData = seedTexts.map((s) => src.extract(s.text, { ...options, id: s.id }));
      expect(fromPrebuilt.reduce((n, d) => n + d.places.length, 0)).toBeGreaterThan(50);
      expect(fromPrebuilt).toEqual(fromData);
      expect(dist.summarize(fromPrebuilt)).toEqual(src.summarize(fromData));
    }
    expect(lexicon.listPrebuiltMisses()).toEqual([]);
  });
});

describe('bundled CLI', () => {
  it('starts from an accepted code cache', () => {
    const r = runCli([join(SEEDS, seedTexts[0]!.id)], { env: { EXTRACT_CODE_CACHE: 'report' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('extract: code cache accepted');
  });

  it('gives the same output as the unbundled dist/cli/cli.js', () => {
    const bundled = runCli([SEEDS, '-f', 'json', '--reference-date', '2024-10-29']);
    const script = `import(${JSON.stringify(pathToFileURL(join(DIST, 'cli', 'cli.js')).href)}).then((m) => m.main(['node', 'extract', ...process.argv.slice(1)])).then((c) => { process.exitCode = c; })`;
    const plain = spawnSync(process.execPath, ['--input-type=module', '-e', script, '--', SEEDS, '-f', 'json', '--reference-date', '2024-10-29'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(bundled.code).toBe(0);
    expect(plain.status).toBe(0);
    expect(bundled.stdout.length).toBeGreaterThan(1000);
    expect(bundled.stdout).toBe(plain.stdout);
  });
});

describe('the bundles keep regex literals', () => {
  // esbuild rewrites a literal it thinks the target lacks as `new RegExp(...)`; inside a function
  // that compiles the regex on every call (scripts/bundle.mjs: `supported`).
  it.each(['cli.bundle.cjs', 'worker.bundle.js'])('%s builds no \\p{...} regex at run time', (file) => {
    const code = readFileSync(join(DIST, file), 'utf8');
    const rebuilt = code.match(/new RegExp\("[^"]*\\\\p\{/g) ?? [];
    expect(rebuilt).toEqual([]);
  });
});
