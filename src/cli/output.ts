// Plain-text output for terminals: aligned tables, and errors on stderr.
import type { FileError } from '../contracts/locate-in-json.ts';

export interface Column<T> {
  readonly header: string;
  readonly value: (row: T) => string | number | null;
  readonly align?: 'left' | 'right';
}

export function formatTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((row) => columns.map((c) => String(c.value(row) ?? '—')));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => (columns[i]?.align === 'right' ? v.padStart(widths[i] ?? 0) : v.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)].join('\n');
}

export function formatFileErrors(fileName: string, errors: readonly FileError[]): string {
  return errors
    .map((e) => `${fileName}${e.line === null ? '' : `:${e.line}:${e.column ?? 1}`}  ${e.path}  ${e.message}`)
    .join('\n');
}

export function writeOut(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function writeErr(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}
