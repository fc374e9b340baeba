#!/usr/bin/env node
// npm's `prepare` step: build dist/ from the sources. `npm install` and `npm ci` in a clone have the
// dev dependencies the build needs (TypeScript, esbuild) already; `npm install -g .` from a fresh
// clone runs this before installing anything, so it installs them first (into this folder's
// node_modules, from the lock file, no lifecycle scripts), then builds. A packed tarball ships dist/
// and never runs this.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(new URL('../package.json', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (args) => execFileSync(npm, args, { cwd: root, stdio: 'inherit', env: { ...process.env, npm_config_global: 'false', npm_config_prefix: '' } });

const hasBuildTools = ['typescript', 'esbuild'].every((name) => {
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
});
if (!hasBuildTools) {
  console.error('extract: installing the build tools (TypeScript, esbuild) to build dist/ ...');
  run(['install', '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error']);
}
run(['run', 'build']);
