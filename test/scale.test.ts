/**
 * Speed and scale features: worker threads (--jobs) keep input order, -f json / yaml stream and
 * match the whole-envelope serializers, standard input JSON Lines streams, progress stays off
 * stderr unless it is a terminal. Timing is not asserted here (scripts/bench.mjs measures it).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import YAML from 'yaml';
import { extract, summarize } from '../src/index.js';
import { readInputs, type InputEvent } from '../src/io/input.js';
import { countDocuments } from '../src/io/input.js';
import { envelope } from '../src/output/envelope.js';
import { JsonEnvelopeWriter, toJson, toYaml, YamlEnvelopeWriter } from '../src/output/serialize.js';
import { Progress } from '../src/cli/progress.js';
import type { DocResult } from '../src/types.js';
import { rng, runCli, SEEDS, tempDir } from './helpers.js';

const SENTENCES = [
  'About 2,500 workers walked out in Leeds on Monday, the union said.',
  '“We will not back down,” said Jane Roe, the union’s leader.',
  'Prices rose 3.2% in March, according to the Office for National Statistics.',
  'Officials in Paris expect more than 10,000 visitors next week.',
  'Nothing here to find at all.',
];

/** A folder of `n` small articles plus a JSON Lines file with a malformed line, and a bad file in between. */
function corpusDir(n: number): string {
  const dir = tempDir('extract-scale-');
  const next = rng(7);
  for (let i = 0; i < n; i++) {
    const text = Array.from({ length: 1 + Math.floor(next() * 4) }, () => SENTENCES[Math.floor(next() * SENTENCES.length)]).join(' ');
    writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.txt`), text);
  }
  writeFileSync(join(dir, 'a010.txt'), ''); // empty: an error event in the middle of the stream
  const lines = SENTENCES.map((t, i) => JSON.stringify({ id: `rec-${i}`, text: t, date: '2024-10-29' }));
  lines.splice(2, 0, '{"id": "broken", "text": ');
  writeFileSync(join(dir, 'b.jsonl'), lines.join('\n') + '\n');
  return dir;
}

describe('--jobs', () => {
  const dir = corpusDir(40);

  it('gives byte-identical output and the same exit code for any number of workers', () => {
    const one = runCli([dir, '-f', 'json', '--jobs', '1', '--reference-date', '2024-10-29']);
    expect(one.code).toBe(1); // the empty file and the broken line
    const docs = (JSON.parse(one.stdout) as { documents: DocResult[] }).documents;
    expect(docs.length).toBe(40 - 1 + SENTENCES.length);
    // no --jobs: one per core, started once 256 KB is read (this corpus stays in the main thread)
    for (const jobs of [null, '2', '3']) {
      const r = runCli([dir, '-f', 'json', ...(jobs ? ['--jobs', jobs] : []), '--reference-date', '2024-10-29']);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe(one.stdout);
      expect(r.stderr).toBe(one.stderr);
    }
  });

  it('ndjson written by the workers (their own lines and summary shares) is byte-identical to one thread', () => {
    const one = runCli([dir, '-f', 'ndjson', '--jobs', '1', '--reference-date', '2024-10-29']);
    const two = runCli([dir, '-f', 'ndjson', '--jobs', '2', '--reference-date', '2024-10-29']);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.split('\n').filter(Boolean).at(-1)).toMatch(/^\{"type":"summary"/);
  });

  it('summary shares the workers hand over early (after every batch here) give the same output', () => {
    const one = runCli([dir, '-f', 'ndjson', '--jobs', '1', '--reference-date', '2024-10-29']);
    const env = { EXTRACT_HAND_OVER_TEXT: '1' };
    const two = runCli([dir, '-f', 'ndjson', '--jobs', '2', '--reference-date', '2024-10-29'], { env });
    expect(two.stdout).toBe(one.stdout);
    const traced = runCli([dir, '-f', 'ndjson', '--jobs', '2', '--reference-date', '2024-10-29', '--debug'], { env });
    expect(traced.stderr).toMatch(/summary: \d+ partial summaries handed over by the workers/);
  });

  it('ndjson keeps input order with workers', () => {
    const r = runCli([dir, '-f', 'ndjson', '--jobs', '2', '--no-summary']);
    // Failed inputs are lines of their own, in their place among the documents.
    const ids = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; id: string })
      .map((l) => (l.type === 'failed' ? 'FAILED' : l.id));
    const records = SENTENCES.map((_, i) => `rec-${i}`);
    records.splice(2, 0, 'FAILED');
    const expected = [...Array.from({ length: 40 }, (_, i) => `a${String(i).padStart(3, '0')}`).map((id) => (id === 'a010' ? 'FAILED' : id)), ...records];
    expect(ids).toEqual(expected);
  });

  it('one document with --jobs 4 gives the same output as with --jobs 1', () => {
    const a = runCli([join(SEEDS, '000_3e0fd31ab2d10c7d.txt'), '-f', 'json', '--jobs', '4']);
    const b = runCli([join(SEEDS, '000_3e0fd31ab2d10c7d.txt'), '-f', 'json', '--jobs', '1']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('rejects a bad value with a usage error (exit 2)', () => {
    for (const bad of ['0', '-1', 'two', '1.5']) {
      const r = runCli([SEEDS, '--jobs', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toMatch(/--jobs/);
    }
  });

  it('the library yields the same events in the same order with jobs: 2 (built package)', async () => {
    const { extractFiles } = (await import('../dist/index.js')) as typeof import('../src/index.js');
    const collect = async (jobs: number, parallelAfterBytes?: number) => {
      const out: string[] = [];
      for await (const ev of extractFiles([dir], { jobs, parallelAfterBytes, referenceDate: '2024-10-29' })) {
        out.push(ev.type === 'document' ? JSON.stringify(ev.result) : `error ${ev.error.describe()}`);
      }
      return out;
    };
    const one = await collect(1);
    expect(await collect(2)).toEqual(one);
    // the first documents in this thread, the rest on workers once 1,500 bytes are read
    expect(await collect(2, 1500)).toEqual(one);
    expect(one.filter((e) => e.startsWith('error'))).toHaveLength(2);
  });

  it("the library's summary shares (summary: 'workers', handed over early) merge to one thread's summary (built package)", async () => {
    const lib = (await import('../dist/index.js')) as typeof import('../src/index.js');
    const summaryOf = async (jobs: number) => {
      let p = lib.emptyPartial();
      for await (const ev of lib.extractFiles([dir], { jobs, parallelAfterBytes: 1500, referenceDate: '2024-10-29', summary: 'workers' })) {
        if (ev.type === 'shares') for (const share of ev.partials) p = lib.mergePartials(p, share);
        else if (ev.type === 'document' && ev.partial) p = lib.mergePartials(p, ev.partial);
      }
      return lib.finish(p);
    };
    const old = process.env.EXTRACT_HAND_OVER_TEXT;
    process.env.EXTRACT_HAND_OVER_TEXT = '1';
    try {
      const one = await summaryOf(1);
      expect(one.figures.length).toBeGreaterThan(0);
      expect(await summaryOf(2)).toEqual(one);
    } finally {
      if (old === undefined) delete process.env.EXTRACT_HAND_OVER_TEXT;
      else process.env.EXTRACT_HAND_OVER_TEXT = old;
    }
  });
});

describe('streamed -f json and -f yaml', () => {
  const doc = (id: string): DocResult => ({ id, source: `${id}.txt`, referenceDate: null, numbers: [], dates: [], places: [], quotes: [] });
  const summary = { documents: { count: 2, ids: ['a', 'b'], failed: [] }, places: [], speakers: [], timeline: [], figures: [] };

  const seeds = readdirSync(SEEDS).map((f) => extract(readFileSync(join(SEEDS, f), 'utf8'), { id: f, referenceDate: '2024-10-29' }));
  const seedSummary = summarize(seeds);

  it('JsonEnvelopeWriter writes exactly what toJson(envelope) writes', () => {
    for (const docs of [[], [doc('a')], [doc('a'), doc('b')], seeds]) {
      for (const s of [summary, seedSummary, null]) {
        const w = new JsonEnvelopeWriter();
        const text = docs.map((d) => w.document(d)).join('') + [...w.end(s)].join('');
        expect(text).toBe(toJson(envelope(docs, s as never)));
      }
    }
  });

  it('YamlEnvelopeWriter parses back to the same data as toYaml(envelope)', () => {
    const hostile = { ...doc('x'), source: 'a: b\n- c # "d" \u2028 ---', quotes: [] };
    for (const docs of [[], [doc('a')], [doc('a'), hostile], seeds]) {
      for (const s of [summary, seedSummary, null]) {
        const w = new YamlEnvelopeWriter();
        const text = docs.map((d) => w.document(d)).join('') + [...w.end(s)].join('');
        expect(YAML.parse(text)).toEqual(YAML.parse(toYaml(envelope(docs, s as never))));
      }
    }
  });

  it('the CLI writes the first documents before the input ends (ndjson over a pipe)', async () => {
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('./helpers.js');
    const child = spawn(process.execPath, [BIN, '-', '-f', 'ndjson', '--jobs', '1'], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.write(JSON.stringify({ id: 'first', text: SENTENCES[0] }) + '\n');
    const firstLine = await new Promise<string>((resolve, reject) => {
      let buf = '';
      child.stdout.on('data', (c: Buffer) => {
        buf += c.toString();
        if (buf.includes('\n')) resolve(buf.slice(0, buf.indexOf('\n')));
      });
      child.on('exit', () => reject(new Error(`exited before writing a line: ${buf}`)));
    });
    expect((JSON.parse(firstLine) as { id: string }).id).toBe('first');
    child.stdin.end(JSON.stringify({ id: 'second', text: SENTENCES[1] }) + '\n');
    await new Promise((r) => child.on('exit', r));
  }, 20_000);
});

describe('standard input JSON Lines, streamed', () => {
  const records = [
    { id: 'a', text: 'Über 300 Menschen — “quoted” 😀 text.' },
    { id: 'b', text: 'x'.repeat(70_000) + ' in Paris.' },
    { id: 'c', text: 'Last line without a newline at the end.' },
  ];
  const bytes = Buffer.from(records.map((r) => JSON.stringify(r)).join('\r\n'));

  async function read(chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): Promise<InputEvent[]> {
    const out: InputEvent[] = [];
    for await (const ev of readInputs(['-'], { stdin: () => chunks })) out.push(ev);
    return out;
  }

  it('gives the same documents however the bytes are cut (mid-line, mid-character)', async () => {
    const whole = await read([bytes]);
    expect(whole.map((e) => (e.type === 'document' ? e.input.text : e.type))).toEqual(records.map((r) => r.text));
    for (const size of [1, 3, 7, 4096]) {
      const pieces: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) pieces.push(bytes.subarray(i, i + size));
      expect(await read(pieces)).toEqual(whole);
    }
  });

  it('yields a record before the rest of the stream has arrived', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    async function* slow() {
      yield Buffer.from(JSON.stringify(records[0]) + '\n');
      await gate;
      yield Buffer.from(JSON.stringify(records[2]) + '\n');
    }
    const it = readInputs(['-'], { stdin: slow })[Symbol.asyncIterator]();
    const first = await it.next();
    expect(first.value?.type === 'document' && first.value.input.id).toBe('a');
    release();
    const second = await it.next();
    expect(second.value?.type === 'document' && second.value.input.id).toBe('c');
  });

  it('text that is not JSON Lines is still one document', async () => {
    const evs = await read([Buffer.from('{not json\nsecond line')]);
    expect(evs).toHaveLength(1);
    expect(evs[0]!.type === 'document' && evs[0]!.input.text).toBe('{not json\nsecond line');
  });
});

describe('progress', () => {
  const fakeStream = () => {
    const writes: string[] = [];
    return { writes, stream: { write: (s: string) => (writes.push(s), true) } as unknown as NodeJS.WriteStream };
  };

  it('draws nothing in the first second, then documents, total, MB/s and time left; erases itself', () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(0);
      const { writes, stream } = fakeStream();
      const p = new Progress(stream);
      (p as unknown as { total: number }).total = 10;
      p.tick(500_000);
      expect(writes).toEqual([]);
      vi.setSystemTime(2000);
      p.tick(500_000);
      expect(writes.join('')).toMatch(/2\/10 documents, 0\.50 MB\/s, 0:08 left/);
      p.end();
      expect(writes[writes.length - 1]).toBe('\r\x1b[K');
    } finally {
      vi.useRealTimers();
    }
  });

  it('a quick run never draws, so end() writes nothing', () => {
    const { writes, stream } = fakeStream();
    const p = new Progress(stream);
    p.tick(10);
    p.end();
    expect(writes).toEqual([]);
  });

  it('is off when stderr is not a terminal (as in every CLI test), and -q is accepted', () => {
    const r = runCli([SEEDS, '-f', 'json', '-q']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('counts documents ahead: text files one each, JSON Lines one per line, stdin unknown', async () => {
    const dir = tempDir('extract-count-');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.txt'), 'x');
    writeFileSync(join(dir, 'sub', 'b.md'), 'y');
    writeFileSync(join(dir, 'c.jsonl'), '{"text":"1"}\n{"text":"2"}\n{"text":"3"}');
    writeFileSync(join(dir, 'skip.bin'), 'z');
    expect(await countDocuments([dir])).toBe(5);
    expect(await countDocuments([join(dir, 'a.txt'), '-'])).toBeNull();
    expect(await countDocuments([join(dir, 'missing')])).toBeNull();
  });
});
