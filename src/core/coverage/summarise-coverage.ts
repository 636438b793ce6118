import type { Period } from '../activities/activity-store.ts';
import type { CountryParticipationRow, CoverageQueries, MandateCoverageRow } from './coverage-queries.ts';

export interface CoverageSummary {
  readonly period: Period;
  readonly covered: readonly MandateCoverageRow[];
  /** Mandates with no activity in the period: the gaps a report must explain. */
  readonly uncovered: readonly MandateCoverageRow[];
  readonly participation: readonly CountryParticipationRow[];
  readonly totalParticipants: number;
}

export async function summariseCoverage(deps: { readonly coverage: CoverageQueries }, period: Period): Promise<CoverageSummary> {
  const [mandates, participation] = await Promise.all([deps.coverage.mandateCoverage(period), deps.coverage.participationByCountry(period)]);
  return {
    period,
    covered: mandates.filter((m) => m.activityCount > 0),
    uncovered: mandates.filter((m) => m.activityCount === 0),
    participation: [...participation].sort((a, b) => b.participants - a.participants || a.country.localeCompare(b.country)),
    totalParticipants: participation.reduce((sum, row) => sum + row.participants, 0),
  };
}
