/**
 * Whether a build artefact may be used: it exists and is not older than what it was made from.
 * After a bare `tsc` the compiled code is newer than the bundles, code cache and prebuilt data made
 * by the rest of `npm run build`, and those are then skipped rather than run stale. (npm gives an
 * installed package's files one mtime: equal passes.)
 */
import { statSync } from 'node:fs';

const mtime = (file: URL): number => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
};

/** True when `artefact` exists and is at least as new as `source` (or `source` is missing). */
export function isFresh(artefact: URL, source: URL): boolean {
  const made = mtime(artefact);
  return made >= 0 && made >= mtime(source);
}
