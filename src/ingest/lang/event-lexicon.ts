import type { ActivityType } from '../../core/activities/activity.ts';
import type { Language } from '../extraction.ts';
import { ENGLISH_EVENTS } from './en/events.ts';
import { SPANISH_EVENTS } from './es/events.ts';
import { FRENCH_EVENTS } from './fr/events.ts';
import { PORTUGUESE_EVENTS } from './pt/events.ts';

/** Nouns that name a delivered event, and the words around them that matter; keys are folded. */
export interface EventLexicon {
  /** One or two words (space-separated) → the activity type they name. */
  readonly nouns: Readonly<Record<string, ActivityType>>;
  /** "le", "the", "el", "o": a definite event with nothing new about it points back too. */
  readonly definiteArticles: readonly string[];
  /** A preposition fused with the definite article ("al curso", "ao curso", "au cours"): definite too. */
  readonly contractedArticles: readonly string[];
  /** Words that point back to an event already told ("ces ateliers"): no new activity. */
  readonly demonstratives: readonly string[];
  /** Pronouns that open a sentence about the events just told ("Elles se sont déroulées…"). */
  readonly backPronouns: readonly string[];
  /** Ordinals that introduce one more event of a series told just before ("le premier", "l'autre"). */
  readonly seriesMembers: readonly string[];
  /** "activité", "activity": an event noun that says nothing of its kind; the type comes from its description or its series. */
  readonly genericNouns: readonly string[];
  /** "formation", "training": describe a generic activity as a course. */
  readonly trainingWords: readonly string[];
  /** "programme", "program": a programme names a series whose events the text may tell one by one. */
  readonly programmeNouns: readonly string[];
  /** "en collaboration avec", "in cooperation with": the bodies named after it are partners, not the implementing unit. */
  readonly cooperationCues: readonly string[];
  /** Verbs and pronouns that may follow an ordinal standing for an event ("La deuxième s'est tenue", "The second was held"). */
  readonly ellipsisVerbs: readonly string[];
  /** "au cours de l'année", "in the course of": an event noun that only says "during". */
  readonly duringPhrases: readonly string[];
  /** Words joining items of a list ("et", "and"). */
  readonly conjunctions: readonly string[];
  /** Prepositions before a place where the event happened ("à", "au", "in", "en"). */
  readonly venuePrepositions: readonly string[];
  /** Prepositions before a state whose officials took part ("de", "des", "from", "of"). */
  readonly participantPrepositions: readonly string[];
  /** "these countries", "ce pays": the venues of the events are also the participating states. */
  readonly anaphoricCountries: readonly string[];
  /** Words before a plural event noun that announce a summary of events told one by one elsewhere ("plusieurs ateliers"). */
  readonly summaryWords: readonly string[];
  /** Nouns for a place within a country ("le port de", "l'aéroport international de"): the country is then a venue. */
  readonly venueNouns: readonly string[];
  /** "dans ces pays": the event took place in the states just named. */
  readonly anaphoricVenues: readonly string[];
  /** Phrases for every Caribbean state ("tous les États des Caraïbes") and for "except". */
  readonly allCaribbeanStates: readonly string[];
  readonly exceptions: readonly string[];
}

export const EVENT_LEXICONS: Readonly<Record<Language, EventLexicon>> = {
  fr: FRENCH_EVENTS,
  en: ENGLISH_EVENTS,
  es: SPANISH_EVENTS,
  pt: PORTUGUESE_EVENTS,
};
