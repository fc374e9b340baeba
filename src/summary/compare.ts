/**
 * How the summary decides that figures disagree, as a careful reader would:
 *
 * - Each figure is a **claim**: the values it allows. "326" allows 326; "about 10,000" allows 5%
 *   either side; "more than 300" allows 300 and up; "30 to 40" allows the range.
 * - Two claims **agree** when one's value is allowed by the other ("more than 300" and 326; "about
 *   10,000" and 10,200; 35 and "30 to 40"), when two ranges overlap, or when the rounder one is the
 *   other rounded (8 and 7.9; 1.2 million and 1,213,000).
 * - A **reporter** is one document, or one named source within it. A document whose own claims
 *   about one thing (one frame: {@link sameFrame}) disagree (a match report's many "yards", a
 *   story's "people" on board, hurt and evacuated) uses the counted noun for several quantities,
 *   so nothing it says of it is compared; claims in frames it tells apart ("a $5bn bid for one
 *   company", "a $38bn bid for another") do not mix it.
 * - Figures **disagree** when two reporters make claims that cannot both be true, neither
 *   reporter making another claim that agrees with the other's, and are about one story: two
 *   documents are one story when they share places, speakers or days ({@link sameStory}).
 * - A document **contradicts itself** when it gives one thing, in two sentences of one frame, two
 *   values within a hedge's tolerance of each other that cannot both be true ("58 killed" in its
 *   headline, "at least 59 people were killed" below): a figure updated in one place only.
 */

/** A claim: the values a figure allows, [lo, hi], and the value as written. */
export interface Claim {
  lo: number;
  hi: number;
  value: number;
  /** True for a range ("30 to 40"): it agrees with any claim it overlaps. */
  range?: boolean;
  /** The dates its sentence names (TIMEX3 values), nearest the figure first: the time it is about. */
  when?: string[];
  /** The countries of the places its sentence names: where it is about. */
  where?: string[];
  /** True for a planned, threatened or expected figure ("threatened to fire four missiles"). */
  hypothetical?: boolean;
  /** The content words of its sentence, stemmed, without the figure's own number and noun. */
  words?: string[];
  /** The names its sentence gives (capitalised words past its first), lower case: whom it is about. */
  names?: string[];
  /** Where its sentence starts in its document: two claims of one sentence are one statement. */
  sentence?: number;
}

/** How far either side of a hedged value ("about 10,000", "nearly 1,000") it still allows. */
export const HEDGE_TOLERANCE = 0.05;
/** The largest relative difference a rounded value may have from the precise one it rounds (8 and 7.9). */
export const ROUNDING_TOLERANCE = 0.02;

/** The claim of a figure: its value, hedge and bound. */
export function claimOf(value: number, approximate: boolean, bound: 'min' | 'max' | null): Claim {
  if (bound === 'min') return { lo: value, hi: Infinity, value };
  if (bound === 'max') return { lo: -Infinity, hi: value, value };
  if (approximate) {
    const d = Math.abs(value) * HEDGE_TOLERANCE;
    return { lo: value - d, hi: value + d, value };
  }
  return { lo: value, hi: value, value };
}

/**
 * A claim in another unit ("7.9 inches" as centimetres): scaled by `factor`, and an exact value
 * allows HEDGE_TOLERANCE either side, since a writer rounds a conversion loosely ("40 miles (65 km)").
 */
export function convertClaim(c: Claim, factor: number): Claim {
  const [lo, hi, value] = [c.lo * factor, c.hi * factor, c.value * factor];
  if (c.range || lo !== hi) return { ...c, lo, hi, value };
  const d = Math.abs(value) * HEDGE_TOLERANCE;
  return { ...c, lo: value - d, hi: value + d, value };
}

/** The claim of a range ("between 30 and 40"). */
export function rangeClaim(from: number, to: number): Claim {
  return { lo: Math.min(from, to), hi: Math.max(from, to), value: from, range: true };
}

const allows = (c: Claim, v: number) => c.lo <= v && v <= c.hi;
const exact = (c: Claim) => !c.range && c.lo === c.hi;

/** The significant digits a value is written with (8 → 1, 7.9 → 2, 1,213,000 → 4). */
export function significantDigits(v: number): number {
  for (let p = 1; p < 16; p++) if (Number(v.toPrecision(p)) === v) return p;
  return 16;
}

/** Whether two claims can both be true. */
export function agree(a: Claim, b: Claim): boolean {
  if (allows(a, b.value) || allows(b, a.value)) return true;
  if ((a.range || b.range) && a.lo <= b.hi && b.lo <= a.hi) return true;
  if (exact(a) && exact(b) && a.value !== 0 && b.value !== 0) {
    const [rough, fine] = significantDigits(a.value) <= significantDigits(b.value) ? [a.value, b.value] : [b.value, a.value];
    const digits = significantDigits(rough);
    if (digits < significantDigits(fine) && Number(fine.toPrecision(digits)) === rough) {
      return Math.abs(rough - fine) <= ROUNDING_TOLERANCE * Math.max(Math.abs(rough), Math.abs(fine));
    }
  }
  return false;
}

/**
 * How many content words two figures' sentences must share, beyond the figure's noun, to be
 * about one thing: "Germany … has about 850 soldiers in northern Afghanistan" and "Germany has
 * nearly 1,000 troops in Afghanistan" share two; "scored four tries in three appearances" and
 * "two tries against Newcastle" share none.
 */
export const SHARED_WORDS = 2;
const sharedWords = (a: readonly string[], b: readonly string[]) => {
  const other = new Set(b);
  return new Set(a.filter((w) => other.has(w))).size;
};

/** Values this many times apart or more are two quantities, unless each names its source. */
/** Values this many times apart are two quantities even when each names its source (41 dead; 440 dead or missing). */
export const ATTRIBUTED_RATIO_LIMIT = 10;
export const RATIO_LIMIT = 2;

/**
 * Whether two claims are about one thing, as far as their sentences tell: not when their
 * sentences share fewer than SHARED_WORDS content words, nor when both give names and share none
 * ("Yugansk pumps a million barrels a day", "India produces 793,000 barrels a day"), nor when both name dates and no date of one falls in a date of the other ("in May" and "in 2015"), nor when both
 * name places and they share no country (a crash in Sydney and one in Costa Rica).
 */
export function sameFrame(a: Claim, b: Claim): boolean {
  if (a.words && b.words && sharedWords(a.words, b.words) < SHARED_WORDS) return false;
  if (a.names?.length && b.names?.length && sharedWords(a.names, b.names) === 0) return false;
  if (a.when?.length && b.when?.length && !a.when.some((x) => b.when!.some((y) => x.startsWith(y) || y.startsWith(x)))) return false;
  if (a.where?.length && b.where?.length && !a.where.some((x) => b.where!.includes(x))) return false;
  return true;
}

/** Whether two claims' values are under `ratio` times apart. */
const within = (a: Claim, b: Claim, ratio: number) => {
  const [x, y] = [Math.abs(a.value), Math.abs(b.value)].sort((p, q) => p - q);
  return x * ratio > y!;
};

/** Whether two claims conflict: about one thing, they cannot both be true. */
export function conflict(a: Claim, b: Claim, attributed: boolean): boolean {
  // A plan or a threat does not contradict what happened.
  if (agree(a, b) || !sameFrame(a, b) || !!a.hypothetical !== !!b.hypothetical) return false;
  // Several-fold apart, two figures are usually two quantities (victims of a crash and of a city's
  // year) unless each is given by its own source (police and organisers counting one crowd).
  return within(a, b, attributed ? ATTRIBUTED_RATIO_LIMIT : RATIO_LIMIT);
}

/**
 * Whether two claims of one document, in two sentences of one frame, give one thing two values
 * that cannot both be true yet lie within HEDGE_TOLERANCE of each other ("58 killed" and "at
 * least 59 people were killed"): the document contradicts itself. Values that close are one
 * quantity written twice; further apart, a document's two figures are usually two quantities.
 */
export function contradictsItself(a: Claim, b: Claim): boolean {
  if (a.sentence !== undefined && a.sentence === b.sentence) return false;
  // Each at the date nearest it, when both sentences give one: one document's "616,000 units in
  // May" and "597,000 units were sold" in December 1984 are two moments, not one figure written twice.
  // (The day a source spoke is not its figure's: summary.ts puts "said on Tuesday" last.)
  const [x0, y0] = [a.when?.[0], b.when?.[0]];
  if (x0 !== undefined && y0 !== undefined && !x0.startsWith(y0) && !y0.startsWith(x0)) return false;
  const [x, y] = [Math.abs(a.value), Math.abs(b.value)];
  return x !== y && Math.abs(x - y) <= HEDGE_TOLERANCE * Math.max(x, y) && conflict(a, b, false);
}

/**
 * The documents that use the noun for several quantities: they give it, in one frame, two values
 * that cannot both be true, are under ATTRIBUTED_RATIO_LIMIT apart ("$60 a share" and "$103
 * billion" are two quantities by size alone) and are not one value written twice ({@link contradictsItself}),
 * other than from two different named sources ("129 people on board", "4 people in hospital").
 * Also whether some document contradicts itself.
 */
function readDocuments(reporters: readonly Reporter[]): { mixed: Set<string>; contradicted: boolean } {
  const byDoc = new Map<string, Array<{ claim: Claim; source: string | null }>>();
  for (const r of reporters) {
    const list = byDoc.get(r.doc) ?? [];
    for (const claim of r.claims) list.push({ claim, source: r.source });
    byDoc.set(r.doc, list);
  }
  const mixed = new Set<string>();
  const contradictions = new Set<string>();
  for (const [doc, list] of byDoc) {
    search: for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!];
        if (a.source && b.source && a.source !== b.source) continue;
        if (agree(a.claim, b.claim) || !sameFrame(a.claim, b.claim) || !within(a.claim, b.claim, ATTRIBUTED_RATIO_LIMIT)) continue;
        if (contradictsItself(a.claim, b.claim)) {
          contradictions.add(doc);
          continue;
        }
        mixed.add(doc);
        break search;
      }
    }
  }
  return { mixed, contradicted: [...contradictions].some((d) => !mixed.has(d)) };
}

/**
 * A document's story: what it is about, as items with a weight. A city, region or other place
 * weighs 1, a speaker 1, a figure with its noun 1, a country or a day it names ½: two stories in
 * one country share little.
 */
export type Story = readonly string[];
const weight = (item: string) => (item.startsWith('w:') ? 0 : item.startsWith('c:') || item.startsWith('d:') ? 0.5 : 1);
/** The most days apart two documents may be written and still be compared as one story's (the `t:` item of a story). */
export const STORY_DAYS = 7;
const DAY_MS = 86_400_000;
/** The figures a document that names no place, speaker or day must share with another to be its story. */
export const UNTOLD_FIGURES = 2;
/** What two documents must share to be one story: a place and a country, two places, a speaker and a day… */
export const STORY_THRESHOLD = 2.5;

/**
 * Whether two documents' stories are one: the weight of what they share reaches STORY_THRESHOLD,
 * or one of them names no place, speaker or day to tell.
 */
export function sameStory(a: Story, b: Story, read?: StoriesRead, common?: ReadonlySet<string>): boolean {
  const [x, y] = [readStory(a, read), readStory(b, read)];
  // Written more than STORY_DAYS apart, two documents tell two moments of a story: a figure has
  // moved in between (a weekly count, a toll updated), so their values are not compared.
  if (x.written !== null && y.written !== null && Math.abs(x.written - y.written) > STORY_DAYS * DAY_MS) return false;
  let shared = 0;
  // A document that names no place, speaker or day is one story only with another that gives two
  // of its figures ("129 people" and "$40 billion": one round sum recurs in unrelated stories).
  if (!x.told || !y.told) {
    let figures = 0;
    for (const item of x.items) if (item.startsWith('n:') && y.items.has(item) && ++figures >= UNTOLD_FIGURES) return true;
    return false;
  }
  // A place, speaker or day that a large share of the run's documents name ("New York", "the
  // United States" in a year of wire copy) tells no story apart.
  for (const item of x.items) if (y.items.has(item) && !common?.has(item)) shared += weight(item);
  return shared >= STORY_THRESHOLD || briefOf(x, y, common) || briefOf(y, x, common);
}

const DAY_OF = (ms: number) => `d:${new Date(ms).toISOString().slice(0, 10)}`;

/**
 * Whether `x` is a brief of `y`'s story: it names no place below a country and no speaker, only
 * countries and days (a breaking-news paragraph: "an explosion outside a consulate in
 * Afghanistan … at around 11:30pm local time"), `y` names every one of them, none too common to
 * tell stories apart (a day `y` was written on counts as one it names), and their headlines share
 * a word of what happened ("consulate"; a "w:" item of summary.ts: not a name, an event or "people").
 */
function briefOf(x: StoryRead, y: StoryRead, common?: ReadonlySet<string>): boolean {
  let countries = 0;
  let headline = false;
  for (const item of x.items) {
    if (item.startsWith('n:')) continue;
    if (item.startsWith('w:')) {
      headline ||= y.items.has(item);
      continue;
    }
    const kind = item.slice(0, 2);
    if ((kind !== 'c:' && kind !== 'd:') || common?.has(item)) return false;
    if (!y.items.has(item) && !(kind === 'd:' && y.written !== null && DAY_OF(y.written) === item)) return false;
    if (kind === 'c:') countries++;
  }
  return countries > 0 && headline;
}

/**
 * The fewest documents, and the share of the run's documents, that must name a story item for it
 * to be too common to tell stories apart: in a run of a few articles about one event nothing is.
 */
export const COMMON_ITEM_DOCUMENTS = 20;
export const COMMON_ITEM_SHARE = 0.01;

/** Whether an item named by `documents` of a run of `total` documents is too common to tell stories apart. */
export function commonItem(documents: number, total: number): boolean {
  return documents >= COMMON_ITEM_DOCUMENTS && documents >= COMMON_ITEM_SHARE * total;
}

/**
 * Stories read once while one group's reporters are compared pair by pair: each story's items as
 * a set, and whether it names a place, speaker or day.
 */
interface StoryRead {
  items: ReadonlySet<string>;
  told: boolean;
  written: number | null;
}
export type StoriesRead = Map<Story, StoryRead>;
function readStory(s: Story, read: StoriesRead | undefined): StoryRead {
  let r = read?.get(s);
  if (!r) {
    const t = s.find((item) => item.startsWith('t:'));
    r = { items: new Set(s.filter((item) => !item.startsWith('t:'))), told: s.some((item) => !item.startsWith('n:') && !item.startsWith('t:') && !item.startsWith('w:')), written: t ? Date.parse(t.slice(2)) : null };
    read?.set(s, r);
  }
  return r;
}

/** One reporter's claims about a figure group: a document, or a named source in it. */
export interface Reporter {
  doc: string;
  /** The identity of the source the sentence names (figures.ts sourceIdentity), or null for the document's own voice. */
  source: string | null;
  story: Story;
  claims: Claim[];
  /**
   * Every value its document gives the group's noun and says nothing more of (no qualifier or
   * event: "£1.3bn" in a sentence that names no offer): a document does not contradict a value
   * it states itself.
   */
  stated?: Stated;
}

/**
 * A document's stated values of a noun, flat: the `lo`, `hi` and `value` of each claim in turn. A
 * packed array of numbers holds a claim in 24 bytes; an object per claim took six times that, and
 * every reporter a summary keeps carries its document's.
 */
export type Stated = readonly number[];
/** The numbers of one stated value in a {@link Stated} list. */
export const STATED_WIDTH = 3;

/** Adds a claim's value to a document's stated values. */
export function pushStated(list: number[], c: Claim): void {
  list.push(c.lo, c.hi, c.value);
}

/** Whether a claim agrees with one of a document's stated values. */
function agreesWithStated(c: Claim, stated: Stated | undefined): boolean {
  if (!stated) return false;
  for (let i = 0; i + STATED_WIDTH <= stated.length; i += STATED_WIDTH) if (agree(c, { lo: stated[i]!, hi: stated[i + 1]!, value: stated[i + 2]! })) return true;
  return false;
}

/**
 * Whether a figure group's reporters disagree: a document that is not mixed contradicts itself
 * (in a group of counts, not of measures: `measure`),
 * or two reporters, in documents that are not mixed, about one story (two documents that are one
 * story, or two different named sources in one document), make claims that cannot both be true,
 * and neither makes another claim, or states another value of the noun, that agrees with the
 * other's (a document giving a $5bn bid and a $38bn bid does not contradict another's $38bn bid).
 */
export function disagree(reporters: readonly Reporter[], common?: ReadonlySet<string>, measure = false): boolean {
  const { mixed, contradicted } = readDocuments(reporters);
  // Only a count contradicts itself ("58 killed", "at least 59 people were killed"): one report's
  // close prices, yields or sums (bills at 5.64 and 5.74 pct) are several quantities.
  if (contradicted && !measure) return true;
  const usable = reporters.filter((r) => r.claims.length && !mixed.has(r.doc));
  const stories: StoriesRead = new Map();
  for (let i = 0; i < usable.length; i++) {
    for (let j = i + 1; j < usable.length; j++) {
      const a = usable[i]!;
      const b = usable[j]!;
      // In one document that is not mixed, only two named sources can conflict (not a source and
      // the document's own voice: "a 10.5 pct coupon, dealers said … an 11 pct coupon").
      if (a.doc === b.doc ? !a.source || !b.source : !sameStory(a.story, b.story, stories, common)) continue;
      const attributed = !!a.source && !!b.source && a.source !== b.source;
      const answered = (c: Claim, other: Reporter) => other.claims.some((o) => agree(c, o)) || agreesWithStated(c, other.stated);
      if (a.claims.some((x) => !answered(x, b) && b.claims.some((y) => !answered(y, a) && conflict(x, y, attributed)))) return true;
    }
  }
  return false;
}
