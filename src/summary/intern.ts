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

/** `s` in a string of its own: a slice of a document (13 characters or more) copied, a shorter string as it is. */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
