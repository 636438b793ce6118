// Folded words interned as small integers. A stage that meets a word looks it up by a hash of its
// characters, without building a string for it, and then keys what it knows of the word by that
// number: facts about a word are worked out once per distinct word, not once per occurrence.

/** Distinct words kept before the table starts again, so that unusual input cannot grow it without end. */
const MAX_WORDS = 200_000;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Where a hash of the characters of a word starts; extend it with hashCode. */
export const HASH_START = FNV_OFFSET | 0;

/** The hash of the characters so far, extended by one more. */
export function hashCode(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

export function hashChars(source: string, start: number, end: number): number {
  let hash = HASH_START;
  for (let at = start; at < end; at += 1) hash = hashCode(hash, source.charCodeAt(at));
  return hash;
}

let words: string[] = [];
let hashes = new Int32Array(4_096);
// Open addressing: each slot holds an id plus one, 0 when empty; kept at most half full.
let slots = new Int32Array(8_192);
let generation = 0;

let lastDocument: string | null = null;

/**
 * Changes each time the table starts again: whatever a stage keeps by word id must be dropped
 * when it changes.
 */
export function wordGeneration(): number {
  return generation;
}

/**
 * Called by the stages that read a whole document, with its text: when another document begins,
 * the table starts again if it has grown past its bound. Never between two stages of one
 * document, which may share word ids.
 */
export function startDocumentWords(text: string): void {
  if (text === lastDocument) return;
  lastDocument = text;
  if (words.length < MAX_WORDS) return;
  words = [];
  hashes = new Int32Array(4_096);
  slots = new Int32Array(8_192);
  generation += 1;
}

/** The id of the word source[start, end), whose hash (see hashChars) the caller has computed on the way. */
export function idOfChars(source: string, start: number, end: number, hash: number): number {
  const mask = slots.length - 1;
  const length = end - start;
  let slot = hash & mask;
  for (let entry = slots[slot] ?? 0; entry !== 0; entry = slots[slot] ?? 0) {
    const id = entry - 1;
    if (hashes[id] === hash) {
      const word = words[id] ?? '';
      if (word.length === length && isSameText(word, source, start)) return id;
    }
    slot = (slot + 1) & mask;
  }
  return addWord(source.slice(start, end), hash, slot);
}

/** The id of a whole word (a lexicon entry), adding it when new. */
export function idOfWord(word: string): number {
  return idOfChars(word, 0, word.length, hashChars(word, 0, word.length));
}

export function wordOfId(id: number): string {
  return words[id] ?? '';
}

function isSameText(word: string, source: string, start: number): boolean {
  for (let k = 0; k < word.length; k += 1) if (word.charCodeAt(k) !== source.charCodeAt(start + k)) return false;
  return true;
}

function addWord(word: string, hash: number, slot: number): number {
  const id = words.length;
  words.push(word);
  if (id === hashes.length) {
    const grown = new Int32Array(hashes.length * 2);
    grown.set(hashes);
    hashes = grown;
  }
  hashes[id] = hash;
  slots[slot] = id + 1;
  if (words.length * 2 > slots.length) rehash(slots.length * 2);
  return id;
}

function rehash(size: number): void {
  slots = new Int32Array(size);
  const mask = size - 1;
  for (let id = 0; id < words.length; id += 1) {
    let slot = (hashes[id] ?? 0) & mask;
    while ((slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
    slots[slot] = id + 1;
  }
}

/** A fact per word id, computed on first use and forgotten when the table starts again. */
export class WordFacts<T> {
  private values: (T | undefined)[] = [];
  private seenGeneration = generation;

  constructor(private readonly compute: (word: string, id: number) => T) {}

  of(id: number): T {
    if (this.seenGeneration !== generation) {
      this.values = [];
      this.seenGeneration = generation;
    }
    // Grown densely: ids are dense, and an array with far-apart holes would fall back to a slow dictionary.
    while (this.values.length <= id) this.values.push(undefined);
    let value = this.values[id];
    if (value === undefined) {
      value = this.compute(wordOfId(id), id);
      this.values[id] = value;
    }
    return value;
  }
}
