#!/usr/bin/env node
// Writes dist/extract.1, the man page, from the built option table (src/cli/man-page.ts). Part of `npm run build`.
import { readFileSync, writeFileSync } from 'node:fs';
import { manPage } from '../dist/cli/man-page.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
writeFileSync(new URL('../dist/extract.1', import.meta.url), manPage(version));
