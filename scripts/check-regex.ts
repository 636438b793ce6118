// Checks every regular expression of src/ for catastrophic (exponential or polynomial) backtracking
// with recheck, a checker built for ReDoS, and exits non-zero when one is vulnerable.
// Usage: node --import tsx scripts/check-regex.ts [--tests] [DIR…]   (default DIR: src; tests skipped)
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
import type { Diagnostics } from 'recheck';
import { findRegexes } from './find-regexes.ts';
import type { FoundRegex } from './find-regexes.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface Row { readonly regex: FoundRegex; readonly verdict: string; readonly detail: string; readonly fails: boolean }

function listTypeScriptFiles(dir: string, includeTests: boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : listTypeScriptFiles(path, includeTests);
    const isSource = /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts');
    return isSource && (includeTests || !/\.test\.tsx?$/.test(entry.name)) ? [path] : [];
  });
}

function judge(regex: FoundRegex): Row {
  if (regex.form === 'dynamic') return { regex, verdict: 'not checked', detail: 'built at run time', fails: false };
  const diagnostics: Diagnostics = checkSync(regex.source, regex.flags, { timeout: 10_000 });
  switch (diagnostics.status) {
    case 'safe': return { regex, verdict: 'safe', detail: diagnostics.complexity.summary, fails: false };
    case 'vulnerable': return {
      regex,
      verdict: 'VULNERABLE',
      detail: `${diagnostics.complexity.summary}; attack ${diagnostics.attack.pattern.slice(0, 60)}`,
      fails: true,
    };
    case 'unknown': {
      const { error } = diagnostics;
      const message = 'message' in error ? `: ${error.message}` : '';
      // A pattern recheck cannot parse or decide is not known to be safe.
      return { regex, verdict: 'UNKNOWN', detail: `${error.kind}${message}`, fails: error.kind !== 'unsupported' };
    }
  }
}

function printTable(rows: readonly Row[]): void {
  const cells = rows.map((row) => [
    `${relative(root, row.regex.file)}:${row.regex.line}`,
    row.regex.form,
    `/${shorten(row.regex.source, 56)}/${row.regex.flags}`,
    row.verdict,
    row.detail,
  ]);
  const header = ['where', 'form', 'pattern', 'verdict', 'detail'];
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => (line[column] ?? '').length)));
  const format = (line: readonly string[]) => line.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  console.log(format(header));
  console.log(format(widths.map((width) => '-'.repeat(width))));
  for (const line of cells) console.log(format(line));
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\n/g, '\\n');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

export function checkRegexes(dirs: readonly string[], includeTests: boolean): Row[] {
  const files = dirs.flatMap((dir) => listTypeScriptFiles(resolve(root, dir), includeTests)).sort();
  return files.flatMap((file) => findRegexes(file, readFileSync(file, 'utf8'))).map(judge);
}

function main(): void {
  const args = process.argv.slice(2);
  const includeTests = args.includes('--tests');
  const dirs = args.filter((arg) => !arg.startsWith('--'));
  const rows = checkRegexes(dirs.length === 0 ? ['src'] : dirs, includeTests);
  printTable(rows);
  const failing = rows.filter((row) => row.fails);
  const unchecked = rows.filter((row) => row.regex.form === 'dynamic').length;
  console.log(`\n${rows.length} regular expressions: ${rows.length - failing.length - unchecked} safe, ${failing.length} vulnerable or undecided, ${unchecked} built at run time (covered by the fuzz test, not here).`);
  if (failing.length > 0) process.exitCode = 1;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
