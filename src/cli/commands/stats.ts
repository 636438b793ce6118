import type { Command } from 'commander';
import type { Period } from '../../core/activities/activity-store.ts';
import { summariseCoverage, type CoverageSummary } from '../../core/coverage/summarise-coverage.ts';
import { findCountry } from '../../core/reference/countries.ts';
import { formatTable, writeOut } from '../output.ts';
import { currentSemester, periodFromOptions, type PeriodOptions } from '../period-options.ts';
import { withServices, type Services } from '../services.ts';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('coverage summary for a period: mandates with and without activity, people trained by country')
    .option('--semester <yyyy-Hn>', 'a six-month reporting period, e.g. 2011-H2 (default: the current one)')
    .option('--year <yyyy>', 'a calendar year')
    .option('--from <date>', 'start of a period (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'end of a period')
    .option('--json', 'print the summary as JSON')
    .action(async (options: PeriodOptions & { json?: boolean }) => {
      const period = periodFromOptions(options) ?? currentSemester();
      await withServices(async (services) => {
        await printCoverage(services, period, options.json === true);
      });
    });
}

export async function printCoverage(services: Services, period: Period, asJson: boolean): Promise<void> {
  const summary = await summariseCoverage(services, period);
  writeOut(asJson ? JSON.stringify(summary, null, 2) : formatCoverage(summary));
}

export function formatCoverage(summary: CoverageSummary): string {
  const mandates = [...summary.covered, ...summary.uncovered];
  const name = (iso3: string) => findCountry(iso3)?.names.en ?? iso3;
  return [
    `Coverage from ${summary.period.from} to ${summary.period.to}`,
    `Mandates in force with activity: ${summary.covered.length}; without (gaps): ${summary.uncovered.length}` +
      (summary.supersededCount > 0 ? `; ${summary.supersededCount} renewed paragraphs not listed (their work counts under the newer resolution)` : ''),
    '',
    formatTable(mandates, [
      { header: 'instrument', value: (m) => m.instrument },
      { header: 'paragraph', value: (m) => m.paragraph },
      { header: 'activities', value: (m) => m.activityCount, align: 'right' },
      { header: 'latest', value: (m) => m.lastActivityStart },
    ]),
    '',
    `People trained by country (total ${summary.totalParticipants}):`,
    formatTable(summary.participation, [
      { header: 'country', value: (r) => `${name(r.country)} (${r.country})` },
      { header: 'activities', value: (r) => r.activityCount, align: 'right' },
      { header: 'people', value: (r) => r.participants, align: 'right' },
    ]),
  ].join('\n');
}
