import type { Language } from '../extraction.ts';
import { ENGLISH_STATUS } from './en/status.ts';
import { SPANISH_STATUS } from './es/status.ts';
import { FRENCH_STATUS } from './fr/status.ts';
import { PORTUGUESE_STATUS } from './pt/status.ts';

/** Words and phrases (folded, space-separated) that tell whether an event is done, planned or ongoing. */
export interface StatusLexicon {
  readonly planned: readonly string[];
  readonly ongoing: readonly string[];
  /** Endings of future-tense verbs, checked on the word as written (accents kept): "organisera", "será". */
  readonly futureEndings: readonly string[];
  /** Words that end like a future verb but are not one. */
  readonly notFuture: readonly string[];
}

export const STATUS_LEXICONS: Readonly<Record<Language, StatusLexicon>> = {
  fr: FRENCH_STATUS,
  en: ENGLISH_STATUS,
  es: SPANISH_STATUS,
  pt: PORTUGUESE_STATUS,
};
