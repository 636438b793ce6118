import type { Period } from '../activities/activity-store.ts';

export interface MandateCoverageRow {
  readonly instrument: string;
  readonly paragraph: string;
  readonly activityCount: number;
  /** The latest known start among its activities in the period. */
  readonly lastActivityStart: string | null;
}

export interface CountryParticipationRow {
  readonly country: string;
  readonly activityCount: number;
  /**
   * People trained: an activity's best known head count, shared equally between its
   * participating states (its venue's when none is listed) since reports rarely split it, so
   * the rows add up to the real total. Rounded to whole people.
   */
  readonly participants: number;
}

export interface CountryProgrammeCell {
  readonly country: string;
  readonly programmeId: string;
  readonly programmeCode: string;
  readonly activityCount: number;
  /** Shared between states as in CountryParticipationRow. */
  readonly participants: number;
}

/** The aggregate questions member states ask; answered by the database, not by loading rows. */
export interface CoverageQueries {
  mandateCoverage(period: Period): Promise<MandateCoverageRow[]>;
  participationByCountry(period: Period): Promise<CountryParticipationRow[]>;
  countryProgrammeMatrix(period: Period): Promise<CountryProgrammeCell[]>;
}
