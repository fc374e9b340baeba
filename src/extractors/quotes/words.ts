/**
 * The quotes extractor's word lists, loaded once from `src/data/quote-*` through lexicon.ts, and
 * the tokens attribution rules walk over.
 */
import { compromise, lexiconTags } from '../../document.js';
import { loadOrBuild, readList, readTable } from '../../lexicon.js';

/** A quotation-mark pair. */
export interface MarkPair {
  open: string;
  close: string;
}

/** Everything the quote rules look words up in. */
export interface QuoteWords {
  marks: readonly MarkPair[];
  /** Finite speech-verb forms, each as its lower-case tokens (["pointed", "out"]). */
  verbs: readonly (readonly string[])[];
  /** First token of a verb form -> the forms that start with it. */
  verbHeads: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Manner-of-speaking verb forms ("scoffed", "shouts"), by first token: they credit a quote only right beside it. */
  mannerHeads: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** -ing forms of the speech verbs ("saying", "pointing out"), each as its tokens, by first token. */
  gerundHeads: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Base forms of the speech verbs by first token ("say", "point out"): a plural present after a plural subject ("critics say"). */
  lemmaHeads: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Third-person present forms ("reports", "calls"), which are often nouns too. */
  presents: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  orgs: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  skips: ReadonlySet<string>;
  passives: ReadonlySet<string>;
  stops: ReadonlySet<string>;
  /** Demonyms, lower case ("chilean"); a plural in -s counts too. */
  demonyms: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  /** Section labels that open a headline line ("analysis", "q&a"): never a colon source. */
  sections: ReadonlySet<string>;
  /** Last words of organisation and building names ("tower", "bank"): never end a person's full name. */
  orgHeads: ReadonlySet<string>;
  /** Given names with one gender (person-given-name-genders.tsv, from compromise's lexicon). */
  givenGenders: ReadonlyMap<string, 'm' | 'f'>;
  /** Courtesy title or subject pronoun -> gender ("mr" -> "m", "she" -> "f"). */
  genders: ReadonlyMap<string, 'm' | 'f'>;
  /** Roles of someone speaking for an organisation ("spokeswoman"), with the role's gender (undefined: either). */
  proxies: ReadonlyMap<string, 'm' | 'f' | undefined>;
  /** Verbs of asking, inflected ("asked", "queries"): the quote after a question is someone else's answer. */
  askVerbs: ReadonlySet<string>;
  /** Nouns for something said ("claim", "remarks"): after a possessive name, the name is the speaker. */
  speechNouns: ReadonlySet<string>;
  workBefore: ReadonlySet<string>;
  workAfter: ReadonlySet<string>;
  /** Last words that make a quoted title-case name an event's, a law's or a prize's ("… Forum", "… Act"). */
  workLast: ReadonlySet<string>;
}

let cached: QuoteWords | null = null;

const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));

/** The quote word lists (loaded and validated on first use). */
export function quoteWords(): QuoteWords {
  return (cached ??= loadOrBuild('quotes', buildQuoteWords));
}

function buildQuoteWords(): QuoteWords {
  const marks = readTable('quote-marks.tsv', ['open', 'close'], (r) =>
    r.open!.length === 1 && r.close!.length === 1 ? null : 'open and close must be one character each',
  ).map((r) => ({ open: r.open!, close: r.close! }));
  const verbRows = readTable('quote-verbs.tsv', ['lemma', 'past', 'present'], (r) =>
    r.past && r.present ? null : 'past and present forms are required',
  );
  const verbs = verbRows.flatMap((r) => [r.past!, r.present!]).map((f) => f.toLowerCase().split(/\s+/));
  const verbHeads = new Map<string, (readonly string[])[]>();
  for (const v of verbs) {
    const list = verbHeads.get(v[0]!) ?? [];
    list.push(v);
    verbHeads.set(v[0]!, list);
  }
  // Longest form first, so "pointed out" wins over a bare "pointed" if both are listed.
  for (const list of verbHeads.values()) list.sort((a, b) => b.length - a.length);
  const mannerRows = readTable('quote-manner-verbs.tsv', ['lemma', 'past', 'present'], (r) => (r.past && r.present ? null : 'past and present forms are required'));
  const mannerHeads = new Map<string, (readonly string[])[]>();
  for (const f of mannerRows.flatMap((r) => [r.past!, r.present!])) {
    const form = f.toLowerCase().split(/\s+/);
    mannerHeads.set(form[0]!, [...(mannerHeads.get(form[0]!) ?? []), form]);
  }
  // -ing forms from compromise's conjugation of each lemma ("say" -> "saying", "point out" -> "pointing out").
  const gerundHeads = new Map<string, (readonly string[])[]>();
  for (const r of verbRows) {
    const d = compromise()(r.lemma!);
    d.tag('Infinitive');
    const gerund = (d.verbs().conjugate()[0] as { Gerund?: string } | undefined)?.Gerund;
    if (!gerund) continue;
    const form = gerund.toLowerCase().split(/\s+/);
    gerundHeads.set(form[0]!, [...(gerundHeads.get(form[0]!) ?? []), form]);
  }
  const lemmaHeads = new Map<string, (readonly string[])[]>();
  for (const r of verbRows) {
    const form = r.lemma!.toLowerCase().split(/\s+/);
    lemmaHeads.set(form[0]!, [...(lemmaHeads.get(form[0]!) ?? []), form]);
  }
  const works = readTable('quote-work-cues.tsv', ['cue', 'position'], (r) =>
    r.position === 'before' || r.position === 'after' || r.position === 'last' ? null : 'position must be "before", "after" or "last"',
  );
  const genders = readTable('quote-gender-words.tsv', ['word', 'gender'], (r) =>
    r.gender === 'm' || r.gender === 'f' ? null : 'gender must be "m" or "f"',
  );
  const proxies = readTable('quote-proxy-roles.tsv', ['word', 'gender'], (r) =>
    r.gender === 'm' || r.gender === 'f' || r.gender === '-' ? null : 'gender must be "m", "f" or "-"',
  );
  return {
    marks,
    verbs,
    verbHeads,
    mannerHeads,
    gerundHeads,
    lemmaHeads,
    presents: new Set(verbRows.map((r) => r.present!.toLowerCase())),
    titles: lower([...readList('quote-titles.txt'), ...readList('quote-party-words.txt')]),
    orgs: lower(readList('quote-org-words.txt')),
    pronouns: lower(readList('quote-pronouns.txt')),
    skips: lower(readList('quote-skip-words.txt')),
    passives: lower(readList('quote-passive-words.txt')),
    stops: lower(readList('quote-stop-words.txt')),
    particles: lower(readList('quote-name-particles.txt')),
    demonyms: lower(readList('quote-demonyms.txt')),
    sections: lower(readList('quote-section-labels.txt')),
    // (A company's legal form ends an organisation's name too: "Research Incorporated", "Velmar SPA";
    // not one of two letters, which ends people's names as often: "Jose Sa", "Ana Ab".)
    orgHeads: lower([...readList('quote-org-heads.txt'), ...readList('quote-org-words.txt'), ...readList('summary-legal-forms.txt').filter((w) => w.length > 2)]),
    genders: new Map(genders.map((r) => [r.word!.toLowerCase(), r.gender as 'm' | 'f'])),
    askVerbs: lower(readList('quote-ask-verbs.txt')),
    proxies: new Map(proxies.map((r) => [r.word!.toLowerCase(), r.gender === '-' ? undefined : (r.gender as 'm' | 'f')])),
    givenGenders: new Map(
      readTable('person-given-name-genders.tsv', ['name', 'gender'], (r) => (r.gender === 'm' || r.gender === 'f' ? null : 'gender must be "m" or "f"')).map((r) => [
        r.name!,
        r.gender as 'm' | 'f',
      ]),
    ),
    speechNouns: lower(readList('quote-speech-nouns.txt')),
    workBefore: lower(works.filter((r) => r.position === 'before').map((r) => r.cue!)),
    workAfter: lower(works.filter((r) => r.position === 'after').map((r) => r.cue!)),
    workLast: lower(works.filter((r) => r.position === 'last').map((r) => r.cue!)),
  };
}

const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we']);

/**
 * Whether the lower-case word `w` can be a plural subject ("critics", "lawmakers", "police", "they"):
 * compromise's lexicon tags it plural, or it does not know the word and it ends in a plural -s
 * ("lawmakers"; not "-ss", "-us", "-is"). Known words of other kinds ("always", "this", "news") are not.
 */
export function isPluralSubjectWord(w: string): boolean {
  if (PLURAL_PRONOUNS.has(w)) return true;
  const tags = lexiconTags(w);
  if (tags.length) return tags.includes('Plural');
  return /\p{L}{2}[^su]s$/u.test(w) && !w.endsWith('is');
}
