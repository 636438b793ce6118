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
const MARKER_SETS = LANGUAGE_ORDER.map((language) => MARKERS[language]);
const NON_LETTERS = /[^\p{L}]+/u;

/**
 * The language a free text is most likely written in, or null when the words do not decide it.
 * The store indexes a text in its own language's dictionary; undecided texts go into all four.
 */
export function guessLanguage(text: string): LanguageCode | null {
  const scores = [0, 0, 0, 0];
  // Every activity written passes here, a million in a bulk load: plain loops, no closures.
  for (const word of text.toLowerCase().split(NON_LETTERS)) {
    for (let i = 0; i < LANGUAGE_ORDER.length; i += 1) {
      if (MARKER_SETS[i]?.has(word) === true) scores[i]! += 1;
    }
  }
  let best = 0;
  let bestIndex = -1;
  for (let i = 0; i < scores.length; i += 1) {
    const score = scores[i]!;
    if (score > best) [best, bestIndex] = [score, i];
    else if (score === best) bestIndex = -1;
  }
  return bestIndex < 0 ? null : (LANGUAGE_ORDER[bestIndex] ?? null);
}
