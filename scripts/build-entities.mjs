#!/usr/bin/env node
/**
 * node scripts/build-entities.mjs
 *
 * Writes src/data/layout-html-entities.tsv: the named character references of HTML 4.01 (the 252
 * entities of its three DTD sets, HTMLlat1, HTMLsymbol and HTMLspecial, from the package
 * character-entities-html4), plus `apos` (XML's, used everywhere). Plain text pasted from web pages
 * and feeds keeps such references ("AT&amp;T", "caf&eacute;"); the layout step reads them as the
 * characters they stand for (src/layout/normalize.ts). Code points are written in hex so that no
 * invisible character (no-break space, soft hyphen, joiners) sits in the file.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { characterEntitiesHtml4 } from 'character-entities-html4';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'data', 'layout-html-entities.tsv');
const rows = Object.entries({ ...characterEntitiesHtml4, apos: "'" })
  .map(([name, ch]) => [name, [...ch].map((c) => c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')).join(' ')])
  .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const head = [
  '# HTML named character references: the 252 of HTML 4.01 (W3C, section 24: HTMLlat1, HTMLsymbol,',
  '# HTMLspecial), from the npm package character-entities-html4 (MIT), plus XML\'s apos.',
  '# Names are case-sensitive (Eacute and eacute differ). Made by scripts/build-entities.mjs.',
  'name\tcodepoints',
];
writeFileSync(out, head.concat(rows.map((r) => r.join('\t'))).join('\n') + '\n');
console.log(`${rows.length} entities -> ${out}`);
