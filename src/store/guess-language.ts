import type { LanguageCode } from '../core/shared/localized-text.ts';

// Short function words that tell the four working languages apart in a title or a paragraph.
// Only words that are frequent in one language and rare in the other three count.
const MARKERS: Readonly<Record<LanguageCode, ReadonlySet<string>>> = {
  en: new Set(['the', 'and', 'of', 'for', 'with', 'on', 'to', 'training', 'national', 'workshop']),
  es: new Set(['el', 'los', 'las', 'del', 'y', 'para', 'con', 'sobre', 'taller', 'curso']),
  fr: new Set(['le', 'les', 'des', 'du', 'et', 'pour', 'sur', 'aux', 'au', 'atelier', 'stage']),
  pt: new Set(['da', 'do', 'das', 'dos', 'e', 'em', 'com', 'na', 'no', 'ao', 'oficina']),
};

const LANGUAGE_ORDER = Object.keys(MARKERS) as LanguageCode[];

/**
 * The language a free text is most likely written in, or null when the words do not decide it.
 * The store indexes a text in its own language's dictionary; undecided texts go into all four.
 */
export function guessLanguage(text: string): LanguageCode | null {
  const scores = [0, 0, 0, 0];
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    LANGUAGE_ORDER.forEach((language, i) => {
      if (MARKERS[language].has(word)) scores[i]! += 1;
    });
  }
  const best = Math.max(...scores);
  if (best === 0 || scores.filter((s) => s === best).length > 1) return null;
  return LANGUAGE_ORDER[scores.indexOf(best)] ?? null;
}
