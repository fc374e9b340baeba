/**
 * Sieves 2 and 3: pronoun ("he said"), description ("the mayor said", "the company said") and
 * continuation (a quote nobody is credited with), resolved to the person or organisation named in
 * the latest sentence before the quote that names one who fits (see attribute.ts for the rules).
 */
import type { Paragraph } from '../../../layout/index.js';
import type { Speaker } from '../../../types.js';
import { opensSentence, subjectBefore } from '../names.js';
import type { QuoteSpan } from '../spans.js';
import { gazetteer, longestMatch, tokenize } from '../../places/gazetteer.js';
import { isCapitalised, stripPossessive } from '../tokens.js';
import { type Attribution, type Pending, MAX_COLON_NAME, MAX_LEAD_PHRASE, type Ctx, verbAt, invertedSubject, bounds, sentenceStart, named, type Mention, type Gender, type Want, describes } from './context.js';

const PRONOUN_PARAGRAPHS = 3;

/** How far back (paragraphs) the person holding a role ("the mayor") is looked for. */
const HOLDER_PARAGRAPHS = 30;

const CONTINUATION_PARAGRAPHS = 1;

/** How many tokens back the sentence before a quote credited to nobody is read. */
const SPEECH_REACH = 60;
/** How many words after "he" or "she" its own speech verb may stand ("He said", "She later also said"). */
const OWN_VERB_REACH = 3;

/** How far back (characters) the pronoun fallback looks for a name, however long the paragraphs. */
const PRONOUN_REACH = 3000;

/** An acronym: two to six capitals ("NATO", "UNICEF"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** A list item ends like a sentence ("• Police said three people were hurt.") or is a fragment. */
const LIST_SENTENCE_END = /[.!?…]["'”’)]{0,3}$/u;

/** Whether a paragraph holds sentences: not a table row, a byline, repeated page furniture, or a list item that is no sentence ("- Revenue up 4%"). */
function holdsSentences(p: Paragraph | undefined): boolean {
  if (!p) return true;
  if (p.role === 'table' || p.role === 'byline' || p.role === 'boilerplate') return false;
  return p.role !== 'list' || LIST_SENTENCE_END.test(p.text);
}

const WORDS = /[\p{L}-]+/gu;

/** A name ending in an organisation word ("Transit Council") or written as an acronym ("NATO"). */
function isOrganisation(c: Ctx, name: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return c.words.orgHeads.has(last.toLowerCase()) || ACRONYM.test(last);
}

/**
 * Whether a speaker's whole name is a country or a national capital in the places gazetteer, with
 * no other reading ("Pyongyang said", "Iran said"): a government speaking, never "he" or "she".
 */
function isStateName(name: string): boolean {
  const toks = tokenize(name);
  const m = toks.length ? longestMatch(gazetteer(), toks, 0) : null;
  return m !== null && m.end === toks.length && m.entries.length > 0 && m.entries.every((e) => !e.ambiguous && !e.person && (e.kind === 'country' || e.capital));
}

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
}

/** Gender by surname from courtesy titles in the document ("Mrs Ada Ruiz" -> ruiz: f). */
function titleGenders(c: Ctx): Map<string, Gender> {
  const out = new Map<string, Gender>();
  const { tokens } = c;
  for (let k = 0; k < tokens.length; k++) {
    const g = c.words.genders.get(tokens[k]!.lower);
    if (!g || c.words.pronouns.has(tokens[k]!.lower)) continue;
    let j = tokens[k + 1]?.text === '.' ? k + 2 : k + 1;
    let last = -1;
    for (; j < tokens.length && j - k <= MAX_COLON_NAME && isCapitalised(tokens[j]!); j++) last = j;
    if (last >= 0 && !out.has(tokens[last]!.lower)) out.set(stripPossessive(tokens[last]!.lower), g);
  }
  return out;
}

/**
 * The gender a quote's speaker must have: its speech verb's pronoun ("she said"), else the
 * pronoun that opens its sentence ("He disagreed, calling it “…”").
 */
function genderCue(c: Ctx, tq: number, p: Pending | null): Gender | undefined {
  if (p?.subject.kind === 'pronoun') return p.subject.pronoun === 'it' ? 'n' : c.words.genders.get(p.subject.pronoun);
  const first = c.tokens[bounds(c, tq).lo]!;
  return first.kind === 'word' && c.words.pronouns.has(first.lower) ? c.words.genders.get(first.lower) : undefined;
}

/** Named subjects of every speech verb outside quotes ("Ruiz said that …"), in text order, at the name. */
function speechMentions(c: Ctx, blockers: number[], proxies: Proxy[] = []): Mention[] {
  const out: Mention[] = [];
  const { tokens } = c;
  let sentStart = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k === 0 || t.sentence !== tokens[k - 1]!.sentenceEnd || t.paragraph !== tokens[k - 1]!.paragraph) sentStart = k;
    const len = verbAt(c, k);
    if (!len) continue;
    // Table rows, bylines, page furniture and list items that are not sentences: no speech verb there names a speaker.
    if (!holdsSentences(c.doc.paragraphs[t.paragraph])) continue;
    const s = invertedSubject(c, k, len) ?? subjectBefore(c, k, sentStart);
    // "A spokesman for the council said …": someone speaks for an organisation, unnamed.
    if (!s || s.kind === 'unnamed' || (s.kind === 'name' && isOrganisation(c, s.name))) {
      const role = proxyRole(c, k, sentStart);
      // (Not a role in apposition after the organisation: "KCNA, a mouthpiece of the party, said".)
      if (role !== null && !(s?.kind === 'name' && s.start !== undefined && s.start < tokens[role.at]!.start)) {
        proxies.push({ at: t.start, paragraph: t.paragraph, sentence: c.doc.sentenceIndexAt(t.start), speaker: s?.kind === 'name' ? named(c, s, t.start) : null, gender: role.gender, pronouns: pronounsAfter(c, k + len) });
      }
    }
    // "Officials said …", "The minister wrote back.": someone new speaks, though unnamed.
    // A present form ("claims", "reports") there is too often a noun to count.
    const form = tokens.slice(k, k + len).map((x) => x.lower).join(' ');
    if (s?.kind === 'unnamed' && (s.head !== undefined || !c.words.presents.has(form))) blockers.push(t.start);
    if (s?.kind !== 'name') continue;
    const at = s.start ?? t.start;
    const lone = s.name.includes(' ') || isOrganisation(c, s.name) ? undefined : s.name;
    out.push({ at, paragraph: t.paragraph, sentence: c.doc.sentenceIndexAt(at), speaker: named(c, s, t.start), kind: 'speech', lone });
  }
  return out;
}

/** An unnamed spokesperson's speech verb ("A spokesman for the council said"): where, and for whom (the organisation its subject names, if any). */
interface Proxy {
  at: number;
  paragraph: number;
  sentence: number;
  speaker: Speaker | null;
  /** The role's gender ("spokeswoman": f), undefined for either. */
  gender: Gender | undefined;
  /** The genders of the personal pronouns in what the spokesperson said ("said he had breached his contract": m). */
  pronouns: ReadonlySet<Gender>;
}

/** The case forms of the third-person singular pronouns, by gender (English grammar's closed class). */
const PRONOUN_FORMS: ReadonlyMap<string, Gender> = new Map([
  ['he', 'm'],
  ['him', 'm'],
  ['his', 'm'],
  ['she', 'f'],
  ['her', 'f'],
  ['hers', 'f'],
]);

/** The genders of the personal pronouns from token `k` to the end of its sentence. */
function pronounsAfter(c: Ctx, k: number): Set<Gender> {
  const out = new Set<Gender>();
  const { tokens } = c;
  const sentence = tokens[k - 1]?.sentence;
  for (let i = k; i < tokens.length && tokens[i]!.sentence === sentence && tokens[i]!.kind !== 'quote'; i++) {
    const g = PRONOUN_FORMS.get(tokens[i]!.lower);
    if (g) out.add(g);
  }
  return out;
}

/** How many tokens before its speech verb a spokesperson's role may stand ("A spokesman for the UK Film Council said"). */
const PROXY_REACH = 8;
/** How many words before the role its article may stand ("a senior Home Office spokesman"). */
const PROXY_ARTICLE_REACH = 4;

/**
 * The spokesperson's role (quote-proxy-roles.tsv, its token and gender) that is the subject of the
 * speech verb at token `k`, left unnamed: after "a" or "an" ("A Home Office spokesman said", "a
 * spokeswoman for the council said"). Null when there is none: "the spokesman (for the council)
 * said" may stand for a spokesman named before.
 */
function proxyRole(c: Ctx, k: number, sentStart: number): { at: number; gender: Gender | undefined } | null {
  const { tokens } = c;
  for (let j = k - 1; j >= sentStart && k - j <= PROXY_REACH; j--) {
    const t = tokens[j]!;
    // (Not past another speech verb: "A spokesman said the SEC asked …" is no spokesman's asking.)
    if (t.kind === 'quote' || verbAt(c, j)) return null;
    if (!c.words.proxies.has(t.lower)) continue;
    for (let i = j - 1; i >= sentStart && j - i <= PROXY_ARTICLE_REACH && tokens[i]!.kind === 'word'; i--) {
      const w = tokens[i]!.lower;
      if (w === 'a' || w === 'an') return { at: j, gender: c.words.proxies.get(t.lower) };
    }
    return null;
  }
  return null;
}

/**
 * Whether the first "he" or "she" of gender `g` in the sentence before token `lo` (read back at most
 * SPEECH_REACH tokens) has its own speech verb a word or two after it ("He said", "She later
 * told"); not a verb of asking (the quote after a question is the answer, someone else's).
 */
function pronounSpoke(c: Ctx, lo: number, g: Gender): boolean {
  const { tokens } = c;
  const prev = tokens[lo]!.sentence - 1;
  let from = lo;
  while (from > 0 && lo - from < SPEECH_REACH && tokens[from - 1]!.sentence === prev) from--;
  for (let k = from; k < lo; k++) {
    if (tokens[k]!.sentence !== prev || !c.words.pronouns.has(tokens[k]!.lower) || c.words.genders.get(tokens[k]!.lower) !== g) continue;
    for (let j = k + 1; j <= k + OWN_VERB_REACH && j < lo && tokens[j]!.kind === 'word'; j++) {
      if (c.words.askVerbs.has(tokens[j]!.lower)) return false;
      if (verbAt(c, j) > 0) return true;
    }
    return false;
  }
  return false;
}

/**
 * Sentences whose subject is "he" or "she" (first word, or first after a leading phrase and its
 * comma: "On Monday, she …"), with the pronoun's gender.
 */
function pronounSentences(c: Ctx): Map<number, Gender> {
  const out = new Map<number, Gender>();
  const { tokens } = c;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const g = c.words.genders.get(t.lower);
    if (!g || !c.words.pronouns.has(t.lower) || out.has(t.sentence)) continue;
    const prev = tokens[k - 1];
    const opens = opensSentence(tokens, k);
    let afterLead = false;
    if (!opens && prev!.text === ',') {
      let j = k - 2;
      while (j >= 0 && k - j <= MAX_LEAD_PHRASE && tokens[j]!.paragraph === t.paragraph && tokens[j]!.sentenceEnd === t.sentence && tokens[j]!.kind === 'word') j--;
      const before = tokens[j];
      afterLead = !before || before.paragraph !== t.paragraph || before.sentenceEnd !== t.sentence;
    }
    if (opens || afterLead) out.set(t.sentence, g);
  }
  return out;
}

/**
 * Whether a person mention opens its sentence as its only subject: the sentence's first word,
 * not followed by "and" and another name ("Moss and Lee won" is about two people).
 */
function opensWith(c: Ctx, m: Mention): boolean {
  const sentence = c.doc.sentences[m.sentence];
  // Only a few role words may stand before the name ("Former ambassador Lionel Abara disagreed."), not another name ("Lee and Moss").
  const before = c.text.slice(sentence?.start ?? m.at, m.at);
  if (!sentence || !/^(?:[\p{L}-]{1,30}\s{1,3}){0,4}$/u.test(before)) return false;
  if (before.split(/\s+/).some((w) => w === 'and' || w === 'or' || (/^\p{Lu}/u.test(w) && !c.words.titles.has(w.toLowerCase()) && before.indexOf(w) > 0))) return false;
  const after = c.text.slice(m.speaker.end ?? m.at, (m.speaker.end ?? m.at) + 8);
  return !/^\s{1,3}and\s{1,3}\p{Lu}/u.test(after);
}

/** A photo credit holds this many characters at most ("(Ida Moss / Harbor News)"). */
const MAX_CREDIT = 80;

/**
 * Whether [start, end) lies inside a bracketed credit with a slash, as photo captions give them
 * ("… tents. (Ida Moss / Harbor News)"): the photographer is nobody the story is about.
 */
function inCredit(text: string, para: Paragraph, start: number, end: number): boolean {
  const open = text.lastIndexOf('(', start);
  if (open < para.start || start - open > MAX_CREDIT) return false;
  const close = text.indexOf(')', end);
  if (close < 0 || close > para.end || close - end > MAX_CREDIT) return false;
  const inside = text.slice(open + 1, close);
  return inside.includes('/') && !inside.includes('(');
}

/**
 * Sentences whose subject is a role ("the mayor", "the former coach"): "the", at most two
 * lower-case words, a title word, then a lower-case word (the verb), after an optional leading
 * phrase and its comma. One mention each, at "the", with the role as its head.
 */
function roleSubjects(c: Ctx): Mention[] {
  const out: Mention[] = [];
  const { tokens } = c;
  const seen = new Set<number>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower !== 'the' || seen.has(t.sentence)) continue;
    const prev = tokens[k - 1];
    const lead = prev?.text === ',' ? sentenceStart(c, k - 1, 0) : -1;
    const opens = opensSentence(tokens, k) || (lead >= 0 && lead < k - 1 && c.words.stops.has(tokens[lead]!.lower));
    if (!opens) continue;
    let h = k + 1;
    while (h < tokens.length && h - k <= 3 && tokens[h]!.kind === 'word' && !isCapitalised(tokens[h]!) && !c.words.titles.has(tokens[h]!.lower)) h++;
    const head = tokens[h];
    const verb = tokens[h + 1];
    if (!head || !c.words.titles.has(head.lower) || isCapitalised(head) || !verb || verb.kind !== 'word' || isCapitalised(verb) || c.words.stops.has(verb.lower)) continue;
    if (!holdsSentences(c.doc.paragraphs[t.paragraph])) continue;
    seen.add(t.sentence);
    out.push({ at: t.start, paragraph: t.paragraph, sentence: c.doc.sentenceIndexAt(t.start), speaker: { name: head.lower }, kind: 'description', head: head.lower });
  }
  return out;
}

/**
 * Sieves 2 and 3 in one sweep in text order: a pronoun ("he said"), a description ("the mayor
 * said") or a quote nobody is credited with in its sentence takes the person (or organisation)
 * named in the latest sentence before it that names one who fits (see attribute.ts).
 */
export function coreference(c: Ctx, spans: readonly QuoteSpan[], pending: readonly (Pending | null)[], result: (Attribution | null)[]): void {
  const doc = c.doc;
  const tokens = c.tokens;
  const quoteToken = c.quoteToken;
  // In text order: a pronoun, a description ("the mayor said") or a
  // quote nobody is credited with in its sentence takes the person (or organisation) named in the
  // latest sentence before it that names one who fits: a speech verb's subject, a person's name,
  // or an earlier quote's speaker. Within that sentence the first who fits wins (the subject).
  const blockers: number[] = [];
  const proxies: Proxy[] = [];
  const speech = speechMentions(c, blockers, proxies);
  let proxyAt = 0;
  for (const m of speech) if (m.lone) c.index.speakers.add(m.lone);
  const genders = titleGenders(c);
  const pronounSubjects = pronounSentences(c);
  // A speaker's gender: from a courtesy title in the document ("Mrs Ruiz"), else from a given name
  // of one gender ("Irene Ruiz"); an organisation ("Metro Transit Council", "NATO") is never
  // "he" or "she".
  // (Read once per name in the document, not per call.)
  const stateNames = new Map<string, boolean>();
  const stateName = (name: string): boolean => {
    let known = stateNames.get(name);
    if (known === undefined) stateNames.set(name, (known = isStateName(name)));
    return known;
  };
  const genderOf = (sp: Speaker): Gender | undefined => {
    const known = genders.get(lastWord(sp.name));
    if (known) return known;
    if (isOrganisation(c, sp.name) || stateName(sp.name)) return 'n';
    const first = sp.name.slice(0, sp.name.indexOf(' ') >>> 0).toLowerCase();
    return sp.name.includes(' ') ? c.words.givenGenders.get(first) : undefined;
  };
  const persons = new Set<string>();
  const history: Mention[] = [];
  let historyFrom = 0;
  // Person mentions by paragraph, found once each (a paragraph holding no sentences names nobody).
  const peopleCache = new Map<number, Mention[]>();
  const peopleOf = (p: number): Mention[] => {
    let list = peopleCache.get(p);
    if (!list) {
      const para = doc.paragraphs[p]!;
      list = holdsSentences(para)
        ? [
            ...c.index.personMentions(para.start, para.end).filter((m) => !inCredit(doc.text, para, m.start, m.end)).map((m) => {
              persons.add(m.name);
              return { at: m.start, paragraph: p, sentence: doc.sentenceIndexAt(m.start), speaker: { name: m.name, start: m.start, end: m.end }, kind: 'person' as const };
            }),
            ...c.index.orgMentions(para.start, para.end).map((m) => ({ at: m.start, paragraph: p, sentence: doc.sentenceIndexAt(m.start), speaker: { name: m.name, start: m.start, end: m.end }, kind: 'org' as const })),
          ].sort((a, b) => a.at - b.at)
        : [];
      peopleCache.set(p, list);
    }
    return list;
  };
  // Whether the sentence of mention `m` names the role `head` ("Ada Ruiz is the mayor.").
  const givesRole = (m: Mention, head: string): boolean => {
    const sentence = doc.sentences[m.sentence];
    return sentence !== undefined && (doc.text.slice(sentence.start, sentence.end).toLowerCase().match(WORDS) ?? ([] as string[])).includes(head);
  };
  const fits = (m: Mention, want: Want, cue: Gender | undefined, described: boolean): boolean => {
    const g = genderOf(m.speaker);
    if (want === 'org') return m.kind === 'org' || g === 'n' || (m.kind !== 'person' && g === undefined && !persons.has(m.speaker.name));
    // An organisation merely named speaks only when a description asks for one ("the agency said").
    if (m.kind === 'org') return false;
    if (want === 'person' && g === 'n') return false;
    // "the mayor said": a description names a person the text gave as one (by name, title or given name).
    if (described && want === 'person' && m.kind !== 'person' && !g && !persons.has(m.speaker.name) && !c.index.isPersonName(m.speaker.name)) return false;
    return !cue || cue === 'n' || !g || g === cue;
  };
  // Whether someone unnamed speaks after mention `m` (outside its sentence) and before `to`: blockers are in text order.
  const blockedBetween = (m: Mention, to: number): boolean => {
    let lo = 0;
    let hi = blockers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blockers[mid]! <= m.at) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < blockers.length && blockers[i]! < to; i++) if (doc.sentenceIndexAt(blockers[i]!) !== m.sentence) return true;
    return false;
  };
  const resolve = (q: number, window: number, want: Want, cue: Gender | undefined, subjectless: boolean, head?: string): Mention | null => {
    // A description ("the mayor") asks for someone the text gives as a person or holding the role.
    const described = head !== undefined;
    const span = spans[q]!;
    const own = tokens[quoteToken[q]!]!.sentence;
    const from = Math.max(doc.paragraphs[Math.max(0, span.paragraph - window)]!.start, span.open - PRONOUN_REACH);
    const people: Mention[] = [];
    for (let p = doc.paragraphIndexAt(from); p >= 0 && p <= span.paragraph; p++) for (const m of peopleOf(p)) if (m.at >= from && m.at < span.open) people.push(m);
    // The history pointer moves by the widest window any call uses, so a wider call later still finds its mentions.
    const widest = Math.max(doc.paragraphs[Math.max(0, span.paragraph - 2 * PRONOUN_PARAGRAPHS)]!.start, span.open - PRONOUN_REACH);
    while (historyFrom < history.length && history[historyFrom]!.at < widest) historyFrom++;
    const told = history.slice(historyFrom).filter((h) => h.at >= from && h.at < span.open);
    // "On Monday, the mayor brought the plan up again. “…,” he said.": a sentence whose subject is a
    // role stands for the person who holds it.
    if (want === 'person' && !subjectless) for (const d of descriptions) if (d.at >= from && d.at < span.open) people.push(d);
    // A sentence whose subject is a pronoun of the same gender carries the earlier person on
    // ("Ruiz won. She thanked Lee. “…,” she said."): the people it names are not who it is about.
    const chained = (m: Mention) => m.kind === 'person' && cue !== undefined && cue !== 'n' && pronounSubjects.get(m.sentence) === cue;
    const all = [...told, ...people].filter((m) => (m.kind !== 'person' || m.sentence !== own) && !chained(m)).sort((a, b) => a.at - b.at);
    // A quote credited to nobody continues the latest speaker, or the person who opens the sentence
    // right before it ("Moss did not need persuading. “…”"); anyone else merely named counts only
    // when no speaker is in reach.
    const prevSentence = tokens[bounds(c, quoteToken[q]!).lo]!.sentence - 1;
    const opener = (m: Mention) => m.kind === 'person' && m.sentence === prevSentence && opensWith(c, m);
    const pool = !subjectless || !all.some((m) => m.kind !== 'person') ? all : all.filter((m) => m.kind !== 'person' || opener(m));
    // "Ada Ruiz is the mayor. Ben Cole is the treasurer. “…,” the mayor said.": the latest who fits in
    // a sentence that gives them that role, before anyone merely named later.
    if (head !== undefined) {
      for (let i = pool.length - 1; i >= 0; i--) {
        const m = pool[i]!;
        if (fits(m, want, cue, described) && givesRole(m, head)) return m;
      }
    }
    for (let i = pool.length - 1; i >= 0; ) {
      const sentence = pool[i]!.sentence;
      let j = i;
      while (j - 1 >= 0 && pool[j - 1]!.sentence === sentence) j--;
      const inSentence = pool.slice(j, i + 1).filter((m) => fits(m, want, cue, described));
      // A pronoun or description points to the first who fits (the sentence's subject); a quote credited to nobody, to the latest speaker.
      let found: Mention | undefined = subjectless ? inSentence[inSentence.length - 1] : inSentence[0];
      if (found?.kind === 'description') found = holder(found, cue) ?? undefined;
      // A quote credited to nobody never carries a speaker over a sentence where someone unnamed speaks
      // ("“…,” said Ruiz. Officials disagreed, saying … “…”").
      if (found && subjectless && blockedBetween(found, span.open)) return null;
      if (found) return found;
      i = j - 1;
    }
    return null;
  };
  // The person the role of description `d` points to, named before it (within HOLDER_PARAGRAPHS):
  // the latest named in a sentence that gives them the role, else the latest person who fits.
  const holder = (d: Mention, cue: Gender | undefined): Mention | null => {
    const head = d.head!;
    const before: Mention[] = [];
    for (let p = Math.max(0, d.paragraph - HOLDER_PARAGRAPHS); p <= d.paragraph; p++) for (const x of peopleOf(p)) if (x.at < d.at) before.push(x);
    for (const h of history) if (h.at < d.at && d.paragraph - h.paragraph <= HOLDER_PARAGRAPHS) before.push(h);
    before.sort((a, b) => a.at - b.at);
    // "Mayor Doug Frame": a name right after the role, the strongest tie.
    for (let i = before.length - 1; i >= 0; i--) {
      const m = before[i]!;
      const word = doc.text.slice(Math.max(0, m.at - 40), m.at).trimEnd().replace(/\.$/u, '').split(/\s+/).pop()?.toLowerCase();
      if (word === head && m.kind !== 'description' && m.kind !== 'org') return m;
    }
    let latest: Mention | null = null;
    for (let i = before.length - 1; i >= 0; i--) {
      const m = before[i]!;
      if (m.kind === 'description' || m.kind === 'org' || !fits(m, 'person', cue, true)) continue;
      if (givesRole(m, head)) return m;
      latest ??= m;
    }
    return latest;
  };
  const descriptions = roleSubjects(c);
  let m = 0;
  spans.forEach((span, q) => {
    while (m < speech.length && speech[m]!.at < span.open) history.push(speech[m++]!);
    if (!result[q]) {
      const p = pending[q];
      const cue = genderCue(c, quoteToken[q]!, p);
      const subject = p?.subject;
      const role = subject?.kind === 'unnamed' ? describes(c, subject.head) : null;
      const want: Want = role ?? (cue === 'n' ? 'org' : subject?.kind === 'pronoun' && subject.pronoun !== 'they' && subject.pronoun !== 'we' ? 'person' : 'any');
      const window = subject ? PRONOUN_PARAGRAPHS : CONTINUATION_PARAGRAPHS;
      let found = resolve(q, window, want, cue, !subject, role !== null && subject?.kind === 'unnamed' ? subject.head : undefined);
      // "she said" with nobody of hers in three paragraphs: the latest speaker who fits, a few paragraphs further back.
      if (!found && subject?.kind === 'pronoun' && cue && cue !== 'n') {
        const far = resolve(q, 2 * PRONOUN_PARAGRAPHS, want, cue, false);
        if (far && far.kind !== 'person' && far.kind !== 'description' && genderOf(far.speaker) === cue) found = far;
      }
      // "He insisted he would clear his name. “…”": a quote credited to nobody that opens its own
      // sentence, right after a sentence that "he" or "she" opens and that holds a speech verb, is
      // that person's, as if the quote said "he said", whoever spoke before ("The Treasury said …
      // He said … “…”"). (A quote inside a sentence is often a term its subject uses; a quote left
      // open takes the next one's speaker, below.)
      let heSaid: Gender | undefined;
      const lo = !subject && span.closed ? bounds(c, quoteToken[q]!).lo : -1;
      if (lo === quoteToken[q]) {
        const prev = tokens[lo]!.sentence - 1;
        const g = pronounSubjects.get(prev);
        if ((g === 'm' || g === 'f') && pronounSpoke(c, lo, g)) {
          heSaid = g;
          found = resolve(q, PRONOUN_PARAGRAPHS, 'person', g, false) ?? found;
        }
      }
      // "A spokesman for the council said … “…,” he added.": "he" is the spokesman, unnamed, not a
      // person named before him; he speaks for the organisation his subject names. With none named
      // ("A spokesman said"), an earlier speaker not known as a person may be the one he speaks for.
      const he = heSaid ?? (subject?.kind === 'pronoun' && (cue === 'm' || cue === 'f') ? cue : undefined);
      if (he) {
        while (proxyAt < proxies.length && proxies[proxyAt]!.at < span.open) proxyAt++;
        const pr = proxies[proxyAt - 1];
        const person = (m: Mention) => m.kind === 'person' || persons.has(m.speaker.name) || c.index.isPersonName(m.speaker.name);
        // (Not when what the spokesperson said already carries the earlier person on: "A spokesman
        // for the club said he had breached his contract. “…,” he said.")
        if (pr && span.open - pr.at <= PRONOUN_REACH && span.paragraph - pr.paragraph <= PRONOUN_PARAGRAPHS && (pr.gender === undefined || pr.gender === he) && !pr.pronouns.has(he) && (!found || (found.at < pr.at && found.sentence !== pr.sentence))) {
          if (pr.speaker) found = { at: pr.at, paragraph: pr.paragraph, sentence: pr.sentence, speaker: pr.speaker, kind: 'speech' };
          else if (found && person(found)) found = null;
        }
      }
      const rule = subject?.kind === 'pronoun' ? 'quote/pronoun' : role ? p!.rule : 'quote/continuation';
      if (found) {
        result[q] = { rule, speaker: found.speaker };
        if (cue && cue !== 'n' && !genderOf(found.speaker)) genders.set(lastWord(found.speaker.name), cue);
      } else if (subject) result[q] = { rule, speaker: null };
    }
    const got = result[q];
    if (got?.speaker) {
      const sp = got.speaker;
      history.push({ at: span.open, paragraph: span.paragraph, sentence: tokens[quoteToken[q]!]!.sentence, speaker: sp, kind: 'quote' });
    }
  });
}
