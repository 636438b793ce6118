// Countries, cities and demonyms of the Americas in running text, with offsets, so that the
// activity stage can tell a venue ("à la Jamaïque") from a participating state ("de la Jamaïque").
import { listCountryNames } from '../core/reference/countries.ts';
import { foldNameKey } from '../core/reference/fold-text.ts';
import type { Language, TextSpan } from './extraction.ts';
import { AMERICAS_CITIES, PLACE_LEXICONS, type PlaceLexicon } from './lang/place-lexicon.ts';
import { PhraseIndex, tokenizePhrase, type PhraseEntry, type PhraseMatch } from './phrase-index.ts';
import { tokenizeText, type TokenizedText } from './tokenized-text.ts';

export interface PlaceMention extends TextSpan {
  readonly iso3: string;
  readonly kind: 'country' | 'city';
  /** The city as written, accents kept, when kind is 'city'. */
  readonly city?: string;
  readonly asWritten: string;
  /** "jamaïcains", "Jamaican officials": the country named through its people. */
  readonly isDemonym: boolean;
  /** The folded preposition or article just before it: "a la", "aux", "d", "in". */
  readonly preposition: string | null;
  /** Part of an instrument's title ("Déclaration de San Salvador"), not a place where something happened. */
  readonly isInTitle: boolean;
}

export interface FindPlaceOptions {
  /** Keep mentions inside instrument titles (flagged `isInTitle`); they are left out by default. */
  readonly includeTitles?: boolean;
}

interface PlaceValue {
  readonly iso3: string;
  readonly kind: 'country' | 'city' | 'demonym';
}

interface LanguagePlaces {
  readonly index: PhraseIndex<PlaceValue>;
  /** Folded prepositions, their words joined by one space. */
  readonly prepositions: ReadonlySet<string>;
  readonly titleNouns: ReadonlySet<string>;
}

const cache = new Map<Language, LanguagePlaces>();

function placesFor(language: Language): LanguagePlaces {
  let places = cache.get(language);
  if (places === undefined) {
    places = buildPlaces(PLACE_LEXICONS[language]);
    cache.set(language, places);
  }
  return places;
}

function buildPlaces(lexicon: PlaceLexicon): LanguagePlaces {
  const excluded = new Set(lexicon.notCountries.map(foldNameKey));
  const entries: PhraseEntry<PlaceValue>[] = [
    ...lexicon.cities.map((c) => ({ phrase: c.name, value: { iso3: c.iso3, kind: 'city' as const } })),
    ...lexicon.countryNames.map((c) => ({ phrase: c.name, value: { iso3: c.iso3, kind: 'country' as const } })),
    ...lexicon.demonyms.map((c) => ({ phrase: c.name, value: { iso3: c.iso3, kind: 'demonym' as const } })),
    ...listCountryNames()
      .filter((c) => !excluded.has(foldNameKey(c.name)))
      .map((c) => ({ phrase: c.name, value: { iso3: c.iso3, kind: 'country' as const } })),
    ...AMERICAS_CITIES.map((c) => ({ phrase: c.name, value: { iso3: c.iso3, kind: 'city' as const } })),
  ];
  const prepositions = new Set(lexicon.prepositions.map((preposition) => tokenizePhrase(preposition, false).join(' ')));
  return { index: new PhraseIndex(entries), prepositions, titleNouns: new Set(lexicon.titleNouns) };
}

const SENTENCE_END = /[.!?;:]\s/;

export function findPlaceMentions(text: string, language: Language, options: FindPlaceOptions = {}): PlaceMention[] {
  const places = placesFor(language);
  const tokens = tokenizeText(text);
  const mentions: PlaceMention[] = [];
  const isCapitalised = (match: PhraseMatch<PlaceValue>): boolean => {
    // Names of places are capitalised; "une grenade" is a weapon, "la Grenade" a country.
    if (match.value.kind === 'demonym') return true;
    const first = text.charAt(match.start);
    return first !== first.toLowerCase();
  };
  for (const match of places.index.findAll(tokens, isCapitalised)) {
    const preposition = findPreposition(tokens, match.firstToken, places);
    const isInTitle = isPartOfTitle(tokens, match, preposition?.words ?? 0, places);
    if (isInTitle && options.includeTitles !== true) continue;
    const asWritten = text.slice(match.start, match.end);
    const base = {
      iso3: match.value.iso3,
      start: match.start,
      end: match.end,
      asWritten,
      isDemonym: match.value.kind === 'demonym',
      preposition: preposition?.text ?? null,
      isInTitle,
    };
    mentions.push(match.value.kind === 'city' ? { ...base, kind: 'city', city: asWritten } : { ...base, kind: 'country' });
  }
  return mentions;
}

function findPreposition(tokens: TokenizedText, first: number, places: LanguagePlaces): { text: string; words: number } | undefined {
  for (const length of [2, 1]) {
    if (first - length < 0) continue;
    const words: string[] = [];
    let crossesSentence = false;
    for (let index = first - length; index < first; index += 1) {
      words.push(tokens.foldedWord(index));
      if (SENTENCE_END.test(tokens.gapBefore(index + 1))) crossesSentence = true;
    }
    const key = words.join(' ');
    if (!crossesSentence && places.prepositions.has(key)) return { text: key, words: length };
  }
  return undefined;
}

function isPartOfTitle(tokens: TokenizedText, match: PhraseMatch<PlaceValue>, prepositionWords: number, places: LanguagePlaces): boolean {
  const before = match.firstToken - prepositionWords - 1;
  if (prepositionWords > 0 && before >= 0 && places.titleNouns.has(tokens.foldedWord(before))) return true;
  // "the San Salvador Declaration"
  return match.endToken < tokens.length && places.titleNouns.has(tokens.foldedWord(match.endToken)) && /^\s+$/.test(tokens.gapBefore(match.endToken));
}
