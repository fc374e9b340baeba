/**
 * How bin/extract.js starts the CLI as fast as it can (issue 8: one small file under 400 ms, process
 * start included). Not part of the library: it sets process-wide V8 flags.
 *
 * - Two V8 flags, set before any other module of ours loads:
 *   - `--heap-growing-percent=50`: the CLI runs long over big corpora, and V8's default lets each
 *     thread's heap grow to several times what it holds (peak RSS on 100 MB of news was 1.5-1.8x
 *     that on 10 MB). A fixed growing factor of 1.5 keeps it near the live size at no cost in speed
 *     (npm run bench -- --memory).
 *   - `--no-regexp-tier-up`: regexes compile straight to machine code instead of being interpreted
 *     on first use and compiled on the second. The extractors' ~240 regexes then cost half as much
 *     on a cold start (the first document took 330 ms, now 190 ms), and throughput is unchanged.
 * - dist/cli.bundle.cjs (scripts/bundle.mjs: the CLI's modules and commander in one script),
 *   compiled with V8's code cache dist/cli.bundle.cache (scripts/code-cache.mjs: the bytecode of
 *   every function a run on the seeds used). A cold start then neither resolves ~60 modules nor
 *   compiles the functions it runs. V8 rejects a cache made by another Node version or with other
 *   flags, and the script is then compiled as usual. A bundle older than dist/cli/cli.js (tsc ran, the
 *   rest of the build did not) is not used: dist/cli/cli.js is loaded instead. A cache older than the
 *   bundle is not used either.
 *
 * Environment, for the build and its tests: EXTRACT_WRITE_CODE_CACHE=FILE writes the code cache
 * when the run is done; EXTRACT_CODE_CACHE=report prints to stderr whether V8 accepted it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import vm from 'node:vm';
import { isFresh } from './fresh.js';

type Main = (argv: string[]) => Promise<number>;

/** Runs the CLI on `argv` and sets the exit code. */
export async function start(argv: string[]): Promise<void> {
  setFlagsFromString('--heap-growing-percent=50');
  setFlagsFromString('--no-regexp-tier-up');
  const bundle = loadBundle();
  const main = bundle?.main ?? ((await import('../cli/cli.js')) as { main: Main }).main;
  process.exitCode = await main(argv);
  const out = process.env.EXTRACT_WRITE_CODE_CACHE;
  if (out && bundle) writeFileSync(out, bundle.script.createCachedData());
}

/** The bundle's main(), and its compiled script; null when there is no usable bundle. */
function loadBundle(): { main: Main; script: vm.Script } | null {
  // This module is not bundled (bin/extract.js loads it from dist/run/): its own URL is dist/run/start.js.
  const bundleUrl = new URL('../cli.bundle.cjs', import.meta.url);
  const cacheUrl = new URL('../cli.bundle.cache', import.meta.url);
  if (!isFresh(bundleUrl, new URL('../cli/cli.js', import.meta.url))) return null;
  const file = fileURLToPath(bundleUrl);
  const source = readFileSync(file, 'utf8');
  let cachedData: Buffer | undefined;
  if (!process.env.EXTRACT_WRITE_CODE_CACHE && isFresh(cacheUrl, bundleUrl)) {
    try {
      cachedData = readFileSync(cacheUrl);
    } catch {
      // no cache: compile as usual
    }
  }
  // The CommonJS wrapper on the file's first line, so that stack traces keep the file's line numbers.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __extractImport) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  if (process.env.EXTRACT_CODE_CACHE === 'report') {
    const state = cachedData ? (script.cachedDataRejected ? 'rejected' : 'accepted') : 'none';
    process.stderr.write(`extract: code cache ${state}\n`);
  }
  // A vm.Script can call import() only through importModuleDynamically, and Node 20's one option
  // that needs no flag (vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER) is lost when the script comes
  // from a code cache. So the bundle calls this module's import() instead (src/run/import-module.ts).
  const importHere = (specifier: string): Promise<unknown> => import(specifier);
  const module = { exports: {} as { main?: Main } };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(module.exports, createRequire(file), module, file, fileURLToPath(new URL('..', import.meta.url)), importHere);
  return module.exports.main ? { main: module.exports.main, script } : null;
}
