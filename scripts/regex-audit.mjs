#!/usr/bin/env node
/**
 * npm run regex-audit [-- -v]
 *
 * Checks every regular expression the extractors use for catastrophic backtracking (ReDoS) with
 * recheck (https://makenowjust-labs.github.io/recheck/), a static and fuzzing checker:
 *   - the literals in src/ (found with the TypeScript parser, each with its file and line);
 *   - the ones built at run time from the data lists (`new RegExp(...)`, caught by wrapping the
 *     RegExp constructor while the built extractors run over the seeds with every option).
 * Prints one line per verdict: safe, vulnerable (with recheck's attack string and complexity) or
 * unknown (recheck gave up: too large to analyse). A flagged one listed in scripts/regex-reviewed.tsv
 * (bounded input, or timed on the attack string) counts as reviewed. Exits 1 when any vulnerable or
 * unknown one is not reviewed.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ts = require('typescript');
const { checkSync } = require('recheck');
const verbose = process.argv.includes('-v');

/** Regex literals of src/ (TypeScript parser): { source, flags, where }. */
function literals() {
  const out = [];
  const walk = (dir) => {
    for (const f of readdirSync(dir).sort()) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) {
        const sf = ts.createSourceFile(p, readFileSync(p, 'utf8'), ts.ScriptTarget.Latest, true);
        const visit = (node) => {
          if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
            const text = node.getText(sf);
            const slash = text.lastIndexOf('/');
            const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
            out.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: `${relative(root, p)}:${line}` });
          }
          ts.forEachChild(node, visit);
        };
        visit(sf);
      }
    }
  };
  walk(join(root, 'src'));
  return out;
}

/** Regexes built at run time while the extractors run over the seeds. */
async function dynamic() {
  const seen = [];
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args) {
      const re = Reflect.construct(target, args);
      const frame = (new Error().stack ?? '').split('\n').find((l) => l.includes('/dist/'));
      const where = frame ? frame.trim().replace(/^at\s+/, '').replace(/.*\/dist\//, 'dist/').replace(/\)$/, '') : 'unknown';
      seen.push({ source: re.source, flags: re.flags, where });
      return re;
    },
  });
  try {
    // The regexes built from data must be built here, not read from dist/data/prebuilt.v8.
    (await import(pathToFileURL(join(root, 'dist', 'lexicon.js')).href)).ignorePrebuilt();
    const { extract } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
    const seeds = readdirSync(join(root, 'seeds')).map((f) => readFileSync(join(root, 'seeds', f), 'utf8'));
    for (const text of seeds) {
      extract(text, { referenceDate: '2024-10-29' });
      extract(text, { referenceDate: null, dateStyle: 'timeml' });
    }
  } finally {
    globalThis.RegExp = Original;
  }
  return seen;
}

/** Hand-reviewed sources (scripts/regex-reviewed.tsv): prefix -> why it cannot run long. */
function reviewed() {
  const rows = [];
  const lines = readFileSync(join(root, 'scripts', 'regex-reviewed.tsv'), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  for (const line of lines.slice(1)) {
    const [prefix, why] = line.split('\t');
    if (prefix && why) rows.push({ prefix, why });
  }
  return rows;
}
const REVIEWED = reviewed();
const reviewOf = (source) => REVIEWED.find((r) => source === r.prefix || (r.prefix.length >= 20 && source.startsWith(r.prefix)));

const all = [...literals(), ...(await dynamic())];
const unique = new Map();
for (const r of all) {
  const key = `/${r.source}/${r.flags}`;
  if (!unique.has(key)) unique.set(key, r);
}
const counts = { safe: 0, vulnerable: 0, unknown: 0, reviewed: 0 };
const problems = [];
for (const [key, r] of unique) {
  // recheck's flags: it knows d g i m s u y; v is treated as u.
  const flags = r.flags.replace(/v/, 'u');
  let result;
  try {
    result = checkSync(r.source, flags, { timeout: 10_000 });
  } catch (e) {
    result = { status: 'unknown', error: { kind: String(e) } };
  }
  const review = result.status === 'safe' ? null : reviewOf(r.source);
  if (review) {
    counts.reviewed++;
    if (verbose) console.log(`reviewed   ${r.where}  (recheck: ${result.status}) ${review.why}`);
    continue;
  }
  counts[result.status]++;
  if (result.status !== 'safe') {
    const detail =
      result.status === 'vulnerable'
        ? `${result.complexity?.type ?? ''} ${result.complexity?.summary ?? ''}; attack: ${JSON.stringify(result.attack?.pattern ?? result.attack?.string ?? '').slice(0, 80)}`
        : `gave up (${result.error?.kind ?? 'unknown'})`;
    problems.push(`${result.status.padEnd(10)} ${r.where}  ${key.length > 120 ? key.slice(0, 117) + '...' : key}\n           ${detail}`);
  } else if (verbose) console.log(`safe       ${r.where}  ${key.length > 120 ? key.slice(0, 117) + '...' : key}`);
}
for (const p of problems) console.log(p);
console.log(
  `\n${unique.size} distinct regular expressions (${all.length} sites: literals in src/ and ones built from the data): ${counts.safe} safe, ${counts.reviewed} flagged but reviewed (scripts/regex-reviewed.tsv), ${counts.vulnerable} vulnerable, ${counts.unknown} unknown`,
);
process.exitCode = counts.vulnerable + counts.unknown > 0 ? 1 : 0;
