import type { CitationMentionLike, OrganisationMentionLike, PlaceMentionLike } from './activities.ts';
import { findMandateCitations } from './citations.ts';
import type { Language } from './extraction.ts';
import { findOrganisationMentions } from './organisations.ts';
import { findPlaceMentions } from './places.ts';

export interface FoundMentions {
  readonly places: readonly PlaceMentionLike[];
  readonly organisations: readonly OrganisationMentionLike[];
  readonly citations: readonly CitationMentionLike[];
}

const byStart = (a: { start: number }, b: { start: number }): number => a.start - b.start;

/** Places, organisations and mandate citations of the whole text, each list sorted by offset. */
export function findMentions(text: string, language: Language): FoundMentions {
  const places = findPlaceMentions(text, language);
  return {
    places: [...places].sort(byStart),
    // The organisation finder reads governments and national bodies around the same places.
    organisations: [...findOrganisationMentions(text, language, places)].sort(byStart),
    citations: [...findMandateCitations(text, language)].sort(byStart),
  };
}
