/** File-system helpers of the CLI: safe file names for document ids, atomic writes. */
import { createWriteStream, unlinkSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
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

/** Writes in progress (temporary file -> its promise): finished or removed if the run is interrupted. */
const inFlight = new Map<string, Promise<unknown>>();
let stopping = false;
let handlersInstalled = false;

/**
 * On SIGINT, SIGTERM or SIGHUP: starts no new write, lets the writes in progress settle, removes
 * any temporary file left, then exits as the signal would (128 + its number). An interrupted run
 * leaves the files it finished and nothing half-written. (A SIGKILL cannot be caught; it can leave
 * only a hidden `.NAME.RANDOM.tmp`, never a half-written NAME.)
 */
export function removeTempFilesOnSignal(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
  for (const [signal, code] of Object.entries(codes)) {
    process.once(signal, () => {
      stopping = true;
      void Promise.allSettled([...inFlight.values()]).then(() => {
        for (const tmp of inFlight.keys()) {
          try {
            unlinkSync(tmp);
          } catch {
            // renamed or removed already
          }
        }
        process.exit(code);
      });
    });
  }
}

let tmpCount = 0;

/**
 * A hidden temporary file beside `name` in `dir`: unique per process (pid), per write (a counter)
 * and, against pid reuse across hosts sharing the folder, a random part (node:crypto is not
 * needed for that and costs 9 ms to load).
 */
function tempName(dir: string, name: string): string {
  return join(dir, `.${name}.${process.pid}-${(++tmpCount).toString(36)}-${Math.random().toString(36).slice(2, 8)}.tmp`);
}

/** Writes `data` to `dir/name` through a temporary file and a rename: never a half-written file. */
export async function writeFileAtomic(dir: string, name: string, data: string): Promise<string> {
  const target = join(dir, name);
  const rel = relative(dir, target);
  if (rel.startsWith('..') || isAbsolute(rel)) throw new Error(`refusing to write outside ${dir}: ${name}`);
  const tmp = tempName(dir, name);
  if (stopping) return new Promise<string>(() => {}); // interrupted: the process is about to exit
  const done = (async () => {
    try {
      await writeFile(tmp, data, 'utf8');
      await rename(tmp, target);
    } catch (e) {
      await unlink(tmp).catch(() => {});
      throw e;
    }
  })();
  inFlight.set(tmp, done);
  try {
    await done;
  } finally {
    // Kept until the exit when interrupted, so the handler removes whatever is left.
    if (!stopping) inFlight.delete(tmp);
  }
  return target;
}

/**
 * A file written as it goes (`facts.csv` of a large run) that appears whole or not at all: rows go
 * to a hidden temporary file, renamed into place when closed; an interrupted run removes it.
 */
export class CsvFile {
  private constructor(
    private readonly stream: WriteStream,
    private readonly tmp: string,
    private readonly target: string,
  ) {}

  static async open(dir: string, name: string): Promise<CsvFile> {
    const target = join(dir, name);
    const tmp = tempName(dir, name);
    const stream = createWriteStream(tmp, { encoding: 'utf8' });
    await once(stream, 'open');
    inFlight.set(tmp, Promise.resolve()); // settled: an interrupted run removes the file at once
    return new CsvFile(stream, tmp, target);
  }

  async write(s: string): Promise<void> {
    if (!this.stream.write(s)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
    await rename(this.tmp, this.target);
    inFlight.delete(this.tmp);
  }
}
