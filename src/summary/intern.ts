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
  return internIn(interned, s);
}

/** `s` as `table` keeps it: the copy kept before, or an owned copy kept now (the table cleared when full). */
function internIn(table: Map<string, string>, s: string): string {
  const known = table.get(s);
  if (known !== undefined) return known;
  if (table.size >= INTERNED_MAX) table.clear();
  const copy = ownCopy(s);
  table.set(copy, copy);
  return copy;
}

/**
 * One string for each document id: a document's id is in every list that names it (its places',
 * dates', figures' documents and mentions). A table of its own, capped the same way, so a corpus
 * of many documents does not push the words out of the other.
 */
const ids = new Map<string, string>();

export function internId(s: string): string {
  return internIn(ids, s);
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

  /**
   * The value kept that equals `v`; else `v`, kept from now on, after `fresh` (which may replace
   * parts of it with equal ones: its hash and what it equals stay the same).
   */
  share(v: T, fresh?: (v: T) => void): T {
    const h = this.hash(v);
    let list = this.byHash.get(h);
    if (list) for (const known of list) if (this.same(known, v)) return known;
    fresh?.(v);
    if (this.count >= INTERNED_MAX) {
      this.byHash.clear();
      this.count = 0;
      list = undefined;
    }
    if (!list) this.byHash.set(h, [v]);
    else if (list.length < CHAIN_MAX) list.push(v);
    else return v;
    this.count++;
    return v;
  }
}
const CHAIN_MAX = 8;
