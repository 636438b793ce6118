import type { Language } from '../extraction.ts';
import { ENGLISH_NUMBERS } from './en/numbers.ts';
import { SPANISH_NUMBERS } from './es/numbers.ts';
import { FRENCH_NUMBERS } from './fr/numbers.ts';
import { PORTUGUESE_NUMBERS } from './pt/numbers.ts';

/** How one language writes numbers and counts of people; every key is folded (no accents). */
export interface NumberLexicon {
  readonly words: Readonly<Record<string, number>>;
  /** Words that multiply what precedes by 100 ("deux cents"); languages with whole-word hundreds list them in `words`. */
  readonly hundreds: readonly string[];
  readonly thousands: readonly string[];
  /** Words that join parts of one number ("vingt et un", "twenty and one" is not English but harmless). */
  readonly joiners: readonly string[];
  readonly qualifiers: readonly { readonly phrase: string; readonly qualifier: 'at_least' | 'about' }[];
  /** Nouns for people, so that a number before one reads as a head count. */
  readonly participantNouns: readonly string[];
}

export const NUMBER_LEXICONS: Readonly<Record<Language, NumberLexicon>> = {
  fr: FRENCH_NUMBERS,
  en: ENGLISH_NUMBERS,
  es: SPANISH_NUMBERS,
  pt: PORTUGUESE_NUMBERS,
};
