import type { Language } from './extraction.ts';
import { DOCUMENT_CUES } from './lang/document-cues.ts';
import { countWords, sampleWords } from './sample-words.ts';
import type { WordSample } from './sample-words.ts';

export interface LanguageGuess {
  readonly language: Language;
  /** 0 when the text gives no evidence, near 1 when one language clearly dominates. */
  readonly confidence: number;
}

const LANGUAGES: readonly Language[] = ['fr', 'en', 'es', 'pt'];
// Letters such as ñ or ã are rare but nearly decisive; stop words are frequent but shared more.
const LETTER_WEIGHT = 3;
const SUFFIX_WEIGHT = 0.5;
// Scores this high or more count as full evidence; short texts earn proportionally less confidence.
const FULL_EVIDENCE = 12;

/** French, English, Spanish or Portuguese, from stop words, word endings and letters of the opening text. */
export function detectLanguage(text: string): LanguageGuess {
  const sample = sampleWords(text);
  const scored = LANGUAGES.map((language) => ({ language, score: scoreLanguage(sample, language) }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (best === undefined || best.score === 0) return { language: 'en', confidence: 0 };
  const margin = (best.score - (second?.score ?? 0)) / best.score;
  const evidence = Math.min(1, best.score / FULL_EVIDENCE);
  return { language: best.language, confidence: round(margin * evidence) };
}

const stopWordSets = new Map<Language, ReadonlySet<string>>();

function stopWordsOf(language: Language): ReadonlySet<string> {
  let words = stopWordSets.get(language);
  if (words === undefined) {
    words = new Set(DOCUMENT_CUES[language].stopWords);
    stopWordSets.set(language, words);
  }
  return words;
}

function scoreLanguage(sample: WordSample, language: Language): number {
  const cues = DOCUMENT_CUES[language];
  const stopWords = stopWordsOf(language);
  let score = 0;
  for (const [word, count] of countWords(sample)) {
    if (stopWords.has(word)) score += count;
    else if (word.length >= 5 && cues.suffixes.some((suffix) => word.endsWith(suffix))) score += SUFFIX_WEIGHT * count;
  }
  // Each occurrence of each distinctive letter, counted by a native search rather than a loop over every character.
  for (const letter of new Set(cues.letters)) {
    for (let at = sample.lower.indexOf(letter); at !== -1; at = sample.lower.indexOf(letter, at + letter.length)) score += LETTER_WEIGHT;
  }
  return score;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
