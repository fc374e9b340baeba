/** Sieve 1, transcript: "“HOLLOWAY: …”", "MARSH: … “…”" (all-capitals speaker labels). */
import { type Subject } from '../names.js';
import { isCapitalised, type Token } from '../tokens.js';
import type { Pending, Ctx } from './context.js';

/** A transcript label: one to three all-capitals words (two letters at least) and a colon, at the start. */
const TRANSCRIPT_LABEL = /^\s{0,3}((?:\p{Lu}[\p{Lu}’'.-]{0,20}\s){0,2}\p{Lu}[\p{Lu}’'-]{1,20}):\s/u;

export function isInitial(t: Token): boolean {
  return t.kind === 'word' && t.text.length === 1 && isCapitalised(t);
}

/** "HOLLOWAY: …" / "MS. RUIZ: …": an all-capitals speaker label at the start of `text`, as transcripts write it. */
function transcriptLabel(c: Ctx, text: string, base: number): Subject | null {
  const m = TRANSCRIPT_LABEL.exec(text);
  if (!m) return null;
  const words = m[1]!.split(' ').filter((w) => !c.words.titles.has(w.toLowerCase().replace(/\.$/, '')));
  const last = words[words.length - 1];
  if (!last || c.words.sections.has(m[1]!.toLowerCase()) || c.words.stops.has(last.toLowerCase())) return null;
  // The document's own spelling of the surname ("MCCAIN" -> "McCain"), else the word in title case.
  const written = spellings(c).get(last);
  const name = words.slice(0, -1).map(titleCase).concat(written ?? titleCase(last)).join(' ');
  const start = base + m.index + m[0].indexOf(m[1]!);
  return { kind: 'name', name, title: null, start, end: start + m[1]!.length };
}

const spellingCache = new WeakMap<readonly Token[], Map<string, string>>();

/** Each word's first spelling that is not all capitals, by its all-capitals form ("MCCAIN" -> "McCain"), built once per document. */
function spellings(c: Ctx): Map<string, string> {
  let map = spellingCache.get(c.tokens);
  if (!map) {
    map = new Map();
    for (const t of c.tokens) {
      if (t.kind !== 'word') continue;
      const upper = t.text.toUpperCase();
      if (upper !== t.text && !map.has(upper)) map.set(upper, t.text);
    }
    spellingCache.set(c.tokens, map);
  }
  return map;
}

function titleCase(w: string): string {
  return w.charAt(0) + w.slice(1).toLowerCase();
}

/**
 * Rule transcript: the quote opens with a speaker label ("“HOLLOWAY: Well, look …”"), or its paragraph
 * does ("MARSH: But you said “…”").
 */
export function fromTranscript(c: Ctx, tq: number, inside: boolean): Pending | null {
  const q = c.tokens[tq]!;
  const base = inside ? q.start + 1 : c.tokens[c.paragraphStart[q.paragraph]!]!.start;
  const subject = transcriptLabel(c, c.text.slice(base, inside ? q.end : q.start), base);
  return subject ? { rule: 'quote/transcript', subject } : null;
}
