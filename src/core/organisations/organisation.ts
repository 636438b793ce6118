import type { LocalizedText } from '../shared/localized-text.ts';

export const ORGANISATION_TYPES = [
  'secretariat',
  'unit',
  'intergovernmental',
  'regional',
  'un',
  'government_agency',
  'academic',
  'ngo',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/**
 * An organisation known by its canonical acronym (English where one exists: ICAO, not OACI). A
 * country's own agency is written with a prefix and the ISO alpha-3 code, e.g. POLICE:COL.
 */
export interface Organisation {
  readonly acronym: string;
  readonly names: LocalizedText;
  readonly type: OrganisationType;
  readonly parent: string | null;
}
