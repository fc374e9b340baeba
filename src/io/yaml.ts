/**
 * The yaml package, loaded on first use: importing it costs about 50 ms, which a run that reads no
 * front matter and writes no YAML should not pay at start-up.
 */
import { createRequire } from 'node:module';
import { TOP } from '../paths.js';
import type YAMLModule from 'yaml';

let loaded: typeof YAMLModule | null = null;

export function yaml(): typeof YAMLModule {
  loaded ??= createRequire(TOP)('yaml') as typeof YAMLModule;
  return loaded;
}
