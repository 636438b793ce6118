import type { Language } from '../extraction.ts';
import { ENGLISH_CUES } from './en/document-cues.ts';
import { SPANISH_CUES } from './es/document-cues.ts';
import { FRENCH_CUES } from './fr/document-cues.ts';
import { PORTUGUESE_CUES } from './pt/document-cues.ts';

/**
 * What tells a document's language and kind apart. Every word and phrase is folded (lower case,
 * no accents) because it is compared with folded text.
 */
export interface DocumentCues {
  /** Frequent short words that are rare in the other three languages. */
  readonly stopWords: readonly string[];
  /** Word endings typical of the language ("-cao" is Portuguese "-ção" folded). */
  readonly suffixes: readonly string[];
  /** Letters (not folded) that only this language uses among the four. */
  readonly letters: string;
  /** Names of the genre that open a work plan or a report. */
  readonly planTitles: readonly string[];
  readonly reportTitles: readonly string[];
  /** Cells of a plan's output column that say no quantity is fixed yet. */
  readonly toBeDetermined: readonly string[];
  /** Whole words that mark the past (reports) or the future (plans). */
  readonly pastWords: readonly string[];
  readonly futureWords: readonly string[];
  /** Verb endings of the past and of the future, tested on words of five letters or more. */
  readonly pastEndings: readonly string[];
  readonly futureEndings: readonly string[];
  /** Words that open a top-level heading of a plan ("Chapitre 1 :", "Chapter 2", "Sección 3"). */
  readonly chapterWords: readonly string[];
  /** Words that introduce plan-of-action objectives ("(Objectif 1.1.3)"). */
  readonly objectiveWords: readonly string[];
  /** Words that say an open target waits for money rather than for a decision. */
  readonly fundingWords: readonly string[];
}

export const DOCUMENT_CUES: Readonly<Record<Language, DocumentCues>> = {
  fr: FRENCH_CUES,
  en: ENGLISH_CUES,
  es: SPANISH_CUES,
  pt: PORTUGUESE_CUES,
};
