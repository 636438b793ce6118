import type { DateRange } from '../shared/partial-date.ts';
import type { MandateRef } from '../mandates/mandate.ts';

/** The vocabulary of activity types shared by records, ingestion and the evaluation schema. */
export const ACTIVITY_TYPES = [
  'workshop',
  'course',
  'seminar',
  'meeting',
  'round_table',
  'assessment',
  'exercise',
  'mission',
  'scholarship',
  'equipment',
  'study',
  'consultation',
  'campaign',
  'other',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** Cancelled is a record state, not something a report's tense reveals, so ingestion never sets it. */
export const ACTIVITY_STATUSES = ['planned', 'ongoing', 'done', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const COUNT_QUALIFIERS = ['exact', 'at_least', 'about'] as const;
export type CountQualifier = (typeof COUNT_QUALIFIERS)[number];

export const PARTICIPANT_CATEGORIES = [
  'police',
  'judges',
  'prosecutors',
  'customs',
  'immigration',
  'consular',
  'military',
  'government',
  'private_sector',
  'civil_society',
  'academia',
  'other',
] as const;
export type ParticipantCategory = (typeof PARTICIPANT_CATEGORIES)[number];

export const ORGANISATION_ROLES = ['implementing', 'partner', 'funder', 'host'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

/**
 * How many people took part. Reports give totals with qualifiers ("more than 1,300"), sometimes a
 * split between the room and the web (98 on site, 553 online), by sex or by profession.
 */
export interface ParticipantCount {
  readonly total: number | null;
  readonly qualifier: CountQualifier;
  readonly onSite: number | null;
  readonly online: number | null;
  readonly women: number | null;
  readonly men: number | null;
  readonly byCategory: Readonly<Partial<Record<ParticipantCategory, number>>>;
}

export interface Venue {
  /** ISO 3166-1 alpha-3. */
  readonly country: string;
  readonly city: string | null;
}

/**
 * A party to an activity. `ref` is an organisation acronym (CICTE, UNODC, POLICE:COL) or, for a
 * government acting as partner or funder, the country's ISO alpha-3.
 */
export interface ActivityParty {
  readonly ref: string;
  readonly role: OrganisationRole;
}

/** Where an ingested record came from: the document and the character span of the passage. */
export interface SourcePassage {
  readonly document: string;
  readonly start: number;
  readonly end: number;
  readonly excerpt: string;
}

export interface Activity {
  readonly id: string;
  /** Optimistic-concurrency version: a write must name the version it read. */
  readonly version: number;
  readonly title: string;
  readonly description: string;
  readonly type: ActivityType;
  readonly status: ActivityStatus;
  readonly dates: DateRange;
  readonly venues: readonly Venue[];
  /** States whose officials took part or that benefit; distinct from where it took place. */
  readonly participatingCountries: readonly string[];
  readonly participants: ParticipantCount | null;
  readonly parties: readonly ActivityParty[];
  readonly mandates: readonly MandateRef[];
  /** Planned outputs of a work plan that this activity delivers against. */
  readonly plannedOutputIds: readonly string[];
  readonly source: SourcePassage | null;
  readonly isPublished: boolean;
}

export function isActivityType(value: string): value is ActivityType {
  return (ACTIVITY_TYPES as readonly string[]).includes(value);
}

/** The implementing unit(s) of an activity, e.g. CICTE or CICAD. */
export function implementingUnits(activity: Pick<Activity, 'parties'>): string[] {
  return activity.parties.filter((p) => p.role === 'implementing').map((p) => p.ref);
}

export function funders(activity: Pick<Activity, 'parties'>): string[] {
  return activity.parties.filter((p) => p.role === 'funder').map((p) => p.ref);
}
