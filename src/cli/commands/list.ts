import { InvalidArgumentError, type Command } from 'commander';
import type { ActivityFilter } from '../../core/activities/activity-store.ts';
import { isActivityType, type Activity } from '../../core/activities/activity.ts';
import { participantTotal } from '../../core/activities/participants.ts';
import { findCountry } from '../../core/reference/countries.ts';
import { formatTable, writeOut } from '../output.ts';
import { periodFromOptions, type PeriodOptions } from '../period-options.ts';
import { withServices } from '../services.ts';
import { parseMandateArgument } from '../mandate-argument.ts';

interface ListOptions extends PeriodOptions {
  country?: string;
  type?: string;
  mandate?: string;
  unit?: string;
  limit: string;
  json?: boolean;
}

export function registerList(program: Command): void {
  program
    .command('list')
    .description('list activities in date order, with filters')
    .option('--country <name>', 'venue or participating country: ISO code (JAM) or name (Jamaica, Jamaïque)')
    .option('--year <yyyy>', 'activities that may fall in this year')
    .option('--semester <yyyy-Hn>', 'activities that may fall in this half-year, e.g. 2011-H2')
    .option('--from <date>', 'start of a period (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'end of a period')
    .option('--type <type>', 'activity type: workshop, course, seminar, meeting…')
    .option('--mandate <ref>', 'mandate answered, e.g. "AG/RES. 2619 (XLI-O/11) 4.b"')
    .option('--unit <acronym>', 'implementing unit, e.g. CICTE, CICAD, DPS')
    .option('--limit <n>', 'at most this many rows', '50')
    .option('--json', 'print JSON records instead of a table')
    .action(async (options: ListOptions) => {
      const filter = filterFromOptions(options);
      await withServices(async (services) => {
        const { limit: _limit, offset: _offset, ...countFilter } = filter;
        const [activities, total] = await Promise.all([services.activities.listActivities(filter), services.activities.countActivities(countFilter)]);
        if (options.json === true) {
          writeOut(JSON.stringify(activities, null, 2));
          return;
        }
        writeOut(formatActivities(activities));
        writeOut(`${activities.length} of ${total} activit${total === 1 ? 'y' : 'ies'}`);
      });
    });
}

export function filterFromOptions(options: ListOptions): ActivityFilter {
  const limit = Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new InvalidArgumentError(`--limit must be a positive whole number, not "${options.limit}"`);
  const period = periodFromOptions(options);
  let country: string | undefined;
  if (options.country !== undefined) {
    const found = findCountry(options.country);
    if (found === undefined) throw new InvalidArgumentError(`unknown country "${options.country}": use an ISO code such as JAM or a name`);
    country = found.iso3;
  }
  if (options.type !== undefined && !isActivityType(options.type)) throw new InvalidArgumentError(`unknown activity type "${options.type}"`);
  return {
    limit,
    ...(period === null ? {} : { period }),
    ...(country === undefined ? {} : { country }),
    ...(options.type !== undefined && isActivityType(options.type) ? { type: options.type } : {}),
    ...(options.mandate === undefined ? {} : { mandate: parseMandateArgument(options.mandate) }),
    ...(options.unit === undefined ? {} : { unit: options.unit.toUpperCase() }),
  };
}

export function formatActivities(activities: readonly Activity[]): string {
  return formatTable(activities, [
    { header: 'id', value: (a) => a.id },
    { header: 'dates', value: (a) => formatDates(a.dates.start, a.dates.end) },
    { header: 'type', value: (a) => a.type },
    { header: 'status', value: (a) => a.status },
    { header: 'venue', value: (a) => a.venues.map((v) => (v.city === null ? v.country : `${v.city} (${v.country})`)).join(', ') },
    { header: 'people', value: (a) => (a.participants === null ? null : participantTotal(a.participants)), align: 'right' },
    { header: 'title', value: (a) => truncate(a.title, 60) },
  ]);
}

export function formatDates(start: string | null, end: string | null): string {
  if (start === null && end === null) return 'date unknown';
  if (start === end || end === null) return start ?? '';
  return `${start ?? '?'} → ${end}`;
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
