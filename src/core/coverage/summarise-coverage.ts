import type { Period } from '../activities/activity-store.ts';
import { mandateKey } from '../mandates/mandate.ts';
import type { MandateStore } from '../mandates/mandate-store.ts';
import type { CountryParticipationRow, CoverageQueries, MandateCoverageRow } from './coverage-queries.ts';

export interface CoverageSummary {
  readonly period: Period;
  readonly covered: readonly MandateCoverageRow[];
  /** Mandates in force with no activity in the period: the gaps a report must explain. */
  readonly uncovered: readonly MandateCoverageRow[];
  /** Paragraphs renewed by a later resolution: their work is reported under the newer one. */
  readonly supersededCount: number;
  readonly participation: readonly CountryParticipationRow[];
  readonly totalParticipants: number;
}

export async function summariseCoverage(
  deps: { readonly coverage: CoverageQueries; readonly mandates: MandateStore },
  period: Period,
): Promise<CoverageSummary> {
  const [rows, participation, mandates] = await Promise.all([
    deps.coverage.mandateCoverage(period),
    deps.coverage.participationByCountry(period),
    deps.mandates.listMandates(),
  ]);
  const renewed = new Set(mandates.flatMap((m) => (m.renews === null ? [] : [mandateKey(m.renews)])));
  const isSuperseded = (row: MandateCoverageRow) => row.activityCount === 0 && renewed.has(mandateKey(row));
  return {
    period,
    covered: rows.filter((m) => m.activityCount > 0),
    uncovered: rows.filter((m) => m.activityCount === 0 && !isSuperseded(m)),
    supersededCount: rows.filter(isSuperseded).length,
    participation: [...participation].sort((a, b) => b.participants - a.participants || a.country.localeCompare(b.country)),
    totalParticipants: participation.reduce((sum, row) => sum + row.participants, 0),
  };
}
