import type { LanguageCode } from '../core/shared/localized-text.ts';

// Short function words that tell the four working languages apart in a title or a paragraph.
// Only words that are frequent in one language and rare in the other three count.
const MARKERS: Readonly<Record<LanguageCode, ReadonlySet<string>>> = {
  en: new Set(['the', 'and', 'of', 'for', 'with', 'on', 'to', 'training', 'national', 'workshop']),
  es: new Set(['el', 'los', 'las', 'del', 'y', 'para', 'con', 'sobre', 'taller', 'curso']),
  fr: new Set(['le', 'les', 'des', 'du', 'et', 'pour', 'sur', 'aux', 'au', 'atelier', 'stage']),
  pt: new Set(['da', 'do', 'das', 'dos', 'e', 'em', 'com', 'na', 'no', 'ao', 'oficina']),
};

/**
 * The language a free text is most likely written in, or null when the words do not decide it.
 * The store indexes a text in its own language's dictionary; undecided texts go into all four.
 */
export function guessLanguage(text: string): LanguageCode | null {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scores: [LanguageCode, number][] = (Object.keys(MARKERS) as LanguageCode[]).map((language) => [
    language,
    words.filter((w) => MARKERS[language].has(w)).length,
  ]);
  scores.sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  if (best === undefined || best[1] === 0 || (second !== undefined && second[1] === best[1])) return null;
  return best[0];
}
