import type { WorkPlanLevel } from '../core/work-plans/work-plan.ts';
import type { Language, TextSpan } from './extraction.ts';
import { DOCUMENT_CUES } from './lang/document-cues.ts';
import { foldKey } from './words.ts';

/** A cell of a plan row that names a domain, programme or project. */
export interface PlanCell {
  readonly level: WorkPlanLevel;
  readonly code: string | null;
  readonly title: string;
  readonly span: TextSpan;
  /** The rest of the previous row's cell, cut by a page break ("spécialisées pour…"). */
  readonly isContinuation: boolean;
}

export interface PlanRow {
  readonly source: TextSpan;
  readonly cells: readonly PlanCell[];
  /** The output column, when the row has one. */
  readonly outputs: TextSpan | null;
  /** Text that belongs to the last open node (a paragraph under a numbered item). */
  readonly extends: TextSpan | null;
}

interface Line { readonly start: number; readonly end: number }

const LEVELS: readonly WorkPlanLevel[] = ['domain', 'programme', 'project'];
const TABLE_COLUMNS = 4;
const MAX_CELLS = 16;
// Real plans have hundreds of rows; past this the text is data, and reading stops to bound time and memory.
const MAX_ROWS = 20_000;
const MAX_TITLE_CHARS = 200;
// "1.", "1.2", "2 ", "A.", "B)" at the start of a cell; a letter needs its punctuation.
const CELL_CODE = /^(?:(\d{1,2}(?:\.\d{1,2}){0,3})(?:[.)]\s{0,3}|\s{1,3})|([A-Z](?:\.\d{1,2}){0,2})[.)]\s{1,3})(?=\S)/;
const ITEM_CODE = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?(?:[ \t\u00a0]{1,8}|$)/;
const BULLET = /^[·•▪◦‣○●■□➢►\-–*][ \t\u00a0]{1,8}/;
const ROMAN_OR_NUMBER = /^(?:\d{1,2}|[ivxlc]{1,6})\b/;

function* lines(text: string): Generator<Line> {
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    yield { start, end };
    if (newline === -1) return;
    start = newline + 1;
  }
}

/** Lines with something on them, trimmed; blank stretches are skipped in one tight loop. */
function* filledLines(text: string): Generator<TextSpan> {
  let at = 0;
  while (at < text.length) {
    while (at < text.length && isBlank(text.charCodeAt(at))) at += 1;
    if (at >= text.length) return;
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline;
    yield trim(text, at, end);
    at = end + 1;
  }
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

/** Rows of a plan table flattened to lines of tab-separated cells; none when the text has no table. */
export function readTableRows(text: string, language: Language): PlanRow[] {
  const cues = DOCUMENT_CUES[language];
  const rows: PlanRow[] = [];
  let columns = TABLE_COLUMNS;
  let nextTab = text.indexOf('\t');
  for (const line of lines(text)) {
    if (rows.length >= MAX_ROWS) break;
    // One search per tab, not per line: a tab-free text must not be rescanned line after line.
    if (nextTab !== -1 && nextTab < line.start) nextTab = text.indexOf('\t', line.start);
    if (nextTab === -1) break;
    if (nextTab >= line.end) continue;
    const cells = splitCells(text, line);
    if (cells === null) continue;
    const filled = cells.filter((cell) => cell.start < cell.end);
    if (filled.length === 0) continue;
    if (isHeaderRow(text, filled)) { columns = Math.max(2, cells.length); continue; }
    const first = filled[0];
    if (filled.length === 1 && first !== undefined && isChapterCell(text, first, cues.chapterWords)) continue;
    rows.push(readTableRow(text, line, cells, columns));
  }
  return rows;
}

/** Null for a line with more cells than any plan table has: it is data, not a plan row. */
function splitCells(text: string, line: Line): TextSpan[] | null {
  const cells: TextSpan[] = [];
  let start = line.start;
  for (;;) {
    if (cells.length > MAX_CELLS) return null;
    const tab = text.indexOf('\t', start);
    const end = tab === -1 || tab >= line.end ? line.end : tab;
    cells.push(trim(text, start, end));
    if (end === line.end) return cells;
    start = end + 1;
  }
}

/** "DOMAINE D'ACTIVITÉ | PROGRAMME | PROJET | ACTIVITÉ": capitals, no digits, several cells. */
function isHeaderRow(text: string, filled: readonly TextSpan[]): boolean {
  if (filled.length < 2) return false;
  return filled.every((cell) => {
    const value = text.slice(cell.start, cell.end);
    return value.length <= 60 && value === value.toUpperCase() && !/\d/.test(value);
  });
}

function readTableRow(text: string, line: Line, cells: readonly TextSpan[], columns: number): PlanRow {
  let last = cells.length - 1;
  while (last > 0 && isEmpty(cells[last])) last -= 1;
  // The last column holds the outputs; a short row keeps its last cell as structure.
  const hasOutputColumn = cells.length >= columns && last === cells.length - 1 && last > 0;
  const outputs = hasOutputColumn ? cells[last] ?? null : null;
  const structure = cells.slice(0, hasOutputColumn ? last : last + 1);
  const planCells: PlanCell[] = [];
  let level = -1;
  const deepest = LEVELS.length - 1;
  structure.forEach((cell, column) => {
    if (isEmpty(cell)) return;
    // Cells beyond the project column (a split cell) add to the project rather than open new ones.
    if (level === deepest) { planCells.push({ ...readCell(text, cell, 'project', false), isContinuation: true }); return; }
    level = level === -1 ? Math.min(column, deepest) : level + 1;
    planCells.push(readCell(text, cell, LEVELS[level] ?? 'project', true));
  });
  return { source: line, cells: planCells, outputs, extends: null };
}

function readCell(text: string, span: TextSpan, level: WorkPlanLevel, mayContinue: boolean): PlanCell {
  const value = text.slice(span.start, Math.min(span.end, span.start + MAX_TITLE_CHARS * 4));
  const match = CELL_CODE.exec(value);
  const code = match === null ? null : (match[1] ?? match[2] ?? null);
  const title = cleanTitle(match === null ? value : value.slice(match[0].length));
  const firstChar = value[0] ?? '';
  const isContinuation = mayContinue && code === null && firstChar !== firstChar.toUpperCase();
  return { level, code, title, span, isContinuation };
}

/**
 * Chapters ("Chapitre 1 :", "Chapter II"), numbered items ("1.1 Title. Description"), bullets, and
 * paragraphs that continue the item above. Items before the first chapter (or, without chapters,
 * before the first numbered item) are the preamble and are skipped.
 */
export function readCatalogueRows(text: string, language: Language): PlanRow[] {
  const cues = DOCUMENT_CUES[language];
  const folded = foldKey(text);
  let hasChapters = false;
  for (const line of filledLines(text)) {
    if (startsWithChapterWord(folded, line, cues.chapterWords)) { hasChapters = true; break; }
  }
  const rows: PlanRow[] = [];
  let started = false;
  let currentDepth = -1;
  const iterator = filledLines(text);
  const nextLine = (): TextSpan | undefined => {
    const step = iterator.next();
    return step.done === true ? undefined : step.value;
  };
  for (let line = nextLine(); line !== undefined && rows.length < MAX_ROWS; line = nextLine()) {
    const value = text.slice(line.start, Math.min(line.end, line.start + 32));
    if (hasChapters && startsWithChapterWord(folded, line, cues.chapterWords)) {
      started = true;
      currentDepth = 0;
      rows.push({ source: line, cells: [readChapter(text, line)], outputs: null, extends: null });
      continue;
    }
    const item = ITEM_CODE.exec(value);
    if (item !== null && item[1] !== undefined && (started || !hasChapters)) {
      started = true;
      const code = item[1];
      // "1" is a domain and "1.1" a programme, unless chapters already are the domains.
      const depth = Math.min(Math.max(code.split('.').length - 1, hasChapters ? 1 : 0), LEVELS.length - 1);
      let titleSpan = trim(text, line.start + item[0].length, line.end);
      let source: TextSpan = line;
      if (titleSpan.start >= titleSpan.end) {
        // The number stands alone on its line and the title follows ("3.1" then the text).
        const next = nextLine();
        if (next !== undefined) {
          titleSpan = next;
          source = { start: line.start, end: next.end };
        }
      }
      currentDepth = depth;
      rows.push({ source, cells: [{ level: LEVELS[depth] ?? 'project', code, title: itemTitle(text, titleSpan), span: source, isContinuation: false }], outputs: null, extends: null });
      continue;
    }
    if (!started) continue;
    const bullet = BULLET.exec(value);
    if (bullet !== null) {
      const depth = Math.min(currentDepth + 1, LEVELS.length - 1);
      const span = trim(text, line.start + bullet[0].length, line.end);
      rows.push({ source: line, cells: [{ level: LEVELS[depth] ?? 'project', code: null, title: cleanTitle(text.slice(span.start, span.end)), span: line, isContinuation: false }], outputs: null, extends: null });
      continue;
    }
    rows.push({ source: line, cells: [], outputs: null, extends: line });
  }
  return rows;
}

function readChapter(text: string, line: TextSpan): PlanCell {
  const value = text.slice(line.start, Math.min(line.end, line.start + MAX_TITLE_CHARS * 2));
  const space = value.search(/\s/);
  const rest = space === -1 ? '' : value.slice(space).trimStart();
  const number = ROMAN_OR_NUMBER.exec(foldKey(rest));
  const code = number === null ? null : rest.slice(0, number[0].length);
  const afterCode = number === null ? rest : rest.slice(number[0].length);
  return { level: 'domain', code, title: cleanTitle(afterCode), span: line, isContinuation: false };
}

/** "Bases de données. Renforcer la capacité…" → "Bases de données": the words before the first full stop. */
function itemTitle(text: string, span: TextSpan): string {
  const value = text.slice(span.start, Math.min(span.end, span.start + MAX_TITLE_CHARS * 4));
  const stop = value.search(/\.\s/);
  return cleanTitle(stop === -1 || stop > MAX_TITLE_CHARS ? value.slice(0, MAX_TITLE_CHARS) : value.slice(0, stop));
}

function isChapterCell(text: string, cell: TextSpan, words: readonly string[]): boolean {
  const folded = foldKey(text.slice(cell.start, Math.min(cell.end, cell.start + 40)));
  return startsWithChapterWord(folded, { start: 0, end: folded.length }, words);
}

/** `folded` is the folded text (same offsets); markdown stars before the word are allowed. */
function startsWithChapterWord(folded: string, line: TextSpan, words: readonly string[]): boolean {
  let at = line.start;
  while (at < line.start + 3 && folded[at] === '*') at += 1;
  for (const word of words) {
    if (folded.startsWith(word, at) && folded[at + word.length] === ' ' && ROMAN_OR_NUMBER.test(folded.slice(at + word.length + 1, Math.min(line.end, at + word.length + 8)))) return true;
  }
  return false;
}

/** Drops the quotes, colons, dots and markdown stars that surround titles in converted documents. */
function cleanTitle(value: string): string {
  let start = 0;
  let end = value.length;
  const strip = ' \t:;.,*"“”«»\u00a0–-';
  while (start < end && strip.includes(value[start] ?? '')) start += 1;
  while (end > start && strip.includes(value[end - 1] ?? '')) end -= 1;
  const title = value.slice(start, end);
  return title.length > MAX_TITLE_CHARS ? `${title.slice(0, MAX_TITLE_CHARS - 1)}…` : title;
}

function trim(text: string, start: number, end: number): TextSpan {
  let from = start;
  let to = end;
  while (from < to && ' \t\u00a0\r'.includes(text[from] ?? '')) from += 1;
  while (to > from && ' \t\u00a0\r'.includes(text[to - 1] ?? '')) to -= 1;
  return { start: from, end: to };
}

function isEmpty(span: TextSpan | undefined): boolean {
  return span === undefined || span.start >= span.end;
}
