import type { Language } from '../extraction.ts';
import { ENGLISH_CITATIONS } from './en/citations.ts';
import { SPANISH_CITATIONS } from './es/citations.ts';
import { FRENCH_CITATIONS } from './fr/citations.ts';
import { PORTUGUESE_CITATIONS } from './pt/citations.ts';

/** How one language cites an operative paragraph of an instrument; every entry is folded (no accents, lower case). */
export interface CitationLexicon {
  /** Words that introduce an operative paragraph number: "paragraphe", "parrafo". */
  readonly paragraphWords: readonly string[];
  /** Words that introduce a sub-paragraph letter: "alinea", "inciso". */
  readonly subParagraphWords: readonly string[];
  /** Words that may stand between the paragraph word and its number, or after it: "resolutivo", "du dispositif". */
  readonly operativeWords: readonly string[];
  /** Words that link a sub-paragraph to its paragraph or a paragraph to its instrument: "du", "of the". */
  readonly linkWords: readonly string[];
  /** Words that join items of a list of paragraphs: "et", "and". */
  readonly listWords: readonly string[];
  /** The word for a resolution, to read "resolution 2619" or "résolution 1540 du Conseil de sécurité". */
  readonly resolutionWords: readonly string[];
  /** Names of the UN Security Council. */
  readonly securityCouncilNames: readonly string[];
  /** Words that make "Committee of resolution 1540" a body, not a citation. */
  readonly committeeWords: readonly string[];
}

export const CITATION_LEXICONS: Readonly<Record<Language, CitationLexicon>> = {
  fr: FRENCH_CITATIONS,
  en: ENGLISH_CITATIONS,
  es: SPANISH_CITATIONS,
  pt: PORTUGUESE_CITATIONS,
};
