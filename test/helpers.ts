/** Shared test helpers: run the built CLI, validate against the JSON Schema, check fact invariants. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { sameSpanRange } from '../src/refiners/order-and-dedupe.js';
import { FACT_KINDS, type DocResult, type Fact } from '../src/types.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'extract.js');
export const SEEDS = join(ROOT, 'seeds');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `bin/extract.js` (the built CLI) with `args`; colour is off unless `env` turns it on. */
export function runCli(args: string[], opts: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): CliRun {
  const env: Record<string, string> = { ...(process.env as Record<string, string>) };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    env: { ...env, ...opts.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'extract-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'extract.schema.json'), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true });
ajv.addSchema(schema, 'extract');
const validators = {
  envelope: ajv.getSchema('extract')!,
  document: ajv.getSchema('extract#/definitions/document')!,
  summary: ajv.getSchema('extract#/definitions/summary')!,
};

/** Schema errors of `data` as readable lines (empty when it validates). */
export function schemaErrors(data: unknown, what: keyof typeof validators = 'envelope'): string[] {
  const v = validators[what];
  return v(data) ? [] : (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

/** Every fact of `doc`: text is the slice at its offsets, rule set, text order, no overlap within a kind. */
export function invariantViolations(text: string, doc: DocResult): string[] {
  const out: string[] = [];
  for (const kind of FACT_KINDS) {
    let prevEnd = -1;
    let prev: Fact | null = null;
    for (const f of doc[kind] as Fact[]) {
      if (text.slice(f.start, f.end) !== f.text) out.push(`${doc.id} ${kind} "${f.text}"@${f.start}: slice is "${text.slice(f.start, f.end)}"`);
      if (!f.rule) out.push(`${doc.id} ${kind} "${f.text}"@${f.start}: no rule`);
      // The one overlap allowed: a vague magnitude's two ends on one span.
      if (f.start < prevEnd && !(prev && sameSpanRange(prev, f))) out.push(`${doc.id} ${kind} "${f.text}"@${f.start}: overlaps the fact before it`);
      prevEnd = Math.max(prevEnd, f.end);
      prev = f;
    }
  }
  return out;
}

/** A deterministic pseudo-random generator (mulberry32), so a failing case can be replayed by its seed. */
export function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
