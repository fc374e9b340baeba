/**
 * What `extract check` reports to CI systems: JUnit XML (one test case per document, one for the
 * summary and one for the fixtures folder itself; read by GitHub Actions, GitLab, Jenkins and
 * CircleCI alike), a JSON report, and GitHub Actions annotations that point at the line of the
 * source text where a fact changed. Pure functions from the comparison to text.
 */
import type { DiffLine } from './check.js';

/** One test case: a document, the summary, or the fixtures folder. */
export interface CheckCase {
  name: string;
  /** The document's source as given (a path, or `path:LINE` of a JSON Lines record), when a document. */
  source?: string | null;
  lines: DiffLine[];
  /** Facts that only moved (not differences unless --strict-offsets). */
  moved?: number;
}

export interface CheckReport {
  fixtures: string;
  cases: CheckCase[];
  /** Seconds the check took. */
  time: number;
  /** When it ran (ISO 8601). */
  timestamp: string;
}

/** The name of the JSON report's format. */
export const CHECK_REPORT_SCHEMA = 'extract-check/v1';

const xml = (s: string) =>
  s
    // Characters XML 1.0 cannot hold at all.
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const lineText = (d: DiffLine) => `${d.sign} ${d.where}: ${d.message}`;
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

/** JUnit XML: testsuites › testsuite › testcase (› failure when it has differences). */
export function junitXml(r: CheckReport): string {
  const failures = r.cases.filter((c) => c.lines.length).length;
  const time = r.time.toFixed(3);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="extract check" tests="${r.cases.length}" failures="${failures}" errors="0" time="${time}">`,
    `  <testsuite name="${xml(`extract check ${r.fixtures}`)}" tests="${r.cases.length}" failures="${failures}" errors="0" skipped="0" time="${time}" timestamp="${xml(r.timestamp.replace(/\.\d+Z$/, ''))}">`,
  ];
  for (const c of r.cases) {
    const head = `    <testcase name="${xml(c.name)}" classname="${xml(`extract.check.${c.source ? 'document' : c.name}`)}" time="0"`;
    if (!c.lines.length) {
      out.push(`${head}/>`);
      continue;
    }
    out.push(`${head}>`);
    out.push(`      <failure message="${xml(plural(c.lines.length, 'difference'))}" type="extract.check">${xml(c.lines.map(lineText).join('\n'))}</failure>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>', '');
  return out.join('\n');
}

/** The JSON report: every case with its differences. */
export function jsonReport(r: CheckReport): string {
  const differences = r.cases.reduce((n, c) => n + c.lines.length, 0);
  return (
    JSON.stringify(
      {
        schema: CHECK_REPORT_SCHEMA,
        fixtures: r.fixtures,
        timestamp: r.timestamp,
        differences,
        cases: r.cases.map((c) => ({
          name: c.name,
          ...(c.source !== undefined ? { source: c.source } : {}),
          moved: c.moved ?? 0,
          differences: c.lines.map((d) => ({ sign: d.sign, message: d.message, ...(d.at !== undefined ? { offset: d.at } : {}) })),
        })),
      },
      null,
      2,
    ) + '\n'
  );
}

/** Where a document's fact is in its source: the file, and the line (1-based) of `offset` in `text`. */
export function sourceLine(source: string, text: string | null, offset: number | undefined): { file: string; line: number } {
  // A JSON Lines record is one line of its file, whatever the offset.
  const record = /^(.*):(\d+)$/.exec(source);
  if (record && text === null) return { file: record[1]!, line: Number(record[2]) };
  if (text === null || offset === undefined) return { file: source, line: 1 };
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return { file: source, line };
}

/** A GitHub Actions workflow command's data and property values, escaped as the runner reads them. */
const ghData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const ghProperty = (s: string) => ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::error file=…,line=…::…` annotation for a difference at `file`:`line`. */
export function githubAnnotation(d: DiffLine, where: { file: string; line: number } | null): string {
  const props = where ? `file=${ghProperty(where.file)},line=${where.line},title=${ghProperty(`extract check: ${d.where}`)}` : `title=${ghProperty(`extract check: ${d.where}`)}`;
  return `::error ${props}::${ghData(`${d.sign} ${d.message}`)}\n`;
}
