import { InvalidArgumentError } from 'commander';
import type { Period } from '../core/activities/activity-store.ts';
import { parseSemester, semesterBounds, isPartialDate, firstDayOf, lastDayOf } from '../core/shared/partial-date.ts';

export interface PeriodOptions {
  readonly semester?: string;
  readonly year?: string;
  readonly from?: string;
  readonly to?: string;
}

/** --semester 2011-H2 | --year 2011 | --from 2011-03 --to 2012 → calendar days; null when none given. */
export function periodFromOptions(options: PeriodOptions): Period | null {
  if (options.semester !== undefined) {
    const semester = parseSemester(options.semester);
    if (semester === null) throw new InvalidArgumentError(`--semester must look like 2011-H1 or 2011-H2, not "${options.semester}"`);
    return semesterBounds(semester);
  }
  if (options.year !== undefined) {
    if (!/^\d{4}$/.test(options.year)) throw new InvalidArgumentError(`--year must be a four-digit year, not "${options.year}"`);
    return { from: `${options.year}-01-01`, to: `${options.year}-12-31` };
  }
  if (options.from === undefined && options.to === undefined) return null;
  for (const [flag, value] of [['--from', options.from], ['--to', options.to]] as const) {
    if (value !== undefined && !isPartialDate(value)) throw new InvalidArgumentError(`${flag} must be YYYY, YYYY-MM or YYYY-MM-DD, not "${value}"`);
  }
  const from = options.from === undefined ? '0001-01-01' : firstDayOf(options.from)!;
  const to = options.to === undefined ? '9999-12-31' : lastDayOf(options.to)!;
  if (to < from) throw new InvalidArgumentError(`--to (${options.to}) is before --from (${options.from})`);
  return { from, to };
}

/** The semester that contains today, the default reporting period. */
export function currentSemester(today: Date = new Date()): Period {
  const year = today.getUTCFullYear();
  return semesterBounds({ year, half: today.getUTCMonth() < 6 ? 1 : 2 });
}
