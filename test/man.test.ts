/** The man page (dist/extract.1, built from the option table): it renders, and lists every option. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPTIONS } from '../src/cli/cli-options.js';
import { manPage } from '../src/cli/man-page.js';
import { ROOT } from './helpers.js';

const PAGE = join(ROOT, 'dist', 'extract.1');
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const longFlags = OPTIONS.map((o) => /--[a-z-]+/.exec(o.flags)![0]);

describe('man page', () => {
  it('is the built one, named in package.json, made from the option table', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; man: string[] };
    expect(pkg.man).toEqual(['./dist/extract.1']);
    expect(readFileSync(PAGE, 'utf8')).toBe(manPage(pkg.version));
    for (const f of longFlags) expect(manPage(pkg.version), f).toContain(f.replace(/-/g, '\\-'));
  });

  it('escapes what roff would read as a request or a non-ASCII byte', () => {
    const page = manPage('0.0.0');
    expect(page).not.toMatch(/[^\x00-\x7f]/);
    for (const line of page.split('\n')) if (/^[.']/.test(line)) expect(line, line).toMatch(/^\.(?:TH|SH|SS|TP|PP|nf|fi|br|B|BR)\b|^\.$/);
  });

  it.skipIf(!has('groff'))('renders without a groff warning', () => {
    const r = spawnSync('groff', ['-man', '-Tutf8', '-ww', '-z', PAGE], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });

  it.skipIf(!has('man'))('renders with man -l, every option in it', () => {
    const r = spawnSync('man', ['-l', PAGE], { encoding: 'utf8', env: { ...process.env, MANWIDTH: '200', MANPAGER: 'cat', PAGER: 'cat' } });
    expect(r.status, r.stderr).toBe(0);
    for (const s of ['NAME', 'SYNOPSIS', 'OPTIONS', 'EXAMPLES', 'EXIT STATUS']) expect(r.stdout).toContain(s);
    for (const f of longFlags) expect(r.stdout, f).toContain(f);
  });
});
