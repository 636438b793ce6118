import { foldTextKeepingOffsets } from '../core/reference/fold-text.ts';

/** A word of the text: its folded (lower-case, unaccented) form and its offsets in the original. */
export interface Word {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

// Letters and digits, joined by inner hyphens or apostrophes ("vingt-quatre", "d'avril"); each
// repetition starts with a separator, so the match cannot backtrack.
const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

/** Splits text[start, end) into words; offsets are into the whole text. */
export function tokenizeWords(text: string, start = 0, end = text.length): Word[] {
  const slice = foldTextKeepingOffsets(text.slice(start, end));
  const words: Word[] = [];
  for (const match of slice.matchAll(WORD)) {
    const at = match.index;
    words.push({ key: match[0], start: start + at, end: start + at + match[0].length });
  }
  return words;
}

/** Folds text for lexicon look-ups: lower case, no accents, straight apostrophes. */
export function foldKey(text: string): string {
  return foldTextKeepingOffsets(text);
}

/** Splits a word like "d'avril" or "l'annee" into its elided article and the rest. */
export function stripElision(key: string): string {
  const apostrophe = key.indexOf("'");
  if (apostrophe > 0 && apostrophe <= 2) return key.slice(apostrophe + 1);
  return key;
}
