// Writes dist/cli.bundle.cache, V8's code cache for dist/cli.bundle.cjs: the CLI is run once on
// the sample articles in seeds/ and, when it is done, the bytecode of every function it compiled is
// saved (src/run/start.ts does it when EXTRACT_WRITE_CODE_CACHE names the file). The run goes through
// bin/extract.js so that its V8 flags, which the cache must match, are the ones every run has.
// Run by `npm run build` after scripts/bundle.mjs.
import { spawnSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'cli.bundle.cache');
rmSync(out, { force: true });
const run = spawnSync(process.execPath, [join(root, 'bin', 'extract.js'), join(root, 'seeds'), '-q', '-f', 'json', '--reference-date', '2024-10-29'], {
  env: { ...process.env, EXTRACT_WRITE_CODE_CACHE: out },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (run.status !== 0) {
  console.error(`code cache: the CLI run on seeds/ failed (exit ${run.status}); no cache written, the CLI still works without it.`);
  process.exit(1);
}
console.log(`code cache: ${(statSync(out).size / 1e3).toFixed(0)} KB -> ${out}`);
