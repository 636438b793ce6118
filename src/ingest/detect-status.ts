import type { Language } from './extraction.ts';
import { STATUS_LEXICONS } from './lang/status-lexicon.ts';
import type { Word } from './words.ts';
import { foldKey, lexiconPhrasesOf, stripElision } from './words.ts';

export type ExtractedStatus = 'done' | 'planned' | 'ongoing';

/**
 * Whether the passage words[from, to) tells of something done, planned or ongoing: planned when it
 * has a future verb or a planning word ("auront lieu", "prochainement", "will be held", "se
 * llevará a cabo", "será realizado"), ongoing when it says so, done otherwise (a report's past).
 */
export function detectStatus(text: string, words: readonly Word[], from: number, to: number, language: Language): ExtractedStatus {
  if (findFirstPlannedWord(text, words, from, to, language) >= 0) return 'planned';
  return hasOngoingWord(words, from, to, language) ? 'ongoing' : 'done';
}

/** Whether words[from, to) say the thing is under way ("en cours", "actualmente"). */
export function hasOngoingWord(words: readonly Word[], from: number, to: number, language: Language): boolean {
  const ongoing = lexiconPhrasesOf(STATUS_LEXICONS[language].ongoing);
  for (let i = from; i < Math.min(to, words.length); i += 1) {
    if (ongoing.matchAt(words, i, to) > 0) return true;
  }
  return false;
}

/** Index of the first word in words[from, to) that makes a passage planned, or -1. */
export function findFirstPlannedWord(text: string, words: readonly Word[], from: number, to: number, language: Language): number {
  const lexicon = STATUS_LEXICONS[language];
  const planned = lexiconPhrasesOf(lexicon.planned);
  const endings = endingCuesOf(lexicon.futureEndings);
  for (let i = from; i < to; i += 1) {
    const word = words[i];
    if (!word) break;
    if (planned.matchAt(words, i, to) > 0 || isFutureVerb(text, word, endings, lexicon.notFuture)) return i;
  }
  return -1;
}

interface EndingCues {
  readonly endings: readonly string[];
  /** The codes a word may end with to carry one of the endings, in either case. */
  readonly lastChars: ReadonlySet<number>;
  /** The endings folded: a word written with an ending has it folded in its key. */
  readonly folded: readonly string[];
}

const endingCueCache = new WeakMap<readonly string[], EndingCues>();

function endingCuesOf(endings: readonly string[]): EndingCues {
  let cues = endingCueCache.get(endings);
  if (cues === undefined) {
    const last = endings.map((ending) => ending.slice(-1));
    const lastChars = new Set([...last, ...last.map((char) => char.toUpperCase())].map((char) => char.charCodeAt(0)));
    cues = { endings, lastChars, folded: endings.map(foldKey) };
    endingCueCache.set(endings, cues);
  }
  return cues;
}

function isFutureVerb(text: string, word: Word, cues: EndingCues, exceptions: readonly string[]): boolean {
  const { endings, lastChars } = cues;
  if (endings.length === 0 || word.end - word.start < 4) return false;
  // Most words end otherwise: answer them before building any string.
  if (!lastChars.has(word.key.charCodeAt(word.key.length - 1)) && !lastChars.has(text.charCodeAt(word.end - 1))) return false;
  if (!endsWithAny(word.key, cues.folded)) return false;
  const written = text.slice(word.start, word.end);
  // Proper names ("Sierra", "Guyana") are not verbs.
  const first = written[0] ?? '';
  if (first !== first.toLowerCase()) return false;
  const lower = written.toLowerCase();
  const bare = stripElision(word.key);
  if (exceptions.includes(bare) || exceptions.includes(lower)) return false;
  return endings.some((ending) => lower.endsWith(ending) || (isAscii(ending) && bare.endsWith(ending)));
}

function endsWithAny(key: string, endings: readonly string[]): boolean {
  for (const ending of endings) if (key.endsWith(ending)) return true;
  return false;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 127) return false;
  return true;
}
