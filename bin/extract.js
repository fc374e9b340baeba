#!/usr/bin/env node
// Starts the CLI. Two process-wide V8 flags, set by the CLI only, never by the library:
// - The CLI runs long over big corpora: V8's default lets each thread's heap grow to several times
//   what it holds (peak RSS on 100 MB of news was 1.5-1.8x that on 10 MB); a fixed growing factor
//   of 1.5 keeps it near the live size at no cost in speed (measured with npm run bench -- --memory).
// - Regexes compile straight to machine code instead of being interpreted first and compiled on
//   their second use: the extractors' ~240 regexes then cost half as much on a cold start (the
//   first document took 330 ms, now 190 ms) and throughput is unchanged (npm run bench).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import vm from 'node:vm';

setFlagsFromString('--heap-growing-percent=50');
setFlagsFromString('--no-regexp-tier-up');

/** The compiled bundle, kept so that scripts/code-cache.mjs can have its code cache written. */
let script = null;
const main = loadBundle() ?? (await import('../dist/cli.js')).main;
main(process.argv).then((code) => {
  process.exitCode = code;
  const out = process.env.EXTRACT_WRITE_CODE_CACHE;
  if (out && script) writeFileSync(out, script.createCachedData());
});

/**
 * dist/cli.bundle.cjs (scripts/bundle.mjs: the CLI's modules in one script) compiled with V8's
 * code cache dist/cli.bundle.cache (scripts/code-cache.mjs: the bytecode of every function a run
 * on the seeds used), so a cold start neither resolves ~60 modules nor compiles what it runs.
 * A cache made by another Node version or with other flags is rejected by V8 and the script is
 * compiled as usual. Null when there is no bundle: the unbundled dist/cli.js is loaded instead.
 * Environment (for the build and its tests): EXTRACT_WRITE_CODE_CACHE=FILE writes the cache after
 * the run; EXTRACT_CODE_CACHE=report prints to stderr whether V8 accepted it.
 */
function loadBundle() {
  const file = fileURLToPath(new URL('../dist/cli.bundle.cjs', import.meta.url));
  let source;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  let cachedData;
  try {
    if (!process.env.EXTRACT_WRITE_CODE_CACHE) cachedData = readFileSync(file.replace(/\.cjs$/, '.cache'));
  } catch {
    // no cache: compile as usual
  }
  // The CommonJS wrapper on the file's first line, so that stack traces keep the file's line numbers.
  script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __extractImport) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  if (process.env.EXTRACT_CODE_CACHE === 'report') {
    const state = cachedData ? (script.cachedDataRejected ? 'rejected' : 'accepted') : 'none';
    process.stderr.write(`extract: code cache ${state}\n`);
  }
  const module = { exports: {} };
  // import() inside a script compiled from a code cache fails on Node 20: the bundle gets this
  // module's import() instead (src/import-module.ts).
  const importHere = (specifier) => import(specifier);
  script.runInThisContext()(module.exports, createRequire(file), module, file, fileURLToPath(new URL('../dist/', import.meta.url)), importHere);
  return module.exports.main;
}
