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

// The language and kind detectors sample the same document one after the other: keep the last samples.
const recent: { text: string; limit: number; sample: WordSample }[] = [];
const RECENT_SAMPLES = 2;

export function sampleWords(text: string, limit = SAMPLE_CHARS): WordSample {
  const known = recent.find((entry) => entry.limit === limit && entry.text === text);
  if (known !== undefined) return known.sample;
  const sample = text.slice(0, limit);
  const words = foldText(sample).split(/[^a-z']+/).filter((word) => word !== '' && word !== "'");
  const built: WordSample = { lower: sample.toLowerCase(), words, joined: ` ${words.join(' ')} ` };
  recent.unshift({ text, limit, sample: built });
  recent.length = Math.min(recent.length, RECENT_SAMPLES);
  return built;
}

const wordCounts = new WeakMap<WordSample, ReadonlyMap<string, number>>();

/** How often each word occurs in the sample: rules that test word endings test each word once. */
export function countWords(sample: WordSample): ReadonlyMap<string, number> {
  let counts = wordCounts.get(sample);
  if (counts === undefined) {
    const built = new Map<string, number>();
    for (const word of sample.words) built.set(word, (built.get(word) ?? 0) + 1);
    counts = built;
    wordCounts.set(sample, counts);
  }
  return counts;
}

/** Occurrences of a folded phrase as whole words. */
export function countPhrase(sample: WordSample, phrase: string): number {
  // A one-word phrase occurs as often as the word: one look-up instead of a scan of the sample.
  if (phrase !== '' && !phrase.includes(' ')) return countWords(sample).get(phrase) ?? 0;
  const needle = ` ${phrase} `;
  let count = 0;
  for (let at = sample.joined.indexOf(needle); at !== -1; at = sample.joined.indexOf(needle, at + needle.length - 1)) count += 1;
  return count;
}
