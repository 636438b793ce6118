// Every stage of the pipeline looks words up in the folded text (lower case, no accents, same
// length). Folding a whole document once, and slicing that, costs far less than folding each
// sentence, gap and mention again in each stage.
import { foldTextKeepingOffsets } from '../core/reference/fold-text.ts';

// Short strings (a gap, a cell, a phrase) are folded directly: caching them would evict the document.
export const MIN_CACHED_LENGTH = 4_096;

let lastText: string | null = null;
let lastFolded = '';

/** The folded form of text, offsets kept; the last long text folded is remembered. */
export function foldDocument(text: string): string {
  if (text.length < MIN_CACHED_LENGTH) return foldTextKeepingOffsets(text);
  if (text === lastText) return lastFolded;
  lastFolded = foldTextKeepingOffsets(text);
  lastText = text;
  return lastFolded;
}

/** The folded form of text[start, end): a slice of the folded document when the text is long. */
export function foldRange(text: string, start: number, end: number): string {
  if (text.length < MIN_CACHED_LENGTH) return foldTextKeepingOffsets(text.slice(start, end));
  return foldDocument(text).slice(start, end);
}
