/**
 * The HTML report: one self-contained page (no scripts, no network: styles and the map inlined,
 * a Content-Security-Policy that forbids anything else), or with --out an index.html plus a page
 * per document. The summary comes first (where sources differ, with each value's source, title
 * and sentence; who said what; the timeline; places on a world map; failures), then each document
 * with every fact highlighted by kind, nested where facts nest (a quote holding a number). A fact
 * shows its value, unit, hedge, speaker and rule on hover or keyboard focus, and every summary
 * entry links to its mentions. All text from documents is escaped; nothing in it can become markup.
 */
import { readTable } from '../lexicon.js';
import { valueText } from './pretty.js';
import type { FailedInput, Mention, Summary } from '../summary/summary.js';
import type { DocResult, Fact } from '../types.js';
import { maxOf } from '../arrays.js';

/** Escapes text for HTML content and double-quoted attributes. */
export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

type Kind = 'number' | 'date' | 'place' | 'quote';
const KIND_LETTER: Record<Kind, string> = { number: 'n', date: 'd', place: 'p', quote: 'q' };

/** The id of a fact's mark within its document's section: its kind and offsets. */
export const factId = (prefix: string, kind: Kind | string, start: number, end: number): string => `${prefix}${KIND_LETTER[kind as Kind] ?? kind[0]}${start}-${end}`;

/** Colours with a contrast over 7:1 for black text (WCAG AAA, so AA with room to spare). */
const STYLE = `
:root{color-scheme:light;--n:#cfe3ff;--d:#ffe4a8;--p:#cdeec8;--q:#f1d9f7;--ink:#111111;--dim:#555555}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff;margin:0 auto;max-width:60rem;padding:1rem 1.5rem}
h1{font-size:1.5rem}h2{font-size:1.25rem;border-bottom:1px solid #ccc;margin-top:2rem}h3{font-size:1.05rem;margin:1rem 0 .25rem}
a{color:#0645ad}a:focus,mark:focus,summary:focus,input:focus+label{outline:3px solid #0645ad;outline-offset:1px}
.dim{color:var(--dim)}.fail{color:#a00000}
ul{padding-left:1.25rem}li{margin:.15rem 0}
table{border-collapse:collapse}td,th{padding:.15rem .5rem;text-align:left;vertical-align:top;border-bottom:1px solid #eee}
blockquote{margin:.25rem 0 .5rem 1rem;padding-left:.5rem;border-left:3px solid #ccc}
.legend mark{padding:0 .3rem}
.doc{white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.8}
details.document{border:1px solid #ddd;border-radius:4px;margin:.75rem 0;padding:.25rem .75rem}
details.document>summary{cursor:pointer;font-weight:600}
mark{color:var(--ink);border-radius:3px;padding:0 1px;position:relative}
mark.number{background:var(--n);box-shadow:inset 0 -2px #1f5fb8}mark.date{background:var(--d);box-shadow:inset 0 -2px #8a5a00}
mark.place{background:var(--p);box-shadow:inset 0 -2px #2c6e24}mark.quote{background:var(--q);box-shadow:inset 0 -2px #7a2d8c}
mark mark{padding:0 2px}
mark:hover::after,mark:focus::after{content:attr(data-tip);position:absolute;left:0;top:100%;z-index:2;white-space:pre;background:#222;color:#fff;font-size:.8rem;line-height:1.3;padding:.3rem .5rem;border-radius:3px;pointer-events:none}
:target{outline:3px solid #d00000}
.filter{margin:.5rem 0}.filter label{margin-right:1rem}
body:has(#hide-n:checked) mark.number,body:has(#hide-d:checked) mark.date,body:has(#hide-p:checked) mark.place,body:has(#hide-q:checked) mark.quote{background:none;box-shadow:none}
svg.map{width:100%;height:auto;background:#eef4fb;border:1px solid #ccd}svg.map path{fill:#d9d9d9;stroke:#fff;stroke-width:.2}svg.map circle{fill:#c0392b;fill-opacity:.7;stroke:#fff;stroke-width:.2}
@media print{details.document{break-inside:avoid-page}mark:hover::after,mark:focus::after{content:none}.filter{display:none}body{max-width:none}}
`;

/** The page's style sheet, for the colour-contrast test. */
export const STYLE_FOR_TESTS = STYLE;

const CSP = `default-src 'none'; style-src 'unsafe-inline'; img-src data:`;

function head(title: string): string {
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${CSP}">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${esc(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n`;
}
const FOOT = '</body>\n</html>\n';

/** What a fact says, for its tooltip: value, unit, hedge, bound, change, speaker, rule. */
function tip(kind: Kind, f: Fact & Record<string, unknown>): string {
  const parts: string[] = [kind];
  if (kind === 'number') {
    parts.push(`value ${String(f.value)}${f.unit ? ` ${String(f.unit)}` : ''}`);
    if (f.hedge) parts.push(`hedge “${String(f.hedge)}”`);
    else if (f.approximate) parts.push('approximate');
    if (f.bound) parts.push(f.bound === 'min' ? 'at least' : 'at most');
    if (f.change) parts.push(f.change === 'up' ? 'a rise' : 'a fall');
    if (f.source) parts.push(`source ${String(f.source)}`);
  } else if (kind === 'date') parts.push(`value ${f.value === null ? `unresolved (${String(f.unresolved ?? 'no value')})` : String(f.value)}`);
  else if (kind === 'place') parts.push(`${String(f.name)}${f.country ? ` (${String(f.country)})` : ''}`);
  else {
    const sp = f.speaker as { name?: string } | null;
    parts.push(`speaker ${sp?.name ?? 'not named'}`);
  }
  parts.push(`rule ${f.rule}`);
  return parts.join('\n');
}

interface Span {
  kind: Kind;
  fact: Fact & Record<string, unknown>;
}

/**
 * A document's text with its facts as nested marks, one per fact. Facts that nest (a number in a
 * quote) nest; a fact that would cross the end of the one around it (rare) is highlighted up to that
 * end, its full offsets kept in data-start/data-end and the cut in data-cut.
 */
export function markedText(d: DocResult, text: string, prefix: string): string {
  const spans: Span[] = [];
  for (const [kind, list] of [
    ['quote', d.quotes],
    ['number', d.numbers],
    ['date', d.dates],
    ['place', d.places],
  ] as const) {
    for (const f of list as unknown as Array<Fact & Record<string, unknown>>) if (f.end > f.start && f.end <= text.length) spans.push({ kind, fact: f });
  }
  // Outer first: by start, then the longer, then quotes around the rest.
  spans.sort((a, b) => a.fact.start - b.fact.start || b.fact.end - a.fact.end);
  let out = '';
  let at = 0;
  const open: Span[] = [];
  const openTag = (s: Span, cut?: number) =>
    `<mark class="${s.kind}" id="${factId(prefix, s.kind, s.fact.start, s.fact.end)}" tabindex="0" data-tip="${esc(tip(s.kind, s.fact))}" data-start="${s.fact.start}" data-end="${s.fact.end}"${cut === undefined ? '' : ` data-cut="${cut}"`}>`;
  const closeTo = (pos: number) => {
    // Close every open mark that ends by pos, innermost first.
    while (open.length && open[open.length - 1]!.fact.end <= pos) {
      const s = open.pop()!;
      out += esc(text.slice(at, s.fact.end)) + '</mark>';
      at = s.fact.end;
    }
  };
  for (const s of spans) {
    closeTo(s.fact.start);
    out += esc(text.slice(at, s.fact.start));
    at = s.fact.start;
    // An open mark that ends inside this one would cross it: this one is cut at that end.
    const top = open[open.length - 1];
    if (top && s.fact.end > top.fact.end) {
      out += openTag(s, top.fact.end);
      open.push({ kind: s.kind, fact: { ...s.fact, end: top.fact.end } });
      continue;
    }
    out += openTag(s);
    open.push(s);
  }
  closeTo(Infinity);
  out += esc(text.slice(at));
  return out;
}

/**
 * A document's section: heading, metadata, and its text with facts marked (collapsed when `open` is
 * false). Without its text (`extract merge` reads results only), its facts as a list.
 */
export function documentSection(d: DocResult, text: string | null, prefix: string, open: boolean): string {
  const counts = `${d.numbers.length} numbers, ${d.dates.length} dates, ${d.places.length} places, ${d.quotes.length} quotes`;
  const ref = d.referenceDate ? `reference date ${d.referenceDate}` : 'no reference date';
  return (
    `<details class="document" id="${prefix}doc"${open ? ' open' : ''}>\n<summary>${esc(d.title ?? d.id)} <span class="dim">(${esc(d.id)}; ${counts})</span></summary>\n` +
    `<p class="dim">${esc(d.source ?? '')} · ${esc(ref)}</p>\n` +
    (text === null ? `<p class="dim">The text is not in the results this report was made from; its facts:</p>\n<ul>${factList(d, prefix)}</ul>\n` : `<div class="doc">${markedText(d, text, prefix)}</div>\n`) +
    `</details>\n`
  );
}

/** A document's facts as list items, each a target as its mark would be. */
function factList(d: DocResult, prefix: string): string {
  const items: Array<{ kind: Kind; f: Fact & Record<string, unknown> }> = [];
  for (const [kind, list] of [
    ['number', d.numbers],
    ['date', d.dates],
    ['place', d.places],
    ['quote', d.quotes],
  ] as const)
    for (const f of list as unknown as Array<Fact & Record<string, unknown>>) items.push({ kind, f });
  items.sort((a, b) => a.f.start - b.f.start);
  return items.map(({ kind, f }) => `<li><mark class="${kind}" id="${factId(prefix, kind, f.start, f.end)}" tabindex="0" data-tip="${esc(tip(kind, f))}" data-start="${f.start}" data-end="${f.end}">${esc(f.text)}</mark></li>`).join('\n');
}

/** The legend and the filter by kind (pure CSS: a checked box hides that kind's highlight). */
function legend(): string {
  const kinds: Array<[string, Kind, string]> = [
    ['n', 'number', 'Numbers'],
    ['d', 'date', 'Dates'],
    ['p', 'place', 'Places'],
    ['q', 'quote', 'Quotes'],
  ];
  return (
    `<p class="legend">${kinds.map(([, k, label]) => `<mark class="${k}">${label}</mark>`).join(' ')} <span class="dim">— hover or focus (Tab) a highlight for its value, unit, hedge, speaker and rule.</span></p>\n` +
    `<p class="filter">Hide: ${kinds.map(([l, , label]) => `<input type="checkbox" id="hide-${l}"><label for="hide-${l}">${label}</label>`).join(' ')}</p>\n`
  );
}

let worldCache: Array<{ name: string; path: string }> | null = null;
const world = () => (worldCache ??= readTable('html-world-110m.tsv', ['name', 'path']).map((r) => ({ name: r.name!, path: r.path! })));

/** A world map (Natural Earth outlines) with a dot per place that has coordinates, sized by mentions. */
function map(s: Summary): string {
  const dots = s.places.filter((p) => p.lat !== undefined && p.lon !== undefined);
  if (!dots.length) return '';
  const max = maxOf(dots.map((p) => p.mentions));
  const circles = dots
    .map((p) => {
      const r = (0.8 + 3.2 * Math.sqrt(p.mentions / max)).toFixed(2);
      return `<circle cx="${(p.lon! + 180).toFixed(2)}" cy="${(90 - p.lat!).toFixed(2)}" r="${r}"><title>${esc(`${p.name}${p.country ? ` (${p.country})` : ''}: ${p.mentions} mentions`)}</title></circle>`;
    })
    .join('');
  const land = world()
    .map((c) => `<path d="${c.path}"><title>${esc(c.name)}</title></path>`)
    .join('');
  return `<svg class="map" viewBox="0 0 360 180" role="img" aria-label="Map of the places named, a dot per place sized by its mentions">${land}${circles}</svg>\n`;
}

/** Where a summary mention links: its document's section (or page) and its fact's mark. */
export type MentionHref = (m: Mention, kind: Kind) => string | null;

const mentionLink = (m: Mention, kind: Kind, href: MentionHref, label?: string) => {
  const h = href(m, kind);
  const text = esc(label ?? m.text);
  return h ? `<a href="${esc(h)}">${text}</a>` : text;
};

/** The summary: disagreements, speakers, timeline, places with the map, figures, failures. */
export function summarySection(s: Summary, href: MentionHref): string {
  let out = `<h1>Summary</h1>\n<p>${s.documents.count} document${s.documents.count === 1 ? '' : 's'}${s.documents.failed.length ? `, <span class="fail">${s.documents.failed.length} failed</span>` : ''}.</p>\n`;
  out += legend();
  const differ = s.figures.filter((f) => f.disagreement);
  out += `<h2 id="differ">Where sources differ</h2>\n`;
  if (!differ.length) out += `<p class="dim">No figures on which the documents disagree.</p>\n`;
  for (const f of differ) {
    out += `<h3>${esc(f.about)}</h3>\n<ul>\n`;
    for (const v of f.values) {
      out += `<li><strong>${esc(valueText(v))}</strong>${v.sources.length ? ` — ${esc(v.sources.join('; '))}` : ''}\n`;
      for (const m of v.mentions.slice(0, 5)) {
        out += `<blockquote>${mentionLink(m, 'number', href, m.sentence ?? m.text)} <span class="dim">— ${esc(m.title ?? m.doc)}${m.source ? `, ${esc(m.source)}` : ''}</span></blockquote>\n`;
      }
      out += '</li>\n';
    }
    out += '</ul>\n';
  }
  out += `<h2 id="speakers">Who said what</h2>\n`;
  if (!s.speakers.length) out += `<p class="dim">No quotes with a speaker.</p>\n`;
  for (const sp of s.speakers) {
    out += `<h3>${esc(sp.name)}${sp.title ? ` <span class="dim">${esc(sp.title)}</span>` : ''} <span class="dim">(${sp.quotes} quote${sp.quotes === 1 ? '' : 's'})</span></h3>\n<ul>\n`;
    for (const m of sp.said) out += `<li>“${mentionLink(m, 'quote', href)}” <span class="dim">${esc(m.doc)}</span></li>\n`;
    out += '</ul>\n';
  }
  out += `<h2 id="timeline">Timeline</h2>\n`;
  if (!s.timeline.length) out += `<p class="dim">No resolved dates.</p>\n`;
  else {
    out += '<table>\n<tr><th>Date</th><th>What happened</th></tr>\n';
    for (const t of s.timeline) {
      const m = t.mentions[0];
      out += `<tr><td>${esc(t.value)}</td><td>${m ? `${mentionLink(m, 'date', href)}: ${esc(m.sentence ?? '')} <span class="dim">${esc(m.doc)}${t.count > 1 ? `, ${t.count} mentions` : ''}</span>` : ''}</td></tr>\n`;
    }
    out += '</table>\n';
  }
  out += `<h2 id="places">Places</h2>\n${map(s)}`;
  if (s.places.length) {
    out += '<table>\n<tr><th>Place</th><th>Country</th><th>Mentions</th><th>Documents</th></tr>\n';
    for (const p of s.places) out += `<tr><td>${esc(p.name)}</td><td>${esc(p.country ?? '')}</td><td>${p.mentions}</td><td>${p.documentCount}</td></tr>\n`;
    out += '</table>\n';
  }
  const agreed = s.figures.filter((f) => !f.disagreement);
  if (agreed.length) {
    out += `<h2 id="figures">Figures</h2>\n<table>\n<tr><th>What</th><th>Values</th></tr>\n`;
    for (const f of agreed) {
      const values = f.values.map((v) => {
        const m = v.mentions[0];
        return m ? mentionLink(m, 'number', href, valueText(v)) : esc(valueText(v));
      });
      out += `<tr><td>${esc(f.about)}</td><td>${values.join(', ')}</td></tr>\n`;
    }
    out += '</table>\n';
  }
  out += failures(s.documents.failed);
  return out;
}

function failures(failed: readonly FailedInput[]): string {
  if (!failed.length) return '';
  return `<h2 id="failed" class="fail">Failed inputs</h2>\n<ul>\n${failed.map((f) => `<li><strong>${esc(f.source)}</strong>: ${esc(f.message)} <span class="dim">(${esc(f.code)})</span></li>`).join('\n')}\n</ul>\n`;
}

/**
 * The one-page report, in pieces: the head and summary (known only at the end) go before the
 * documents, which a caller streams to a temporary file meanwhile. `docIndex` maps each document id
 * to its section's prefix.
 */
export function singlePageHead(s: Summary, docIndex: ReadonlyMap<string, string>): string {
  const href: MentionHref = (m, kind) => {
    const prefix = docIndex.get(m.doc);
    return prefix === undefined ? null : `#${factId(prefix, kind, m.start, m.end)}`;
  };
  return head('extract report') + `<main>\n${summarySection(s, href)}<h2 id="documents">Documents</h2>\n`;
}
export const singlePageFoot = (): string => `</main>\n${FOOT}`;

/** With --out: the index page (the summary, and a link to each document's page). */
export function indexPage(s: Summary, pages: ReadonlyMap<string, string>): string {
  const href: MentionHref = (m, kind) => {
    const page = pages.get(m.doc);
    return page === undefined ? null : `${encodeURIComponent(page)}#${factId('', kind, m.start, m.end)}`;
  };
  const list = [...pages].map(([id, page]) => `<li><a href="${esc(encodeURIComponent(page))}">${esc(id)}</a></li>`).join('\n');
  return head('extract report') + `<main>\n${summarySection(s, href)}<h2 id="documents">Documents</h2>\n<ul>\n${list}\n</ul>\n</main>\n${FOOT}`;
}

/** With --out: one document's page. */
export function documentPage(d: DocResult, text: string | null): string {
  return head(d.title ?? d.id) + `<main>\n<p><a href="index.html">← the summary</a></p>\n${legend()}${documentSection(d, text, '', true)}</main>\n${FOOT}`;
}
