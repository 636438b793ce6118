import { foldText } from '../core/reference/fold-text.ts';
import { foldDocument } from './fold-document.ts';
import { tokenizedAlready, tokenizeText, type TokenizedText } from './tokenized-text.ts';
import { hashChars, idOfChars, idOfWord, startDocumentWords, wordGeneration } from './word-table.ts';

/** Detectors look at the opening of a document only, so a 10 MB file costs what a 20 kB one does. */
export const SAMPLE_CHARS = 20_000;

export interface WordSample {
  /** The sample as written (accents kept). */
  readonly text: string;
  /**
   * The folded words in order ("été" → "ete"; apostrophes stay inside words: "s'est"), as ids of
   * the word table (word-table.ts): the words of /[a-z']+/ in the folded sample, a lone "'" left out.
   */
  readonly ids: Int32Array;
  /** How often each word id occurs. */
  readonly counts: ReadonlyMap<number, number>;
}

// The language and kind detectors sample the same document one after the other: keep the last samples.
const recent: { text: string; limit: number; generation: number; sample: WordSample }[] = [];
const RECENT_SAMPLES = 2;
const APOSTROPHE = 39;

export function sampleWords(text: string, limit = SAMPLE_CHARS): WordSample {
  const known = recent.find((entry) => entry.limit === limit && entry.text === text && entry.generation === wordGeneration());
  if (known !== undefined) return known.sample;
  startDocumentWords(text);
  const sample = text.slice(0, limit);
  const folded = foldSample(text, sample);
  // A document a few samples long is read whole (the extraction reads it next); a longer one only
  // if a stage already has, so that detecting stays cheap whatever the length.
  const tokens = text.length <= SAMPLE_CHARS * 4 ? tokenizeText(text) : tokenizedAlready(text);
  const ids = readWordIds(folded.text, folded.end, tokens?.folded === folded.text ? tokens : null);
  const counts = new Map<number, number>();
  for (let at = 0; at < ids.length; at += 1) {
    const id = ids[at] ?? -1;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const built: WordSample = { text: sample, ids, counts };
  recent.unshift({ text, limit, generation: wordGeneration(), sample: built });
  recent.length = Math.min(recent.length, RECENT_SAMPLES);
  return built;
}

/**
 * The sample folded as foldText folds it. The extraction folds the whole document keeping
 * offsets anyway, and that fold agrees with foldText on every letter except where a character
 * folds to another length (a combining accent, "ǅ"), which it marks '_': only then fold again.
 */
function foldSample(text: string, sample: string): { text: string; end: number } {
  // The whole folded document, read up to the sample's end: a slice of it would be slower to read.
  const folded = foldDocument(text);
  for (let at = folded.indexOf('_'); at !== -1 && at < sample.length; at = folded.indexOf('_', at + 1)) {
    if (sample.charCodeAt(at) !== 95) return { text: foldText(sample), end: Number.POSITIVE_INFINITY };
  }
  return { text: folded, end: sample.length };
}

function isSampleWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || code === APOSTROPHE;
}

/** The ids of the sample words of folded[0, limit), from the document's words when a stage has read them. */
function readWordIds(folded: string, limit: number, tokens: TokenizedText | null): Int32Array {
  const reader = new SampleReader(folded, Math.min(limit, folded.length));
  if (tokens === null) reader.readRuns(0, reader.end);
  else reader.readTokens(tokens);
  return reader.ids.subarray(0, reader.count);
}

/** Collects sample words: the runs of a-z and apostrophes of the folded text, a lone apostrophe left out. */
class SampleReader {
  ids = new Int32Array(256);
  count = 0;

  constructor(
    private readonly folded: string,
    readonly end: number,
  ) {}

  /**
   * Most sample words are whole words of the document (all a-z, no apostrophe on either side):
   * those take the word's id without reading their characters. Around any other word, and from
   * any apostrophe between words, the characters are read.
   */
  readTokens(tokens: TokenizedText): void {
    const { folded, end } = this;
    let done = 0;
    // The next apostrophe at or after `done`, searched again only once `done` has passed it.
    let apostrophe = folded.indexOf("'");
    for (let index = 0; index < tokens.length; index += 1) {
      const start = tokens.starts[index] ?? 0;
      if (start >= end) break;
      const wordEnd = tokens.ends[index] ?? 0;
      if (wordEnd <= done) continue;
      if (start < done) {
        // A run read already reached into this word: read the rest of it.
        done = this.readRuns(done, Math.min(wordEnd, end));
        continue;
      }
      if (apostrophe !== -1 && apostrophe < done) apostrophe = folded.indexOf("'", done);
      if (apostrophe !== -1 && apostrophe < start) {
        done = this.readRuns(apostrophe, Math.min(wordEnd, end));
        continue;
      }
      if (tokens.isOnlyLetters(index) && wordEnd <= end && (wordEnd === end || folded.charCodeAt(wordEnd) !== APOSTROPHE)) {
        this.add(tokens.ids[index] ?? -1);
        done = wordEnd;
        continue;
      }
      done = this.readRuns(start, Math.min(wordEnd, end));
    }
    if (apostrophe !== -1 && apostrophe < done) apostrophe = folded.indexOf("'", done);
    if (apostrophe !== -1 && apostrophe < end) this.readRuns(apostrophe, end);
  }

  /**
   * Reads the runs that start in folded[from, to), the last one to its end even past `to`;
   * `from` must not be inside a run. Returns where reading stopped: outside any run.
   */
  readRuns(from: number, to: number): number {
    const { folded, end } = this;
    let at = from;
    while (at < to) {
      if (!isSampleWordCode(folded.charCodeAt(at))) {
        at += 1;
        continue;
      }
      const start = at;
      while (at < end && isSampleWordCode(folded.charCodeAt(at))) at += 1;
      if (at - start === 1 && folded.charCodeAt(start) === APOSTROPHE) continue;
      this.add(idOfChars(folded, start, at, hashChars(folded, start, at)));
    }
    return at;
  }

  private add(id: number): void {
    if (this.count === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.count] = id;
    this.count += 1;
  }
}

const phraseCache = new Map<string, { generation: number; ids: readonly number[] | null }>();

/** A folded phrase as word ids, or null when one of its words can never be a sample word. */
function phraseIds(phrase: string): readonly number[] | null {
  const known = phraseCache.get(phrase);
  if (known !== undefined && known.generation === wordGeneration()) return known.ids;
  const ids = readPhraseIds(phrase);
  // Phrases come from the lexicons, a bounded set.
  phraseCache.set(phrase, { generation: wordGeneration(), ids });
  return ids;
}

function readPhraseIds(phrase: string): number[] | null {
  // Words joined by single spaces, each a possible sample word: anything else occurs nowhere.
  const parts = phrase.split(' ');
  if (parts.some((part) => part === '' || part === "'" || ![...part].every((char) => isSampleWordCode(char.charCodeAt(0))))) return null;
  return parts.map(idOfWord);
}

interface PhraseList {
  readonly generation: number;
  /** How many times each single word stands in the list. */
  readonly singles: ReadonlyMap<number, number>;
  /** Phrases of several words, by the id of their first word, each with its place in the list. */
  readonly byFirst: ReadonlyMap<number, readonly { readonly ids: readonly number[]; readonly entry: number }[]>;
  /** 1 at the id of each first word of byFirst: most words of a sample are passed by an array read. */
  readonly isFirst: Uint8Array;
  readonly entries: number;
}

const phraseLists = new WeakMap<readonly string[], PhraseList>();

function phraseListOf(phrases: readonly string[]): PhraseList {
  const known = phraseLists.get(phrases);
  if (known !== undefined && known.generation === wordGeneration()) return known;
  const singles = new Map<number, number>();
  const byFirst = new Map<number, { readonly ids: readonly number[]; readonly entry: number }[]>();
  let entries = 0;
  for (const phrase of phrases) {
    const ids = phraseIds(phrase);
    const first = ids?.[0];
    if (ids === null || first === undefined) continue;
    if (ids.length === 1) singles.set(first, (singles.get(first) ?? 0) + 1);
    else {
      byFirst.set(first, [...(byFirst.get(first) ?? []), { ids, entry: entries }]);
      entries += 1;
    }
  }
  const isFirst = new Uint8Array(Math.max(0, ...byFirst.keys()) + 1);
  for (const id of byFirst.keys()) isFirst[id] = 1;
  const built = { generation: wordGeneration(), singles, byFirst, isFirst, entries };
  phraseLists.set(phrases, built);
  return built;
}

/**
 * The occurrences of each phrase of a list as whole words, not overlapping, added up (a phrase
 * listed twice counts twice): one
 * look-up per single word, and one pass over the sample for all the longer phrases.
 */
export function countPhrases(sample: WordSample, phrases: readonly string[]): number {
  const list = phraseListOf(phrases);
  let total = 0;
  list.singles.forEach((times, id) => {
    total += times * (sample.counts.get(id) ?? 0);
  });
  if (list.byFirst.size === 0) return total;
  // Where each entry may next be found: its occurrences do not overlap one another.
  const nextAllowed = new Int32Array(list.entries);
  const ids = sample.ids;
  for (let at = 0; at < ids.length; at += 1) {
    const id = ids[at] ?? -1;
    if (list.isFirst[id] !== 1) continue;
    const starting = list.byFirst.get(id);
    if (starting === undefined) continue;
    for (const { ids: phrase, entry } of starting) {
      if (at < (nextAllowed[entry] ?? 0) || !isPhraseAt(ids, at, phrase)) continue;
      total += 1;
      nextAllowed[entry] = at + phrase.length;
    }
  }
  return total;
}

/** Index of the first word where one of the phrases starts, or -1. */
export function firstPhraseIndex(sample: WordSample, phrases: readonly string[]): number {
  let first = -1;
  for (const phrase of phrases) {
    const ids = phraseIds(phrase);
    if (ids === null || !ids.every((id) => sample.counts.has(id))) continue;
    const end = first === -1 ? sample.ids.length : first;
    for (let at = 0; at < end; at += 1) {
      if (sample.ids[at] === ids[0] && isPhraseAt(sample.ids, at, ids)) {
        first = at;
        break;
      }
    }
  }
  return first;
}

function isPhraseAt(ids: Int32Array, at: number, phrase: readonly number[]): boolean {
  if (at + phrase.length > ids.length) return false;
  for (let k = 1; k < phrase.length; k += 1) if (ids[at + k] !== phrase[k]) return false;
  return true;
}

/**
 * Occurrences of a lower-case letter in the sample, in either case: what a search of the
 * lower-cased sample finds, without lower-casing it (slow for text outside Latin-1).
 */
export function countLetter(sample: WordSample, letter: string): number {
  let count = 0;
  for (const variant of new Set([letter, letter.toUpperCase()])) {
    if (variant.length !== letter.length || variant.toLowerCase() !== letter) continue;
    for (let at = sample.text.indexOf(variant); at !== -1; at = sample.text.indexOf(variant, at + variant.length)) count += 1;
  }
  return count;
}
