/**
 * OffsetMap: where each offset of a rewritten text came from in the text it was rewritten from.
 * The layout step reads a document through a view (soft line breaks as spaces, `&amp;` as `&`,
 * `\r\n` as `\n`); facts are found in the view and reported at offsets into the text as given.
 *
 * Only edits that change the length are stored (a character replaced by one character keeps its
 * offset), so a text without such edits costs nothing, and mapping an offset is a binary search
 * over the edits.
 */
import { partitionPoint } from '../search.js';

/** One replacement: `outLen` characters of the output at `outAt` stand for `inLen` at `inAt`. */
export interface Edit {
  outAt: number;
  outLen: number;
  inAt: number;
  inLen: number;
}

export class OffsetMap {
  /** Edits in output order, none overlapping. */
  private readonly edits: readonly Edit[];

  constructor(edits: readonly Edit[]) {
    this.edits = edits;
  }

  /** True when no offset moves (every edit kept its length). */
  get identity(): boolean {
    return this.edits.length === 0;
  }

  /** The input offset of the character at output offset `p` (a replaced character maps to the start of what it replaced). */
  start(p: number): number {
    const i = this.lastAtOrBefore(p);
    if (i < 0) return p;
    const e = this.edits[i]!;
    if (p < e.outAt + e.outLen) return e.inAt;
    return e.inAt + e.inLen + (p - e.outAt - e.outLen);
  }

  /** The input offset one past the character before output offset `p` (a replaced character maps to the end of what it replaced). */
  end(p: number): number {
    if (p <= 0) return 0;
    const q = p - 1;
    const i = this.lastAtOrBefore(q);
    if (i < 0) return p;
    const e = this.edits[i]!;
    if (q < e.outAt + e.outLen) return e.inAt + e.inLen;
    return e.inAt + e.inLen + (q - e.outAt - e.outLen) + 1;
  }

  /** The last edit starting at or before output offset `p` (a deletion at `p` lies before the character at `p`). */
  private lastAtOrBefore(p: number): number {
    return partitionPoint(this.edits.length, (i) => this.edits[i]!.outAt > p) - 1;
  }
}

/**
 * Builds an output string from an input string, one piece at a time, recording the edits that
 * change lengths. Pieces must be taken in input order.
 */
export class Rewriter {
  private readonly parts: string[] = [];
  private readonly edits: Edit[] = [];
  private inAt = 0;
  private outAt = 0;

  constructor(private readonly input: string) {}

  /** Copies the input up to `to` unchanged. */
  keep(to: number): void {
    if (to <= this.inAt) return;
    this.parts.push(this.input.slice(this.inAt, to));
    this.outAt += to - this.inAt;
    this.inAt = to;
  }

  /** Copies the input up to `from`, then writes `by` in place of input [from, to). */
  replace(from: number, to: number, by: string): void {
    this.keep(from);
    if (by.length !== to - from) this.edits.push({ outAt: this.outAt, outLen: by.length, inAt: from, inLen: to - from });
    this.parts.push(by);
    this.outAt += by.length;
    this.inAt = to;
  }

  /** The output (the rest of the input copied) and its map back to the input. */
  finish(): { text: string; map: OffsetMap } {
    this.keep(this.input.length);
    return { text: this.parts.length === 1 ? this.parts[0]! : this.parts.join(''), map: new OffsetMap(this.edits) };
  }
}

/** Maps offsets through several rewrites, last first: `maps[0]` maps the first rewrite back to the original. */
export class OffsetChain {
  constructor(private readonly maps: readonly OffsetMap[]) {}

  /** [start, end) in the last text, as offsets into the first. */
  span(start: number, end: number): [number, number] {
    let s = start;
    let e = end;
    for (let i = this.maps.length - 1; i >= 0; i--) {
      const m = this.maps[i]!;
      if (m.identity) continue;
      const ns = m.start(s);
      const ne = e > s ? m.end(e) : ns;
      s = ns;
      e = Math.max(ns, ne);
    }
    return [s, e];
  }
}
