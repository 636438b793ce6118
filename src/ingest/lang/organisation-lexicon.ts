import type { Language } from '../extraction.ts';
import { ENGLISH_ORGANISATIONS } from './en/organisations.ts';
import { SPANISH_ORGANISATIONS } from './es/organisations.ts';
import { FRENCH_ORGANISATIONS } from './fr/organisations.ts';
import { PORTUGUESE_ORGANISATIONS } from './pt/organisations.ts';

/** How one language names bodies beyond the shared organisation table; word lists are folded. */
export interface OrganisationLexicon {
  /** Names and short forms seen in this language, each with its canonical acronym. */
  readonly names: readonly { readonly name: string; readonly acronym: string }[];
  /** "gouvernement", "government": the government of a country as a partner or funder. */
  readonly governmentWords: readonly string[];
  /** "police", "policia": a country's police force, written POLICE:ISO3. */
  readonly policeWords: readonly string[];
  /** Words that may stand between a police word and its country: "nationale", "federale". */
  readonly policeModifiers: readonly string[];
  /** Words that link a body to its country: "de", "du", "des", "of the". */
  readonly connectors: readonly string[];
  /** Phrases after which the bodies named are funders: "avec le soutien financier", "funded by". */
  readonly fundingCues: readonly string[];
  /** Words that join the items of a list of funders: "et", "and". */
  readonly listWords: readonly string[];
}

export const ORGANISATION_LEXICONS: Readonly<Record<Language, OrganisationLexicon>> = {
  fr: FRENCH_ORGANISATIONS,
  en: ENGLISH_ORGANISATIONS,
  es: SPANISH_ORGANISATIONS,
  pt: PORTUGUESE_ORGANISATIONS,
};
