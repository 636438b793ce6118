import type { Language } from './extraction.ts';
import { DOCUMENT_CUES } from './lang/document-cues.ts';
import { countLetter, sampleWords } from './sample-words.ts';
import type { WordSample } from './sample-words.ts';
import { WordFacts } from './word-table.ts';

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
  const wordScores = scoreWords(sample);
  const scored = LANGUAGES.map((language, index) => ({ language, score: (wordScores[index] ?? 0) + scoreLetters(sample, language) }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (best === undefined || best.score === 0) return { language: 'en', confidence: 0 };
  const margin = (best.score - (second?.score ?? 0)) / best.score;
  const evidence = Math.min(1, best.score / FULL_EVIDENCE);
  return { language: best.language, confidence: round(margin * evidence) };
}

// What one folded word is worth to each language, in LANGUAGES order: documents share most of
// their words, so each word is weighed once, not once per document.
const stopWordSets = LANGUAGES.map((language) => new Set(DOCUMENT_CUES[language].stopWords));
const wordWeights = new WordFacts((word) => LANGUAGES.map((language, index) => {
  if (stopWordSets[index]?.has(word) === true) return 1;
  return word.length >= 5 && DOCUMENT_CUES[language].suffixes.some((suffix) => word.endsWith(suffix)) ? SUFFIX_WEIGHT : 0;
}));

/** Stop words and word endings of each language, in LANGUAGES order. */
function scoreWords(sample: WordSample): number[] {
  const scores = LANGUAGES.map(() => 0);
  sample.counts.forEach((count, id) => {
    const weights = wordWeights.of(id);
    for (let index = 0; index < scores.length; index += 1) scores[index] = (scores[index] ?? 0) + (weights[index] ?? 0) * count;
  });
  return scores;
}

function scoreLetters(sample: WordSample, language: Language): number {
  let score = 0;
  for (const letter of new Set(DOCUMENT_CUES[language].letters)) score += LETTER_WEIGHT * countLetter(sample, letter);
  return score;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
