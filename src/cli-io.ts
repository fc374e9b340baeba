/** File-system helpers of the CLI: safe file names for document ids, atomic writes. */
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';

const UNSAFE = /[^\p{L}\p{N}._-]/gu;

/**
 * A file name for a document id that cannot leave its folder: path separators, NUL and other
 * unsafe characters become `_`, leading dots are dropped, and the name is capped at 120 characters.
 * `taken` makes names unique within one run (`a`, `a-2`, …).
 */
export function safeFileName(id: string, taken: Set<string>): string {
  let base = id.replace(UNSAFE, '_').replace(/^[._]+/, '').slice(0, 120);
  if (base === '' || base.toLowerCase() === 'summary') base = `doc_${base}`;
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Writes `data` to `dir/name` through a temporary file and a rename: never a half-written file. */
export async function writeFileAtomic(dir: string, name: string, data: string): Promise<string> {
  const target = join(dir, name);
  const rel = relative(dir, target);
  if (rel.startsWith('..') || isAbsolute(rel)) throw new Error(`refusing to write outside ${dir}: ${name}`);
  const tmp = join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data, 'utf8');
    await rename(tmp, target);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  }
  return target;
}
