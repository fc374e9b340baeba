/**
 * Array helpers safe at any size. `a.push(...b)` and `Math.max(...b)` pass every item as an
 * argument on the stack: past about 120,000 items (a paragraph of 140,000 numbers, a merged
 * part of 200,000 document ids) they throw "Maximum call stack size exceeded".
 */

/** Appends every item of `items` to `target`, in order; returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const x of items) target.push(x);
  return target;
}

/** The largest of `xs` (-Infinity when empty), as Math.max gives it. */
export function maxOf(xs: Iterable<number>): number {
  let m = -Infinity;
  for (const x of xs) if (x > m || Number.isNaN(x)) m = x;
  return m;
}
