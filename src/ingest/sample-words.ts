import { foldText } from '../core/reference/fold-text.ts';

/** Detectors look at the opening of a document only, so a 10 MB file costs what a 20 kB one does. */
export const SAMPLE_CHARS = 20_000;

export interface WordSample {
  /** The sample as written, lower-cased (accents kept). */
  readonly lower: string;
  /** Folded words ("été" → "ete"); apostrophes stay inside words ("s'est"). */
  readonly words: readonly string[];
  /** The folded words joined by single spaces, with a space at each end, for phrase counts. */
  readonly joined: string;
}

export function sampleWords(text: string, limit = SAMPLE_CHARS): WordSample {
  const sample = text.slice(0, limit);
  const words = foldText(sample).split(/[^a-z']+/).filter((word) => word !== '' && word !== "'");
  return { lower: sample.toLowerCase(), words, joined: ` ${words.join(' ')} ` };
}

/** Occurrences of a folded phrase as whole words. */
export function countPhrase(sample: WordSample, phrase: string): number {
  const needle = ` ${phrase} `;
  let count = 0;
  for (let at = sample.joined.indexOf(needle); at !== -1; at = sample.joined.indexOf(needle, at + needle.length - 1)) count += 1;
  return count;
}
