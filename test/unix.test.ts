/**
 * A good Unix citizen: a mistyped command is answered, not read as a file; a missing reference
 * date is explained once; dates in metadata are read as ISO 8601 and reported whole when not;
 * an --out that cannot be written is the user's to fix (exit 2), never an internal error or a hang.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, tempDir } from './helpers.js';

describe('commands', () => {
  it.each([
    ['chek', 'extract check'],
    ['merg', 'extract merge'],
    ['help', 'extract --help'],
  ])('"%s" is answered with %s (exit 2), not read as a file', (word, meant) => {
    const r = runCli([word]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`extract: "${word}" is not a file or folder. Did you mean: ${meant}?\n`);
  });

  it('a file of that name is read as a file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'help'), 'Police in Leeds said 30 people were hurt.');
    const r = runCli(['help', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
  });
});

describe('a missing reference date is explained once', () => {
  it('relative dates left unresolved: one note with how to give a date', () => {
    const r = runCli(['-', '-f', 'json'], { input: 'The talks began yesterday and end next week.' });
    expect(r.stderr.match(/stayed unresolved for want of a reference date: give --reference-date YYYY-MM-DD/g)).toHaveLength(1);
    expect(runCli(['-', '-f', 'json', '--reference-date', '2024-10-29'], { input: 'The talks began yesterday.' }).stderr).toBe('');
  });
});

describe('dates in metadata', () => {
  const ref = (date: string) => {
    const r = runCli(['-', '-f', 'json', '--no-summary'], { input: JSON.stringify({ id: 'a', date, text: 'The talks began yesterday.' }) });
    return { date: (JSON.parse(r.stdout) as { documents: Array<{ referenceDate: string | null }> }).documents[0]!.referenceDate, stderr: r.stderr };
  };
  it('an ISO 8601 date-time gives its day', () => {
    expect(ref('2024-10-29T18:15:00+02:00').date).toBe('2024-10-29');
    expect(ref('2024-10-29 06:00Z').date).toBe('2024-10-29');
  });
  it('anything else is reported whole, and the document is read without one', () => {
    const r = ref('29 Oct 2024');
    expect(r.date).toBeNull();
    expect(r.stderr).toContain('date "29 Oct 2024" is not an ISO 8601 date');
  });
});

describe('--out that cannot be written', () => {
  it.each([
    ['a file in its place', (d: string) => (writeFileSync(join(d, 'f'), ''), join(d, 'f')), /a file is in the way/],
    ['a file above it', (d: string) => (writeFileSync(join(d, 'f'), ''), join(d, 'f', 'out')), /a file is in the way/],
    ['/proc', () => '/proc/x/out', /\/proc and \/sys are not for files/],
  ])('%s: exit 2 with the path and what to do', (_name, make, message) => {
    const out = make(tempDir());
    const r = runCli(['seeds/', '-o', out, '--reference-date', '2024-10-29']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(out);
    expect(r.stderr).not.toMatch(/internal error/);
  });

  it.skipIf(process.getuid?.() === 0)('a read-only folder: exit 2', () => {
    const d = tempDir();
    mkdirSync(join(d, 'ro'));
    chmodSync(join(d, 'ro'), 0o555);
    const r = runCli(['seeds/', '-o', join(d, 'ro', 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/permission denied/);
  });
});

describe('help and completion', () => {
  it('check --help and merge --help end with examples', () => {
    for (const cmd of ['check', 'merge']) {
      const r = runCli([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`Examples:\\n  \\$ extract ${cmd} `));
    }
  });

  it('the bash completion loads in bash and completes commands, options and their values', () => {
    const script = runCli(['completion', 'bash']).stdout;
    const dir = tempDir();
    writeFileSync(join(dir, 'extract.bash'), script);
    const probe = (words: string[], cword: number) =>
      spawnSync('bash', ['-c', `source "${join(dir, 'extract.bash')}" && COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${cword}; _extract; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8', cwd: dir }).stdout.trim().split('\n');
    expect(probe(['extract', '-f', ''], 2)).toEqual(['pretty', 'json', 'yaml', 'ndjson', 'csv', 'html']);
    expect(probe(['extract', 'mer'], 1)).toEqual(['merge']);
    expect(probe(['extract', 'check', '--rep'], 2)).toEqual(['--report']);
    expect(probe(['extract', '--rep'], 1)).toEqual(['']); // --report is check's, not extract's
  });

  it('zsh and fish scripts are made from the same option table; an unknown shell is a usage error', () => {
    expect(runCli(['completion', 'zsh']).stdout).toContain('bashcompinit');
    const fish = runCli(['completion', 'fish']).stdout.trim().split('\n');
    expect(fish.filter((l) => !l.startsWith('#')).every((l) => l.startsWith('complete -c extract '))).toBe(true);
    expect(fish.some((l) => l.includes('-l format') && l.includes("-a 'pretty json yaml ndjson csv html'"))).toBe(true);
    expect(runCli(['completion', 'tcsh']).code).toBe(2);
  });
});

describe('--only', () => {
  it('does not change what the kinds asked for contain (a number keeps the source a quote gives it)', () => {
    const text = '"Over 600,000 Russian soldiers have been killed," Rutte said in Brussels on Monday.';
    const all = JSON.parse(runCli(['-', '-f', 'json', '--no-summary'], { input: text }).stdout) as { documents: Array<{ numbers: unknown[]; quotes: unknown[] }> };
    const only = JSON.parse(runCli(['-', '-f', 'json', '--no-summary', '--only', 'numbers'], { input: text }).stdout) as { documents: Array<{ numbers: unknown[]; quotes: unknown[] }> };
    expect(all.documents[0]!.numbers).toHaveLength(1);
    expect(only.documents[0]!.numbers).toEqual(all.documents[0]!.numbers);
    expect(only.documents[0]).not.toHaveProperty('quotes');
  });
});

describe('a pipe closed early', () => {
  const bbc = join(ROOT, '..', 'shared', 'corpus', 'bbc.jsonl');
  const hasScript = spawnSync('sh', ['-c', 'command -v script']).status === 0;
  it.skipIf(!hasScript || !existsSync(bbc))('leaves no progress line on the terminal (stderr a terminal, stdout a pipe the reader closes)', () => {
    const dir = tempDir();
    const log = join(dir, 'terminal.txt');
    // `script` gives the run a terminal for stderr; the reader takes 300 KB after 1.5 s, then goes away.
    const cmd = `"${process.execPath}" "${BIN}" "${bbc}" -f ndjson -j 1 | (sleep 1.5; head -c 300000 > /dev/null)`;
    spawnSync('script', ['-qc', cmd, log], { encoding: 'utf8', timeout: 60_000 });
    const terminal = readFileSync(log, 'latin1');
    const drawn = terminal.lastIndexOf(' documents, ');
    expect(drawn, 'the progress line was drawn').toBeGreaterThan(0);
    expect(terminal.slice(drawn)).toContain('\r\x1b[K');
  }, 60_000);
});
