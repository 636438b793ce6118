// Finds known names (countries, cities, organisations) in text by walking a trie of their words:
// one pass, at most a name's length of look-ahead per word, no regular-expression backtracking.
import { foldTextKeepingOffsets } from '../core/reference/fold-text.ts';
import { foldDocument } from './fold-document.ts';
import { HASH_START, hashCode, idOfChars, idOfWord, startDocumentWords, wordGeneration } from './word-table.ts';

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

interface TrieNode<K, T> {
  readonly children: Map<K, TrieNode<K, T>>;
  value?: T;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD = /[\p{L}\p{N}]+/gu;
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

/**
 * Word boundaries of a text and the id of each folded word (word-table.ts), so that finders look
 * words up by number; offsets are into the text.
 */
export class TokenizedText {
  readonly folded: string;
  starts: Int32Array = new Int32Array(1024);
  ends: Int32Array = new Int32Array(1024);
  /** Folded word ids, valid for the word-table generation the text was read in. */
  ids: Int32Array = new Int32Array(1024);
  readonly generation: number;
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
      } else if (start >= 0) {
        this.push(start, at, idOfChars(folded, start, at, hash));
        start = -1;
      }
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
}

let lastTokenized: TokenizedText | null = null;

/** The words of text, tokenised once for all the finders that read the same document. */
export function tokenizeText(text: string): TokenizedText {
  if (lastTokenized?.text !== text || lastTokenized.generation !== wordGeneration()) lastTokenized = new TokenizedText(text);
  return lastTokenized;
}

function grow(values: Int32Array): Int32Array {
  const grown = new Int32Array(values.length * 2);
  grown.set(values);
  return grown;
}

export function tokenizePhrase(phrase: string, isCaseSensitive: boolean): string[] {
  const source = isCaseSensitive ? phrase : foldTextKeepingOffsets(phrase);
  return [...source.matchAll(WORD)].map((m) => m[0]);
}

interface Tries<T> {
  readonly generation: number;
  /** Names matched folded, keyed by folded word id. */
  readonly folded: TrieNode<number, T>;
  /** Acronyms matched as written, keyed by the word as written. */
  readonly exact: TrieNode<string, T>;
  /**
   * By word id: FOLDED_FIRST when a folded name starts with the word, EXACT_FIRST when an acronym
   * does (folded), so that most words are answered by one array read. Words added to the table
   * later start nothing and lie past its end.
   */
  readonly firstWords: Uint8Array;
}

const FOLDED_FIRST = 1;
const EXACT_FIRST = 2;

export class PhraseIndex<T> {
  private readonly entries: { readonly words: readonly string[]; readonly value: T; readonly isCaseSensitive: boolean }[] = [];
  private tries: Tries<T> | null = null;

  constructor(entries: Iterable<PhraseEntry<T>>) {
    for (const entry of entries) {
      const isCaseSensitive = entry.isCaseSensitive ?? false;
      const words = tokenizePhrase(entry.phrase, isCaseSensitive);
      if (words.length > 0) this.entries.push({ words, value: entry.value, isCaseSensitive });
    }
  }

  /** The tries keyed by the word ids of the current word-table generation. */
  private triesNow(): Tries<T> {
    if (this.tries?.generation === wordGeneration()) return this.tries;
    const folded: TrieNode<number, T> = { children: new Map() };
    const exact: TrieNode<string, T> = { children: new Map() };
    const firsts: [number, number][] = [];
    for (const { words, value, isCaseSensitive } of this.entries) {
      if (isCaseSensitive) {
        firsts.push([idOfWord(foldTextKeepingOffsets(words[0] ?? '')), EXACT_FIRST]);
        insert(exact, words, value);
      } else {
        const ids = words.map(idOfWord);
        firsts.push([ids[0] ?? 0, FOLDED_FIRST]);
        insert(folded, ids, value);
      }
    }
    const firstWords = new Uint8Array(firsts.reduce((max, [id]) => Math.max(max, id + 1), 0));
    for (const [id, flag] of firsts) firstWords[id] = (firstWords[id] ?? 0) | flag;
    this.tries = { generation: wordGeneration(), folded, exact, firstWords };
    return this.tries;
  }

  /** Longest matches, left to right, never overlapping; `accept` may veto a match (then shorter ones are tried). */
  findAll(tokens: TokenizedText, accept: (match: PhraseMatch<T>) => boolean = () => true): PhraseMatch<T>[] {
    const tries = this.triesNow();
    const matches: PhraseMatch<T>[] = [];
    let index = 0;
    while (index < tokens.length) {
      // Most words start no name: answer those with one look-up.
      const firsts = tries.firstWords[tokens.ids[index] ?? -1] ?? 0;
      const found = firsts === 0 ? undefined : this.longestAt(tries, tokens, index, firsts, accept);
      if (found === undefined) {
        index += 1;
        continue;
      }
      matches.push(found);
      index = found.endToken;
    }
    return matches;
  }

  private longestAt(tries: Tries<T>, tokens: TokenizedText, first: number, firsts: number, accept: (match: PhraseMatch<T>) => boolean): PhraseMatch<T> | undefined {
    const candidates: PhraseMatch<T>[] = [];
    if ((firsts & FOLDED_FIRST) !== 0) walk(tries.folded, tokens, first, (i) => tokens.ids[i] ?? -1, candidates);
    if ((firsts & EXACT_FIRST) !== 0) walk(tries.exact, tokens, first, (i) => tokens.rawWord(i), candidates);
    if (candidates.length > 1) candidates.sort((a, b) => b.endToken - a.endToken);
    return candidates.find(accept);
  }
}

function insert<K, T>(root: TrieNode<K, T>, keys: readonly K[], value: T): void {
  let node = root;
  for (const key of keys) {
    let child = node.children.get(key);
    if (child === undefined) {
      child = { children: new Map() };
      node.children.set(key, child);
    }
    node = child;
  }
  // The first entry for a phrase wins, so callers list their preferred reading first.
  node.value ??= value;
}

function walk<K, T>(root: TrieNode<K, T>, tokens: TokenizedText, first: number, keyAt: (index: number) => K, found: PhraseMatch<T>[]): void {
  let node: TrieNode<K, T> | undefined = root;
  for (let index = first; index < tokens.length; index += 1) {
    node = node.children.get(keyAt(index));
    if (node === undefined) break;
    if (node.value !== undefined) {
      found.push({ value: node.value, start: tokens.starts[first] ?? 0, end: tokens.ends[index] ?? 0, firstToken: first, endToken: index + 1 });
    }
  }
}
