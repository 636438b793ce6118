// The words of a whole document, read once: runs of letters and digits of the folded text, each
// with the id of its folded form in the word table. The name finders walk them; the sentence
// words (words.ts) and the detectors' sample (sample-words.ts) are built from them.
import { foldDocument } from './fold-document.ts';
import { HASH_START, hashCode, idOfChars, startDocumentWords, wordGeneration } from './word-table.ts';
import { partitionPoint } from './partition-point.ts';

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const letterOrDigitCache = new Map<number, boolean>();

/**
 * Whether a code point is a letter or digit (/[\p{L}\p{N}]/u), without a match object per
 * character: the words here are read code unit by code unit, where a lone surrogate is neither.
 */
export function isLetterOrDigit(point: number): boolean {
  if (point < 128) return (point >= 97 && point <= 122) || (point >= 48 && point <= 57) || (point >= 65 && point <= 90);
  let known = letterOrDigitCache.get(point);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCodePoint(point));
    letterOrDigitCache.set(point, known);
  }
  return known;
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/** A word of a-z only, of a-z and 0-9, or with a character beyond ASCII. */
const ONLY_LETTERS = 1;
const ONLY_LETTERS_AND_DIGITS = 2;
const OTHER_CHARACTERS = 3;

/** Word boundaries of a text and the id of each folded word; offsets are into the text. */
export class TokenizedText {
  readonly folded: string;
  starts: Int32Array = new Int32Array(1024);
  ends: Int32Array = new Int32Array(1024);
  /** Folded word ids, valid for the word-table generation the text was read in. */
  ids: Int32Array = new Int32Array(1024);
  /** What each word is made of (ONLY_LETTERS, ONLY_LETTERS_AND_DIGITS), so that a search for plain words may take it whole. */
  makeup: Uint8Array = new Uint8Array(1024);
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
    let makeup = ONLY_LETTERS;
    for (let at = 0; at <= folded.length; at += 1) {
      const code = at < folded.length ? folded.charCodeAt(at) : 32;
      if (isLetterOrDigit(code)) {
        if (start < 0) {
          start = at;
          hash = HASH_START;
          makeup = ONLY_LETTERS;
        }
        hash = hashCode(hash, code);
        // Folded, a word's ASCII characters are a-z and 0-9.
        if (code >= 128) makeup = OTHER_CHARACTERS;
        else if (code <= 57 && makeup === ONLY_LETTERS) makeup = ONLY_LETTERS_AND_DIGITS;
        continue;
      }
      if (start >= 0) {
        this.push(start, at, idOfChars(folded, start, at, hash), makeup);
        start = -1;
      }
      if (code >= 0xd800 && isSurrogate(code)) this.surrogates.push(at);
    }
  }

  private push(start: number, end: number, id: number, makeup: number): void {
    if (this.count === this.starts.length) {
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.ids = grow(this.ids);
      const grown = new Uint8Array(this.makeup.length * 2);
      grown.set(this.makeup);
      this.makeup = grown;
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.ids[this.count] = id;
    this.makeup[this.count] = makeup;
    this.count += 1;
  }

  get length(): number {
    return this.count;
  }

  /** Whether a word is all a-z (folded), so that it is one run of letters. */
  isOnlyLetters(index: number): boolean {
    return this.makeup[index] === ONLY_LETTERS;
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
    const starts = this.starts;
    return partitionPoint(this.count, (index) => (starts[index] ?? 0) < offset);
  }

  /** Whether text[start, end) holds a surrogate code unit. */
  hasSurrogateIn(start: number, end: number): boolean {
    const surrogates = this.surrogates;
    if (surrogates.length === 0) return false;
    const first = partitionPoint(surrogates.length, (index) => (surrogates[index] ?? 0) < start);
    return first < surrogates.length && (surrogates[first] ?? end) < end;
  }
}

/**
 * The runs of a-z and 0-9 in the folded text[start, end): where a search of that slice for
 * /(?<![a-z0-9])word(?![a-z0-9])/ can match, read from the document's words. Three numbers per
 * run, written into `runs` from its start: the run's start, its end, and the word's id when the
 * run is a whole word (else -1); returns how many numbers were written. A word is one run unless
 * it holds characters beyond ASCII, or the range cuts it.
 */
export function readAsciiRuns(tokens: TokenizedText, start: number, end: number, runs: number[]): number {
  const { starts, ends, ids, makeup, folded } = tokens;
  let written = 0;
  let index = tokens.firstAtOrAfter(start);
  if (index > 0 && (ends[index - 1] ?? 0) > start) index -= 1;
  for (; index < tokens.length; index += 1) {
    const wordStart = starts[index] ?? 0;
    if (wordStart >= end) break;
    const wordEnd = ends[index] ?? 0;
    const from = Math.max(start, wordStart);
    const to = Math.min(end, wordEnd);
    if ((makeup[index] ?? OTHER_CHARACTERS) !== OTHER_CHARACTERS) {
      written = writeRun(runs, written, from, to, from === wordStart && to === wordEnd ? (ids[index] ?? -1) : -1);
      continue;
    }
    let runStart = -1;
    for (let at = from; at <= to; at += 1) {
      const code = at < to ? folded.charCodeAt(at) : 32;
      const isRunCode = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
      if (isRunCode && runStart < 0) runStart = at;
      else if (!isRunCode && runStart >= 0) {
        written = writeRun(runs, written, runStart, at, -1);
        runStart = -1;
      }
    }
  }
  return written;
}

function writeRun(runs: number[], at: number, start: number, end: number, id: number): number {
  runs[at] = start;
  runs[at + 1] = end;
  runs[at + 2] = id;
  return at + 3;
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
