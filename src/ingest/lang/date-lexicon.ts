import type { Language } from '../extraction.ts';
import { ENGLISH_DATES } from './en/dates.ts';
import { SPANISH_DATES } from './es/dates.ts';
import { FRENCH_DATES } from './fr/dates.ts';
import { PORTUGUESE_DATES } from './pt/dates.ts';

/** How one language writes dates; every key is folded (lower case, no accents). */
export interface DateLexicon {
  readonly months: Readonly<Record<string, number>>;
  /** Month names that are also common words ("may", "march"): months only beside a day or year. */
  readonly ambiguousMonths: readonly string[];
  /** Words that open a range: "du", "from", "del", "de". */
  readonly rangeOpeners: readonly string[];
  /** Words between the two ends of a range: "au", "to", "al", "a". */
  readonly rangeJoiners: readonly string[];
  /** "entre … et …", "between … and …": the joiner that an opener of this kind expects. */
  readonly betweenOpeners: readonly string[];
  /** Words that join listed days: "les 11 et 12". */
  readonly listJoiners: readonly string[];
  /** Words allowed between day, month and year: "de" in "13 de octubre de 2014", "of". */
  readonly fillers: readonly string[];
  /** Words before a date that make it a deadline, the end of something: "fin mars", "end of". */
  readonly endMarkers: readonly string[];
  /** Half-year phrases: ordinal word → which half, and the nouns for a half-year. */
  readonly halves: Readonly<Record<string, 1 | 2>>;
  readonly halfNouns: readonly string[];
  /** Word sequences for a year relative to the document's ("cette année") or the context's. */
  readonly thisYear: readonly string[];
  readonly previousYear: readonly string[];
  readonly nextYear: readonly string[];
}

export const DATE_LEXICONS: Readonly<Record<Language, DateLexicon>> = {
  fr: FRENCH_DATES,
  en: ENGLISH_DATES,
  es: SPANISH_DATES,
  pt: PORTUGUESE_DATES,
};
