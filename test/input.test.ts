/** Reading inputs through the library: encodings, front matter, folders, errors as events. */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { decode, readInputs, type InputEvent } from '../src/io/input.js';
import { tempDir } from './helpers.js';

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    // A file named locked.txt behaves as one we may not read (tests run as root, where chmod 000 does not stop reads).
    readFile: ((path: Parameters<typeof fs.readFile>[0], ...rest: unknown[]) =>
      String(path).endsWith('locked.txt')
        ? Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }))
        : (fs.readFile as (...a: unknown[]) => Promise<unknown>)(path, ...rest)) as typeof fs.readFile,
  };
});

async function collect(paths: string[], stdin?: string): Promise<InputEvent[]> {
  const out: InputEvent[] = [];
  for await (const ev of readInputs(paths, stdin === undefined ? {} : { stdin: () => [Buffer.from(stdin)] })) out.push(ev);
  return out;
}

describe('decode', () => {
  it('drops a UTF-8 byte order mark', () => {
    expect(decode(Buffer.from('\uFEFFHello', 'utf8'), 'f')).toEqual({ text: 'Hello', warnings: [] });
  });
  it('decodes UTF-16 LE and BE with a byte order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kyiv – 5', 'utf16le')]);
    expect(decode(le, 'f')).toEqual({ text: 'Kyiv – 5', warnings: [] });
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'f')).toEqual({ text: 'Kyiv – 5', warnings: [] });
  });
  it('calls a file with NUL bytes binary', () => {
    const r = decode(Buffer.from([0x41, 0x00, 0x42]), 'x.txt');
    expect('error' in r && r.error.code).toBe('BINARY');
  });
  it('replaces invalid UTF-8 and warns', () => {
    const r = decode(Buffer.from([0x41, 0xff, 0x42]), 'x.txt');
    expect(r).toMatchObject({ text: 'A\uFFFDB' });
    expect('warnings' in r && r.warnings[0]!.message).toMatch(/invalid UTF-8/);
  });
});

describe('readInputs', () => {
  it('walks folders recursively in sorted order, text and JSON Lines files only, each folder once', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'b'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'b', 'two.md'), 'Two.');
    writeFileSync(join(dir, 'a', 'one.txt'), 'One.');
    writeFileSync(join(dir, 'a', 'skip.png'), 'x');
    writeFileSync(join(dir, 'z.jsonl'), '{"id":"j1","text":"Three."}\n');
    symlinkSync(dir, join(dir, 'a', 'loop'));
    const evs = await collect([dir]);
    expect(evs.map((e) => (e.type === 'document' ? e.input.id : e.type))).toEqual(['one', 'two', 'j1']);
  });

  it('reports a file it may not read as permission denied, naming the file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'locked.txt'), 'secret');
    const [ev] = await collect([join(dir, 'locked.txt')]);
    expect(ev!.type).toBe('error');
    if (ev!.type === 'error') {
      expect(ev.error.code).toBe('EACCES');
      expect(ev.error.describe()).toBe(`${join(dir, 'locked.txt')}: permission denied. Check the file’s permissions.`);
    }
  });

  it('reads front matter: date, id and title, and blanks it keeping offsets', async () => {
    const dir = tempDir();
    const text = '---\r\ndate: 2024-05-01\r\nid: custom\r\n---\r\nBody here.';
    writeFileSync(join(dir, 'a.txt'), text);
    const [ev] = await collect([join(dir, 'a.txt')]);
    expect(ev!.type === 'document' && ev.input).toMatchObject({ id: 'custom', date: '2024-05-01' });
    if (ev!.type === 'document') {
      expect(ev.input.text).toHaveLength(text.length);
      expect(ev.input.text.endsWith('Body here.')).toBe(true);
      expect(ev.input.text.trim()).toBe('Body here.');
    }
  });

  it('warns about a bad date in metadata and reads the document without one', async () => {
    const evs = await collect(['-'], '{"id":"x","text":"Hi.","date":"next Tuesday"}\n');
    expect(evs[0]!.type === 'document' && evs[0].input.date).toBe(null);
    expect(evs[0]!.type === 'document' && evs[0].warnings[0]!.message).toMatch(/not an ISO 8601 date/);
  });

  it('gives records without an id the file name and line number', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'feed.ndjson'), '{"text":"A."}\n\n{"text":"B.","id":7}\n');
    const evs = await collect([join(dir, 'feed.ndjson')]);
    expect(evs.map((e) => e.type === 'document' && [e.input.id, e.input.source])).toEqual([
      ['feed-1', `${join(dir, 'feed.ndjson')}:1`],
      ['7', `${join(dir, 'feed.ndjson')}:3`],
    ]);
  });

  it('makes repeated ids unique', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'x'));
    mkdirSync(join(dir, 'y'));
    writeFileSync(join(dir, 'x', 'same.txt'), 'One.');
    writeFileSync(join(dir, 'y', 'same.txt'), 'Two.');
    const evs = await collect([dir]);
    expect(evs.map((e) => e.type === 'document' && e.input.id)).toEqual(['same', 'same-2']);
  });

  it('reports a record without text, and a whitespace-only file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'blank.txt'), '  \n\n ');
    writeFileSync(join(dir, 'records.jsonl'), '{"id":"a","body":"no text field"}\n');
    const evs = await collect([join(dir, 'blank.txt'), join(dir, 'records.jsonl')]);
    expect(evs.map((e) => e.type === 'error' && e.error.code)).toEqual(['EMPTY', 'BAD_JSONL']);
  });
});
