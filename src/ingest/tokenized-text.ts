// The words of a whole document, read once: runs of letters and digits of the folded text, each
// with the id of its folded form in the word table. The name finders walk them; the sentence
// words (words.ts) and the detectors' sample (sample-words.ts) are built from them.
import { foldDocument } from './fold-document.ts';
import { HASH_START, hashCode, idOfChars, startDocumentWords, wordGeneration } from './word-table.ts';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const wordCodeCache = new Map<number, boolean>();

// The words of /[\p{L}\p{N}]+/gu read code unit by code unit, without a match object per word.
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  let known = wordCodeCache.get(code);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(code));
    wordCodeCache.set(code, known);
  }
  return known;
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/** Word boundaries of a text and the id of each folded word; offsets are into the text. */
export class TokenizedText {
  readonly folded: string;
  starts: Int32Array = new Int32Array(1024);
  ends: Int32Array = new Int32Array(1024);
  /** Folded word ids, valid for the word-table generation the text was read in. */
  ids: Int32Array = new Int32Array(1024);
  readonly generation: number;
  /** Offsets of surrogate code units, where a letter beyond the BMP is no word here but is one in words.ts. */
  readonly surrogates: number[] = [];
  private count = 0;

  constructor(readonly text: string) {
    startDocumentWords(text);
    this.generation = wordGeneration();
    this.folded = foldDocument(text);
    const folded = this.folded;
    let start = -1;
    let hash = HASH_START;
    for (let at = 0; at <= folded.length; at += 1) {
      const code = at < folded.length ? folded.charCodeAt(at) : 32;
      if (isWordCode(code)) {
        if (start < 0) {
          start = at;
          hash = HASH_START;
        }
        hash = hashCode(hash, code);
        continue;
      }
      if (start >= 0) {
        this.push(start, at, idOfChars(folded, start, at, hash));
        start = -1;
      }
      if (code >= 0xd800 && isSurrogate(code)) this.surrogates.push(at);
    }
  }

  private push(start: number, end: number, id: number): void {
    if (this.count === this.starts.length) {
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.ids = grow(this.ids);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.ids[this.count] = id;
    this.count += 1;
  }

  get length(): number {
    return this.count;
  }

  foldedWord(index: number): string {
    return this.folded.slice(this.starts[index], this.ends[index]);
  }

  rawWord(index: number): string {
    return this.text.slice(this.starts[index], this.ends[index]);
  }

  /** The text between two words, e.g. to check that no sentence ends between them. */
  gapBefore(index: number): string {
    return this.text.slice(this.ends[index - 1] ?? 0, this.starts[index]);
  }

  /** Index of the first word that starts at or after offset (the number of words when none does). */
  firstAtOrAfter(offset: number): number {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.starts[middle] ?? 0) < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Whether text[start, end) holds a surrogate code unit. */
  hasSurrogateIn(start: number, end: number): boolean {
    const surrogates = this.surrogates;
    if (surrogates.length === 0) return false;
    let low = 0;
    let high = surrogates.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((surrogates[middle] ?? 0) < start) low = middle + 1;
      else high = middle;
    }
    return low < surrogates.length && (surrogates[low] ?? end) < end;
  }
}

let lastTokenized: TokenizedText | null = null;

/** The words of a document, tokenised once for all the stages that read it. */
export function tokenizeText(text: string): TokenizedText {
  if (lastTokenized?.text !== text || lastTokenized.generation !== wordGeneration()) lastTokenized = new TokenizedText(text);
  return lastTokenized;
}

/** The words of text if a stage has already tokenised it as a document, else null (and nothing is read). */
export function tokenizedAlready(text: string): TokenizedText | null {
  return lastTokenized?.text === text && lastTokenized.generation === wordGeneration() ? lastTokenized : null;
}

function grow(values: Int32Array): Int32Array {
  const grown = new Int32Array(values.length * 2);
  grown.set(values);
  return grown;
}
