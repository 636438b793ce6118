import type { Language } from './extraction.ts';
import { DOCUMENT_CUES } from './lang/document-cues.ts';
import { sampleWords } from './sample-words.ts';
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

function scoreLanguage(sample: WordSample, language: Language): number {
  const cues = DOCUMENT_CUES[language];
  const stopWords = new Set(cues.stopWords);
  let score = 0;
  for (const word of sample.words) {
    if (stopWords.has(word)) score += 1;
    else if (word.length >= 5 && cues.suffixes.some((suffix) => word.endsWith(suffix))) score += SUFFIX_WEIGHT;
  }
  if (cues.letters !== '') {
    for (const char of sample.lower) if (cues.letters.includes(char)) score += LETTER_WEIGHT;
  }
  return score;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
