// Finds known names (countries, cities, organisations) in text by walking a trie of their words:
// one pass, at most a name's length of look-ahead per word, no regular-expression backtracking.
import { foldTextKeepingOffsets } from '../core/reference/fold-text.ts';
import type { TokenizedText } from './tokenized-text.ts';
import { idOfWord, wordGeneration } from './word-table.ts';

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

const WORD = /[\p{L}\p{N}]+/gu;

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
