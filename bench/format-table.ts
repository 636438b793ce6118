// Plain-text tables for terminal output: columns padded to their widest cell, numbers right-aligned.

export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const isNumeric = header.map((_, i) => rows.length > 0 && rows.every((row) => /^[\d.,\s×%—–-]*(ms|s|rows\/s|MiB)?$/.test(row[i] ?? '')));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (isNumeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** Milliseconds with the precision a reader needs: 0.42 ms, 12.3 ms, 1,234 ms. */
export function formatMs(value: number): string {
  if (value < 1) return `${value.toFixed(2)} ms`;
  if (value < 100) return `${value.toFixed(1)} ms`;
  return `${formatCount(value)} ms`;
}
