import type { Language } from './extraction.ts';
import { STATUS_LEXICONS } from './lang/status-lexicon.ts';
import type { Word } from './words.ts';
import { phraseIndexOf, stripElision } from './words.ts';

export type ExtractedStatus = 'done' | 'planned' | 'ongoing';

/**
 * Whether the passage words[from, to) tells of something done, planned or ongoing: planned when it
 * has a future verb or a planning word ("auront lieu", "prochainement", "will be held", "se
 * llevará a cabo", "será realizado"), ongoing when it says so, done otherwise (a report's past).
 */
export function detectStatus(text: string, words: readonly Word[], from: number, to: number, language: Language): ExtractedStatus {
  const lexicon = STATUS_LEXICONS[language];
  let isOngoing = false;
  const planned = phraseIndexOf(lexicon.planned);
  const ongoing = phraseIndexOf(lexicon.ongoing);
  const lastChars = lastCharsOf(lexicon.futureEndings);
  for (let i = from; i < to; i += 1) {
    const word = words[i];
    if (!word) break;
    if (planned.matchAt(words, i, to) > 0) return 'planned';
    if (isFutureVerb(text, word, lexicon.futureEndings, lastChars, lexicon.notFuture)) return 'planned';
    if (ongoing.matchAt(words, i, to) > 0) isOngoing = true;
  }
  return isOngoing ? 'ongoing' : 'done';
}

/** Index of the first word in words[from, to) that makes a passage planned, or -1. */
export function findFirstPlannedWord(text: string, words: readonly Word[], from: number, to: number, language: Language): number {
  const lexicon = STATUS_LEXICONS[language];
  const planned = phraseIndexOf(lexicon.planned);
  const lastChars = lastCharsOf(lexicon.futureEndings);
  for (let i = from; i < to; i += 1) {
    const word = words[i];
    if (!word) break;
    if (planned.matchAt(words, i, to) > 0 || isFutureVerb(text, word, lexicon.futureEndings, lastChars, lexicon.notFuture)) return i;
  }
  return -1;
}

const lastCharCache = new WeakMap<readonly string[], ReadonlySet<number>>();

/** The codes a word may end with to carry one of the endings, in either case. */
function lastCharsOf(endings: readonly string[]): ReadonlySet<number> {
  let codes = lastCharCache.get(endings);
  if (codes === undefined) {
    const last = endings.map((ending) => ending.slice(-1));
    codes = new Set([...last, ...last.map((char) => char.toUpperCase())].map((char) => char.charCodeAt(0)));
    lastCharCache.set(endings, codes);
  }
  return codes;
}

function isFutureVerb(text: string, word: Word, endings: readonly string[], lastChars: ReadonlySet<number>, exceptions: readonly string[]): boolean {
  if (endings.length === 0 || word.end - word.start < 4) return false;
  // Most words end otherwise: answer them before building any string.
  if (!lastChars.has(word.key.charCodeAt(word.key.length - 1)) && !lastChars.has(text.charCodeAt(word.end - 1))) return false;
  const written = text.slice(word.start, word.end);
  // Proper names ("Sierra", "Guyana") are not verbs.
  const first = written[0] ?? '';
  if (first !== first.toLowerCase()) return false;
  const lower = written.toLowerCase();
  const bare = stripElision(word.key);
  if (exceptions.includes(bare) || exceptions.includes(lower)) return false;
  return endings.some((ending) => lower.endsWith(ending) || (isAscii(ending) && bare.endsWith(ending)));
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 127) return false;
  return true;
}
