import { foldDocument, foldRange } from './fold-document.ts';

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
  const slice = foldRange(text, start, end);
  const words: Word[] = [];
  for (const match of slice.matchAll(WORD)) {
    const at = match.index;
    words.push({ key: match[0], start: start + at, end: start + at + match[0].length });
  }
  return words;
}

export { foldRange };

/** Folds text for lexicon look-ups: lower case, no accents, straight apostrophes. */
export function foldKey(text: string): string {
  return foldDocument(text);
}

/** Splits a word like "d'avril" or "l'annee" into its elided article and the rest. */
export function stripElision(key: string): string {
  const apostrophe = key.indexOf("'");
  if (apostrophe > 0 && apostrophe <= 2) return key.slice(apostrophe + 1);
  return key;
}

/** Lexicon phrases indexed by their first word, so that looking for them costs one map look-up per word. */
export class PhraseIndex {
  private readonly byFirstWord = new Map<string, (readonly string[])[]>();

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const parts = phrase.split(' ').filter((p) => p.length > 0);
      const first = parts[0];
      if (first === undefined) continue;
      const list = this.byFirstWord.get(first) ?? [];
      list.push(parts);
      list.sort((a, b) => b.length - a.length);
      this.byFirstWord.set(first, list);
    }
  }

  /** Length in words of the longest phrase starting at words[i] (an elided article may be dropped), or 0. */
  matchAt(words: readonly { readonly key: string }[], i: number, end = words.length): number {
    const key = words[i]?.key;
    if (key === undefined) return 0;
    const candidates = this.byFirstWord.get(key) ?? this.byFirstWord.get(stripElision(key));
    if (!candidates) return 0;
    for (const parts of candidates) {
      if (i + parts.length > end) continue;
      let matches = true;
      for (let k = 1; k < parts.length; k += 1) {
        const next = words[i + k]?.key ?? '';
        if (next !== parts[k] && stripElision(next) !== parts[k]) {
          matches = false;
          break;
        }
      }
      if (matches) return parts.length;
    }
    return 0;
  }
}

const indexCache = new WeakMap<readonly string[], PhraseIndex>();

/** The phrase index of a lexicon list, built once per list. */
export function phraseIndexOf(phrases: readonly string[]): PhraseIndex {
  let index = indexCache.get(phrases);
  if (!index) {
    index = new PhraseIndex(phrases);
    indexCache.set(phrases, index);
  }
  return index;
}
