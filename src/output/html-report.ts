/**
 * Writing `-f html` as a run goes: without --out, each document's section goes to a temporary file
 * while the run reads on, and at the end the page is the head and summary, then that file, then the
 * foot (the summary comes first on the page but is known only at the end); with --out, each
 * document's page is written as it is done and index.html at the end. Memory stays one document.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { safeFileName, writeFileAtomic } from '../cli/cli-io.js';
import type { Summary } from '../summary/summary.js';
import type { DocResult } from '../types.js';
import { documentPage, documentSection, indexPage, singlePageFoot, singlePageHead } from './html.js';

/** Up to this many documents, the one-page report shows them open; past it, collapsed. */
export const OPEN_DOCUMENTS = 50;

export class HtmlReport {
  private readonly prefixes = new Map<string, string>();
  private readonly pages = new Map<string, string>();
  private count = 0;

  private constructor(
    private readonly out: string | undefined,
    private readonly tmpDir: string | null,
    private readonly sections: WriteStream | null,
  ) {}

  static async start(out: string | undefined): Promise<HtmlReport> {
    if (out) return new HtmlReport(out, null, null);
    const dir = await mkdtemp(join(tmpdir(), 'extract-html-'));
    const sections = createWriteStream(join(dir, 'documents.html'), { encoding: 'utf8' });
    await once(sections, 'open');
    return new HtmlReport(undefined, dir, sections);
  }

  async document(d: DocResult, text: string | null, taken: Set<string>): Promise<void> {
    const n = this.count++;
    if (this.out) {
      const page = `${safeFileName(d.id, taken)}.html`;
      this.pages.set(d.id, page);
      await writeFileAtomic(this.out, page, documentPage(d, text));
      return;
    }
    const prefix = `d${n}-`;
    this.prefixes.set(d.id, prefix);
    // Documents open while few; collapsed past OPEN_DOCUMENTS (a link into one opens it).
    const s = documentSection(d, text, prefix, n < OPEN_DOCUMENTS);
    if (!this.sections!.write(s)) await once(this.sections!, 'drain');
  }

  /** Writes the page (to `write`) or index.html; says what it wrote, for --out. */
  async finish(summary: Summary, write: (s: string) => Promise<void>): Promise<string | null> {
    if (this.out) {
      await writeFileAtomic(this.out, 'index.html', indexPage(summary, this.pages));
      return `${join(this.out, 'index.html')}`;
    }
    this.sections!.end();
    await once(this.sections!, 'finish');
    await write(singlePageHead(summary, this.prefixes));
    for await (const chunk of createReadStream(join(this.tmpDir!, 'documents.html'), { encoding: 'utf8', highWaterMark: 1 << 20 })) await write(chunk as string);
    await write(singlePageFoot());
    await rm(this.tmpDir!, { recursive: true, force: true });
    return null;
  }
}
