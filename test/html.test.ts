/**
 * `-f html`: a self-contained page, checked in a real headless browser (Chromium, driven by
 * puppeteer-core) where one is installed: no console errors, no network requests, every fact of the
 * seeds highlighted exactly once at its offsets, summary links that land on their mentions, and
 * hostile text that runs no script and makes no markup. Where no Chromium is found, the browser
 * tests are skipped under a name that says so and how to get one.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { esc, factId, markedText } from '../src/output/html.js';
import { FACT_KINDS, type DocResult } from '../src/types.js';
import { runCli, tempDir } from './helpers.js';

const CHROMIUM = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const KIND_OF = { numbers: 'number', dates: 'date', places: 'place', quotes: 'quote' } as const;

describe('marks in the page source', () => {
  it('nests a number inside a quote, escapes the text, and keeps every character', () => {
    const text = 'Ann Lee said: "We counted 300 <b>people</b> & more in Paris." Then 4 left.';
    const d = extract(text, { id: 'x' });
    const html = markedText(d, text, 'p-');
    const q = d.quotes[0]!;
    const n = d.numbers.find((x) => x.text === '300')!;
    expect(html).toMatch(new RegExp(`<mark class="quote" id="${factId('p-', 'quote', q.start, q.end)}"[^>]*>[^]*<mark class="number" id="${factId('p-', 'number', n.start, n.end)}"[^]*</mark>[^]*</mark>`));
    expect(html).toContain('&lt;b&gt;people&lt;/b&gt; &amp; more');
    const unescape = (h: string) => h.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(unescape(html.replace(/<[^>]+>/g, ''))).toBe(text);
  });

  it('colours: text on every highlight and the dim text meet WCAG AA (4.5:1)', async () => {
    const { STYLE_FOR_TESTS } = await import('../src/output/html.js');
    const hex = (name: string) => new RegExp(`--${name}:#([0-9a-f]{6})`).exec(STYLE_FOR_TESTS)![1]!;
    const lum = (h: string) => {
      const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
    const ink = hex('ink').length === 6 ? hex('ink') : '111111';
    for (const k of ['n', 'd', 'p', 'q']) expect(contrast(ink, hex(k)), k).toBeGreaterThanOrEqual(4.5);
    expect(contrast(hex('dim'), 'ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('escapes what would break out of an attribute', () => {
    expect(esc(`"><script>'`)).toBe('&quot;&gt;&lt;script&gt;&#39;');
  });

  it('-o DIR -f html writes index.html and a page per document, linked', () => {
    const dir = tempDir();
    const r = runCli(['seeds/', '-f', 'html', '-o', dir, '--reference-date', '2024-10-29']);
    expect(r.code, r.stderr).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toContain('index.html');
    expect(files.filter((f) => f.endsWith('.html'))).toHaveLength(6);
    const index = readFileSync(join(dir, 'index.html'), 'utf8');
    for (const f of files.filter((x) => x !== 'index.html')) expect(index).toContain(`href="${f}"`);
    // Summary links go to a page and a fact on it.
    const link = /href="([^"#]+\.html)#([^"]+)"/.exec(index)!;
    expect(readFileSync(join(dir, decodeURIComponent(link[1]!)), 'utf8')).toContain(`id="${link[2]}"`);
  });
});

describe.skipIf(!CHROMIUM)('in a headless browser', () => {
  let browser: import('puppeteer-core').Browser;
  /** The seeds' page, written once for the tests that read it. */
  let seedsPage: string;
  beforeAll(async () => {
    const puppeteer = (await import('puppeteer-core')).default;
    browser = await puppeteer.launch({ executablePath: CHROMIUM!, args: ['--no-sandbox', '--headless=new'] });
    seedsPage = join(tempDir(), 'seeds.html');
    writeFileSync(seedsPage, runCli(['seeds/', '-f', 'html', '--reference-date', '2024-10-29']).stdout);
  }, 30_000);
  afterAll(async () => browser?.close());

  /** Opens a page from disk, recording console errors, page errors, dialogs and every request. */
  async function open(file: string) {
    const page = await browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (q) => requests.push(q.url()));
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });
    return { page, errors, dialogs, others: () => requests.filter((u) => u !== url) };
  }

  it('the seeds: no console errors, no network, every fact highlighted exactly once at its offsets', async () => {
    const file = seedsPage;
    const json = JSON.parse(runCli(['seeds/', '-f', 'json', '--reference-date', '2024-10-29']).stdout) as { documents: DocResult[] };
    const { page, errors, others } = await open(file);
    expect(errors).toEqual([]);
    expect(others()).toEqual([]);
    let facts = 0;
    for (const [i, d] of json.documents.entries()) {
      for (const k of FACT_KINDS) {
        for (const f of d[k]) {
          facts++;
          const id = factId(`d${i}-`, KIND_OF[k], f.start, f.end);
          const found = await page.$$eval(`[id="${id}"]`, (els) => els.map((e) => ({ start: e.getAttribute('data-start'), end: e.getAttribute('data-end'), cut: e.getAttribute('data-cut'), text: e.textContent })));
          expect(found, id).toHaveLength(1);
          expect([Number(found[0]!.start), Number(found[0]!.end)]).toEqual([f.start, f.end]);
          if (!found[0]!.cut) expect(found[0]!.text).toBe(f.text);
        }
      }
    }
    expect(await page.$$eval('mark[data-start]', (m) => m.length)).toBe(facts);
    await page.close();
  }, 60_000);

  it('summary links land on their mentions', async () => {
    const { page } = await open(seedsPage);
    const hrefs = await page.$$eval('main a[href^="#d"]', (as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(20);
    for (const h of new Set(hrefs)) expect(await page.$(`[id="${h.slice(1)}"]`), h).not.toBeNull();
    // Follow the first disagreement's first mention: it becomes the target, on screen.
    const first = await page.$('#differ ~ ul a');
    const href = await first!.evaluate((a) => a.getAttribute('href')!);
    await first!.click();
    await page.waitForFunction((h) => location.hash === h, {}, href);
    const where = await page.$eval(':target', (e) => {
      const r = e.getBoundingClientRect();
      return { id: e.id, top: r.top, height: window.innerHeight, shown: r.width > 0 && r.height > 0 };
    });
    expect(where.id).toBe(href.slice(1));
    expect(where.shown).toBe(true);
    expect(where.top, JSON.stringify(where)).toBeGreaterThan(-2); // scrolled to it, to the sub-pixel
    expect(where.top, JSON.stringify(where)).toBeLessThan(where.height);
    await page.close();
  }, 60_000);

  it('past 50 documents they are collapsed, and a link into one opens it', async () => {
    const dir = tempDir();
    const file = join(dir, 'many.html');
    const input = Array.from({ length: 55 }, (_, i) => JSON.stringify({ id: `n${String(i).padStart(2, '0')}`, text: `Police in Leeds said ${i + 3} people were hurt on 4 March 2025.` })).join('\n');
    writeFileSync(file, runCli(['-', '-f', 'html'], { input }).stdout);
    const { page } = await open(file);
    expect(await page.$$eval('details.document', (d) => d.filter((x) => (x as HTMLDetailsElement).open).length)).toBe(50);
    const id = await page.$eval('details.document:last-of-type mark[data-start]', (m) => m.id);
    expect(await page.$eval(`[id="${id}"]`, (m) => (m.closest('details') as HTMLDetailsElement).open)).toBe(false);
    await page.evaluate((h) => (location.hash = h), `#${id}`);
    await page.waitForFunction((i) => (document.getElementById(i)!.closest('details') as HTMLDetailsElement).open, {}, id);
    await page.close();
  }, 60_000);

  it('hostile text runs no script and makes no markup', async () => {
    const hostile = [
      '<script>window.__pwned = 1; alert(1)</script> Police said 30 people were hurt in Leeds.',
      '"><img src=x onerror="window.__pwned = 2; alert(2)"> </style><style>body{display:none}</style>',
      '</mark></div></details><script>alert(3)</script> "We <b>won</b>," said Ann Lee.',
    ].join('\n\n');
    const dir = tempDir();
    const file = join(dir, 'hostile.html');
    const input = JSON.stringify({ id: '"><script>alert(4)</script>', title: '</title><script>alert(5)</script>', text: hostile });
    writeFileSync(file, runCli(['-', '-f', 'html'], { input }).stdout);
    const { page, errors, dialogs, others } = await open(file);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(others()).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.$$eval('script, img, b', (e) => e.length)).toBe(0);
    expect(await page.$$eval('style', (e) => e.length)).toBe(1);
    expect(await page.$eval('.doc', (e) => e.textContent)).toBe(hostile);
    expect(await page.title()).toBe('extract report');
    await page.close();
  }, 60_000);
});

if (!CHROMIUM) {
  describe('in a headless browser', () => {
    it.skip('skipped: no Chromium found (install it: apt-get install chromium; or set CHROME_PATH)', () => {});
  });
}
