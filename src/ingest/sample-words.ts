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

/** The sample words of folded[0, limit); a word that is also one of the document's runs (tokenized-text.ts) takes the run's id. */
function readWordIds(folded: string, limit: number, tokens: TokenizedText | null): Int32Array {
  const end = Math.min(limit, folded.length);
  let ids = new Int32Array(Math.max(16, end >> 3));
  let count = 0;
  let at = 0;
  let token = 0;
  while (at < end) {
    let code = folded.charCodeAt(at);
    if (!isSampleWordCode(code)) {
      at += 1;
      continue;
    }
    const start = at;
    while (at < end && isSampleWordCode(code)) {
      at += 1;
      code = folded.charCodeAt(at);
    }
    if (at - start === 1 && folded.charCodeAt(start) === APOSTROPHE) continue;
    let id = -1;
    if (tokens !== null) {
      while (token < tokens.length && (tokens.starts[token] ?? end) < start) token += 1;
      if (tokens.starts[token] === start && tokens.ends[token] === at) id = tokens.ids[token] ?? -1;
    }
    if (id < 0) id = idOfChars(folded, start, at, hashChars(folded, start, at));
    if (count === ids.length) {
      const grown = new Int32Array(ids.length * 2);
      grown.set(ids);
      ids = grown;
    }
    ids[count] = id;
    count += 1;
  }
  return ids.subarray(0, count);
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
  const parts = phrase.split(' ').filter((part) => part !== '');
  if (parts.length === 0 || parts.some((part) => ![...part].every((char) => isSampleWordCode(char.charCodeAt(0))) || part === "'")) return null;
  return parts.map(idOfWord);
}

/** Occurrences of a folded phrase as whole words, not overlapping. */
export function countPhrase(sample: WordSample, phrase: string): number {
  const ids = phraseIds(phrase);
  if (ids === null) return 0;
  const [first] = ids;
  // A one-word phrase occurs as often as the word: one look-up instead of a scan of the sample.
  if (ids.length === 1 || first === undefined) return sample.counts.get(first ?? -1) ?? 0;
  // A phrase with a word the sample lacks occurs nowhere: most phrases are answered without a scan.
  if (!ids.every((id) => sample.counts.has(id))) return 0;
  let count = 0;
  for (let at = 0; at + ids.length <= sample.ids.length; at += 1) {
    if (sample.ids[at] === first && isPhraseAt(sample.ids, at, ids)) {
      count += 1;
      at += ids.length - 1;
    }
  }
  return count;
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
