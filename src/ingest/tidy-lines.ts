/** Trims each line and table cell of spaces and keeps at most one blank line between blocks. */
export function tidyLines(text: string): string {
  const lines = text.split('\n').map((line) => line.split('\t').map(trimSpaces).join('\t'));
  const kept: string[] = [];
  let blank = 0;
  for (const line of lines) {
    if (line.trim() === '') { blank += 1; continue; }
    if (kept.length > 0) kept.push(blank > 0 ? '\n\n' : '\n');
    kept.push(line);
    blank = 0;
  }
  return kept.join('');
}

/** Spaces only: a leading tab is an empty table cell and must stay. Written as a loop to stay linear. */
function trimSpaces(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && line.charCodeAt(start) === 32) start += 1;
  while (end > start && line.charCodeAt(end - 1) === 32) end -= 1;
  return line.slice(start, end);
}
