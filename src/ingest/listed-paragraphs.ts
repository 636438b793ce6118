import type { TextSpan } from './extraction.ts';

/** What this stage needs of a citation found in running text (citations.ts gives more). */
export interface CitedInstrument extends TextSpan {
  readonly instrument: string;
  readonly asWritten: string;
  readonly issues: readonly string[];
}

export interface ListedParagraph extends TextSpan {
  readonly instrument: string;
  readonly paragraph: string;
  readonly asWritten: string;
  readonly issues: readonly string[];
}

export interface ListedParagraphs<T> {
  readonly paragraphs: readonly ListedParagraph[];
  /** The headings' own citations: they cite the instrument through the paragraphs listed under them. */
  readonly headings: ReadonlySet<T>;
}

interface ItemLine {
  readonly kind: 'number' | 'letter';
  readonly label: string;
  readonly isQuoted: boolean;
  /** Whether words follow the label: "- d. ...;" and "c. 1...;" only say a sub-paragraph was left out. */
  readonly hasWords: boolean;
  readonly start: number;
}

const OPENING_QUOTES = new Set(['“', '"', '«', '„']);
const BULLETS = new Set(['-', '•', '*', '–']);

/**
 * The operative paragraphs that a mandate section quotes under an instrument's heading, as work
 * plans list them: the heading names the instrument ("…, AG/RES. 2618 (XLI-O/11)"), then each
 * paragraph follows on its own line, quoted ("“5. …", "- “7. …") or as a numbered paragraph
 * whose lettered sub-paragraphs follow ("4. De renouveler …" then "- a. …", "- b. …").
 * citations must be sorted by start. One pass over the lines.
 */
export function findListedParagraphs<T extends CitedInstrument>(text: string, citations: readonly T[]): ListedParagraphs<T> {
  const found: (ListedParagraph & { isDropped: boolean })[] = [];
  const headings = new Set<T>();
  let heading: T | null = null;
  let isRightAfterHeading = false;
  let parent: { label: string; emitted: number | null } | null = null;
  let next = 0;
  let lineStart = 0;
  // Searched again only once passed, so that text without tabs is not rescanned line after line.
  let nextTab = text.indexOf('\t');
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let lastOnLine: T | null = null;
    while (next < citations.length && (citations[next]?.start ?? 0) < lineEnd) {
      const citation = citations[next];
      if (citation && citation.start >= lineStart) lastOnLine = citation;
      next += 1;
    }
    const item = readItemLine(text, lineStart, lineEnd);
    const isBlank = text.slice(lineStart, Math.min(lineEnd, lineStart + 200)).trim() === '' && lineEnd - lineStart <= 200;
    if (nextTab >= 0 && nextTab < lineStart) nextTab = text.indexOf('\t', lineStart);
    if (nextTab >= 0 && nextTab < lineEnd) {
      // A table row: the mandate section is over.
      heading = null;
      parent = null;
      isRightAfterHeading = false;
    } else if (item === null) {
      if (lastOnLine !== null) {
        heading = lastOnLine;
        parent = null;
        isRightAfterHeading = true;
      } else if (!isBlank) isRightAfterHeading = false;
    } else if (heading !== null && item.kind === 'number') {
      if (item.isQuoted && item.hasWords) {
        found.push(listedUnder(heading, item.label, item.start, lineEnd));
        headings.add(heading);
        parent = { label: item.label, emitted: found.length - 1 };
      } else parent = isRightAfterHeading && item.hasWords ? { label: item.label, emitted: null } : null;
      isRightAfterHeading = false;
    } else if (heading !== null && item.kind === 'letter' && parent !== null) {
      if (item.hasWords) {
        found.push(listedUnder(heading, `${parent.label}.${item.label}`, item.start, lineEnd));
        headings.add(heading);
        // A paragraph told through its sub-paragraphs is cited by them.
        if (parent.emitted !== null) {
          const emitted = found[parent.emitted];
          if (emitted) found[parent.emitted] = { ...emitted, isDropped: true };
          parent = { label: parent.label, emitted: null };
        }
      }
      isRightAfterHeading = false;
    }
    lineStart = lineEnd + 1;
  }
  const paragraphs: ListedParagraph[] = [];
  for (const { isDropped, ...paragraph } of found) if (!isDropped) paragraphs.push(paragraph);
  return { paragraphs, headings };
}

function listedUnder(heading: CitedInstrument, paragraph: string, start: number, end: number): ListedParagraph & { isDropped: boolean } {
  return { instrument: heading.instrument, paragraph, asWritten: heading.asWritten, issues: heading.issues, start, end, isDropped: false };
}

function skipSpaces(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === '\r')) i += 1;
  return i;
}

/** "“5. Leur engagement …", "- a. Renforcer …", "4. De renouveler …": the label that opens a line, if any. */
function readItemLine(text: string, start: number, end: number): ItemLine | null {
  let i = skipSpaces(text, start, end);
  if (BULLETS.has(text[i] ?? '') && (text[i + 1] === ' ' || text[i + 1] === '\u00a0')) i = skipSpaces(text, i + 1, end);
  const labelStart = i;
  let isQuoted = false;
  if (OPENING_QUOTES.has(text[i] ?? '')) {
    isQuoted = true;
    i = skipSpaces(text, i + 1, end);
  }
  let digits = '';
  while (i < end && digits.length < 3 && (text[i] ?? '') >= '0' && (text[i] ?? '') <= '9') digits += text[i++];
  let kind: 'number' | 'letter';
  let label: string;
  if (digits.length > 0 && digits.length <= 2) {
    kind = 'number';
    label = String(Number(digits));
  } else if (digits.length === 0 && !isQuoted && (text[i] ?? '') >= 'a' && (text[i] ?? '') <= 'z') {
    kind = 'letter';
    label = text[i] ?? '';
    i += 1;
  } else return null;
  if (text[i] !== '.' && text[i] !== ')') return null;
  i += 1;
  if (i < end && text[i] !== ' ' && text[i] !== '\u00a0') return null;
  return { kind, label, isQuoted, hasWords: hasWord(text, i, end), start: labelStart };
}

/** Whether text[from, to) holds a word of three letters or more. */
function hasWord(text: string, from: number, to: number): boolean {
  let run = 0;
  for (let i = from; i < to; i += 1) {
    const char = text[i] ?? '';
    if (char.toLowerCase() !== char.toUpperCase()) {
      run += 1;
      if (run >= 3) return true;
    } else run = 0;
  }
  return false;
}
