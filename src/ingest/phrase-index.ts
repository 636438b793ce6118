// Finds known names (countries, cities, organisations) in text by walking a trie of their words:
// one pass, at most a name's length of look-ahead per word, no regular-expression backtracking.
import { foldTextKeepingOffsets } from '../core/reference/fold-text.ts';
import { foldDocument } from './fold-document.ts';

export interface PhraseEntry<T> {
  readonly phrase: string;
  readonly value: T;
  /** Acronyms match only as written ("ISA", not "isa"); names match folded. */
  readonly isCaseSensitive?: boolean;
}

export interface PhraseMatch<T> {
  readonly value: T;
  readonly start: number;
  readonly end: number;
  /** Index of the first and one past the last word of the match in the tokenised text. */
  readonly firstToken: number;
  readonly endToken: number;
}

interface TrieNode<T> {
  readonly children: Map<string, TrieNode<T>>;
  value?: T;
}

const WORD = /[\p{L}\p{N}]+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const wordCodeCache = new Map<number, boolean>();

// Same words as WORD, without a regular-expression match object per word on long texts.
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  let known = wordCodeCache.get(code);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(code));
    wordCodeCache.set(code, known);
  }
  return known;
}

/** Word boundaries of a text, with its folded form for look-ups; offsets are into the text. */
export class TokenizedText {
  readonly folded: string;
  starts: Int32Array = new Int32Array(1024);
  ends: Int32Array = new Int32Array(1024);
  // Every finder asks for the shape of every word: computed once here.
  private foldedShapes: Int32Array = new Int32Array(1024);
  private rawShapes: Int32Array = new Int32Array(1024);
  private count = 0;

  constructor(readonly text: string) {
    this.folded = foldDocument(text);
    const folded = this.folded;
    let start = -1;
    for (let at = 0; at <= folded.length; at += 1) {
      const isWordChar = at < folded.length && isWordCode(folded.charCodeAt(at));
      if (isWordChar && start < 0) start = at;
      else if (!isWordChar && start >= 0) {
        this.push(start, at);
        start = -1;
      }
    }
  }

  private push(start: number, end: number): void {
    if (this.count === this.starts.length) {
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.foldedShapes = grow(this.foldedShapes);
      this.rawShapes = grow(this.rawShapes);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.foldedShapes[this.count] = shapeKey(this.folded.charCodeAt(start), end - start);
    this.rawShapes[this.count] = shapeKey(this.text.charCodeAt(start), end - start);
    this.count += 1;
  }

  get length(): number {
    return this.count;
  }

  /** A cheap fingerprint of a word (first character and length), to skip most look-ups. */
  shapeOf(index: number, isFolded: boolean): number {
    return (isFolded ? this.foldedShapes[index] : this.rawShapes[index]) ?? 0;
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
}

let lastTokenized: TokenizedText | null = null;

/** The words of text, tokenised once for all the finders that read the same document. */
export function tokenizeText(text: string): TokenizedText {
  if (lastTokenized?.text !== text) lastTokenized = new TokenizedText(text);
  return lastTokenized;
}

function grow(values: Int32Array): Int32Array {
  const grown = new Int32Array(values.length * 2);
  grown.set(values);
  return grown;
}

function shapeKey(firstCode: number, length: number): number {
  return firstCode * 64 + Math.min(length, 63);
}

export function tokenizePhrase(phrase: string, isCaseSensitive: boolean): string[] {
  const source = isCaseSensitive ? phrase : foldTextKeepingOffsets(phrase);
  return [...source.matchAll(WORD)].map((m) => m[0]);
}

export class PhraseIndex<T> {
  private readonly folded: TrieNode<T> = { children: new Map() };
  private readonly exact: TrieNode<T> = { children: new Map() };
  private readonly foldedShapes = new Set<number>();
  private readonly exactShapes = new Set<number>();

  constructor(entries: Iterable<PhraseEntry<T>>) {
    for (const entry of entries) {
      const words = tokenizePhrase(entry.phrase, entry.isCaseSensitive ?? false);
      if (words.length === 0) continue;
      const firstWord = words[0] ?? '';
      (entry.isCaseSensitive ? this.exactShapes : this.foldedShapes).add(shapeKey(firstWord.charCodeAt(0), firstWord.length));
      let node = entry.isCaseSensitive ? this.exact : this.folded;
      for (const word of words) {
        let child = node.children.get(word);
        if (child === undefined) {
          child = { children: new Map() };
          node.children.set(word, child);
        }
        node = child;
      }
      // The first entry for a phrase wins, so callers list their preferred reading first.
      node.value ??= entry.value;
    }
  }

  /** Longest matches, left to right, never overlapping; `accept` may veto a match (then shorter ones are tried). */
  findAll(tokens: TokenizedText, accept: (match: PhraseMatch<T>) => boolean = () => true): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    let index = 0;
    while (index < tokens.length) {
      const found = this.longestAt(tokens, index, accept);
      if (found === undefined) {
        index += 1;
        continue;
      }
      matches.push(found);
      index = found.endToken;
    }
    return matches;
  }

  private longestAt(tokens: TokenizedText, first: number, accept: (match: PhraseMatch<T>) => boolean): PhraseMatch<T> | undefined {
    // Most words start no name: answer those without building anything.
    const mayFold = this.foldedShapes.has(tokens.shapeOf(first, true)) && this.folded.children.has(tokens.foldedWord(first));
    const mayExact = this.exactShapes.has(tokens.shapeOf(first, false)) && this.exact.children.has(tokens.rawWord(first));
    if (!mayFold && !mayExact) return undefined;
    const candidates: PhraseMatch<T>[] = [];
    if (mayFold) this.walk(this.folded, tokens, first, (i) => tokens.foldedWord(i), candidates);
    if (mayExact) this.walk(this.exact, tokens, first, (i) => tokens.rawWord(i), candidates);
    if (candidates.length > 1) candidates.sort((a, b) => b.endToken - a.endToken);
    return candidates.find(accept);
  }

  private walk(root: TrieNode<T>, tokens: TokenizedText, first: number, wordAt: (index: number) => string, found: PhraseMatch<T>[]): void {
    let node: TrieNode<T> | undefined = root;
    for (let index = first; index < tokens.length; index += 1) {
      node = node.children.get(wordAt(index));
      if (node === undefined) break;
      if (node.value !== undefined) {
        found.push({ value: node.value, start: tokens.starts[first] ?? 0, end: tokens.ends[index] ?? 0, firstToken: first, endToken: index + 1 });
      }
    }
  }
}
