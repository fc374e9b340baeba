/**
 * One string for each distinct word or key the summary keeps in many places: every claim of every
 * reporter holds its sentence's words, and every document's story its places, speakers and days;
 * a corpus repeats a few thousand of them. The table is capped (cleared when full), so hostile
 * text cannot grow it without bound; a cleared table only costs sharing, never a result.
 *
 * A string kept here owns its characters: a slice of a document would keep the whole document
 * alive behind it (V8 slices strings of 13 or more characters).
 */
const interned = new Map<string, string>();
const INTERNED_MAX = 100_000;

export function intern(s: string): string {
  const known = interned.get(s);
  if (known !== undefined) return known;
  if (interned.size >= INTERNED_MAX) interned.clear();
  const copy = ownCopy(s);
  interned.set(copy, copy);
  return copy;
}

/**
 * One string for each document id: a document's id is in every list that names it (its places',
 * dates', figures' documents and mentions). A table of its own, capped the same way, so a corpus
 * of many documents does not push the words out of the other.
 */
const ids = new Map<string, string>();

export function internId(s: string): string {
  const known = ids.get(s);
  if (known !== undefined) return known;
  if (ids.size >= INTERNED_MAX) ids.clear();
  ids.set(s, s);
  return s;
}

/** `s` in a string of its own: a slice of a document (13 characters or more) copied, a shorter string as it is. */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/**
 * A capped table of values found by a hash and compared whole: one object for each distinct value
 * the summary keeps. Cleared when it holds INTERNED_MAX values; a hash's list holds at most
 * CHAIN_MAX of them, so values made to collide cost a few comparisons each, never a scan.
 */
export class SharedTable<T> {
  private readonly byHash = new Map<number, T[]>();
  private count = 0;

  constructor(
    private readonly hash: (v: T) => number,
    private readonly same: (a: T, b: T) => boolean,
  ) {}

  /** The value kept that equals `v`, if any. */
  find(v: T): T | undefined {
    const list = this.byHash.get(this.hash(v));
    if (list) for (const known of list) if (this.same(known, v)) return known;
    return undefined;
  }

  /** Keeps `v` (not yet kept: see find) and returns it. */
  add(v: T): T {
    if (this.count >= INTERNED_MAX) {
      this.byHash.clear();
      this.count = 0;
    }
    const h = this.hash(v);
    const list = this.byHash.get(h);
    if (!list) this.byHash.set(h, [v]);
    else if (list.length < CHAIN_MAX) list.push(v);
    else return v;
    this.count++;
    return v;
  }
}
const CHAIN_MAX = 8;
