import { foldDocument, foldRange, MIN_CACHED_LENGTH } from './fold-document.ts';
import { isLetterOrDigit, tokenizedAlready, type TokenizedText } from './tokenized-text.ts';
import { HASH_START, hashChars, hashCode, idOfChars, idOfWord, WordFacts, wordGeneration, wordOfId } from './word-table.ts';

/** A word of the text: its folded (lower-case, unaccented) form and its offsets in the original. */
export interface Word {
  readonly key: string;
  /** The key's id in the word table (word-table.ts). */
  readonly id: number;
  readonly start: number;
  readonly end: number;
}

// Letters and digits, joined by inner hyphens or apostrophes ("vingt-quatre", "d'avril"): the
// words of /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/u, read by a character loop because every stage
// tokenises every sentence and a match object per word costs more than the words themselves.
const APOSTROPHE = 39;
const HYPHEN = 45;

/** Length in code units of the letter or digit at `at` (2 for an astral one), or 0 when there is none before `limit`. */
function wordCharLength(text: string, at: number, limit: number): number {
  if (at >= limit) return 0;
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) return isLetterOrDigit(code) ? 1 : 0;
  const point = at + 1 < limit ? (text.codePointAt(at) ?? code) : code;
  return isLetterOrDigit(point) ? (point > 0xffff ? 2 : 1) : 0;
}

/**
 * Splits text[start, end) into words; offsets are into the whole text. The keys are the word
 * table's own strings (word-table.ts): no new string per word, and a key's hash is computed once.
 */
export function tokenizeWords(text: string, start = 0, end = text.length): Word[] {
  const tokens = tokenizedAlready(text);
  const fromTokens = tokens === null ? null : joinTokens(tokens, start, end);
  if (fromTokens !== null) return fromTokens;
  const { folded, offset } = foldedRange(text, start, end);
  const limit = offset + end - start;
  const words: Word[] = [];
  let at = offset;
  while (at < limit) {
    let width = wordCharLength(folded, at, limit);
    if (width === 0) {
      at += 1;
      continue;
    }
    const wordStart = at;
    let hash = HASH_START;
    while (width > 0) {
      for (const stop = at + width; at < stop; at += 1) hash = hashCode(hash, folded.charCodeAt(at));
      width = wordCharLength(folded, at, limit);
      if (width === 0) {
        const code = folded.charCodeAt(at);
        // An inner apostrophe or hyphen joins two runs only when a letter or digit follows it.
        if ((code === APOSTROPHE || code === HYPHEN) && at < limit && wordCharLength(folded, at + 1, limit) > 0) {
          hash = hashCode(hash, code);
          at += 1;
          width = wordCharLength(folded, at, limit);
        }
      }
    }
    const id = idOfChars(folded, wordStart, at, hash);
    words.push({ key: wordOfId(id), id, start: start + wordStart - offset, end: start + at - offset });
  }
  return words;
}

/**
 * The words of text[start, end) from the document's runs of letters and digits (tokenized-text.ts),
 * joined where one apostrophe or hyphen stands between two runs: the same words as the character
 * loop, without reading the characters again. Null where the two could differ, for the loop to
 * decide: a run cut by the range, or a letter beyond the BMP (which the runs do not read).
 */
function joinTokens(tokens: TokenizedText, start: number, end: number): Word[] | null {
  if (tokens.hasSurrogateIn(start, end)) return null;
  const { starts, ends, ids, folded } = tokens;
  let index = tokens.firstAtOrAfter(start);
  if (index > 0 && (ends[index - 1] ?? 0) > start) return null;
  const words: Word[] = [];
  while (index < tokens.length && (starts[index] ?? end) < end) {
    let last = index;
    for (;;) {
      if ((ends[last] ?? 0) > end) return null;
      const next = last + 1;
      const gap = ends[last] ?? 0;
      if (next >= tokens.length || starts[next] !== gap + 1 || gap + 1 >= end) break;
      const code = folded.charCodeAt(gap);
      if (code !== APOSTROPHE && code !== HYPHEN) break;
      last = next;
    }
    const wordStart = starts[index] ?? 0;
    const wordEnd = ends[last] ?? 0;
    const id = last === index ? (ids[index] ?? 0) : idOfChars(folded, wordStart, wordEnd, hashChars(folded, wordStart, wordEnd));
    words.push({ key: wordOfId(id), id, start: wordStart, end: wordEnd });
    index = last + 1;
  }
  return words;
}

/** The folded text that holds text[start, end), and where that range starts in it. */
function foldedRange(text: string, start: number, end: number): { folded: string; offset: number } {
  // A long text is folded once as a whole (fold-document.ts); a short one is folded on its own.
  if (text.length >= MIN_CACHED_LENGTH) return { folded: foldDocument(text), offset: start };
  return { folded: foldRange(text, start, end), offset: 0 };
}

/** Folds text for lexicon look-ups: lower case, no accents, straight apostrophes. */
export function foldKey(text: string): string {
  return foldDocument(text);
}

/** Splits a word like "d'avril" or "l'annee" into its elided article and the rest. */
export function stripElision(key: string): string {
  // The apostrophe of an elided article is the second or third character: no search needed.
  if (key.charCodeAt(0) === APOSTROPHE) return key;
  if (key.charCodeAt(1) === APOSTROPHE) return key.slice(2);
  if (key.charCodeAt(2) === APOSTROPHE) return key.slice(3);
  return key;
}

export { foldRange };

// The id of each word without its elided article ("d'avril" → "avril"), the word's own id when it has none.
const bareIds = new WordFacts((word, id) => {
  const bare = stripElision(word);
  return bare === word ? id : idOfWord(bare);
});

/** The id of stripElision of the word with this id. */
export function bareIdOf(id: number): number {
  return id < 0 ? id : bareIds.of(id);
}

/** Lexicon phrases indexed by the id of their first word, so that looking for them costs one look-up per word. */
export class LexiconPhrases {
  private readonly byFirstWord = new Map<string, (readonly string[])[]>();
  private byFirstId = new Map<number, (readonly number[])[]>();
  // 1 at the id of each first word: most words are answered by an array read, without a map look-up.
  private isFirstId = new Uint8Array(0);
  private generation = -1;

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

  /** The phrases as word ids of the current word-table generation. */
  private refreshIds(): void {
    this.byFirstId = new Map([...this.byFirstWord].map(([first, list]) => [idOfWord(first), list.map((parts) => parts.map(idOfWord))]));
    this.isFirstId = new Uint8Array(Math.max(0, ...this.byFirstId.keys()) + 1);
    for (const id of this.byFirstId.keys()) this.isFirstId[id] = 1;
    this.generation = wordGeneration();
  }

  /** Length in words of the longest phrase starting at words[i] (an elided article may be dropped), or 0. */
  matchAt(words: readonly { readonly id: number }[], i: number, end = words.length): number {
    const id = words[i]?.id;
    if (id === undefined) return 0;
    if (this.generation !== wordGeneration()) this.refreshIds();
    let first = id;
    if (this.isFirstId[id] !== 1) {
      // Most words have no elided article: only those are looked up twice.
      first = bareIdOf(id);
      if (first === id || this.isFirstId[first] !== 1) return 0;
    }
    const candidates = this.byFirstId.get(first);
    if (!candidates) return 0;
    for (const parts of candidates) {
      if (i + parts.length > end) continue;
      let matches = true;
      for (let k = 1; k < parts.length; k += 1) {
        const next = words[i + k]?.id ?? -1;
        if (next !== parts[k] && bareIdOf(next) !== parts[k]) {
          matches = false;
          break;
        }
      }
      if (matches) return parts.length;
    }
    return 0;
  }
}

/** A lexicon list of folded words, asked by word id: one array read instead of comparing with each entry. */
export class WordSet {
  private isMember = new Uint8Array(0);
  private generation = -1;

  constructor(private readonly words: readonly string[]) {}

  has(id: number): boolean {
    if (this.generation !== wordGeneration()) {
      const ids = this.words.map(idOfWord);
      this.isMember = new Uint8Array(Math.max(0, ...ids) + 1);
      for (const member of ids) this.isMember[member] = 1;
      this.generation = wordGeneration();
    }
    return this.isMember[id] === 1;
  }
}

const indexCache = new WeakMap<readonly string[], LexiconPhrases>();

/** The phrase index of a lexicon list, built once per list. */
export function lexiconPhrasesOf(phrases: readonly string[]): LexiconPhrases {
  let index = indexCache.get(phrases);
  if (!index) {
    index = new LexiconPhrases(phrases);
    indexCache.set(phrases, index);
  }
  return index;
}
