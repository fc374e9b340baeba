// Bundles the compiled CLI (dist/cli/cli.js and the ~60 modules it imports, commander included) into
// one CommonJS file, dist/cli.bundle.cjs, which src/run/start.ts compiles with V8's code cache
// (scripts/code-cache.mjs). Run by `npm run build` after tsc.
//
// Why: a cold start resolves, reads, compiles and links every ES module one by one; on the 2-core
// machine that was ~130 ms of the one-small-file run, against ~55 ms for one bundled file, and
// less again with the code cache (issue 8's start-up target is 400 ms end to end). CommonJS because
// Node 20 has a code cache only for scripts (vm.Script), not for ES modules. The library
// (dist/index.js) stays unbundled.
//
// compromise, yaml and chalk stay outside: they are loaded lazily, only when a document needs a
// parse, YAML is asked for, or stderr is a terminal. The worker (dist/run/worker.js) is bundled too,
// as an ES module, into dist/worker.bundle.js for the pool to start faster.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * commander requires node:child_process at load time, for executable subcommands this CLI does not
 * have; loading it (with net and dgram) costs ~9 ms of every start. Inside commander it becomes a
 * proxy that loads the real module on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

const common = {
  plugins: [lazyChildProcess],
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild (0.28) counts \p{...} in a regex as unsupported on node20 and rewrites each such
  // literal as `new RegExp(...)`: inside a function that compiles the regex on every call (a
  // quote token's capital check alone cost 0.4 s in 11 s of extraction). Node has had them since 10.
  supported: { 'regexp-unicode-property-escapes': true },
  external: ['compromise', 'yaml', 'chalk'],
  logLevel: 'warning',
  legalComments: 'none',
  absWorkingDir: root,
};
// The old code cache belongs to the old bundle.
rmSync(join(root, 'dist', 'cli.bundle.cache'), { force: true });
const cli = await build({
  ...common,
  metafile: true,
  entryPoints: [join(root, 'dist', 'cli', 'cli.js')],
  outfile: join(root, 'dist', 'cli.bundle.cjs'),
  format: 'cjs',
  // The modules find their data and package.json from import.meta.url: in a script, the file's URL.
  define: { 'import.meta.url': '__extractUrl' },
  banner: { js: "const __extractUrl = require('node:url').pathToFileURL(__filename).href;" },
});
await build({
  ...common,
  entryPoints: [join(root, 'dist', 'run', 'worker.js')],
  outfile: join(root, 'dist', 'worker.bundle.js'),
  format: 'esm',
  // commander is not in the worker, but any CommonJS dependency's require() needs a real one here.
  banner: { js: "import { createRequire as __extractRequire } from 'node:module';\nconst require = __extractRequire(import.meta.url);" },
});

// In the CLI bundle, import.meta.url is the bundle's own URL (dist/cli.bundle.cjs) in every
// module: right only for modules at the top of dist/. One in a subfolder would find the wrong
// files, in the bundle only; so it fails the build here.
const misplaced = Object.keys(cli.metafile.inputs).filter((input) => {
  const rel = relative(join(root, 'dist'), join(root, input));
  return !rel.startsWith('..') && rel.includes('/') && readFileSync(join(root, input), 'utf8').includes('import.meta.url');
});
if (misplaced.length > 0) {
  console.error(`bundle: import.meta.url in ${misplaced.join(', ')}: it would be the bundle's URL there. Use DATA_DIR (src/lexicon.ts) or move the code to src/.`);
  process.exit(1);
}
