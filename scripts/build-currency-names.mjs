#!/usr/bin/env node
/**
 * node scripts/build-currency-names.mjs
 *
 * Completes src/data/number-currencies.tsv with the ISO 4217 currencies its hand-kept rows do not
 * list ("Syrian pounds", "Yemeni rials", "Libyan dinars", "Myanmar kyats"), with their English
 * names in the singular and the plural from Unicode CLDR, as the ICU in Node ships it
 * (Intl.supportedValuesOf('currency'), Intl.NumberFormat's currency names). The rows go after a
 * marker line, rewritten on each run; the rows above it are not touched. They are read by their
 * full names only: alone "no" (the last word alone is no currency) and word "yes" (the code is
 * never read as one: "SDG", "CVE" and "NAD" are common acronyms). Left out: codes in X (funds,
 * metals, units of account) but the East Caribbean dollar and the CFP franc, names with brackets
 * or an ampersand, and ZWG, whose name is a commodity's ("Zimbabwean gold").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const file = join(here, '..', 'src', 'data', 'number-currencies.tsv');
const MARKER = '# The rows below: ISO 4217 codes the rows above leave out, with their English names from Unicode CLDR (scripts/build-currency-names.mjs writes them; do not edit by hand).';

const text = readFileSync(file, 'utf8');
const kept = text.includes(MARKER) ? text.slice(0, text.indexOf(MARKER)) : text;
const listed = new Set(kept.split('\n').filter((l) => /^[A-Z]{3}\t/.test(l)).map((l) => l.slice(0, 3)));
const name = (code, n) =>
  new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'name', minimumFractionDigits: 0, maximumFractionDigits: 0 })
    .format(n)
    .replace(/^[\d.,\s]+/, '');
const rows = [];
for (const code of Intl.supportedValuesOf('currency')) {
  if (listed.has(code) || (code.startsWith('X') && code !== 'XCD' && code !== 'XPF') || code === 'ZWG') continue;
  const one = name(code, 1);
  const many = name(code, 2);
  if (/[()&]/.test(one + many) || one === code) continue;
  rows.push(`${code}\t${one}\t${many}\tno\tyes`);
}
writeFileSync(file, `${kept.trimEnd()}\n${MARKER}\n${rows.join('\n')}\n`);
console.log(`${file}: ${rows.length} rows from CLDR`);
